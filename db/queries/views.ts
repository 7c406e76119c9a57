// View counting without cookies: the beacon adds to a counter in memory, written to SQLite in
// one transaction every few seconds, so a traffic spike costs a few writes, not one per reader.
import 'server-only'
import { db } from '../client'

const FLUSH_AFTER_MS = Number(process.env.VIEWS_FLUSH_MS) > 0 ? Number(process.env.VIEWS_FLUSH_MS) : 5_000
const MAX_PENDING = 5_000
const KEEP_HOURLY_MS = 8 * 86_400_000

interface Pending {
  counts: Map<number, number>
  timer: NodeJS.Timeout | null
}
const state = ((globalThis as unknown as { kibaruViews?: Pending }).kibaruViews ??= { counts: new Map(), timer: null })

/** Counts one view of an article (ids of unknown or unpublished stories are dropped at flush). */
export function countView(articleId: number): void {
  state.counts.set(articleId, (state.counts.get(articleId) ?? 0) + 1)
  if (state.counts.size >= MAX_PENDING) flushViews()
  else if (!state.timer) {
    state.timer = setTimeout(flushViews, FLUSH_AFTER_MS)
    state.timer.unref()
  }
}

export function hourKey(date: Date): string {
  return date.toISOString().slice(0, 13)
}

/** Writes the pending counts in one transaction. Returns how many views were written. */
export function flushViews(now = new Date()): number {
  if (state.timer) clearTimeout(state.timer)
  state.timer = null
  if (state.counts.size === 0) return 0
  const batch = [...state.counts]
  state.counts.clear()
  const client = db().$client
  const day = now.toISOString().slice(0, 10)
  const hour = hourKey(now)
  const published = `EXISTS (SELECT 1 FROM articles WHERE id = @id AND status = 'published')`
  const daily = client.prepare(
    `INSERT INTO article_views (article_id, day, count) SELECT @id, @day, @n WHERE ${published}
     ON CONFLICT (article_id, day) DO UPDATE SET count = count + excluded.count`,
  )
  const hourly = client.prepare(
    `INSERT INTO article_views_hourly (article_id, hour, count) SELECT @id, @hour, @n WHERE ${published}
     ON CONFLICT (article_id, hour) DO UPDATE SET count = count + excluded.count`,
  )
  let written = 0
  client.transaction(() => {
    for (const [id, n] of batch) {
      written += daily.run({ id, day, n }).changes ? n : 0
      hourly.run({ id, hour, n })
    }
    client.prepare('DELETE FROM article_views_hourly WHERE hour < ?').run(hourKey(new Date(now.getTime() - KEEP_HOURLY_MS)))
  })()
  return written
}
