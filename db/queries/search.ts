// Full-text search over published stories, ranked with bm25 (title first, then chapô and tags).
import 'server-only'
import { HIGHLIGHT_END, HIGHLIGHT_START, toFtsQuery } from '@/lib/search'
import { db } from '../client'
import { readCards, type ArticleCard, type Page } from './articles'

export const SEARCH_PAGE_SIZE = 10

export interface SearchHit {
  article: ArticleCard
  snippet: string
}

export function searchArticles(raw: string, page = 1): Page<SearchHit> {
  const match = toFtsQuery(raw)
  if (!match) return { items: [], page: 1, totalPages: 1, total: 0 }
  const client = db().$client
  const total = (
    client
      .prepare(
        `SELECT count(*) AS n FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
          WHERE articles_fts MATCH ? AND a.status = 'published'`,
      )
      .get(match) as { n: number }
  ).n
  const totalPages = Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE))
  const current = Math.min(Math.max(1, page), totalPages)
  const rows = client
    .prepare(
      `SELECT a.id AS id,
              snippet(articles_fts, -1, '${HIGHLIGHT_START}', '${HIGHLIGHT_END}', '…', 24) AS snippet
         FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
        WHERE articles_fts MATCH ? AND a.status = 'published'
        ORDER BY bm25(articles_fts, 10.0, 4.0, 1.0, 3.0), a.published_at DESC
        LIMIT ? OFFSET ?`,
    )
    .all(match, SEARCH_PAGE_SIZE, (current - 1) * SEARCH_PAGE_SIZE) as { id: number; snippet: string }[]
  const cards = new Map(readCards(rows.map((r) => r.id)).map((c) => [c.id, c]))
  const items = rows.flatMap((r) => {
    const article = cards.get(r.id)
    return article ? [{ article, snippet: r.snippet }] : []
  })
  return { items, page: current, totalPages, total }
}
