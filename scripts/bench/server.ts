// The benchmark's own world: a build (only when the sources changed, as `npm start` decides), a
// database of its own under .bench/, and the production server started exactly as a user would,
// with `npm start`, on a free port.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import path from 'node:path'
import { buildFingerprint, BUILD_STAMP, DIST_DIR } from '../build-fingerprint'

export const root = process.cwd()
/** Benchmark databases live here, never beside the real one (BENCH_DIR to move it). */
export const BENCH_DIR = path.resolve(root, process.env.BENCH_DIR || '.bench')

const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next')
const childEnv = (extra: Record<string, string> = {}) => ({ ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...extra })

const t0 = performance.now()
export function log(message: string) {
  process.stdout.write(`[bench ${((performance.now() - t0) / 1000).toFixed(1).padStart(5)} s] ${message}\n`)
}

/** Builds when the sources changed since the last build in NEXT_DIST_DIR (as `npm start` does). */
export function ensureBuild(): { built: boolean; seconds: number } {
  const fingerprint = buildFingerprint(root)
  const stamp = path.join(root, BUILD_STAMP)
  const current = fs.existsSync(stamp) ? fs.readFileSync(stamp, 'utf8') : null
  if (current === fingerprint && fs.existsSync(path.join(root, DIST_DIR, 'BUILD_ID'))) return { built: false, seconds: 0 }
  log(`construction de l’application dans ${DIST_DIR} (next build)…`)
  const started = Date.now()
  const result = spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit', env: childEnv() })
  if (result.status !== 0) throw new Error('La construction a échoué (next build).')
  fs.writeFileSync(stamp, fingerprint)
  return { built: true, seconds: (Date.now() - started) / 1000 }
}

// ---------------------------------------------------------------------------------------------
// Databases

/** A hash of what the demo content depends on, so its copy is remade only when that changes. */
function seedFingerprint(): string {
  const hash = crypto.createHash('sha256')
  const visit = (rel: string) => {
    const abs = path.join(root, rel)
    if (!fs.existsSync(abs) || /(^|\/)node_modules(\/|$)|\.test\.tsx?$/.test(rel)) return
    if (fs.statSync(abs).isDirectory()) for (const name of fs.readdirSync(abs).sort()) visit(path.join(rel, name))
    else hash.update(rel).update(fs.readFileSync(abs))
  }
  for (const input of ['db', 'lib', 'package-lock.json']) visit(input)
  return hash.digest('hex').slice(0, 12)
}

function runSeed(databasePath: string, uploadsDir: string, articles: number) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'db/seed/cli.ts', '--articles', String(articles)], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    env: childEnv({ DATABASE_PATH: databasePath, UPLOADS_DIR: uploadsDir }),
  })
  if (result.status !== 0) throw new Error(`Le remplissage de la base a échoué :\n${result.stdout}`)
}

/**
 * The demo content (42 stories and their pictures, about 15 s of image work), seeded once per
 * version of the seed and copied for each run. Made in a temporary folder and renamed, so two
 * runs side by side never see half a template.
 */
function demoTemplate(): string {
  const dir = path.join(BENCH_DIR, `template-${seedFingerprint()}`)
  if (fs.existsSync(path.join(dir, 'kibaru.db'))) return dir
  log('contenu de démonstration (une fois par version du contenu)…')
  fs.mkdirSync(BENCH_DIR, { recursive: true })
  const tmp = `${dir}.tmp-${process.pid}`
  fs.rmSync(tmp, { recursive: true, force: true })
  runSeed(path.join(tmp, 'kibaru.db'), path.join(tmp, 'uploads'), 0)
  try {
    fs.renameSync(tmp, dir)
  } catch {
    fs.rmSync(tmp, { recursive: true, force: true }) // another run made it first
  }
  for (const name of fs.readdirSync(BENCH_DIR)) {
    if (/^template-[0-9a-f]{12}$/.test(name) && path.join(BENCH_DIR, name) !== dir) fs.rmSync(path.join(BENCH_DIR, name), { recursive: true, force: true })
  }
  return dir
}

export interface BenchDatabase {
  dir: string
  databasePath: string
  uploadsDir: string
  articles: number
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Folders left by runs that were interrupted (Ctrl-C): their process is gone. */
function removeStaleRuns() {
  if (!fs.existsSync(BENCH_DIR)) return
  for (const name of fs.readdirSync(BENCH_DIR)) {
    const pid = Number(/^run-(\d+)-/.exec(name)?.[1])
    if (pid && pid !== process.pid && !alive(pid)) fs.rmSync(path.join(BENCH_DIR, name), { recursive: true, force: true })
  }
}

/** A fresh database: the demo content plus `articles` deterministic synthetic stories. */
export function prepareDatabase(articles: number, label: string): BenchDatabase {
  removeStaleRuns()
  const template = demoTemplate()
  const dir = path.join(BENCH_DIR, `run-${process.pid}-${label}`)
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
  fs.copyFileSync(path.join(template, 'kibaru.db'), path.join(dir, 'kibaru.db'))
  fs.cpSync(path.join(template, 'uploads'), path.join(dir, 'uploads'), { recursive: true })
  const database = { dir, databasePath: path.join(dir, 'kibaru.db'), uploadsDir: path.join(dir, 'uploads'), articles }
  if (articles > 0) {
    const started = Date.now()
    runSeed(database.databasePath, database.uploadsDir, articles)
    log(`${articles.toLocaleString('en-US')} articles synthétiques ajoutés en ${((Date.now() - started) / 1000).toFixed(1)} s`)
  }
  return database
}

export function removeDatabase(database: BenchDatabase) {
  fs.rmSync(database.dir, { recursive: true, force: true })
}

// ---------------------------------------------------------------------------------------------
// Ports and HTTP

const handedOut = new Set<number>()

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once('error', () => resolve(false))
    // No host: the wildcard address, as `next start` listens, so a port taken on any interface fails.
    server.listen(port, () => server.close(() => resolve(true)))
  })
}

/** The first free port from `start` (within 100), never one already handed out by this run. */
export async function freePort(start: number): Promise<number> {
  for (let port = start; port < start + 100; port++) {
    if (handedOut.has(port)) continue
    if (await canListen(port)) {
      handedOut.add(port)
      return port
    }
  }
  throw new Error(`Aucun port libre entre ${start} et ${start + 99}.`)
}

export interface RawResponse {
  status: number
  headers: http.IncomingHttpHeaders
  /** The bytes as they came over the wire (still compressed when the server compressed them). */
  body: Buffer
}

/** A GET that does not decompress, so bytes over the wire can be counted. */
export function rawGet(url: string, headers: Record<string, string> = {}, timeoutMs = 30_000): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers, agent: false, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
      res.on('error', reject)
    })
    request.on('timeout', () => request.destroy(new Error(`Délai dépassé : ${url}`)))
    request.on('error', reject)
  })
}

export async function getText(url: string): Promise<{ status: number; text: string }> {
  const res = await rawGet(url)
  return { status: res.status, text: res.body.toString('utf8') }
}

// ---------------------------------------------------------------------------------------------
// The production server

export interface RunningServer {
  port: number
  origin: string
  /** The `npm start` process; the server is its descendant (one process group). */
  pid: number
  child: ChildProcess
  /** From spawning `npm start` to the first 200 on `/`. */
  startupMs: number
  /** True when `npm start` had to build first (sources changed meanwhile): the time is not comparable. */
  builtAtStart: boolean
  logFile: string
}

const running = new Set<RunningServer>()

export async function startServer(database: BenchDatabase, port: number): Promise<RunningServer> {
  const origin = `http://127.0.0.1:${port}`
  const logFile = path.join(database.dir, `server-${port}.log`)
  const out = fs.openSync(logFile, 'a')
  const started = performance.now()
  // `npm start`, as a user types it (build present), in its own process group so the whole tree
  // (npm, tsx, the start script, next-server) stops together.
  const child = spawn('npm', ['start', '--silent'], {
    cwd: root,
    detached: true,
    stdio: ['ignore', out, out],
    env: childEnv({ PORT: String(port), DATABASE_PATH: database.databasePath, UPLOADS_DIR: database.uploadsDir, SITE_URL: origin }),
  })
  fs.closeSync(out)
  let exited: number | null = null
  child.once('exit', (code) => (exited = code ?? 1))
  const server: RunningServer = { port, origin, pid: child.pid ?? 0, child, startupMs: 0, builtAtStart: false, logFile }
  running.add(server)
  const deadline = Date.now() + 300_000
  for (;;) {
    if (exited !== null) throw new Error(`Le serveur s’est arrêté au démarrage (code ${exited}) ; voir ${logFile}`)
    if (Date.now() > deadline) throw new Error(`Le serveur ne répond pas après 5 minutes ; voir ${logFile}`)
    try {
      const res = await rawGet(`${origin}/`, {}, 60_000)
      if (res.status === 200) break
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 20))
  }
  server.startupMs = performance.now() - started
  server.builtAtStart = /next build/.test(fs.readFileSync(logFile, 'utf8'))
  return server
}

export async function stopServer(server: RunningServer) {
  if (!running.delete(server)) return
  const gone = new Promise<void>((resolve) => (server.child.exitCode !== null || server.child.signalCode !== null ? resolve() : server.child.once('exit', () => resolve())))
  try {
    process.kill(-server.pid, 'SIGTERM')
  } catch {
    // already gone
  }
  const timeout = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 10_000))
  if ((await Promise.race([gone, timeout])) === 'timeout') {
    try {
      process.kill(-server.pid, 'SIGKILL')
    } catch {
      // already gone
    }
  }
  // next-server takes a moment to let go of the port after its parent exits.
  for (let i = 0; i < 100 && !(await canListen(server.port)); i++) await new Promise((r) => setTimeout(r, 100))
}

/** On any exit (error, Ctrl-C), no server is left behind. */
export function stopAllOnExit() {
  const killAll = () => {
    for (const s of running) {
      try {
        process.kill(-s.pid, 'SIGTERM')
      } catch {
        // already gone
      }
    }
  }
  process.on('exit', killAll)
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      killAll()
      process.exit(130)
    })
  }
}

// ---------------------------------------------------------------------------------------------
// Search inside the server's code

export interface SearchTiming {
  queries: number
  distinct: number
  medianMs: number
  p95Ms: number
  p99Ms: number
  meanMs: number
  medianHits: number
  method: string
}

/**
 * Times db/queries/search.ts's searchArticles() on the benchmark database, in a child process
 * that loads it as the server does (the react-server condition makes 'server-only' importable).
 */
export function timeSearch(database: BenchDatabase, queries: number): SearchTiming {
  const result = spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/bench/search-timing.ts', String(queries)], {
    encoding: 'utf8',
    env: childEnv({ DATABASE_PATH: database.databasePath, UPLOADS_DIR: database.uploadsDir }),
  })
  const last = result.stdout.trim().split('\n').at(-1) ?? ''
  if (result.status !== 0 || !last.startsWith('{')) throw new Error(`La mesure de la recherche a échoué :\n${result.stderr || result.stdout}`)
  return JSON.parse(last) as SearchTiming
}
