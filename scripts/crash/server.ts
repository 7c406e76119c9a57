// The production server for the crash test: `scripts/start.ts` (migrations, temporary uploads
// cleaned, then scripts/server.mjs as its child), in a process group of its own, so that a crash
// can take the whole tree down at once with SIGKILL, as a power cut or the kernel's OOM killer would.
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

export interface CrashServer {
  child: ChildProcess
  databasePath: string
  /** The start script's pid, which is also the process group's id. */
  pid: number
  port: number
  origin: string
  /** From spawn to the first 200 on `/`. */
  startupMs: number
}

export interface ServerPlace {
  port: number
  databasePath: string
  uploadsDir: string
  logFile: string
}

/** Processes started with this database in their environment, wherever they are now (an orphan re-parented elsewhere, say). */
export function processesUsing(databasePath: string): number[] {
  const needle = `DATABASE_PATH=${databasePath}\0`
  const found: number[] = []
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue
    try {
      if (`${fs.readFileSync(`/proc/${name}/environ`, 'utf8')}\0`.includes(needle)) found.push(Number(name))
    } catch {
      // exited meanwhile, or another user's process
    }
  }
  return found
}

/** Every live process of a process group, read from /proc (Linux). */
export function groupMembers(pgid: number): { pid: number; command: string }[] {
  const members: { pid: number; command: string }[] = []
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      // fields[0] is the state: a zombie has already died and only waits for its parent.
      if (Number(fields[2]) !== pgid || fields[0] === 'Z') continue
      members.push({ pid: Number(name), command: fs.readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ') })
    } catch {
      // exited meanwhile
    }
  }
  return members
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer()
    probe.once('error', () => resolve(false))
    probe.listen(port, () => probe.close(() => resolve(true)))
  })
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

export async function startServer(place: ServerPlace): Promise<CrashServer> {
  for (let i = 0; i < 50 && !(await portFree(place.port)); i++) await sleep(100)
  if (!(await portFree(place.port))) throw new Error(`Le port ${place.port} est déjà pris : un autre serveur y tourne.`)
  const origin = `http://127.0.0.1:${place.port}`
  const out = fs.openSync(place.logFile, 'a')
  const started = performance.now()
  const child = spawn(process.execPath, ['--import', 'tsx', path.join('scripts', 'start.ts')], {
    cwd: process.cwd(),
    detached: true,
    stdio: ['ignore', out, out],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      // Serve the build that is there; never rebuild in the middle of the test.
      SKIP_BUILD: '1',
      PORT: String(place.port),
      DATABASE_PATH: place.databasePath,
      UPLOADS_DIR: place.uploadsDir,
      SITE_URL: origin,
    },
  })
  fs.closeSync(out)
  let exited: string | null = null
  child.once('exit', (code, signal) => (exited = signal ?? String(code)))
  const server: CrashServer = { child, databasePath: place.databasePath, pid: child.pid!, port: place.port, origin, startupMs: 0 }
  const deadline = Date.now() + 120_000
  for (;;) {
    if (exited !== null) throw new Error(`Le serveur s’est arrêté au démarrage (${exited}) ; voir ${place.logFile}`)
    if (Date.now() > deadline) {
      await killServer(server)
      throw new Error(`Le serveur ne répond pas après 2 minutes ; voir ${place.logFile}`)
    }
    try {
      const res = await fetch(`${origin}/`, { redirect: 'manual', signal: AbortSignal.timeout(30_000) })
      await res.arrayBuffer()
      if (res.status === 200) break
    } catch {
      // not listening yet
    }
    await sleep(25)
  }
  server.startupMs = performance.now() - started
  return server
}

export interface KillReport {
  /** The process that listened on the port (scripts/server.mjs, "kibaru-server"). */
  serverPid: number | null
  /** Processes of the group alive just before the kill. */
  killed: number
  /** From SIGKILL until no process of the group is left and the port is free. */
  goneMs: number
}

/**
 * SIGKILL, no warning: first the server process itself (the one that writes), then whatever is
 * left of its group (the start script, tsx). Returns once nothing of the group survives and the
 * port is free; throws if a process outlives it.
 */
export async function killServer(server: CrashServer): Promise<KillReport> {
  const members = groupMembers(server.pid)
  const inner = members.find((p) => p.pid !== server.pid && /kibaru-server|scripts\/server\.mjs/.test(p.command)) ?? null
  const killedAt = performance.now()
  if (inner) process.kill(inner.pid, 'SIGKILL')
  try {
    process.kill(-server.pid, 'SIGKILL')
  } catch {
    // the group is already gone
  }
  const deadline = Date.now() + 10_000
  for (;;) {
    const left = groupMembers(server.pid)
    const orphans = processesUsing(server.databasePath).filter((pid) => !left.some((p) => p.pid === pid))
    if (left.length === 0 && orphans.length === 0 && (await portFree(server.port))) break
    if (Date.now() > deadline) {
      const survivors = [...left.map((p) => `${p.pid} ${p.command}`), ...orphans.map((pid) => `${pid} (hors du groupe)`)]
      throw new Error(`Des processus survivent au SIGKILL : ${survivors.join(' ; ') || `le port ${server.port} reste pris`}`)
    }
    await sleep(10)
  }
  return { serverPid: inner?.pid ?? null, killed: members.length, goneMs: performance.now() - killedAt }
}
