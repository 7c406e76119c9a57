// Reads for RSS feeds and sitemaps. As in articles.ts, "published only" lives inside each query;
// every read selects only the columns a feed or sitemap prints and goes through the data cache
// (tags from lib/cache-tags.ts), so a warm feed or sitemap never touches SQLite.
// Costs at 100,000 stories: feeds and the news sitemap walk the (status, published_at) or
// (category_id, status, published_at) index for a few rows; the sitemap index probes one row per
// chunk by primary key; a chunk reads one primary-key range of ARTICLE_CHUNK_SIZE ids.
import 'server-only'
import { TAGS } from '@/lib/cache-tags'
import { NEWS_MAX_STORIES, NEWS_WINDOW_MS } from '@/lib/feeds/news-sitemap'
import { ARTICLE_CHUNK_SIZE, chunkIdRange, MAX_URLS_PER_SITEMAP } from '@/lib/feeds/sitemap'
import type { FeedArticle, NewsSitemapStory, SitemapUrl } from '@/lib/feeds/types'
import { db } from '../client'
import { cachedRead } from './cached'
import { mediaUrl } from './media-url'

/** Stories in a feed. */
export const FEED_SIZE = 50

const client = () => db().$client
const iso = (ms: number | null | undefined) => (typeof ms === 'number' ? new Date(ms).toISOString() : null)

type FeedRow = {
  id: number
  slug: string
  title: string
  standfirst: string
  publishedAt: number
  modifiedAt: number | null
  categorySlug: string | null
  categoryName: string | null
  coverPath: string | null
  coverType: string | null
  coverBytes: number | null
}

const FEED_SELECT = `SELECT a.id AS id, a.slug AS slug, a.title AS title, a.standfirst AS standfirst,
    a.published_at AS publishedAt, a.modified_at AS modifiedAt,
    c.slug AS categorySlug, c.name AS categoryName,
    m.path AS coverPath, m.mime_type AS coverType, m.bytes AS coverBytes
  FROM articles a
  LEFT JOIN categories c ON c.id = a.category_id
  LEFT JOIN media m ON m.id = a.cover_media_id`

/** Rows to feed items, with bylines and tags loaded in one query each. */
function withBylinesAndTags(rows: FeedRow[]): FeedArticle[] {
  if (rows.length === 0) return []
  const ids = rows.map((r) => r.id)
  const marks = ids.map(() => '?').join(',')
  const bylines = client()
    .prepare(
      `SELECT aa.article_id AS articleId, au.slug AS slug, au.name AS name FROM article_authors aa
       JOIN authors au ON au.id = aa.author_id WHERE aa.article_id IN (${marks}) ORDER BY aa.article_id, aa.position, au.name`,
    )
    .all(...ids) as { articleId: number; slug: string; name: string }[]
  const tagRows = client()
    .prepare(
      `SELECT at.article_id AS articleId, t.slug AS slug, t.name AS name FROM article_tags at
       JOIN tags t ON t.id = at.tag_id WHERE at.article_id IN (${marks}) ORDER BY at.article_id, t.name`,
    )
    .all(...ids) as { articleId: number; slug: string; name: string }[]
  const group = (list: { articleId: number; slug: string; name: string }[]) => {
    const map = new Map<number, { slug: string; name: string }[]>()
    for (const { articleId, slug, name } of list) map.set(articleId, [...(map.get(articleId) ?? []), { slug, name }])
    return map
  }
  const bylinesBy = group(bylines)
  const tagsBy = group(tagRows)
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    title: r.title,
    standfirst: r.standfirst,
    publishedAt: iso(r.publishedAt) ?? new Date(0).toISOString(),
    modifiedAt: iso(r.modifiedAt),
    category: r.categorySlug && r.categoryName ? { slug: r.categorySlug, name: r.categoryName } : null,
    tags: tagsBy.get(r.id) ?? [],
    bylines: bylinesBy.get(r.id) ?? [],
    cover: r.coverPath && r.coverType && r.coverBytes != null ? { path: mediaUrl(r.coverPath), type: r.coverType, bytes: r.coverBytes } : null,
  }))
}

/** The latest published stories, newest first (index articles_status_published_idx). */
export function readFeedArticles(limit = FEED_SIZE): FeedArticle[] {
  const rows = client()
    .prepare(`${FEED_SELECT} WHERE a.status = 'published' ORDER BY a.published_at DESC, a.id DESC LIMIT ?`)
    .all(limit) as FeedRow[]
  return withBylinesAndTags(rows)
}

/** A rubrique and its latest published stories, or null for an unknown rubrique. */
export function readCategoryFeed(slug: string, limit = FEED_SIZE): { category: { slug: string; name: string; description: string }; articles: FeedArticle[] } | null {
  const category = client().prepare('SELECT id, slug, name, description FROM categories WHERE slug = ?').get(slug) as
    | { id: number; slug: string; name: string; description: string }
    | undefined
  if (!category) return null
  // Index articles_category_published_idx (category_id, status, published_at).
  const rows = client()
    .prepare(`${FEED_SELECT} WHERE a.category_id = ? AND a.status = 'published' ORDER BY a.published_at DESC, a.id DESC LIMIT ?`)
    .all(category.id, limit) as FeedRow[]
  return { category: { slug: category.slug, name: category.name, description: category.description }, articles: withBylinesAndTags(rows) }
}

/**
 * The article chunks that hold at least one published story. Chunk n covers ids
 * ((n-1)·size, n·size]: one O(1) look-up of the highest id, then one primary-key probe per chunk,
 * so the index costs a few dozen B-tree look-ups at 100,000 stories, not a scan.
 */
export function readArticleChunks(size = ARTICLE_CHUNK_SIZE): number[] {
  const maxId = (client().prepare('SELECT max(id) AS maxId FROM articles').get() as { maxId: number | null }).maxId ?? 0
  // `+a.status` keeps SQLite on the primary-key range instead of the status index.
  const probe = client().prepare("SELECT 1 FROM articles a WHERE a.id BETWEEN ? AND ? AND +a.status = 'published' LIMIT 1")
  const chunks: number[] = []
  for (let chunk = 1; (chunk - 1) * size < maxId; chunk++) {
    const { first, last } = chunkIdRange(chunk, size)
    if (probe.get(first, last)) chunks.push(chunk)
  }
  return chunks
}

/**
 * The published stories of one chunk, by id: one primary-key range, at most `size` rows. Kept as
 * compact [slug, last change in ms] pairs: a 10,000-story chunk stays near 1 MB in the data
 * cache, whose entries are limited to 2 MB.
 */
export function readArticleChunk(chunk: number, size = ARTICLE_CHUNK_SIZE): [string, number | null][] {
  const { first, last } = chunkIdRange(chunk, size)
  const rows = client()
    .prepare(
      "SELECT a.slug AS slug, coalesce(a.modified_at, a.published_at) AS changedAt FROM articles a WHERE a.id BETWEEN ? AND ? AND +a.status = 'published' ORDER BY a.id",
    )
    .all(first, last) as { slug: string; changedAt: number | null }[]
  return rows.map((r) => [r.slug, r.changedAt])
}

/** Static pages of the site chrome. */
export const STATIC_PAGES = ['/a-propos', '/contact', '/mentions-legales', '/radios'] as const

/**
 * Home, rubriques, authors with at least one published story, and static pages. Home and
 * rubriques carry the date of their latest story (one index look-up each).
 */
export function readPageUrls(): SitemapUrl[] {
  const latest = client().prepare("SELECT max(published_at) AS at FROM articles WHERE status = 'published'").get() as { at: number | null }
  const rubriques = client()
    .prepare(
      `SELECT c.slug AS slug,
        (SELECT max(a.published_at) FROM articles a WHERE a.category_id = c.id AND a.status = 'published') AS at
       FROM categories c ORDER BY c.position, c.name`,
    )
    .all() as { slug: string; at: number | null }[]
  const authors = client()
    .prepare(
      `SELECT au.slug AS slug FROM authors au
       WHERE EXISTS (SELECT 1 FROM article_authors aa JOIN articles a ON a.id = aa.article_id
                     WHERE aa.author_id = au.id AND a.status = 'published')
       ORDER BY au.name LIMIT ?`,
    )
    .all(MAX_URLS_PER_SITEMAP - 100) as { slug: string }[]
  return [
    { path: '/', lastmod: iso(latest.at) },
    ...rubriques.map((r) => ({ path: `/rubriques/${r.slug}`, lastmod: iso(r.at) })),
    ...authors.map((a) => ({ path: `/auteurs/${a.slug}` })),
    ...STATIC_PAGES.map((path) => ({ path })),
  ]
}

/** Tags with at least one published story (index article_tags_tag_idx), at most one sitemap's worth. */
export function readTagUrls(): SitemapUrl[] {
  const rows = client()
    .prepare(
      `SELECT t.slug AS slug FROM tags t
       WHERE EXISTS (SELECT 1 FROM article_tags at JOIN articles a ON a.id = at.article_id
                     WHERE at.tag_id = t.id AND a.status = 'published')
       ORDER BY t.id LIMIT ?`,
    )
    .all(MAX_URLS_PER_SITEMAP) as { slug: string }[]
  return rows.map((r) => ({ path: `/tags/${r.slug}` }))
}

/** Stories published in the last 48 hours, newest first (index articles_status_published_idx). */
export function readNewsStories(now = Date.now()): NewsSitemapStory[] {
  const rows = client()
    .prepare(
      `SELECT a.slug AS slug, a.title AS title, a.published_at AS publishedAt FROM articles a
       WHERE a.status = 'published' AND a.published_at >= ? AND a.published_at <= ?
       ORDER BY a.published_at DESC, a.id DESC LIMIT ?`,
    )
    .all(now - NEWS_WINDOW_MS, now, NEWS_MAX_STORIES) as { slug: string; title: string; publishedAt: number }[]
  return rows.map((r) => ({ path: `/articles/${r.slug}`, title: r.title, publishedAt: iso(r.publishedAt)! }))
}

// Cached reads. Any change to a story or to the site expires TAGS.articles (invalidate.ts).
// The news sitemap also expires on a timer, since stories leave its 48-hour window with time.
export const NEWS_REFRESH_SECONDS = 300

export const getFeedArticles = cachedRead('feed', () => [TAGS.articles], () => readFeedArticles())
export const getCategoryFeed = cachedRead('category-feed', () => [TAGS.articles, TAGS.site], (slug: string) => readCategoryFeed(slug))
export const getArticleChunks = cachedRead('sitemap-chunks', () => [TAGS.articles], () => readArticleChunks())
const getArticleChunkRows = cachedRead('sitemap-articles', () => [TAGS.articles], (chunk: number) => readArticleChunk(chunk))
/** The URLs of one article chunk, from the cache. */
export async function getArticleChunk(chunk: number): Promise<SitemapUrl[]> {
  return (await getArticleChunkRows(chunk)).map(([slug, changedAt]) => ({ path: `/articles/${slug}`, lastmod: changedAt }))
}
export const getPageUrls = cachedRead('sitemap-pages', () => [TAGS.articles, TAGS.site], readPageUrls)
export const getTagUrls = cachedRead('sitemap-tags', () => [TAGS.articles, TAGS.site], readTagUrls)
export const getNewsStories = cachedRead('news-sitemap', () => [TAGS.articles], () => readNewsStories(), NEWS_REFRESH_SECONDS)
