// Waiting for the write lock without freezing the server. better-sqlite3 is synchronous: with a
// busy timeout, a write that finds the database locked by another process (a script, a restore,
// a second server by mistake) sleeps inside SQLite, on the one thread that also serves every
// reader, for up to the whole timeout. Here the connection gives up at once instead, and the
// waiting happens between attempts, asynchronously: readers are served while a save waits, and
// a lock released within the wait costs the journalist nothing but the delay.
import 'server-only'
import { failureFault, storageFault, withoutFaultLog } from '@/lib/db-errors'
import { db } from '../client'

/** As long as the connection's own busy timeout (db/open.ts): how long a save may wait for the lock. */
export const WRITE_WAIT_MS = 5_000

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Runs a synchronous write with the connection's busy timeout set to zero for its duration. */
function withoutBusyWait<T>(write: () => T): T {
  const sqlite = db().$client
  const previous = sqlite.pragma('busy_timeout', { simple: true }) as number
  sqlite.pragma('busy_timeout = 0')
  try {
    return write()
  } finally {
    sqlite.pragma(`busy_timeout = ${previous}`)
  }
}

/**
 * Runs `write` (synchronous, one transaction) as soon as the database lets it, trying again while
 * it is locked, for up to `waitMs`. The write reports a lock either by throwing SQLITE_BUSY or,
 * when it maps storage faults itself (lib/db-errors.ts), by a failure with `fault: 'busy'`; after
 * the wait, that last answer stands (the French "momentanément occupée" message).
 */
export async function writeWhenUnlocked<T>(write: () => T, waitMs = WRITE_WAIT_MS): Promise<T> {
  const started = Date.now()
  const deadline = started + waitMs
  for (let attempt = 1, delay = 5; ; attempt++, delay = Math.min(delay * 2, 250)) {
    let result: T
    try {
      result = withoutFaultLog(() => withoutBusyWait(write))
    } catch (error) {
      // Thrown on: the caller's own handling (and logging) of a storage fault takes over.
      if (storageFault(error) !== 'busy' || Date.now() >= deadline) throw error
      await sleep(Math.min(delay, Math.max(0, deadline - Date.now())))
      continue
    }
    const fault = failureFault(result)
    if (fault === 'full') console.warn('[base de données] disque plein : écriture refusée')
    if (fault !== 'busy') return result
    if (Date.now() >= deadline) {
      console.warn(`[base de données] verrouillée par un autre processus : écriture abandonnée après ${Date.now() - started} ms et ${attempt} tentatives`)
      return result
    }
    await sleep(Math.min(delay, Math.max(0, deadline - Date.now())))
  }
}
