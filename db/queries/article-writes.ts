// Writing stories: save and autosave (optimistic concurrency, revisions), submit for review, send
// back with a note, publish now or at a set time, unpublish, restore a revision. Every function
// takes the staff member and checks, for this very article, that they may do it; the server
// actions check the session and the role before calling them.
import 'server-only'
import { and, asc, desc, eq, inArray, lte, ne, sql } from 'drizzle-orm'
import type { ArticleInput } from '@/lib/article-input'
import { documentToText } from '@/lib/body/text'
import { withStorageFaults, type StorageFault } from '@/lib/db-errors'
import { can } from '@/lib/permissions'
import { isReservedSlug, isSlugVariant, slugify, uniqueSlug } from '@/lib/slug'
import { db } from '../client'
import { articleAuthors, articleRevisions, articles, articleTags, auditLog, authors, media, reviewNotes, slugRedirects, tags, type ArticleStatus } from '../schema'
import { invalidateArticle } from './invalidate'
import type { StaffUser } from './users'

export type WriteResult =
  | { ok: true; id: number; version: number; status: ArticleStatus; slug: string; scheduledAt?: string | null; notice?: string }
  | { ok: false; error: string; fieldErrors?: Record<string, string>; conflict?: boolean; retryable?: boolean; fault?: StorageFault }

const denied = (error = 'Vous n’avez pas les droits pour modifier cet article.'): WriteResult => ({ ok: false, error })
const notFound: WriteResult = { ok: false, error: 'Article introuvable.' }
const stale: WriteResult = { ok: false, conflict: true, error: 'Cet article a changé depuis que vous l’avez ouvert : rechargez la page avant de continuer.' }

/** Autosaves by the same person within this window fold into one revision. */
export const AUTOSAVE_FOLD_MS = 10 * 60_000
/** A scheduled story put online later than this after its time is flagged "Publication en retard". */
export const SCHEDULE_LATE_MS = 2 * 60_000

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
  return can(staff.role, 'article:write-own') && status === 'draft' && isOwn(tx, articleId, staff)
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

/**
 * The address a save gives the story: the one asked for when it is free, else its first free
 * variant (x-2, x-3…), as WordPress does, rather than an error the journalist must solve. A story
 * already at one of those variants keeps it, so saving again never moves it; its own address,
 * even an old reserved one, is kept as it is. Call it inside the write transaction: the check and
 * the write are then one step that no other save can come between.
 */
function chooseSlug(tx: Tx, wanted: string, articleId: number | null, currentSlug: string | null): string {
  if (wanted === currentSlug) return wanted
  if (!isReservedSlug(wanted) && !slugTaken(tx, wanted, articleId)) return wanted
  if (currentSlug && !isReservedSlug(currentSlug) && isSlugVariant(currentSlug, wanted)) return currentSlug
  return uniqueSlug(wanted, (slug) => slugTaken(tx, slug, articleId))
}

function slugNotice(wanted: string, slug: string): string | undefined {
  if (wanted === slug) return undefined
  const why = isReservedSlug(wanted) ? 'est réservée par le site' : 'est déjà utilisée par un autre article'
  return `L’adresse « ${wanted} » ${why} : l’article est à l’adresse /articles/${slug}.`
}

/**
 * The slug of a tag typed in the editor. A name whose slug is reserved ("Radios") takes the
 * first variant not used by a tag of another name, and finds it again on the next save.
 */
function tagSlugFor(tx: Tx, name: string): string {
  const base = slugify(name, 60)
  if (!base || !isReservedSlug(base) || tx.select({ id: tags.id }).from(tags).where(eq(tags.slug, base)).get()) return base
  return uniqueSlug(
    base,
    (slug) => {
      const other = tx.select({ name: tags.name }).from(tags).where(eq(tags.slug, slug)).get()
      return !!other && slugify(other.name, 60) !== base
    },
    60,
  )
}

function setTags(tx: Tx, articleId: number, names: string[]) {
  const wanted = new Map<string, string>()
  for (const name of names) {
    const slug = tagSlugFor(tx, name)
    if (slug) wanted.set(slug, name.trim())
  }
  tx.delete(articleTags).where(eq(articleTags.articleId, articleId)).run()
  for (const [slug, name] of wanted) {
    const existing = tx.select({ id: tags.id }).from(tags).where(eq(tags.slug, slug)).get()
    const tagId = existing?.id ?? tx.insert(tags).values({ slug, name }).returning({ id: tags.id }).get().id
    tx.insert(articleTags).values({ articleId, tagId }).onConflictDoNothing().run()
  }
}

/** A byline profile for a freelancer or a pen name typed in the editor (reused when it exists). */
function authorProfileFor(tx: Tx, name: string): number {
  const existing = tx.select({ id: authors.id }).from(authors).where(sql`lower(${authors.name}) = lower(${name})`).get()
  if (existing) return existing.id
  const slug = uniqueSlug(slugify(name, 60) || 'auteur', (s) => !!tx.select({ id: authors.id }).from(authors).where(eq(authors.slug, s)).get(), 60)
  return tx.insert(authors).values({ slug, name }).returning({ id: authors.id }).get().id
}

function setBylines(tx: Tx, articleId: number, authorIds: number[]) {
  const unique = [...new Set(authorIds)]
  const known = unique.length ? new Set(tx.select({ id: authors.id }).from(authors).where(inArray(authors.id, unique)).all().map((a) => a.id)) : new Set<number>()
  tx.delete(articleAuthors).where(eq(articleAuthors.articleId, articleId)).run()
  unique.filter((id) => known.has(id)).forEach((authorId, position) => tx.insert(articleAuthors).values({ articleId, authorId, position }).run())
}

/**
 * Who signs the story. Editors choose freely (and may create a profile inline); a journalist's
 * story is signed with their own profile when it is created, and a journalist's later saves leave
 * the bylines as they are (they may not sign a colleague's name).
 */
function bylinesFor(tx: Tx, staff: StaffUser, input: ArticleInput, isNew: boolean): number[] | null {
  if (can(staff.role, 'article:edit-any')) return [...input.authorIds, ...input.newAuthors.map((name) => authorProfileFor(tx, name))]
  if (!isNew) return null
  const own = tx.select({ id: authors.id }).from(authors).where(eq(authors.userId, staff.id)).get()
  return own ? [own.id] : []
}

function revisionMeta(input: ArticleInput) {
  return {
    slug: input.slug,
    categoryId: input.categoryId,
    tags: input.tags,
    dateline: input.dateline,
    sourceName: input.sourceName,
    sourceUrl: input.sourceUrl,
    coverMediaId: input.coverMediaId,
    coverCaption: input.coverCaption,
  }
}

/** Keeps a revision of a save; consecutive autosaves by one person within ten minutes fold into one. */
function recordRevision(tx: Tx, r: { articleId: number; version: number; input: Pick<ArticleInput, 'title' | 'standfirst' | 'body'>; meta: Record<string, unknown>; reason: 'autosave' | 'save' | 'restore'; staffId: number | null; now: Date }) {
  const values = { version: r.version, title: r.input.title, standfirst: r.input.standfirst, body: r.input.body, meta: r.meta }
  if (r.reason === 'autosave') {
    const last = tx
      .select({ id: articleRevisions.id, reason: articleRevisions.reason, createdBy: articleRevisions.createdBy, createdAt: articleRevisions.createdAt })
      .from(articleRevisions)
      .where(eq(articleRevisions.articleId, r.articleId))
      .orderBy(desc(articleRevisions.id))
      .get()
    if (last && last.reason === 'autosave' && last.createdBy === r.staffId && r.now.getTime() - last.createdAt.getTime() < AUTOSAVE_FOLD_MS) {
      tx.update(articleRevisions).set({ ...values, updatedAt: r.now }).where(eq(articleRevisions.id, last.id)).run()
      return
    }
  }
  tx.insert(articleRevisions).values({ articleId: r.articleId, ...values, reason: r.reason, createdBy: r.staffId, createdAt: r.now, updatedAt: r.now }).run()
}

function audit(tx: Tx, staffId: number | null, action: string, articleId: number, details: Record<string, unknown>, now = new Date()) {
  tx.insert(auditLog).values({ at: now, userId: staffId, action, entityType: 'article', entityId: String(articleId), details }).run()
}

/**
 * Creates (articleId null) or updates a story. `expectedVersion` is the version the editor
 * started from: if someone saved in between, the save is refused rather than overwriting theirs.
 * An autosave only ever touches a draft: a published or scheduled story changes when someone
 * presses "Enregistrer", never while they type.
 */
export function saveArticle(staff: StaffUser, articleId: number | null, expectedVersion: number | null, input: ArticleInput, options: { autosave?: boolean } = {}): WriteResult {
  if (!can(staff.role, 'article:write-own')) return denied()
  const now = new Date()
  const reason = options.autosave ? 'autosave' : 'save'
  const bodyText = documentToText(input.body)
  // A renamed story's old URL must stop being served from the cache too (it now redirects).
  let previousSlug: string | null = null
  let breaking = false
  // IMMEDIATE takes the write lock before the slug is checked: even a second process on the same
  // file (a worker, a script) cannot slip the same address in between the check and the insert.
  // A database locked past the busy timeout, or a full disk, rolls the save back and comes back
  // as a retryable French message (the editor keeps the text); anything else is thrown on.
  const result = withStorageFaults('articles', 'text', () => db().transaction((tx): WriteResult => {
    if (input.coverMediaId !== null && !tx.select({ id: media.id }).from(media).where(eq(media.id, input.coverMediaId)).get()) {
      return { ok: false, error: 'Certains champs sont à corriger.', fieldErrors: { coverMediaId: 'Cette image n’existe plus dans la médiathèque : choisissez-en une autre.' } }
    }
    // Front-page flags are an editor's call: a journalist's save leaves them as they are.
    const editorial = can(staff.role, 'article:publish')
    const content = {
      title: input.title,
      standfirst: input.standfirst,
      categoryId: input.categoryId,
      dateline: input.dateline,
      sourceName: input.sourceName,
      sourceUrl: input.sourceUrl,
      body: input.body,
      bodyText,
      coverMediaId: input.coverMediaId,
      coverCaption: input.coverMediaId ? input.coverCaption : null,
    }
    if (articleId === null) {
      const slug = chooseSlug(tx, input.slug, null, null)
      const created = tx
        .insert(articles)
        .values({ ...content, slug, status: 'draft', featured: editorial && input.featured, breaking: editorial && input.breaking, createdBy: staff.id, createdAt: now, updatedAt: now })
        .returning({ id: articles.id, version: articles.version, status: articles.status, slug: articles.slug })
        .get()
      setTags(tx, created.id, input.tags)
      setBylines(tx, created.id, bylinesFor(tx, staff, input, true) ?? [])
      recordRevision(tx, { articleId: created.id, version: created.version, input, meta: revisionMeta({ ...input, slug }), reason, staffId: staff.id, now })
      return { ok: true, ...created, notice: slugNotice(input.slug, slug) }
    }
    const current = tx
      .select({ version: articles.version, status: articles.status, slug: articles.slug, publishedAt: articles.publishedAt, featured: articles.featured, breaking: articles.breaking, scheduledAt: articles.scheduledAt })
      .from(articles)
      .where(eq(articles.id, articleId))
      .get()
    if (!current) return notFound
    if (!mayEdit(tx, staff, articleId, current.status)) return denied()
    if (expectedVersion !== current.version) {
      return {
        ok: false,
        conflict: true,
        error: 'Quelqu’un a enregistré cet article depuis que vous l’avez ouvert. Votre texte n’a pas été enregistré : copiez-le, rechargez la page, puis reportez vos changements.',
      }
    }
    if (options.autosave && current.status !== 'draft') return { ok: false, error: 'La sauvegarde automatique ne concerne que les brouillons : enregistrez vos changements avec le bouton « Enregistrer ».' }
    const version = current.version + 1
    breaking = current.breaking || (editorial && input.breaking)
    const slug = chooseSlug(tx, input.slug, articleId, current.slug)
    if (current.slug !== slug) {
      previousSlug = current.slug
      // Taking back one of its own old addresses: that one stops redirecting.
      tx.delete(slugRedirects).where(eq(slugRedirects.oldSlug, slug)).run()
      if (current.publishedAt) tx.insert(slugRedirects).values({ oldSlug: current.slug, articleId }).onConflictDoNothing().run()
    }
    tx.update(articles)
      .set({
        ...content,
        slug,
        featured: editorial ? input.featured : current.featured,
        breaking: editorial ? input.breaking : current.breaking,
        version,
        updatedAt: now,
        ...(current.status === 'published' ? { modifiedAt: now } : {}),
      })
      .where(eq(articles.id, articleId))
      .run()
    setTags(tx, articleId, input.tags)
    const bylines = bylinesFor(tx, staff, input, false)
    if (bylines) setBylines(tx, articleId, bylines)
    recordRevision(tx, { articleId, version, input, meta: revisionMeta({ ...input, slug }), reason, staffId: staff.id, now })
    return { ok: true, id: articleId, version, status: current.status, slug, scheduledAt: current.scheduledAt?.toISOString() ?? null, notice: slugNotice(input.slug, slug) }
  }, { behavior: 'immediate' }))
  if (result.ok && result.status === 'published') invalidateArticle({ id: result.id, slug: result.slug, previousSlug, breaking })
  return result
}

type Transition = { kind: 'submit' } | { kind: 'publish' } | { kind: 'unpublish' } | { kind: 'schedule'; at: Date } | { kind: 'send-back'; note: string }

const EDITOR_ONLY = 'Seuls les éditeurs et les administrateurs peuvent publier, programmer, dépublier ou renvoyer un article.'

function transition(staff: StaffUser, articleId: number, expectedVersion: number, step: Transition): WriteResult {
  const now = new Date()
  let breaking = false
  const result = withStorageFaults('articles', 'unchanged', () => db().transaction((tx): WriteResult => {
    const current = tx
      .select({ version: articles.version, status: articles.status, slug: articles.slug, title: articles.title, categoryId: articles.categoryId, publishedAt: articles.publishedAt, breaking: articles.breaking })
      .from(articles)
      .where(eq(articles.id, articleId))
      .get()
    if (!current) return notFound
    breaking = current.breaking
    if (step.kind !== 'submit' && !can(staff.role, 'article:publish')) return denied(EDITOR_ONLY)
    if (expectedVersion !== current.version) return stale
    const version = current.version + 1
    let set: Partial<typeof articles.$inferInsert>
    switch (step.kind) {
      case 'submit':
        if (!mayEdit(tx, staff, articleId, current.status)) return denied()
        if (current.status !== 'draft') return { ok: false, error: 'Seul un brouillon peut être soumis à la relecture.' }
        set = { status: 'review' }
        break
      case 'publish':
      case 'schedule': {
        if (!current.title.trim()) return { ok: false, error: 'Un article sans titre ne peut pas être publié.' }
        if (!current.categoryId) return { ok: false, error: 'Choisissez une rubrique avant de publier.', fieldErrors: { categoryId: 'Choisissez une rubrique avant de publier.' } }
        if (step.kind === 'publish') {
          set = { status: 'published', publishedAt: current.publishedAt ?? now, scheduledAt: null, scheduleMissedMs: null }
        } else {
          if (current.status === 'published') return { ok: false, error: 'Cet article est déjà en ligne : dépubliez-le d’abord pour le programmer.' }
          if (step.at.getTime() <= now.getTime() + 60_000) return { ok: false, error: 'Choisissez une heure de publication à venir (dans plus d’une minute).', fieldErrors: { scheduledAt: 'Choisissez une heure à venir.' } }
          if (step.at.getTime() > now.getTime() + 366 * 86_400_000) return { ok: false, error: 'Une publication se programme au plus un an à l’avance.', fieldErrors: { scheduledAt: 'Au plus un an à l’avance.' } }
          set = { status: 'scheduled', scheduledAt: step.at, scheduleMissedMs: null }
        }
        break
      }
      case 'unpublish':
        if (current.status !== 'published' && current.status !== 'scheduled') return { ok: false, error: 'Cet article n’est ni publié ni programmé.' }
        set = { status: 'draft', scheduledAt: null, scheduleMissedMs: null }
        break
      case 'send-back':
        if (current.status !== 'review' && current.status !== 'scheduled') return { ok: false, error: 'Seul un article en relecture ou programmé peut être renvoyé à son auteur.' }
        set = { status: 'draft', scheduledAt: null }
        tx.insert(reviewNotes).values({ articleId, userId: staff.id, body: step.note, createdAt: now }).run()
        break
    }
    const updated = tx.update(articles).set({ ...set, version, updatedAt: now }).where(eq(articles.id, articleId)).returning({ status: articles.status, scheduledAt: articles.scheduledAt }).get()
    if (step.kind !== 'submit') {
      const details: Record<string, unknown> = { slug: current.slug, title: current.title }
      if (step.kind === 'schedule') details.at = step.at.toISOString()
      audit(tx, staff.id, `article.${step.kind}`, articleId, details, now)
    }
    return { ok: true, id: articleId, version, status: updated.status, slug: current.slug, scheduledAt: updated.scheduledAt?.toISOString() ?? null }
  }))
  // Publishing and unpublishing change what readers see: every page that lists the story, now.
  if (result.ok && (step.kind === 'publish' || step.kind === 'unpublish')) invalidateArticle({ id: result.id, slug: result.slug, breaking, removed: step.kind === 'unpublish' })
  return result
}

export const submitForReview = (staff: StaffUser, id: number, version: number) => transition(staff, id, version, { kind: 'submit' })
export const publishArticle = (staff: StaffUser, id: number, version: number) => transition(staff, id, version, { kind: 'publish' })
export const unpublishArticle = (staff: StaffUser, id: number, version: number) => transition(staff, id, version, { kind: 'unpublish' })
export const scheduleArticle = (staff: StaffUser, id: number, version: number, at: Date) => transition(staff, id, version, { kind: 'schedule', at })
export const sendBackArticle = (staff: StaffUser, id: number, version: number, note: string) => transition(staff, id, version, { kind: 'send-back', note })

/**
 * Brings back the text of an earlier revision (title, chapô, body: what the history compares) as
 * a new version; the history keeps everything. Rubrique, tags, cover and address stay as they are:
 * restoring never breaks a link that was shared.
 */
export function restoreRevision(staff: StaffUser, articleId: number, expectedVersion: number, revisionId: number): WriteResult {
  const now = new Date()
  let breaking = false
  const result = withStorageFaults('articles', 'unchanged', () => db().transaction((tx): WriteResult => {
    const current = tx.select({ version: articles.version, status: articles.status, slug: articles.slug, title: articles.title, breaking: articles.breaking }).from(articles).where(eq(articles.id, articleId)).get()
    if (!current) return notFound
    breaking = current.breaking
    if (!mayEdit(tx, staff, articleId, current.status)) return denied()
    if (expectedVersion !== current.version) return stale
    const revision = tx.select().from(articleRevisions).where(and(eq(articleRevisions.id, revisionId), eq(articleRevisions.articleId, articleId))).get()
    if (!revision) return { ok: false, error: 'Cette version n’existe pas.' }
    const version = current.version + 1
    tx.update(articles)
      .set({
        title: revision.title,
        standfirst: revision.standfirst,
        body: revision.body,
        bodyText: documentToText(revision.body),
        version,
        updatedAt: now,
        ...(current.status === 'published' ? { modifiedAt: now } : {}),
      })
      .where(eq(articles.id, articleId))
      .run()
    recordRevision(tx, { articleId, version, input: revision, meta: { ...(revision.meta ?? {}), restoredFrom: revision.id }, reason: 'restore', staffId: staff.id, now })
    audit(tx, staff.id, 'article.restore', articleId, { slug: current.slug, title: revision.title, revision: revision.id, version: revision.version }, now)
    return { ok: true, id: articleId, version, status: current.status, slug: current.slug }
  }))
  if (result.ok && result.status === 'published') invalidateArticle({ id: result.id, slug: result.slug, breaking })
  return result
}

/** An editor has seen that a scheduled story went out late: the dashboard stops flagging it. */
export function acknowledgeLatePublication(staff: StaffUser, articleId: number): WriteResult {
  if (!can(staff.role, 'article:publish')) return denied(EDITOR_ONLY)
  return withStorageFaults('articles', 'unchanged', (): WriteResult => {
    const row = db().update(articles).set({ scheduleMissedMs: null }).where(eq(articles.id, articleId)).returning({ id: articles.id, version: articles.version, status: articles.status, slug: articles.slug }).get()
    return row ? { ok: true, ...row } : notFound
  })
}

/**
 * Puts online every scheduled story whose time has come (the scheduler calls this every few
 * seconds, and once at start to catch up on what came due while the server was down). A story
 * that goes out more than SCHEDULE_LATE_MS after its time is dated when it really appeared and
 * flagged for the editors.
 */
export function publishDueArticles(now = new Date()): { id: number; slug: string; lateMs: number | null }[] {
  const due = db()
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.status, 'scheduled'), lte(articles.scheduledAt, now)))
    .orderBy(asc(articles.scheduledAt))
    .limit(100)
    .all()
  const published: { id: number; slug: string; lateMs: number | null }[] = []
  for (const { id } of due) {
    const done = db().transaction((tx) => {
      // Read again inside the transaction: an editor may have unpublished or rescheduled it.
      const row = tx.select({ slug: articles.slug, title: articles.title, scheduledAt: articles.scheduledAt, status: articles.status, publishedAt: articles.publishedAt, breaking: articles.breaking }).from(articles).where(eq(articles.id, id)).get()
      if (!row || row.status !== 'scheduled' || !row.scheduledAt || row.scheduledAt > now) return null
      const delay = now.getTime() - row.scheduledAt.getTime()
      const lateMs = delay > SCHEDULE_LATE_MS ? delay : null
      tx.update(articles)
        .set({ status: 'published', publishedAt: row.publishedAt ?? (lateMs ? now : row.scheduledAt), scheduledAt: null, scheduleMissedMs: lateMs, version: sql`${articles.version} + 1`, updatedAt: now })
        .where(eq(articles.id, id))
        .run()
      audit(tx, null, 'article.publish-scheduled', id, { slug: row.slug, title: row.title, scheduledAt: row.scheduledAt.toISOString(), lateMs }, now)
      return { id, slug: row.slug, lateMs, breaking: row.breaking }
    })
    if (done) {
      invalidateArticle({ id: done.id, slug: done.slug, breaking: done.breaking })
      published.push({ id: done.id, slug: done.slug, lateMs: done.lateMs })
    }
  }
  return published
}

/** For pages: may this staff member open this story in the editor? */
export function canEditArticle(staff: StaffUser, articleId: number, status: ArticleStatus): boolean {
  return db().transaction((tx) => mayEdit(tx, staff, articleId, status))
}
