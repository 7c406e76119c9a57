// npm run test:soak [-- --seconds N --smoke --out FILE]
// Under load: a production server (the build in NEXT_DIST_DIR, started by `npm start`, whole-page
// cache included) on a throwaway database seeded with a few thousand stories, in a temporary
// folder. 50 readers load home, stories, rubriques, tags and searches, first alone (the
// baseline), then while five journalists save their drafts every 2 s and an editor publishes
// every 10 s through the real server actions; then pathological searches run while a monitor
// polls /api/sante. All over HTTP on 127.0.0.1. Prints the figures (and writes them as JSON with
// --out); fails on any server error, any failed write, any acknowledged save missing from the
// database afterwards, or any abnormal answer to a pathological search. Latencies are printed,
// never judged.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import Database from 'better-sqlite3'
import { DIST_DIR } from './build-fingerprint'
import { cpuSnapshot, othersCpuShare, serverMemory, treeCpuMs } from './bench/proc'
import { freePort, startServer, stopAllOnExit, stopServer, type BenchDatabase, type RunningServer } from './bench/server'
import { round } from './bench/stats'
import { readActionIds } from './soak/actions'
import { HealthProbe } from './soak/health'
import { runHostileSearches } from './soak/hostile'
import { createAccounts, openNewsroom, readFiling, runWriters, soakAccounts } from './soak/newsroom'
import { optionsOrExit } from './cli-options'
import { parseSoakOptions, type SoakOptions } from './soak/options'
import { formatReport, soakFailures, type PhaseLoad, type SoakReport } from './soak/report'
import { readerMix, runReaders, summarise, warmReaderPages } from './soak/readers'
import { verifyDatabase } from './soak/verify'

const HOSTILE_CONCURRENCY = 4

const t0 = performance.now()
function log(message: string) {
  process.stdout.write(`[soak ${((performance.now() - t0) / 1000).toFixed(1).padStart(5)} s] ${message}\n`)
}

/** The demo content and `articles` synthetic stories, by the project's seed command. */
function seed(database: BenchDatabase, articles: number) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'db/seed/cli.ts', '--articles', String(articles)], {
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    env: { ...process.env, DATABASE_PATH: database.databasePath, UPLOADS_DIR: database.uploadsDir },
  })
  if (result.status !== 0) throw new Error(`Le remplissage de la base a échoué :\n${result.stdout}\n${result.stderr}`)
}

const fileSize = (file: string) => {
  try {
    return fs.statSync(file).size
  } catch {
    return 0
  }
}

/** WAL size and server memory every 250 ms, kept as maxima per phase; the generator's own event-loop delay. */
class Sampler {
  private timer: NodeJS.Timeout | null = null
  private current = { wal: 0, rss: 0 }
  walMax = 0
  rssMax = 0
  private readonly lag = monitorEventLoopDelay({ resolution: 10 })
  private cpu = cpuSnapshot()
  private serverCpu = 0

  constructor(
    private readonly walFile: string,
    private readonly serverPid: number,
  ) {}

  private sample() {
    const wal = fileSize(this.walFile)
    const rss = serverMemory(this.serverPid).server
    this.current = { wal: Math.max(this.current.wal, wal), rss: Math.max(this.current.rss, rss) }
    this.walMax = Math.max(this.walMax, wal)
    this.rssMax = Math.max(this.rssMax, rss)
  }

  start() {
    this.timer = setInterval(() => this.sample(), 250)
    this.phase()
  }

  /** Starts a phase; returns the figures of the one that ends. */
  phase(): PhaseLoad {
    this.sample()
    const now = cpuSnapshot()
    const serverCpu = treeCpuMs(this.serverPid)
    const out: PhaseLoad = {
      othersCpu: round(othersCpuShare(this.cpu, now, os.cpus().length), 3),
      serverCpuMs: round(serverCpu - this.serverCpu),
      seconds: round((now.at - this.cpu.at) / 1000, 1),
      generatorLagP99Ms: round(this.lag.percentile(99) / 1e6, 1),
      walMaxBytes: this.current.wal,
      rssMaxBytes: this.current.rss,
    }
    this.cpu = now
    this.serverCpu = serverCpu
    this.current = { wal: 0, rss: 0 }
    this.lag.reset()
    this.lag.enable()
    return out
  }

  stop() {
    if (this.timer) clearInterval(this.timer)
    this.lag.disable()
    this.sample()
  }
}

/** Error lines of the server's log (the run's own expected noise is none: every line counts). */
function logWarnings(file: string): string[] {
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : ''
  return text
    .split('\n')
    .filter((l) => /error|erreur|exception|SQLITE_|unhandled/i.test(l))
    .map((l) => l.slice(0, 300))
}

type Measured = Omit<SoakReport, 'failures' | 'totals' | 'readerP95Ratio' | 'totalSeconds'>

/** The whole run, in a temporary folder that stays behind when something throws. */
async function run(options: SoakOptions, dir: string): Promise<Measured> {
  const started = performance.now()
  const database: BenchDatabase = { dir, databasePath: path.join(dir, 'kibaru.db'), uploadsDir: path.join(dir, 'uploads'), articles: options.articles }
  let server: RunningServer | null = null
  try {
    log(`base jetable dans ${dir} : contenu de démonstration et ${options.articles.toLocaleString('fr-FR')} articles synthétiques…`)
    seed(database, options.articles)
    const accounts = soakAccounts(options.journalists)
    createAccounts(database.databasePath, [...accounts.journalists, accounts.editor])
    const filing = readFiling(database.databasePath)
    // (Fewer distinct pages in --smoke: their first renders are most of the warm-up.)
    const mix = readerMix(database.databasePath, options.smoke ? { stories: 30, tags: 10 } : {})
    const seedSeconds = (performance.now() - started) / 1000

    const port = await freePort(options.port)
    log(`démarrage du serveur de production (npm start, ${DIST_DIR}) sur 127.0.0.1:${port}…`)
    server = await startServer(database, port)
    const { origin, startupMs, builtAtStart, logFile, pid } = server
    log(`serveur prêt en ${(startupMs / 1000).toFixed(1)} s${builtAtStart ? ' (après une construction)' : ''}`)
    const health = new HealthProbe(origin)
    health.start()
    const sampler = new Sampler(`${database.databasePath}-wal`, pid)
    sampler.start()

    const planned = options.publishEveryMs > 0 ? Math.max(0, Math.ceil((options.seconds * 1000 - options.publishEveryMs / 2) / options.publishEveryMs)) : 0
    const newsroom = await openNewsroom(origin, readActionIds(DIST_DIR), accounts, filing, planned)
    log(`${options.journalists} journalistes et un éditeur connectés par l’action de connexion, leurs brouillons créés par l’action d’enregistrement`)
    const warmPages = await warmReaderPages(origin, mix)
    await runReaders(origin, mix, options.smoke ? 1 : 3, options.readers, options.rate)
    log(`${warmPages} pages de lecteurs en cache ; référence sans écriture pendant ${options.baseline} s…`)

    health.mark('référence')
    sampler.phase()
    const baselineReaders = await runReaders(origin, mix, options.baseline, options.readers, options.rate)
    const baselineLoad = sampler.phase()
    log(`référence : ${baselineReaders.requestsPerSecond} req/s, p95 ${baselineReaders.p95Ms} ms ; endurance pendant ${options.seconds} s…`)

    health.mark('écriture')
    const [soakReaders, writers] = await Promise.all([
      runReaders(origin, mix, options.seconds, options.readers, options.rate),
      runWriters(origin, newsroom, options.seconds, options.saveEveryMs, options.publishEveryMs),
    ])
    const soakLoad = sampler.phase()
    log(`endurance : ${soakReaders.requestsPerSecond} req/s, p95 ${soakReaders.p95Ms} ms ; recherches pathologiques pendant ${options.hostile} s…`)

    health.mark('hostile')
    const searches = await runHostileSearches(origin, options.hostile, HOSTILE_CONCURRENCY)
    const hostileLoad = sampler.phase()
    health.mark('fin')
    const healthPhases = await health.stop()
    delete healthPhases.fin
    delete healthPhases.setup
    sampler.stop()
    const walEndBytes = fileSize(`${database.databasePath}-wal`)
    const rssEndBytes = serverMemory(pid).server
    await stopServer(server)
    server = null

    // The server is gone: what follows reads the file as a restart would find it. Each draft's
    // creation, just before the soak, is an acknowledged save too, and is looked for as well.
    const verification = verifyDatabase(
      database.databasePath,
      newsroom.journalists.map((j) => j.acks),
      newsroom.editor.published,
    )
    const saveMs = newsroom.journalists.flatMap((j) => j.saveMs)
    return {
      mode: options.smoke ? 'smoke' : 'full',
      startedAt: new Date(Date.now() - (performance.now() - started)).toISOString(),
      settings: {
        seconds: options.seconds,
        baseline: options.baseline,
        hostile: options.hostile,
        articles: options.articles,
        readers: options.readers,
        rate: options.rate,
        journalists: options.journalists,
        saveEveryMs: options.saveEveryMs,
        publishEveryMs: options.publishEveryMs,
      },
      machine: { cores: os.cpus().length, node: process.versions.node },
      setup: { seedSeconds: round(seedSeconds, 1), publishedStories: countPublished(database.databasePath), serverStartMs: round(startupMs), builtAtStart, warmPages },
      baseline: { readers: baselineReaders, load: baselineLoad },
      soak: {
        readers: soakReaders,
        load: soakLoad,
        saves: {
          ...summarise(saveMs),
          tried: newsroom.journalists.reduce((n, j) => n + j.attempts, 0),
          acknowledged: newsroom.journalists.reduce((n, j) => n + j.acknowledged, 0),
          latePlans: writers.latePlans,
        },
        publishes: { planned, done: newsroom.editor.published.length, action: summarise(newsroom.editor.publishMs), live: summarise(newsroom.editor.liveMs) },
      },
      hostile: { requests: searches.reduce((n, h) => n + h.requests, 0), concurrency: HOSTILE_CONCURRENCY, searches, load: hostileLoad },
      health: healthPhases,
      database: { walEndBytes, walMaxBytes: sampler.walMax, databaseBytes: fileSize(database.databasePath) },
      server: { rssEndBytes, rssPeakBytes: sampler.rssMax, logWarnings: logWarnings(logFile) },
      writerFailures: newsroom.failures,
      verification,
    }
  } finally {
    if (server) await stopServer(server)
  }
}

function countPublished(databasePath: string): number {
  const sqlite = new Database(databasePath, { readonly: true })
  try {
    return sqlite.prepare("SELECT count(*) FROM articles WHERE status = 'published'").pluck().get() as number
  } finally {
    sqlite.close()
  }
}

/** Every request the run made and how many went wrong, 5xx apart. */
function totals(m: Measured): SoakReport['totals'] {
  const readers = [m.baseline.readers, m.soak.readers]
  const hostile5xx = m.hostile.searches.reduce((n, h) => n + Object.entries(h.statusCodes).reduce((k, [code, c]) => k + (Number(code) >= 500 ? c : 0), 0), 0)
  const writes = m.soak.saves.tried + m.soak.publishes.action.count
  const writes5xx = m.writerFailures.filter((f) => f.status >= 500).length
  const health = Object.values(m.health)
  return {
    requests: readers.reduce((n, r) => n + r.count, 0) + writes + m.hostile.requests + health.reduce((n, h) => n + h.count, 0),
    errors:
      readers.reduce((n, r) => n + r.non2xx + r.errors + r.timeouts, 0) +
      m.writerFailures.length +
      m.hostile.searches.reduce((n, h) => n + h.failures, 0) +
      health.reduce((n, h) => n + h.failures, 0),
    serverErrors: readers.reduce((n, r) => n + r.serverErrors, 0) + writes5xx + hostile5xx + health.reduce((n, h) => n + h.serverErrors, 0),
  }
}

async function main() {
  const options = optionsOrExit(() => parseSoakOptions(process.argv.slice(2), process.env))
  stopAllOnExit()
  const started = performance.now()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kibaru-soak-'))
  let measured: Measured
  try {
    measured = await run(options, dir)
  } catch (error) {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error)
    console.error(`Essai interrompu ; dossier conservé (base, journal du serveur) : ${dir}`)
    process.exit(1)
  }
  const failures = soakFailures(measured)
  const report: SoakReport = {
    ...measured,
    totalSeconds: round((performance.now() - started) / 1000, 1),
    totals: totals(measured),
    readerP95Ratio: round(measured.soak.readers.p95Ms / measured.baseline.readers.p95Ms, 3),
    failures,
  }
  console.log(formatReport(report))
  if (options.out) {
    fs.mkdirSync(path.dirname(path.resolve(options.out)), { recursive: true })
    fs.writeFileSync(options.out, `${JSON.stringify(report, null, 2)}\n`)
    console.log(`\nChiffres écrits dans ${options.out}`)
  }
  if (failures.length === 0 && !options.keep) fs.rmSync(dir, { recursive: true, force: true })
  else console.log(`Dossier conservé (base, journal du serveur) : ${dir}`)
  process.exit(failures.length ? 1 : 0)
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error)
  process.exit(1)
})
