// The readers: a fixed mix of reader pages (home, stories, rubriques with their second page, tags,
// searches), taken from the soak's own database, loaded by autocannon at bounded concurrency.
// Stories, rubriques and tags come from the page cache once warm (and leave it when the editor
// publishes); searches are cached too, but the rotation of ~3,600 queries (and every publish,
// which drops them all) keeps most of them rendered and SQLite's FTS index working.
import Database from 'better-sqlite3'
import autocannon, { type Result } from 'autocannon'
import type { EventEmitter } from 'node:events'
import { rawGet } from '../bench/server'
import { percentile, round } from '../bench/stats'
import { searchQuery } from '../bench/words'

export type ReaderKind = 'home' | 'article' | 'rubrique' | 'tag' | 'search'
export const READER_KINDS: readonly ReaderKind[] = ['home', 'article', 'rubrique', 'tag', 'search']

export interface ReaderMix {
  articles: string[]
  /** Each rubrique's first page, and its second where it has one. */
  rubriques: string[]
  tags: string[]
}

/** Stories per listing page (db/queries/articles.ts PAGE_SIZE). */
const LISTING_PAGE = 12

/** Published stories spread over the whole archive, every rubrique, the most used tags. */
export function readerMix(databasePath: string, { stories = 120, tags: tagCount = 30 } = {}): ReaderMix {
  const sqlite = new Database(databasePath, { readonly: true })
  try {
    const all = sqlite.prepare("SELECT slug FROM articles WHERE status = 'published' ORDER BY id").pluck().all() as string[]
    const step = Math.max(1, Math.floor(all.length / stories))
    const articles = all.filter((_, i) => i % step === 0).slice(0, stories)
    const categories = sqlite
      .prepare("SELECT c.slug, (SELECT count(*) FROM articles a WHERE a.category_id = c.id AND a.status = 'published') AS stories FROM categories c ORDER BY c.position, c.id")
      .all() as { slug: string; stories: number }[]
    const rubriques = categories.flatMap((c) => (c.stories > LISTING_PAGE ? [`/rubriques/${c.slug}`, `/rubriques/${c.slug}?page=2`] : [`/rubriques/${c.slug}`]))
    const tags = sqlite
      .prepare(
        `SELECT t.slug FROM tags t JOIN article_tags at ON at.tag_id = t.id JOIN articles a ON a.id = at.article_id AND a.status = 'published'
         GROUP BY t.id ORDER BY count(*) DESC, t.id LIMIT ?`,
      )
      .pluck()
      .all(tagCount) as string[]
    if (!articles.length || !rubriques.length || !tags.length) throw new Error('La base du test n’a pas d’articles publiés, de rubriques ou de mots-clés.')
    return { articles, rubriques, tags }
  } finally {
    sqlite.close()
  }
}

// Twenty requests in turn: 3 home, 9 stories, 3 rubrique pages, 2 tags, 3 searches (stories arrive
// from shares, searches and listings are what the cache cannot answer).
const CYCLE: readonly ReaderKind[] = ['article', 'home', 'article', 'search', 'rubrique', 'article', 'tag', 'article', 'home', 'search', 'article', 'rubrique', 'article', 'tag', 'article', 'home', 'search', 'article', 'rubrique', 'article']

const pick = <T>(list: readonly T[], n: number): T => list[((n % list.length) + list.length) % list.length] as T

/** The n-th reader request of the rotation. */
export function readerRequest(mix: ReaderMix, n: number): { kind: ReaderKind; path: string } {
  const kind = pick(CYCLE, n)
  const turn = Math.floor(n / CYCLE.length)
  switch (kind) {
    case 'home':
      return { kind, path: '/' }
    case 'article':
      return { kind, path: `/articles/${pick(mix.articles, n * 7 + turn)}` }
    case 'rubrique':
      return { kind, path: pick(mix.rubriques, n * 3 + turn) }
    case 'tag':
      return { kind, path: `/tags/${pick(mix.tags, turn)}` }
    case 'search':
      return { kind, path: `/recherche?q=${encodeURIComponent(searchQuery(n))}` }
  }
}

/** Every cacheable page of the mix once, a few at a time, so the baseline does not measure first renders. */
export async function warmReaderPages(origin: string, mix: ReaderMix, concurrency = 6): Promise<number> {
  const paths = ['/', ...mix.articles.map((s) => `/articles/${s}`), ...mix.rubriques, ...mix.tags.map((s) => `/tags/${s}`)]
  let next = 0
  let failed = 0
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < paths.length) {
        const res = await rawGet(`${origin}${paths[next++]}`)
        if (res.status !== 200) failed++
      }
    }),
  )
  if (failed) throw new Error(`${failed} page(s) de lecteurs ne répondent pas 200 avant le test.`)
  return paths.length
}

export interface LatencySummary {
  count: number
  p50Ms: number
  p95Ms: number
  p99Ms: number
  maxMs: number
}

export function summarise(values: number[]): LatencySummary {
  return {
    count: values.length,
    p50Ms: round(percentile(values, 50), 1),
    p95Ms: round(percentile(values, 95), 1),
    p99Ms: round(percentile(values, 99), 1),
    maxMs: round(values.length ? Math.max(...values) : Number.NaN, 1),
  }
}

export interface ReaderResult extends LatencySummary {
  seconds: number
  requestsPerSecond: number
  /** Connection errors (refused, reset, parser errors). */
  errors: number
  timeouts: number
  non2xx: number
  serverErrors: number
  statusCodes: Record<string, number>
  byKind: Record<ReaderKind, LatencySummary & { non2xx: number }>
}

/**
 * Readers for `seconds`: `connections` keep-alive connections, each sending its next request as
 * soon as the last one is answered (or at `rate` requests per second in all when rate > 0).
 */
export async function runReaders(origin: string, mix: ReaderMix, seconds: number, connections: number, rate: number): Promise<ReaderResult> {
  let n = 0
  const latencies: Record<ReaderKind, number[]> = { home: [], article: [], rubrique: [], tag: [], search: [] }
  const non2xxByKind: Record<ReaderKind, number> = { home: 0, article: 0, rubrique: 0, tag: 0, search: 0 }
  const instance = autocannon({
    url: origin,
    connections,
    duration: seconds,
    timeout: 20,
    ...(rate > 0 ? { overallRate: rate } : {}),
    requests: [
      {
        setupRequest: (request, context) => {
          const next = readerRequest(mix, n++)
          context.kind = next.kind
          return { ...request, path: next.path }
        },
      },
    ],
  } as Parameters<typeof autocannon>[0])
  // Each answer with its time, by kind: the client's context still holds the request it answers
  // (autocannon prepares the next request after this event).
  ;(instance as unknown as EventEmitter).on('response', (client: { requestIterator?: { context?: { kind?: ReaderKind } } }, status: number, _bytes: number, ms: number) => {
    const kind = client.requestIterator?.context?.kind ?? 'home'
    latencies[kind].push(ms)
    if (status < 200 || status >= 300) non2xxByKind[kind]++
  })
  const result: Result = await instance
  const all = READER_KINDS.flatMap((k) => latencies[k])
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count]))
  return {
    ...summarise(all),
    seconds: result.duration,
    requestsPerSecond: round(all.length / result.duration, 1),
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    serverErrors: Object.entries(statusCodes).reduce((sum, [code, count]) => sum + (Number(code) >= 500 ? count : 0), 0),
    statusCodes,
    byKind: Object.fromEntries(READER_KINDS.map((k) => [k, { ...summarise(latencies[k]), non2xx: non2xxByKind[k] }])) as ReaderResult['byKind'],
  }
}
