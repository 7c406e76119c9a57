// The public search against a real SQLite file: bm25 order (title first), pages, the bounded
// window of the most recent matches, published stories only whatever happens to a story, and
// hostile input, which must never reach FTS5 as syntax.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { HIGHLIGHT_END, HIGHLIGHT_START } from '@/lib/search'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kibaru-search-'))
process.env.DATABASE_PATH = path.join(dir, 'test.db')

let search: typeof import('./search')
let client: Database.Database
let sport = 0
const DAY = 86_400_000
// Increasing publication dates, in insertion order.
let clock = Date.now() - 4_000 * DAY

function addStory(title: string, { standfirst = '', body = '', status = 'published', categoryId = null as number | null, slug = '' } = {}): number {
  clock += DAY / 2
  const info = client
    .prepare(
      `INSERT INTO articles (slug, title, standfirst, category_id, status, body, body_text, published_at)
       VALUES (?, ?, ?, ?, ?, '{"type":"doc","content":[]}', ?, ?)`,
    )
    .run(slug || `histoire-${clock}`, title, standfirst, categoryId, status, body, status === 'published' ? clock : null)
  return Number(info.lastInsertRowid)
}

const idsOf = (q: string, page = 1, filters = {}) => search.searchArticles(q, page, filters).items.map((h) => h.article.id)

beforeAll(async () => {
  const { db } = await import('../client')
  const { migrateDatabase } = await import('../open')
  search = await import('./search')
  migrateDatabase(db())
  client = db().$client
  sport = Number(client.prepare("INSERT INTO categories (slug, name) VALUES ('sport', 'Sport')").run().lastInsertRowid)
})

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('ranking', () => {
  it('puts a match in the title first, then the chapô, then the body; ties go to the newest story', () => {
    const inBody = addStory('Le marché de Ségou', { body: 'On y vend du karité et du mil.' })
    const inTitle = addStory('Le karité, or des femmes de Koutiala')
    const inStandfirst = addStory('Une filière qui se structure', { standfirst: 'Le karité attire de nouveaux acheteurs.' })
    const twinOld = addStory('Prix du karité en hausse')
    const twinNew = addStory('Prix du karité en hausse')
    expect(idsOf('karite')).toEqual([twinNew, twinOld, inTitle, inStandfirst, inBody])
  })

  it('highlights the words found in the snippet', () => {
    const [hit] = search.searchArticles('koutiala').items
    expect(hit?.snippet).toContain(`${HIGHLIGHT_START}Koutiala${HIGHLIGHT_END}`)
  })

  it('requires every word, the last one as a prefix', () => {
    expect(idsOf('prix hausse').length).toBe(2)
    expect(idsOf('prix hau').length).toBe(2)
    expect(idsOf('prix baisse')).toEqual([])
  })
})

describe('pages', () => {
  it('cuts the results into pages of ten, without overlap, and clamps the page into range', () => {
    const all = Array.from({ length: 25 }, (_, i) => addStory(`Sorgho, épisode ${i + 1}`))
    const first = search.searchArticles('sorgho', 1)
    expect(first).toMatchObject({ total: 25, totalPages: 3, page: 1, capped: false })
    const pages = [1, 2, 3].map((p) => idsOf('sorgho', p))
    expect(pages.map((p) => p.length)).toEqual([10, 10, 5])
    expect(new Set(pages.flat())).toEqual(new Set(all))
    expect(search.searchArticles('sorgho', 99).page).toBe(3)
    expect(search.searchArticles('sorgho', 0).page).toBe(1)
    expect(search.searchArticles('sorgho', -5).page).toBe(1)
    expect(search.searchArticles('introuvablemot', 4)).toEqual({ items: [], page: 1, totalPages: 1, total: 0, capped: false })
  })

  it('ranks and counts only the most recent matches beyond SEARCH_MAX_RESULTS, and says so', () => {
    const max = search.SEARCH_MAX_RESULTS
    const insert = client.transaction(() => Array.from({ length: max + 5 }, (_, i) => addStory(`Niébé ${i}`)))
    const ids = insert()
    const result = search.searchArticles('niebe')
    expect(result).toMatchObject({ total: max, totalPages: Math.ceil(max / search.SEARCH_PAGE_SIZE), capped: true })
    const seen = Array.from({ length: result.totalPages }, (_, p) => idsOf('niebe', p + 1)).flat()
    expect(new Set(seen)).toEqual(new Set(ids.slice(5)))
    // A filter narrows the window: the older stories are found again within their dates.
    const { day } = client.prepare("SELECT strftime('%Y-%m-%d', published_at / 1000, 'unixepoch') AS day FROM articles WHERE id = ?").get(ids[1]) as { day: string }
    const early = search.searchArticles('niebe', 1, { to: day })
    expect(early.capped).toBe(false)
    expect(early.items.map((h) => h.article.id)).toEqual(expect.arrayContaining(ids.slice(0, 2)))
    expect(early.items.map((h) => h.article.id)).not.toContain(ids.at(-1))
  })
})

describe('published stories only', () => {
  it('never finds a draft, a story in review or a scheduled one, nor suggests their words', () => {
    for (const status of ['draft', 'review', 'scheduled']) addStory(`Fonio confidentiel ${status}`, { status, body: 'Zorglubien' })
    expect(search.searchArticles('fonio').total).toBe(0)
    expect(search.searchArticles('zorglubien').total).toBe(0)
    // "Essayez plutôt" reads the index's vocabulary, which holds published words only.
    expect(search.suggestQuery('zorglubienn')).toBeNull()
  })

  it('follows a story through publication, edits, unpublication and deletion', () => {
    const id = addStory('Arachide : la campagne commence', { status: 'draft', categoryId: sport })
    expect(idsOf('arachide')).toEqual([])
    client.prepare("UPDATE articles SET status = 'published', published_at = ? WHERE id = ?").run(Date.now(), id)
    expect(idsOf('arachide')).toEqual([id])
    expect(idsOf('arachide', 1, { category: 'sport' })).toEqual([id])
    client.prepare("UPDATE articles SET title = 'Sésame : la campagne commence' WHERE id = ?").run(id)
    expect(idsOf('arachide')).toEqual([])
    expect(idsOf('sesame')).toEqual([id])
    client.prepare("UPDATE articles SET status = 'draft' WHERE id = ?").run(id)
    expect(idsOf('sesame')).toEqual([])
    client.prepare("UPDATE articles SET status = 'published' WHERE id = ?").run(id)
    expect(idsOf('sesame')).toEqual([id])
    client.prepare('DELETE FROM articles WHERE id = ?').run(id)
    expect(idsOf('sesame')).toEqual([])
  })

  it('keeps one index row per published story and none for the others', () => {
    const counts = client
      .prepare(
        `SELECT (SELECT count(*) FROM articles_fts) AS indexed,
                (SELECT count(*) FROM articles WHERE status = 'published') AS published,
                (SELECT count(*) FROM articles_fts f JOIN articles a ON a.id = f.rowid WHERE a.status = 'published') AS both`,
      )
      .get()
    expect(counts).toEqual({ indexed: expect.any(Number), published: expect.any(Number), both: expect.any(Number) })
    const { indexed, published, both } = counts as Record<string, number>
    expect(indexed).toBe(published)
    expect(both).toBe(published)
  })
})

describe('hostile input', () => {
  const nasty = [
    '"',
    '""""',
    '*',
    '**',
    'NEAR(',
    'NEAR(karité sorgho, 2)',
    'karité OR sorgho',
    'OR',
    'AND',
    'NOT',
    'karité AND NOT sorgho',
    '(((',
    ')',
    '{title}: karité',
    'title:karité',
    '^karité',
    '-karité',
    '+karité',
    'kar*ité',
    "'; DROP TABLE articles; --",
    'karité\u0000sorgho',
    '\u0000',
    '\u0000\u0000\u0000',
    'karité\u0000',
    '\ud800',
    '\u202ekarité',
    '🌾🌾',
    'a'.repeat(10_000),
    'karité '.repeat(2_000),
    '" OR 1=1 --'.repeat(1_000),
    'NEAR('.repeat(2_000),
    '',
    '   ',
  ]

  it.each(nasty.map((q) => [JSON.stringify(q).slice(0, 40), q]))('%s: no error, published stories only', (_, q) => {
    for (const page of [1, 2, 1_000_000]) {
      const result = search.searchArticles(q, page, { category: "sport' OR 1=1", from: '2020-01-01', to: '2030-12-31' })
      expect(result.items).toEqual([])
      const plain = search.searchArticles(q, page)
      expect(plain.page).toBeGreaterThanOrEqual(1)
      expect(plain.total).toBeLessThanOrEqual(search.SEARCH_MAX_RESULTS)
      for (const hit of plain.items) expect(client.prepare('SELECT status FROM articles WHERE id = ?').get(hit.article.id)).toEqual({ status: 'published' })
    }
    expect(() => search.suggestQuery(q)).not.toThrow()
  })

  it('treats FTS5 operators as plain words', () => {
    // "OR" and "title" are words to find, not an operator and a column filter: no story has them.
    expect(idsOf('karité OR sorgho')).toEqual([])
    expect(idsOf('{title}: koutiala')).toEqual([])
    expect(idsOf('koutiala')).toHaveLength(1)
  })
})
