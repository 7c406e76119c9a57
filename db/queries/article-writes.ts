// Writing stories: save (with optimistic concurrency and a revision), submit for review, publish,
// unpublish. Every function takes the staff member and checks, for this very article, that they
// may do it; the server actions check the session and the role before calling them.
import 'server-only'
import { and, eq, inArray, ne, sql } from 'drizzle-orm'
import type { ArticleInput } from '@/lib/article-input'
import { documentToText } from '@/lib/body/text'
import { can } from '@/lib/permissions'
import { slugify } from '@/lib/slug'
import { db } from '../client'
import { articleAuthors, articleRevisions, articles, articleTags, auditLog, authors, slugRedirects, tags, type ArticleStatus } from '../schema'
import { invalidateArticle } from './invalidate'
import type { StaffUser } from './users'

export type WriteResult =
  | { ok: true; id: number; version: number; status: ArticleStatus; slug: string }
  | { ok: false; error: string; fieldErrors?: Record<string, string>; conflict?: boolean }

const denied = (error = 'Vous n’avez pas les droits pour modifier cet article.'): WriteResult => ({ ok: false, error })

type Tx = Parameters<Parameters<ReturnType<typeof db>['transaction']>[0]>[0]

/** A story "belongs" to a journalist who created it or whose byline profile signs it. */
function isOwn(tx: Tx, articleId: number, staff: StaffUser): boolean {
  const row = tx
    .select({ id: articles.id })
    .from(articles)
    .where(
      and(
        eq(articles.id, articleId),
        sql`(${articles.createdBy} = ${staff.id} OR ${articles.id} IN (SELECT ${articleAuthors.articleId} FROM ${articleAuthors} JOIN ${authors} ON ${authors.id} = ${articleAuthors.authorId} WHERE ${authors.userId} = ${staff.id}))`,
      ),
    )
    .get()
  return !!row
}

/** May this staff member edit this story in its current state? */
function mayEdit(tx: Tx, staff: StaffUser, articleId: number, status: ArticleStatus): boolean {
  if (can(staff.role, 'article:edit-any')) return true
  return status === 'draft' && isOwn(tx, articleId, staff)
}

function slugTaken(tx: Tx, slug: string, articleId: number | null): boolean {
  const other = tx
    .select({ id: articles.id })
    .from(articles)
    .where(articleId ? and(eq(articles.slug, slug), ne(articles.id, articleId)) : eq(articles.slug, slug))
    .get()
  const redirect = tx
    .select({ id: slugRedirects.articleId })
    .from(slugRedirects)
    .where(articleId ? and(eq(slugRedirects.oldSlug, slug), ne(slugRedirects.articleId, articleId)) : eq(slugRedirects.oldSlug, slug))
    .get()
  return !!(other ?? redirect)
}

function setTags(tx: Tx, articleId: number, names: string[]) {
  const wanted = new Map<string, string>()
  for (const name of names) {
    const slug = slugify(name, 60)
    if (slug) wanted.set(slug, name.trim())
  }
  tx.delete(articleTags).where(eq(articleTags.articleId, articleId)).run()
  for (const [slug, name] of wanted) {
    const existing = tx.select({ id: tags.id }).from(tags).where(eq(tags.slug, slug)).get()
    const tagId = existing?.id ?? tx.insert(tags).values({ slug, name }).returning({ id: tags.id }).get().id
    tx.insert(articleTags).values({ articleId, tagId }).onConflictDoNothing().run()
  }
}

function setBylines(tx: Tx, articleId: number, authorIds: number[]) {
  const unique = [...new Set(authorIds)]
  const known = unique.length ? new Set(tx.select({ id: authors.id }).from(authors).where(inArray(authors.id, unique)).all().map((a) => a.id)) : new Set<number>()
  tx.delete(articleAuthors).where(eq(articleAuthors.articleId, articleId)).run()
  unique.filter((id) => known.has(id)).forEach((authorId, position) => tx.insert(articleAuthors).values({ articleId, authorId, position }).run())
}

/**
 * Creates (articleId null) or updates a story. `expectedVersion` is the version the editor
 * started from: if someone saved in between, the save is refused rather than overwriting theirs.
 */
export function saveArticle(staff: StaffUser, articleId: number | null, expectedVersion: number | null, input: ArticleInput): WriteResult {
  if (!can(staff.role, 'article:write-own')) return denied()
  const now = new Date()
  const bodyText = documentToText(input.body)
  const result = db().transaction((tx): WriteResult => {
    if (slugTaken(tx, input.slug, articleId)) return { ok: false, error: 'Cette adresse est déjà utilisée par un autre article.', fieldErrors: { slug: 'Cette adresse est déjà utilisée par un autre article.' } }
    // Front-page flags are an editor's call: a journalist's save leaves them as they are.
    const editorial = can(staff.role, 'article:publish')
    if (articleId === null) {
      const created = tx
        .insert(articles)
        .values({
          slug: input.slug,
          title: input.title,
          standfirst: input.standfirst,
          categoryId: input.categoryId,
          status: 'draft',
          dateline: input.dateline,
          sourceName: input.sourceName,
          sourceUrl: input.sourceUrl,
          body: input.body,
          bodyText,
          featured: editorial && input.featured,
          breaking: editorial && input.breaking,
          createdBy: staff.id,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: articles.id, version: articles.version, status: articles.status, slug: articles.slug })
        .get()
      setTags(tx, created.id, input.tags)
      setBylines(tx, created.id, input.authorIds)
      tx.insert(articleRevisions).values({ articleId: created.id, version: created.version, title: input.title, standfirst: input.standfirst, body: input.body, reason: 'save', createdBy: staff.id, createdAt: now }).run()
      return { ok: true, ...created }
    }
    const current = tx
      .select({ version: articles.version, status: articles.status, slug: articles.slug, publishedAt: articles.publishedAt, featured: articles.featured, breaking: articles.breaking })
      .from(articles)
      .where(eq(articles.id, articleId))
      .get()
    if (!current) return { ok: false, error: 'Article introuvable.' }
    if (!mayEdit(tx, staff, articleId, current.status)) return denied()
    if (expectedVersion !== current.version) {
      return {
        ok: false,
        conflict: true,
        error: 'Quelqu’un a enregistré cet article depuis que vous l’avez ouvert. Votre texte n’a pas été enregistré : copiez-le, rechargez la page, puis reportez vos changements.',
      }
    }
    const version = current.version + 1
    if (current.slug !== input.slug) {
      tx.delete(slugRedirects).where(eq(slugRedirects.oldSlug, input.slug)).run()
      if (current.publishedAt) tx.insert(slugRedirects).values({ oldSlug: current.slug, articleId }).onConflictDoNothing().run()
    }
    tx.update(articles)
      .set({
        slug: input.slug,
        title: input.title,
        standfirst: input.standfirst,
        categoryId: input.categoryId,
        dateline: input.dateline,
        sourceName: input.sourceName,
        sourceUrl: input.sourceUrl,
        body: input.body,
        bodyText,
        featured: editorial ? input.featured : current.featured,
        breaking: editorial ? input.breaking : current.breaking,
        version,
        updatedAt: now,
        ...(current.status === 'published' ? { modifiedAt: now } : {}),
      })
      .where(eq(articles.id, articleId))
      .run()
    setTags(tx, articleId, input.tags)
    setBylines(tx, articleId, input.authorIds)
    tx.insert(articleRevisions).values({ articleId, version, title: input.title, standfirst: input.standfirst, body: input.body, reason: 'save', createdBy: staff.id, createdAt: now }).run()
    return { ok: true, id: articleId, version, status: current.status, slug: input.slug }
  })
  if (result.ok && result.status === 'published') invalidateArticle({ id: result.id, slug: result.slug })
  return result
}

function transition(staff: StaffUser, articleId: number, expectedVersion: number, action: 'submit' | 'publish' | 'unpublish'): WriteResult {
  const now = new Date()
  const result = db().transaction((tx): WriteResult => {
    const current = tx.select({ version: articles.version, status: articles.status, slug: articles.slug, title: articles.title, publishedAt: articles.publishedAt }).from(articles).where(eq(articles.id, articleId)).get()
    if (!current) return { ok: false, error: 'Article introuvable.' }
    if (expectedVersion !== current.version) return { ok: false, conflict: true, error: 'Cet article a changé depuis que vous l’avez ouvert : rechargez la page avant de continuer.' }
    let status: ArticleStatus
    if (action === 'submit') {
      if (!mayEdit(tx, staff, articleId, current.status) || current.status !== 'draft') return denied('Seul un brouillon peut être soumis à la relecture.')
      status = 'review'
    } else {
      if (!can(staff.role, 'article:publish')) return denied('Seuls les éditeurs et les administrateurs peuvent publier ou dépublier.')
      if (action === 'publish' && !current.title.trim()) return { ok: false, error: 'Un article sans titre ne peut pas être publié.' }
      status = action === 'publish' ? 'published' : 'draft'
    }
    const version = current.version + 1
    tx.update(articles)
      .set({ status, version, updatedAt: now, ...(action === 'publish' ? { publishedAt: current.publishedAt ?? now, scheduledAt: null } : {}) })
      .where(eq(articles.id, articleId))
      .run()
    if (action !== 'submit') tx.insert(auditLog).values({ at: now, userId: staff.id, action: `article.${action}`, entityType: 'article', entityId: String(articleId), details: { slug: current.slug } }).run()
    return { ok: true, id: articleId, version, status, slug: current.slug }
  })
  // Publishing and unpublishing change what readers see: every page that lists the story, now.
  if (result.ok && action !== 'submit') invalidateArticle({ id: result.id, slug: result.slug })
  return result
}

export const submitForReview = (staff: StaffUser, id: number, version: number) => transition(staff, id, version, 'submit')
export const publishArticle = (staff: StaffUser, id: number, version: number) => transition(staff, id, version, 'publish')
export const unpublishArticle = (staff: StaffUser, id: number, version: number) => transition(staff, id, version, 'unpublish')

/** For pages: may this staff member open this story in the editor? */
export function canEditArticle(staff: StaffUser, articleId: number, status: ArticleStatus): boolean {
  return db().transaction((tx) => mayEdit(tx, staff, articleId, status))
}
