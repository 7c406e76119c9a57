// The in-process scheduler: scheduled stories go online at their time even when nobody visits.
// Started once per server by instrumentation.ts. Every SCHEDULER_INTERVAL_MS (default 10 s) it
// asks the server's own internal endpoint to publish what is due; that endpoint runs inside a
// request, where the cache tags of the pages that show the story can be expired. The first call,
// right after start, catches up on everything that came due while the server was down.
import crypto from 'node:crypto'
import { authSecret } from './auth-secret'

export const SCHEDULER_HEADER = 'x-kibaru-scheduler'

/** The token the scheduler presents: derived from the session secret, never sent to a browser. */
export function schedulerToken(): string {
  return crypto.createHmac('sha256', authSecret()).update('kibaru:scheduler:v1').digest('base64url')
}

export function isSchedulerToken(value: string | null): boolean {
  if (!value) return false
  const expected = Buffer.from(schedulerToken())
  const given = Buffer.from(value)
  return given.length === expected.length && crypto.timingSafeEqual(given, expected)
}

const STARTED = Symbol.for('kibaru.scheduler')

export function startScheduler(): void {
  const state = globalThis as { [STARTED]?: boolean }
  if (state[STARTED] || process.env.SCHEDULER === 'off') return
  state[STARTED] = true
  const interval = Math.max(500, Number(process.env.SCHEDULER_INTERVAL_MS) || 10_000)
  const url = `http://127.0.0.1:${process.env.PORT || 3000}/api/interne/publications`
  const tick = async () => {
    try {
      const response = await fetch(url, { method: 'POST', headers: { [SCHEDULER_HEADER]: schedulerToken() }, signal: AbortSignal.timeout(30_000) })
      const result = (await response.json().catch(() => null)) as { published?: { slug: string; lateMs: number | null }[] } | null
      for (const story of result?.published ?? []) {
        console.log(`[programmation] publié : ${story.slug}${story.lateMs ? ` (en retard de ${Math.round(story.lateMs / 60_000)} min)` : ''}`)
      }
    } catch (error) {
      // The server is not listening yet (first tick) or is shutting down: the next tick retries.
      if (!(error instanceof TypeError)) console.error('[programmation]', error)
    } finally {
      setTimeout(tick, interval).unref()
    }
  }
  setTimeout(tick, 300).unref()
}
