// Reads for the newsroom dashboard. Staff only: callers check the session first.
import 'server-only'
import { and, desc, eq, inArray, isNotNull, lte, or, sql } from 'drizzle-orm'
import { collectReferences } from '@/lib/body/text'
import type { BodyDocument } from '@/lib/body/types'
import { db } from '../client'
import { articleAuthors, articleRevisions, articles, authors, media, reviewNotes, users } from '../schema'
import { mediaUrl } from './media-url'

export interface DashboardItem {
  id: number
  title: string
  slug: string
  status: string
  at: string | null
  views7d: number
  /** How late the scheduler put it online, when it did. */
  lateMs?: number | null
}

const columns = {
  id: articles.id,
  title: articles.title,
  slug: articles.slug,
  status: articles.status,
  updatedAt: articles.updatedAt,
  publishedAt: articles.publishedAt,
  scheduledAt: articles.scheduledAt,
  scheduleMissedMs: articles.scheduleMissedMs,
}

function viewsFor(ids: number[]): Map<number, number> {
  if (ids.length === 0) return new Map()
  const since = new Date(Date.now() - 6 * 86_400_000).toISOString().slice(0, 10)
  const rows = db()
    .$client.prepare(`SELECT article_id AS id, sum(count) AS n FROM article_views WHERE day >= ? AND article_id IN (${ids.map(() => '?').join(',')}) GROUP BY article_id`)
    .all(since, ...ids) as { id: number; n: number }[]
  return new Map(rows.map((r) => [r.id, r.n]))
}

/** Stories a staff member wrote: created by them, or carrying a byline linked to their account. */
const mine = (userId: number) =>
  sql`(${articles.createdBy} = ${userId} OR ${articles.id} IN (SELECT ${articleAuthors.articleId} FROM ${articleAuthors} JOIN ${authors} ON ${authors.id} = ${articleAuthors.authorId} WHERE ${authors.userId} = ${userId}))`

export function readDashboard(userId: number, canReview: boolean) {
  const list = (where: ReturnType<typeof and>, order: ReturnType<typeof desc>, at: (r: { updatedAt: Date; publishedAt: Date | null; scheduledAt: Date | null }) => Date | null, limit = 8): DashboardItem[] => {
    const rows = db().select(columns).from(articles).where(where).orderBy(order).limit(limit).all()
    const views = viewsFor(rows.map((r) => r.id))
    return rows.map((r) => ({ id: r.id, title: r.title, slug: r.slug, status: r.status, at: at(r)?.toISOString() ?? null, views7d: views.get(r.id) ?? 0, lateMs: r.scheduleMissedMs }))
  }
  return {
    drafts: list(and(eq(articles.status, 'draft'), mine(userId)), desc(articles.updatedAt), (r) => r.updatedAt),
    review: canReview ? list(eq(articles.status, 'review'), desc(articles.updatedAt), (r) => r.updatedAt) : [],
    scheduled: list(eq(articles.status, 'scheduled'), desc(articles.scheduledAt), (r) => r.scheduledAt),
    // Due but not online yet (the scheduler has not run), or put online late after a restart.
    late: list(
      or(and(eq(articles.status, 'scheduled'), lte(articles.scheduledAt, new Date())), and(eq(articles.status, 'published'), isNotNull(articles.scheduleMissedMs))),
      desc(articles.updatedAt),
      (r) => r.scheduledAt ?? r.publishedAt,
    ),
    published: list(eq(articles.status, 'published'), desc(articles.publishedAt), (r) => r.publishedAt, 10),
  }
}

/** Everything the editor needs about one story, whatever its status (staff only). */
export function readArticleForEditing(id: number) {
  const row = db()
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      standfirst: articles.standfirst,
      categoryId: articles.categoryId,
      status: articles.status,
      dateline: articles.dateline,
      sourceName: articles.sourceName,
      sourceUrl: articles.sourceUrl,
      body: articles.body,
      featured: articles.featured,
      breaking: articles.breaking,
      coverMediaId: articles.coverMediaId,
      coverCaption: articles.coverCaption,
      coverPath: media.path,
      coverWidth: media.width,
      coverHeight: media.height,
      coverAlt: media.alt,
      coverCredit: media.credit,
      version: articles.version,
      publishedAt: articles.publishedAt,
      scheduledAt: articles.scheduledAt,
      scheduleMissedMs: articles.scheduleMissedMs,
      updatedAt: articles.updatedAt,
      createdBy: articles.createdBy,
    })
    .from(articles)
    .leftJoin(media, eq(media.id, articles.coverMediaId))
    .where(eq(articles.id, id))
    .get()
  if (!row) return null
  const tagNames = db()
    .$client.prepare('SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = ? ORDER BY t.name')
    .all(id) as { name: string }[]
  const authorIds = db().select({ id: articleAuthors.authorId }).from(articleAuthors).where(eq(articleAuthors.articleId, id)).orderBy(articleAuthors.position).all()
  const notes = db()
    .select({ id: reviewNotes.id, body: reviewNotes.body, createdAt: reviewNotes.createdAt, by: users.name })
    .from(reviewNotes)
    .leftJoin(users, eq(users.id, reviewNotes.userId))
    .where(eq(reviewNotes.articleId, id))
    .orderBy(desc(reviewNotes.id))
    .limit(20)
    .all()
  const { coverPath, coverWidth, coverHeight, coverAlt, coverCredit, ...rest } = row
  return {
    ...rest,
    bodyRefs: readBodyRefs(row.body),
    cover:
      row.coverMediaId && coverPath && coverWidth && coverHeight
        ? { id: row.coverMediaId, src: mediaUrl(coverPath), width: coverWidth, height: coverHeight, alt: coverAlt ?? '', credit: coverCredit ?? null }
        : null,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    scheduledAt: row.scheduledAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    tags: tagNames.map((t) => t.name),
    authorIds: authorIds.map((a) => a.id),
    notes: notes.map((n) => ({ id: n.id, body: n.body, by: n.by ?? 'Un éditeur', at: n.createdAt.toISOString() })),
  }
}

/** What the editor shows for the images and "Lire aussi" links of a body (any status: staff only). */
function readBodyRefs(body: BodyDocument) {
  const refs = collectReferences(body)
  const mediaRows = refs.mediaIds.length
    ? db().select({ id: media.id, path: media.path, width: media.width, height: media.height, alt: media.alt, credit: media.credit }).from(media).where(inArray(media.id, refs.mediaIds)).all()
    : []
  const articleRows = refs.articleIds.length ? db().select({ id: articles.id, title: articles.title, slug: articles.slug, status: articles.status }).from(articles).where(inArray(articles.id, refs.articleIds)).all() : []
  return {
    media: Object.fromEntries(mediaRows.map((m) => [m.id, { src: mediaUrl(m.path), width: m.width, height: m.height, alt: m.alt, credit: m.credit }])),
    articles: Object.fromEntries(articleRows.map((a) => [a.id, { title: a.title, slug: a.slug, published: a.status === 'published' }])),
  }
}

/** The history of a story, with who saved each version. */
export function listRevisions(articleId: number) {
  return db()
    .select({
      id: articleRevisions.id,
      version: articleRevisions.version,
      reason: articleRevisions.reason,
      title: articleRevisions.title,
      createdAt: articleRevisions.createdAt,
      updatedAt: articleRevisions.updatedAt,
      by: users.name,
    })
    .from(articleRevisions)
    .leftJoin(users, eq(users.id, articleRevisions.createdBy))
    .where(eq(articleRevisions.articleId, articleId))
    .orderBy(desc(articleRevisions.id))
    .limit(200)
    .all()
    .map((r) => ({ ...r, by: r.by ?? 'Compte supprimé', createdAt: r.createdAt.toISOString(), updatedAt: (r.updatedAt ?? r.createdAt).toISOString() }))
}

/** One revision with its full text (staff only). */
export function readRevision(articleId: number, revisionId: number) {
  return db()
    .select()
    .from(articleRevisions)
    .where(and(eq(articleRevisions.articleId, articleId), eq(articleRevisions.id, revisionId)))
    .get()
}

/** The revision saved just before this one, to compare against. */
export function readPreviousRevision(articleId: number, revisionId: number) {
  return db()
    .select()
    .from(articleRevisions)
    .where(and(eq(articleRevisions.articleId, articleId), sql`${articleRevisions.id} < ${revisionId}`))
    .orderBy(desc(articleRevisions.id))
    .get()
}

export type EditableArticle = NonNullable<ReturnType<typeof readArticleForEditing>>

export function readEditorChoices() {
  const client = db().$client
  return {
    categories: client.prepare('SELECT id, name FROM categories ORDER BY position, name').all() as { id: number; name: string }[],
    authors: client.prepare('SELECT id, name, user_id AS userId FROM authors ORDER BY name').all() as { id: number; name: string; userId: number | null }[],
  }
}

const STATUSES = ['draft', 'review', 'scheduled', 'published'] as const

export interface AdminArticleFilters {
  status?: string | null
  categoryId?: number | null
  authorId?: number | null
  /** Words of the title. */
  q?: string | null
}

/** The newsroom's list of stories, newest change first, filtered by status, rubrique, author and title. */
export function listArticlesForAdmin(filters: AdminArticleFilters, page: number, size = 30) {
  const conditions = []
  if (filters.status && (STATUSES as readonly string[]).includes(filters.status)) conditions.push(eq(articles.status, filters.status as (typeof STATUSES)[number]))
  if (filters.categoryId) conditions.push(eq(articles.categoryId, filters.categoryId))
  if (filters.authorId) conditions.push(sql`${articles.id} IN (SELECT ${articleAuthors.articleId} FROM ${articleAuthors} WHERE ${articleAuthors.authorId} = ${filters.authorId})`)
  const words = (filters.q ?? '').trim().slice(0, 100).split(/\s+/).filter(Boolean).slice(0, 6)
  for (const word of words) conditions.push(sql`${articles.title} LIKE ${`%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`} ESCAPE '\\'`)
  const where = conditions.length ? and(...conditions) : undefined
  const total = db().select({ n: sql<number>`count(*)` }).from(articles).where(where).get()?.n ?? 0
  const totalPages = Math.max(1, Math.ceil(total / size))
  const current = Math.min(Math.max(1, page), totalPages)
  const rows = db()
    .select({ id: articles.id, title: articles.title, slug: articles.slug, status: articles.status, updatedAt: articles.updatedAt, categoryName: sql<string | null>`(SELECT name FROM categories WHERE id = ${articles.categoryId})` })
    .from(articles)
    .where(where)
    .orderBy(desc(articles.updatedAt), desc(articles.id))
    .limit(size)
    .offset((current - 1) * size)
    .all()
  const bylines = rows.length
    ? (db()
        .$client.prepare(`SELECT aa.article_id AS id, group_concat(a.name, ', ') AS names FROM (SELECT * FROM article_authors ORDER BY position) aa JOIN authors a ON a.id = aa.author_id WHERE aa.article_id IN (${rows.map(() => '?').join(',')}) GROUP BY aa.article_id`)
        .all(...rows.map((r) => r.id)) as { id: number; names: string }[])
    : []
  const names = new Map(bylines.map((b) => [b.id, b.names]))
  const items = rows.map((a) => ({ ...a, updatedAt: a.updatedAt.toISOString(), bylines: names.get(a.id) ?? '' }))
  return { items, total, page: current, totalPages }
}

/** Where a story stands (staff only). */
export function readArticleStatus(id: number) {
  return db().select({ status: articles.status, version: articles.version, title: articles.title, slug: articles.slug, categoryName: sql<string | null>`(SELECT name FROM categories WHERE id = ${articles.categoryId})`, coverPath: media.path }).from(articles).leftJoin(media, eq(media.id, articles.coverMediaId)).where(eq(articles.id, id)).get() ?? null
}
