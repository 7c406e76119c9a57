// Public reads of stories. "Published only" lives here, inside each query, so no page can leak a
// draft; the shapes are trimmed to what a reader page shows (bylines are { name, slug }).
import 'server-only'
import { and, count, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm'
import type { SQL } from 'drizzle-orm'
import { TAGS } from '@/lib/cache-tags'
import { collectReferences, readingMinutes } from '@/lib/body/text'
import type { BodyDocument } from '@/lib/body/types'
import { db } from '../client'
import { articleAuthors, articles, articleTags, authors, categories, media, slugRedirects, tags, type MediaVariant } from '../schema'
import { cachedRead } from './cached'
import { mediaUrl, pictureImage, type PictureImage } from './media-url'

/** A card's image: the original, and its stored AVIF/WebP copies when it has any. */
export type CardImage = PictureImage

export interface ArticleCard {
  id: number
  slug: string
  title: string
  standfirst: string
  publishedAt: string
  breaking: boolean
  category: { slug: string; name: string } | null
  cover: CardImage | null
}

export interface ArticlePage extends ArticleCard {
  modifiedAt: string | null
  dateline: string | null
  source: { name: string; url: string | null } | null
  body: BodyDocument
  readingMinutes: number
  coverCaption: string | null
  coverCredit: string | null
  bylines: { slug: string; name: string }[]
  tags: { slug: string; name: string }[]
  /** What the body points to, resolved: [id, value] pairs (JSON-safe, unlike a Map). */
  bodyMedia: [number, { src: string; width: number; height: number; alt: string; credit: string | null }][]
  bodyArticles: [number, { slug: string; title: string }][]
}

export interface Page<T> {
  items: T[]
  page: number
  totalPages: number
  total: number
}

export const PAGE_SIZE = 12

export const isPublished = eq(articles.status, 'published')

/**
 * The same rule for reads that reach articles by primary key or from another table. The unary +
 * keeps SQLite off the status indexes: without statistics it takes `status = ?` for a selective
 * term and walks every published story to find a few ids (db/queries/query-plans.test.ts).
 */
const isPublishedRow = sql`+${articles.status} = 'published'`

const cardColumns = {
  id: articles.id,
  slug: articles.slug,
  title: articles.title,
  standfirst: articles.standfirst,
  publishedAt: articles.publishedAt,
  breaking: articles.breaking,
  categorySlug: categories.slug,
  categoryName: categories.name,
  coverPath: media.path,
  coverWidth: media.width,
  coverHeight: media.height,
  coverAlt: media.alt,
  coverVariants: media.variants,
}

type CardRow = {
  id: number
  slug: string
  title: string
  standfirst: string
  publishedAt: Date | null
  breaking: boolean
  categorySlug: string | null
  categoryName: string | null
  coverPath: string | null
  coverWidth: number | null
  coverHeight: number | null
  coverAlt: string | null
  coverVariants: MediaVariant[] | null
}

function toCard(row: CardRow): ArticleCard {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    standfirst: row.standfirst,
    publishedAt: (row.publishedAt ?? new Date(0)).toISOString(),
    breaking: row.breaking,
    category: row.categorySlug && row.categoryName ? { slug: row.categorySlug, name: row.categoryName } : null,
    cover:
      row.coverPath && row.coverWidth && row.coverHeight
        ? pictureImage({ path: row.coverPath, width: row.coverWidth, height: row.coverHeight, variants: row.coverVariants }, row.coverAlt ?? '')
        : null,
  }
}

function cardQuery() {
  return db()
    .select(cardColumns)
    .from(articles)
    .leftJoin(categories, eq(categories.id, articles.categoryId))
    .leftJoin(media, eq(media.id, articles.coverMediaId))
}

/** Cards for the given ids, in the order of the ids, published ones only. */
export function readCards(ids: number[]): ArticleCard[] {
  if (ids.length === 0) return []
  const rows = cardQuery().where(and(isPublishedRow, inArray(articles.id, ids))).all()
  const byId = new Map(rows.map((r) => [r.id, toCard(r)]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

export function readLatest(limit: number, excludeIds: number[] = []): ArticleCard[] {
  const where = excludeIds.length ? and(isPublished, sql`${articles.id} NOT IN ${excludeIds}`) : isPublished
  return cardQuery().where(where).orderBy(desc(articles.publishedAt), desc(articles.id)).limit(limit).all().map(toCard)
}

export interface Homepage {
  featured: ArticleCard | null
  latest: ArticleCard[]
  sections: { category: { slug: string; name: string }; articles: ArticleCard[] }[]
}

export function readHomepage(): Homepage {
  const featuredRow = cardQuery()
    .where(and(isPublished, eq(articles.featured, true)))
    .orderBy(desc(articles.publishedAt))
    .limit(1)
    .get()
  const featured = featuredRow ? toCard(featuredRow) : null
  const latest = readLatest(9, featured ? [featured.id] : [])
  const shown = new Set([...(featured ? [featured.id] : []), ...latest.slice(0, 5).map((a) => a.id)])
  const cats = db().select({ id: categories.id, slug: categories.slug, name: categories.name }).from(categories).orderBy(categories.position, categories.name).all()
  const sections = cats.map((c) => ({
    category: { slug: c.slug, name: c.name },
    articles: cardQuery()
      .where(and(isPublished, eq(articles.categoryId, c.id)))
      .orderBy(desc(articles.publishedAt), desc(articles.id))
      .limit(8)
      .all()
      .map(toCard)
      .filter((a) => !shown.has(a.id))
      .slice(0, 4),
  }))
  return { featured, latest, sections: sections.filter((s) => s.articles.length > 0) }
}

/** The story of the "Flash info" banner: the latest published one marked breaking. */
export function readBreaking(): { slug: string; title: string } | null {
  return (
    db()
      .select({ slug: articles.slug, title: articles.title })
      .from(articles)
      .where(and(isPublished, eq(articles.breaking, true)))
      .orderBy(desc(articles.publishedAt))
      .limit(1)
      .get() ?? null
  )
}

export type ArticleLookup = { kind: 'article'; article: ArticlePage } | { kind: 'redirect'; slug: string } | null

const articlePageColumns = {
  ...cardColumns,
  modifiedAt: articles.modifiedAt,
  dateline: articles.dateline,
  sourceName: articles.sourceName,
  sourceUrl: articles.sourceUrl,
  body: articles.body,
  bodyText: articles.bodyText,
  coverCaption: articles.coverCaption,
  coverCredit: media.credit,
}

function articlePageQuery(where: SQL | undefined) {
  return db()
    .select(articlePageColumns)
    .from(articles)
    .leftJoin(categories, eq(categories.id, articles.categoryId))
    .leftJoin(media, eq(media.id, articles.coverMediaId))
    .where(where)
    .get()
}

export function readArticleBySlug(slug: string): ArticleLookup {
  const row = articlePageQuery(and(isPublished, eq(articles.slug, slug)))
  if (!row) {
    // A renamed story: its old URL answers with a permanent redirect to the current one.
    const moved = db()
      .select({ slug: articles.slug })
      .from(slugRedirects)
      .innerJoin(articles, eq(articles.id, slugRedirects.articleId))
      .where(and(eq(slugRedirects.oldSlug, slug), isPublished))
      .get()
    return moved && moved.slug !== slug ? { kind: 'redirect', slug: moved.slug } : null
  }
  return { kind: 'article', article: assembleArticlePage(row) }
}

/**
 * Any story, whatever its status, exactly as its page would show it (staff preview; never cached,
 * never reachable by readers). An unpublished story is dated `previewDate`.
 */
export function readArticlePreview(id: number, previewDate: Date): ArticlePage | null {
  const row = articlePageQuery(eq(articles.id, id))
  return row ? assembleArticlePage({ ...row, publishedAt: row.publishedAt ?? previewDate }) : null
}

function assembleArticlePage(row: NonNullable<ReturnType<typeof articlePageQuery>>): ArticlePage {
  const bylines = db()
    .select({ slug: authors.slug, name: authors.name })
    .from(articleAuthors)
    .innerJoin(authors, eq(authors.id, articleAuthors.authorId))
    .where(eq(articleAuthors.articleId, row.id))
    .orderBy(articleAuthors.position)
    .all()
  const tagList = db()
    .select({ slug: tags.slug, name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, row.id))
    .orderBy(tags.name)
    .all()
  const refs = collectReferences(row.body)
  const bodyMedia = refs.mediaIds.length
    ? db()
        .select({ id: media.id, path: media.path, width: media.width, height: media.height, alt: media.alt, credit: media.credit })
        .from(media)
        .where(inArray(media.id, refs.mediaIds))
        .all()
        .map((m) => [m.id, { src: mediaUrl(m.path), width: m.width, height: m.height, alt: m.alt, credit: m.credit }] as ArticlePage['bodyMedia'][number])
    : []
  const bodyArticles = refs.articleIds.length
    ? db()
        .select({ id: articles.id, slug: articles.slug, title: articles.title })
        .from(articles)
        .where(and(isPublishedRow, inArray(articles.id, refs.articleIds)))
        .all()
        .map((a) => [a.id, { slug: a.slug, title: a.title }] as ArticlePage['bodyArticles'][number])
    : []
  return {
    ...toCard(row),
    modifiedAt: row.modifiedAt ? row.modifiedAt.toISOString() : null,
    dateline: row.dateline,
    source: row.sourceName ? { name: row.sourceName, url: row.sourceUrl } : null,
    body: row.body,
    readingMinutes: readingMinutes(row.bodyText),
    coverCaption: row.coverCaption,
    coverCredit: row.coverCredit,
    bylines,
    tags: tagList,
    bodyMedia,
    bodyArticles,
  }
}

/** Related-story candidates per tag of the story: its tags' latest published stories. */
const RELATED_PER_TAG = 100

/**
 * Related stories: those sharing the most tags, then the same rubrique, weighted towards recent
 * ones; never the story itself, never an unpublished one. Candidates are each tag's latest
 * RELATED_PER_TAG stories and the rubrique's latest 30, read in index order, so the cost does not
 * grow with the archive; an older story sharing tags can only make the list if it is among them,
 * where the recency weight would mostly have kept it out anyway.
 */
export function readRelated(articleId: number, limit = 4): ArticleCard[] {
  const client = db().$client
  const me = client.prepare('SELECT category_id AS categoryId FROM articles WHERE id = ?').get(articleId) as { categoryId: number | null } | undefined
  if (!me) return []
  const tagIds = client.prepare('SELECT tag_id FROM article_tags WHERE article_id = ?').pluck().all(articleId) as number[]
  // Each candidate list is an index range read newest first; `IN` gathers them without a sort.
  const candidates = [
    ...tagIds.map(() => `SELECT article_id FROM (SELECT article_id FROM article_tags WHERE tag_id = ? AND published_at IS NOT NULL ORDER BY published_at DESC LIMIT ${RELATED_PER_TAG})`),
    `SELECT id FROM (SELECT id FROM articles WHERE category_id = ? AND status = 'published' ORDER BY published_at DESC LIMIT 30)`,
  ]
  const rows = client
    .prepare(
      `SELECT a.id AS id,
         (SELECT count(*) FROM article_tags x WHERE x.article_id = a.id AND x.tag_id IN (SELECT tag_id FROM article_tags WHERE article_id = ?)) * 3.0
         + CASE WHEN a.category_id = ? THEN 2.0 ELSE 0 END
         - ((? - a.published_at) / 86400000.0) * 0.05 AS score
       FROM articles a
       WHERE a.id IN (${candidates.join(' UNION ALL ')}) AND +a.status = 'published' AND a.id != ?
       ORDER BY score DESC, a.published_at DESC LIMIT ?`,
    )
    .all(articleId, me.categoryId, Date.now(), ...tagIds, me.categoryId, articleId, limit) as { id: number }[]
  return readCards(rows.map((r) => r.id))
}

export type MostReadPeriod = 'day' | 'week'

/**
 * The most read published stories: over the last 24 hours (hourly counts) or the last 7 days
 * (daily counts), from stored view counts.
 */
export function readMostRead(period: MostReadPeriod, limit = 5): ArticleCard[] {
  const now = Date.now()
  const [table, index, column, since] =
    period === 'day'
      ? ['article_views_hourly', 'article_views_hourly_hour_idx', 'hour', new Date(now - 23 * 3_600_000).toISOString().slice(0, 13)]
      : ['article_views', 'article_views_day_idx', 'day', new Date(now - 6 * 86_400_000).toISOString().slice(0, 10)]
  // INDEXED BY: the period's rows from the covering (period, article, count) index. Left to
  // itself, SQLite walks the whole table in primary-key order to skip the GROUP BY sort, and
  // article_views keeps every day since launch.
  const rows = db()
    .$client.prepare(
      `SELECT v.article_id AS id, sum(v.count) AS views FROM ${table} v INDEXED BY ${index}
        JOIN articles a ON a.id = v.article_id AND +a.status = 'published'
       WHERE v.${column} >= ? GROUP BY v.article_id ORDER BY views DESC, a.published_at DESC LIMIT ?`,
    )
    .all(since, limit) as { id: number }[]
  return readCards(rows.map((r) => r.id))
}

/** "Les plus lus" is refreshed at most this often (seconds); tests shorten it. */
const MOST_READ_REFRESH = Number(process.env.MOST_READ_REFRESH_SECONDS) > 0 ? Number(process.env.MOST_READ_REFRESH_SECONDS) : 60

function pageOf(total: number, page: number) {
  const totalPages = Math.max(1, Math.ceil(total / PAGE_SIZE))
  const current = Math.min(Math.max(1, page), totalPages)
  return { total, totalPages, current, offset: (current - 1) * PAGE_SIZE }
}

/** One page of a rubrique's published stories, newest first (index articles_category_published_idx). */
function categoryCards(categoryId: number, page: number): Page<ArticleCard> {
  const where = and(isPublished, eq(articles.categoryId, categoryId))
  const { total, totalPages, current, offset } = pageOf(db().select({ n: count() }).from(articles).where(where).get()?.n ?? 0, page)
  const items = cardQuery().where(where).orderBy(desc(articles.publishedAt), desc(articles.id)).limit(PAGE_SIZE).offset(offset).all().map(toCard)
  return { items, page: current, totalPages, total }
}

/**
 * One page of the published stories of a tag or an author, newest first, read from the link
 * table's (tag or author, published_at, article_id) index: its published_at is set only while
 * the story is published (triggers of migration 0006), and readCards checks the status again.
 */
function linkedCards(link: typeof articleTags | typeof articleAuthors, where: SQL, page: number): Page<ArticleCard> {
  const listed = and(where, isNotNull(link.publishedAt))
  const { total, totalPages, current, offset } = pageOf(db().select({ n: count() }).from(link).where(listed).get()?.n ?? 0, page)
  const ids = db()
    .select({ id: link.articleId })
    .from(link)
    .where(listed)
    .orderBy(desc(link.publishedAt), desc(link.articleId))
    .limit(PAGE_SIZE)
    .offset(offset)
    .all()
  return { items: readCards(ids.map((r) => r.id)), page: current, totalPages, total }
}

export function readCategoryPage(slug: string, page: number) {
  const category = db()
    .select({ id: categories.id, slug: categories.slug, name: categories.name, description: categories.description })
    .from(categories)
    .where(eq(categories.slug, slug))
    .get()
  if (!category) return null
  return { category: { slug: category.slug, name: category.name, description: category.description }, ...categoryCards(category.id, page) }
}

export function readTagPage(slug: string, page: number) {
  const tag = db().select({ id: tags.id, slug: tags.slug, name: tags.name }).from(tags).where(eq(tags.slug, slug)).get()
  if (!tag) return null
  return { tag: { slug: tag.slug, name: tag.name }, ...linkedCards(articleTags, eq(articleTags.tagId, tag.id), page) }
}

export function readAuthorPage(slug: string, page: number) {
  const author = db()
    .select({ id: authors.id, slug: authors.slug, name: authors.name, jobTitle: authors.jobTitle, bio: authors.bio, photoPath: media.path, photoWidth: media.width, photoHeight: media.height })
    .from(authors)
    .leftJoin(media, eq(media.id, authors.photoMediaId))
    .where(eq(authors.slug, slug))
    .get()
  if (!author) return null
  return {
    author: {
      slug: author.slug,
      name: author.name,
      jobTitle: author.jobTitle,
      bio: author.bio,
      photo: author.photoPath && author.photoWidth && author.photoHeight ? { src: mediaUrl(author.photoPath), width: author.photoWidth, height: author.photoHeight } : null,
    },
    ...linkedCards(articleAuthors, eq(articleAuthors.authorId, author.id), page),
  }
}

// Cached reads for pages.

export const getHomepage = cachedRead('homepage', () => [TAGS.articles], readHomepage)
// A story's page reads no list tag (`articles`): publishing another story does not empty it.
export const getBreaking = cachedRead('breaking', () => [TAGS.breaking], readBreaking)
export const getArticleBySlug = cachedRead('article', (slug: string) => [TAGS.articleSlug(slug), TAGS.site, TAGS.storyLinks], readArticleBySlug)
export const getRelated = cachedRead('related', (id: number) => [TAGS.article(id), TAGS.storyLinks], (id: number) => readRelated(id))
export const getMostRead = cachedRead(
  'most-read',
  () => [TAGS.views, TAGS.storyLinks],
  () => ({ day: readMostRead('day'), week: readMostRead('week') }),
  MOST_READ_REFRESH,
)
export const getCategoryPage = cachedRead('category-page', () => [TAGS.articles, TAGS.site], readCategoryPage)
export const getTagPage = cachedRead('tag-page', () => [TAGS.articles, TAGS.site], readTagPage)
export const getAuthorPage = cachedRead('author-page', () => [TAGS.articles, TAGS.site], readAuthorPage)
