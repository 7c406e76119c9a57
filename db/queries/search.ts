// Full-text search over published stories, ranked with bm25 (title first, then chapô and tags),
// with filters by rubrique and date range, and spelling suggestions when nothing matches.
import 'server-only'
import { editDistance, foldTerm, HIGHLIGHT_END, HIGHLIGHT_START, queryTerms, toFtsQuery } from '@/lib/search'
import { db } from '../client'
import { readCards, type ArticleCard, type Page } from './articles'

export const SEARCH_PAGE_SIZE = 10

export interface SearchHit {
  article: ArticleCard
  snippet: string
}

export interface SearchFilters {
  /** Rubrique slug. */
  category?: string | null
  /** Inclusive days, "YYYY-MM-DD" (Bamako is on UTC). */
  from?: string | null
  to?: string | null
}

export function searchArticles(raw: string, page = 1, filters: SearchFilters = {}): Page<SearchHit> {
  const match = toFtsQuery(raw)
  if (!match) return { items: [], page: 1, totalPages: 1, total: 0 }
  const where = [`articles_fts MATCH @match`, `a.status = 'published'`]
  const params: Record<string, string | number> = { match }
  if (filters.category) {
    where.push('a.category_id = (SELECT id FROM categories WHERE slug = @category)')
    params.category = filters.category
  }
  if (filters.from) {
    where.push('a.published_at >= @from')
    params.from = Date.parse(`${filters.from}T00:00:00Z`)
  }
  if (filters.to) {
    where.push('a.published_at < @to')
    params.to = Date.parse(`${filters.to}T00:00:00Z`) + 86_400_000
  }
  const client = db().$client
  const from = `FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid WHERE ${where.join(' AND ')}`
  const total = (client.prepare(`SELECT count(*) AS n ${from}`).get(params) as { n: number }).n
  const totalPages = Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE))
  const current = Math.min(Math.max(1, page), totalPages)
  const rows = client
    .prepare(
      `SELECT a.id AS id, snippet(articles_fts, -1, '${HIGHLIGHT_START}', '${HIGHLIGHT_END}', '…', 24) AS snippet ${from}
        ORDER BY bm25(articles_fts, 10.0, 4.0, 1.0, 3.0), a.published_at DESC
        LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: SEARCH_PAGE_SIZE, offset: (current - 1) * SEARCH_PAGE_SIZE }) as { id: number; snippet: string }[]
  const cards = new Map(readCards(rows.map((r) => r.id)).map((c) => [c.id, c]))
  const items = rows.flatMap((r) => {
    const article = cards.get(r.id)
    return article ? [{ article, snippet: r.snippet }] : []
  })
  return { items, page: current, totalPages, total }
}

/**
 * "Essayez plutôt": the query with each unknown word replaced by the most frequent word of the
 * index within two edits ("segu" → "segou"). Null when no better query is found.
 */
export function suggestQuery(raw: string): string | null {
  const terms = queryTerms(raw).map(foldTerm)
  if (terms.length === 0) return null
  const client = db().$client
  const exists = client.prepare('SELECT 1 FROM articles_fts_vocab WHERE term = ?')
  const candidates = client.prepare(
    `SELECT term, doc FROM articles_fts_vocab
      WHERE term >= ? AND term < ? AND length(term) BETWEEN ? AND ? ORDER BY doc DESC LIMIT 500`,
  )
  let changed = false
  const out = terms.map((term) => {
    if (term.length < 3 || exists.get(term)) return term
    // Words that start with the same letter: typos rarely touch the first one.
    const first = term[0] ?? ''
    const rows = candidates.all(first, String.fromCodePoint((first.codePointAt(0) ?? 0) + 1), term.length - 2, term.length + 2) as { term: string; doc: number }[]
    let best: { term: string; distance: number; doc: number } | null = null
    for (const row of rows) {
      const distance = editDistance(term, row.term, 2)
      if (distance <= 2 && (!best || distance < best.distance || (distance === best.distance && row.doc > best.doc))) best = { term: row.term, distance, doc: row.doc }
    }
    if (!best) return term
    changed = true
    return best.term
  })
  return changed ? out.join(' ') : null
}
