// Full-text search over published stories, ranked with bm25 (title first, then chapô and tags),
// with filters by rubrique and date range, and spelling suggestions when nothing matches.
//
// The cost is bounded whatever the archive: only the SEARCH_MAX_RESULTS most recent matches
// are scored, ranked and counted (more shows as `capped`), in one pass inside FTS5, whose index
// holds published stories only (migration 0007); a rubrique or dates are checked by primary key
// on the matches, newest first, until the window is full. Snippets and cards are made for the
// page alone. At 100,000 stories a common word matches most of them: ranking all of them,
// counting them exactly or joining them all to articles each cost tens of milliseconds.
import 'server-only'
import { editDistance, foldTerm, HIGHLIGHT_END, HIGHLIGHT_START, queryTerms, toFtsQuery } from '@/lib/search'
import { db } from '../client'
import { readCards, type ArticleCard, type Page } from './articles'

export const SEARCH_PAGE_SIZE = 10

/**
 * Matches scored, ranked and counted per search. When more match, these are the most recent ones
 * (by id, which follows publication closely) and `capped` says so; a date filter reaches older ones.
 */
export const SEARCH_MAX_RESULTS = 500

export interface SearchHit {
  article: ArticleCard
  snippet: string
}

export interface SearchResults extends Page<SearchHit> {
  /** More stories match than the SEARCH_MAX_RESULTS counted in `total` ("Plus de 500 résultats"). */
  capped: boolean
}

export interface SearchFilters {
  /** Rubrique slug. */
  category?: string | null
  /** Inclusive days, "YYYY-MM-DD" (Bamako is on UTC). */
  from?: string | null
  to?: string | null
}

/** bm25 column weights: title, standfirst, body, tags. */
const RANK = `bm25(articles_fts, 10.0, 4.0, 1.0, 3.0)`

/**
 * The FROM and WHERE of the matches within the filters: the filters join articles by primary key;
 * without filters, FTS5 alone answers.
 */
function matches(match: string, filters: SearchFilters) {
  const where = ['articles_fts MATCH @match']
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
  // CROSS JOIN: SQLite keeps FTS5 as the outer loop, matches newest first, each checked by primary
  // key. Driven from a rubrique or date index instead, it would restart the match for every story.
  const from = where.length > 1 ? `FROM articles_fts CROSS JOIN articles a ON a.id = articles_fts.rowid AND a.status = 'published'` : 'FROM articles_fts'
  return { sql: `${from} WHERE ${where.join(' AND ')}`, params }
}

export function searchArticles(raw: string, page = 1, filters: SearchFilters = {}): SearchResults {
  const match = toFtsQuery(raw)
  if (!match) return { items: [], page: 1, totalPages: 1, total: 0, capped: false }
  const client = db().$client
  const found = matches(match, filters)
  // One pass inside FTS5, newest first: the window of matches with their bm25 scores, one more
  // than counted to know whether there are more. Not FTS5's `ORDER BY rank`: it ranks every match
  // whatever the LIMIT or rowid bounds (over 100 ms for a common word at 100,000 stories).
  const window = client
    .prepare(`SELECT articles_fts.rowid AS id, ${RANK} AS score ${found.sql} ORDER BY articles_fts.rowid DESC LIMIT @window`)
    .all({ ...found.params, window: SEARCH_MAX_RESULTS + 1 }) as Scored[]
  const capped = window.length > SEARCH_MAX_RESULTS
  const ranked = rankByScore(window.slice(0, SEARCH_MAX_RESULTS))
  const total = ranked.length
  const totalPages = Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE))
  const current = Math.min(Math.max(1, page), totalPages)
  const ids = ranked.slice((current - 1) * SEARCH_PAGE_SIZE, current * SEARCH_PAGE_SIZE).map((r) => r.id)
  if (ids.length === 0) return { items: [], page: current, totalPages, total, capped }
  // Snippets for the page only, read in the window's own order (newest first) and stopped once
  // the page is complete: with `rowid IN (…)` or a rowid range as a constraint, FTS5 restarts or
  // scans the whole match (70 ms per id for a word in most stories), not walking from the newest.
  const snippets = new Map(
    (
      client
        .prepare(
          `SELECT rowid AS id, snippet(articles_fts, -1, '${HIGHLIGHT_START}', '${HIGHLIGHT_END}', '…', 24) AS snippet
             FROM articles_fts WHERE articles_fts MATCH @match AND +rowid IN (SELECT value FROM json_each(@ids))
            ORDER BY rowid DESC LIMIT @count`,
        )
        .all({ match, ids: JSON.stringify(ids), count: ids.length }) as { id: number; snippet: string }[]
    ).map((r) => [r.id, r.snippet]),
  )
  const cards = new Map(readCards(ids).map((c) => [c.id, c]))
  const items = ids.flatMap((id) => {
    const article = cards.get(id)
    return article ? [{ article, snippet: snippets.get(id) ?? '' }] : []
  })
  return { items, page: current, totalPages, total, capped }
}

interface Scored {
  id: number
  score: number
}

/** Best first (bm25 is lower for a better match), ties to the newest story. */
function rankByScore(rows: Scored[]): Scored[] {
  return [...rows].sort((a, b) => a.score - b.score || b.id - a.id)
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
