// EXPLAIN QUERY PLAN for every statement the hot public reads really run. Each read is called with
// the connection's prepare() wrapped, so the SQL and parameters checked are the ones the page
// sends, whether built by Drizzle or written by hand. A list that would read the whole archive
// (a SCAN of a big table, a walk of the status index, a sort of rows an index could give in
// order) fails here, on a small database, before it shows at 100,000 stories.
// Plans do not depend on the data: the application never runs ANALYZE, so SQLite plans from the
// schema alone, as it does in production.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kibaru-plans-'))
process.env.DATABASE_PATH = path.join(dir, 'test.db')

let q: typeof import('./articles')
let search: typeof import('./search')
let client: Database.Database
let someArticle = 0
let someSlug = ''

beforeAll(async () => {
  const { db } = await import('../client')
  const { migrateDatabase } = await import('../open')
  const { seedSynthetic } = await import('../seed/synthetic')
  q = await import('./articles')
  search = await import('./search')
  const database = db()
  migrateDatabase(database)
  client = database.$client
  const insert = (sql: string, rows: unknown[][]) => rows.forEach((r) => client.prepare(sql).run(...r))
  insert('INSERT INTO categories (slug, name, position) VALUES (?, ?, ?)', [['politique', 'Politique', 1], ['sport', 'Sport', 2], ['culture', 'Culture', 3]])
  insert('INSERT INTO authors (slug, name) VALUES (?, ?)', [['awa-diallo', 'Awa Diallo'], ['moussa-keita', 'Moussa Keïta']])
  insert('INSERT INTO tags (slug, name) VALUES (?, ?)', [['kidal', 'Kidal'], ['coton', 'Coton'], ['aigles', 'Aigles'], ['transition', 'Transition']])
  seedSynthetic(database, 300)
  // Every list has something to show: a breaking and a featured story, drafts, views of the hour.
  client.prepare("UPDATE articles SET breaking = 1, featured = 1 WHERE id = (SELECT max(id) FROM articles)").run()
  client.prepare("UPDATE articles SET status = 'draft' WHERE id % 50 = 0").run()
  const hour = new Date().toISOString().slice(0, 13)
  client.prepare("INSERT INTO article_views_hourly (article_id, hour, count) SELECT id, ?, id % 7 FROM articles WHERE status = 'published' LIMIT 40").run(hour)
  someArticle = (client.prepare("SELECT max(id) AS id FROM articles WHERE status = 'published'").get() as { id: number }).id
  // A body with several "Lire aussi": from four ids on, SQLite's choice of plan changes.
  const readAlso = [1, 2, 3, 4, 5, 50].map((articleId) => ({ type: 'readAlso', attrs: { articleId } }))
  client.prepare("UPDATE articles SET body = json_set(body, '$.content', json(?)) WHERE id = ?").run(JSON.stringify(readAlso), someArticle)
  someSlug = (client.prepare('SELECT slug FROM articles WHERE id = ?').get(someArticle) as { slug: string }).slug
})

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

/** Tables that grow with the archive or with traffic. */
const BIG = new Set(['articles', 'article_tags', 'article_authors', 'article_views', 'article_views_hourly', 'article_revisions', 'articles_fts'])

interface Ran {
  sql: string
  args: unknown[]
}

/** The statements `read` runs, with their parameters, in order. */
function statementsOf(read: () => unknown): Ran[] {
  const prepare = client.prepare.bind(client)
  const ran: Ran[] = []
  const spy = (statement: Database.Statement, sql: string): Database.Statement => {
    const proxy: Database.Statement = new Proxy(statement, {
      get(target, prop) {
        if (prop === 'all' || prop === 'get' || prop === 'run' || prop === 'iterate')
          return (...args: unknown[]) => {
            ran.push({ sql, args })
            return (target[prop] as (...a: unknown[]) => unknown)(...args)
          }
        // Modes (raw, pluck, expand) return the statement: keep returning the spy.
        if (prop === 'raw' || prop === 'pluck' || prop === 'expand')
          return (...args: unknown[]) => {
            ;(target[prop] as (...a: unknown[]) => unknown)(...args)
            return proxy
          }
        const value = Reflect.get(target, prop, target) as unknown
        return typeof value === 'function' ? value.bind(target) : value
      },
    })
    return proxy
  }
  client.prepare = ((sql: string) => spy(prepare(sql), sql)) as typeof client.prepare
  try {
    read()
  } finally {
    delete (client as { prepare?: unknown }).prepare
  }
  return ran
}

function planOf({ sql, args }: Ran): string[] {
  return (client.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[]).map((r) => r.detail)
}

/** Names a plan may use for a table in this SQL: the table itself or its alias. */
function tableNames(sql: string): Map<string, string> {
  const names = new Map<string, string>()
  const keywords = new Set(['where', 'on', 'left', 'inner', 'cross', 'join', 'order', 'group', 'limit', 'indexed', 'natural', 'using', 'union', 'as'])
  for (const m of sql.matchAll(/\b(?:from|join)\s+["`]?(\w+)["`]?(?:\s+(?:as\s+)?["`]?(\w+)["`]?)?/gi)) {
    const table = (m[1] ?? '').toLowerCase()
    names.set(table, table)
    const alias = m[2]?.toLowerCase()
    if (alias && !keywords.has(alias)) names.set(alias, table)
  }
  return names
}

/**
 * The steps of a plan that read more than the rows asked for:
 * - a SCAN of a big table (with or without an index, it is the whole table), or of FTS5 without MATCH;
 * - a SEARCH of articles on `status=?` alone: nearly every story is published, so that is a walk
 *   of the whole archive unless the index order is the order asked for and a LIMIT stops it;
 * - an automatic index, built at run time from a scan;
 * - a sort of rows from a big table (USE TEMP B-TREE FOR ORDER BY), where an index could give the order.
 */
function costlySteps(ran: Ran): string[] {
  const names = tableNames(ran.sql)
  const big = (name: string) => BIG.has(names.get(name.toLowerCase()) ?? name.toLowerCase())
  const touchesBig = [...names.values()].some((t) => BIG.has(t))
  return planOf(ran).filter((step) => {
    const scan = /^SCAN (\S+)/.exec(step)
    if (scan && big(scan[1] ?? '')) return !/ VIRTUAL TABLE INDEX \d+:\S*M/.test(step)
    if (/^SEARCH (\S+) USING (COVERING )?INDEX \S+ \(status=\?\)$/.test(step)) return big(/^SEARCH (\S+)/.exec(step)?.[1] ?? '')
    if (/AUTOMATIC/.test(step)) return true
    if (/^USE TEMP B-TREE FOR (.* )?ORDER BY/.test(step)) return touchesBig
    return false
  })
}

interface HotRead {
  name: string
  read: () => unknown
  /** Costly-looking steps this read may have, each with the reason it is bounded. */
  accepted?: Record<string, string>
  /** Indexes the read must use (a plan that avoids them has lost its design). */
  uses?: string[]
}

const latestWalk = {
  'SEARCH articles USING INDEX articles_status_published_idx (status=?)':
    'the latest stories: the (status, published_at) index read newest first, stopped by the LIMIT',
}

const hotReads: HotRead[] = [
  { name: 'homepage blocks', read: () => q.readHomepage(), accepted: latestWalk, uses: ['articles_featured_idx', 'articles_category_published_idx'] },
  { name: 'breaking banner', read: () => q.readBreaking(), uses: ['articles_breaking_idx'] },
  { name: 'latest stories', read: () => q.readLatest(9, [1, 2]), accepted: latestWalk },
  { name: 'rubrique page', read: () => q.readCategoryPage('politique', 2), uses: ['articles_category_published_idx'] },
  { name: 'tag page', read: () => q.readTagPage('kidal', 2), uses: ['article_tags_tag_published_idx'] },
  { name: 'author page', read: () => q.readAuthorPage('awa-diallo', 2), uses: ['article_authors_author_published_idx'] },
  {
    name: 'most read, 24 hours',
    read: () => q.readMostRead('day'),
    accepted: { 'USE TEMP B-TREE FOR ORDER BY': 'ordered by a sum of views, which no index holds; the rows are the 24 hours of the covering hour index' },
    uses: ['article_views_hourly_hour_idx'],
  },
  {
    name: 'most read, 7 days',
    read: () => q.readMostRead('week'),
    accepted: { 'USE TEMP B-TREE FOR ORDER BY': 'ordered by a sum of views, which no index holds; the rows are the 7 days of the covering day index' },
    uses: ['article_views_day_idx'],
  },
  {
    name: 'related stories',
    read: () => q.readRelated(someArticle),
    accepted: { 'USE TEMP B-TREE FOR ORDER BY': 'ordered by a computed score over at most 100 candidates per tag and 30 of the rubrique' },
    uses: ['article_tags_tag_published_idx', 'articles_category_published_idx'],
  },
  {
    name: 'article page',
    read: () => q.readArticleBySlug(someSlug),
    accepted: { 'USE TEMP B-TREE FOR ORDER BY': 'the story’s own bylines and tags, found by its id: a handful of rows' },
  },
  { name: 'article page, old address', read: () => q.readArticleBySlug('ancienne-adresse') },
  { name: 'cards by id', read: () => q.readCards([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) },
  { name: 'search', read: () => search.searchArticles('Bamako marché', 2) },
  { name: 'search with filters', read: () => search.searchArticles('coton', 1, { category: 'sport', from: '2020-01-01', to: '2030-12-31' }) },
]

describe('query plans of the hot public reads', () => {
  for (const hot of hotReads) {
    it(`${hot.name}: every step uses an index`, () => {
      const ran = statementsOf(hot.read)
      expect(ran.length).toBeGreaterThan(0)
      const report = ran.map((r) => ({ sql: r.sql.replace(/\s+/g, ' '), plan: planOf(r), costly: costlySteps(r) }))
      const unexplained = report.flatMap((r) => r.costly.filter((step) => !hot.accepted?.[step]).map((step) => `${step}\n    in ${r.sql}`))
      expect(unexplained, JSON.stringify(report, null, 2)).toEqual([])
      // An exception that no longer happens is removed, so the list stays the truth.
      const seen = new Set(report.flatMap((r) => r.costly))
      expect(Object.keys(hot.accepted ?? {}).filter((step) => !seen.has(step))).toEqual([])
      const plans = report.flatMap((r) => r.plan).join('\n')
      for (const index of hot.uses ?? []) expect(plans, plans).toContain(index)
    })
  }

  it('the search reads FTS5 alone, newest first, with no sort of the matches in SQL', () => {
    const [window] = statementsOf(() => search.searchArticles('Bamako', 1))
    expect(window?.sql).toMatch(/ORDER BY articles_fts\.rowid DESC LIMIT/)
    expect(planOf(window!)).toEqual([expect.stringMatching(/^SCAN articles_fts VIRTUAL TABLE INDEX \d+:M/)])
  })

  it('flags what it is meant to flag', () => {
    const costly = (sql: string) => costlySteps({ sql, args: [] })
    // Cards by id, as readCards once asked for them: from four ids on, SQLite walked every published story.
    expect(costly("SELECT slug FROM articles WHERE status = 'published' AND id IN (1, 2, 3, 4)")).toEqual(['SEARCH articles USING INDEX articles_scheduled_idx (status=?)'])
    expect(costly("SELECT slug FROM articles WHERE +status = 'published' AND id IN (1, 2, 3, 4)")).toEqual([])
    expect(costly("SELECT id FROM articles WHERE category_id = 1 AND status = 'published' ORDER BY created_at DESC")).toEqual(['USE TEMP B-TREE FOR ORDER BY'])
    expect(costly('SELECT a.id FROM articles a WHERE a.title = 1')).toEqual(['SCAN a'])
    expect(costly('SELECT v.article_id FROM article_views v WHERE v.count > 3')).toEqual(['SCAN v'])
    expect(costly('SELECT rowid FROM articles_fts')).toEqual(['SCAN articles_fts VIRTUAL TABLE INDEX 0:'])
    expect(costly('SELECT id FROM categories ORDER BY name')).toEqual([])
  })
})
