// Reads for the newsroom dashboard. Staff only: callers check the session first.
import 'server-only'
import { and, desc, eq, lte, sql } from 'drizzle-orm'
import { db } from '../client'
import { articleAuthors, articles, authors } from '../schema'

export interface DashboardItem {
  id: number
  title: string
  slug: string
  status: string
  at: string | null
  views7d: number
}

const columns = {
  id: articles.id,
  title: articles.title,
  slug: articles.slug,
  status: articles.status,
  updatedAt: articles.updatedAt,
  publishedAt: articles.publishedAt,
  scheduledAt: articles.scheduledAt,
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
    return rows.map((r) => ({ id: r.id, title: r.title, slug: r.slug, status: r.status, at: at(r)?.toISOString() ?? null, views7d: views.get(r.id) ?? 0 }))
  }
  return {
    drafts: list(and(eq(articles.status, 'draft'), mine(userId)), desc(articles.updatedAt), (r) => r.updatedAt),
    review: canReview ? list(eq(articles.status, 'review'), desc(articles.updatedAt), (r) => r.updatedAt) : [],
    scheduled: list(eq(articles.status, 'scheduled'), desc(articles.scheduledAt), (r) => r.scheduledAt),
    late: list(and(eq(articles.status, 'scheduled'), lte(articles.scheduledAt, new Date())), desc(articles.scheduledAt), (r) => r.scheduledAt),
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
      version: articles.version,
      publishedAt: articles.publishedAt,
      updatedAt: articles.updatedAt,
      createdBy: articles.createdBy,
    })
    .from(articles)
    .where(eq(articles.id, id))
    .get()
  if (!row) return null
  const tagNames = db()
    .$client.prepare('SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = ? ORDER BY t.name')
    .all(id) as { name: string }[]
  const authorIds = db().select({ id: articleAuthors.authorId }).from(articleAuthors).where(eq(articleAuthors.articleId, id)).orderBy(articleAuthors.position).all()
  return {
    ...row,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    tags: tagNames.map((t) => t.name),
    authorIds: authorIds.map((a) => a.id),
  }
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

/** The newsroom's list of stories, newest change first, optionally by status. */
export function listArticlesForAdmin(status: string | null, page: number, size = 30) {
  const where = status && (STATUSES as readonly string[]).includes(status) ? eq(articles.status, status as (typeof STATUSES)[number]) : undefined
  const total = db().select({ n: sql<number>`count(*)` }).from(articles).where(where).get()?.n ?? 0
  const totalPages = Math.max(1, Math.ceil(total / size))
  const current = Math.min(Math.max(1, page), totalPages)
  const items = db()
    .select({ id: articles.id, title: articles.title, slug: articles.slug, status: articles.status, updatedAt: articles.updatedAt })
    .from(articles)
    .where(where)
    .orderBy(desc(articles.updatedAt), desc(articles.id))
    .limit(size)
    .offset((current - 1) * size)
    .all()
    .map((a) => ({ ...a, updatedAt: a.updatedAt.toISOString() }))
  return { items, total, page: current, totalPages }
}
