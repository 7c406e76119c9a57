// The media library: list and search, read one, record an upload, edit its words, find where it is
// used, delete it when nothing uses it. Every write checks, for this very image, that the staff
// member may do it (journalists: their own uploads; editors and admins: any, 'media:manage-any'),
// and is written to the audit log in the same transaction.
import 'server-only'
import { and, count, desc, eq, like, or, sql, type SQL } from 'drizzle-orm'
import { env } from '@/lib/env'
import type { MediaFields } from '@/lib/media/fields'
import { removeFiles } from '@/lib/media/storage'
import type { MediaChoice } from '@/lib/media/types'
import { can } from '@/lib/permissions'
import { db } from '../client'
import { articles, auditLog, authors, media, settings, users, type ArticleStatus, type MediaVariant } from '../schema'
import { invalidateArticle, invalidateSite } from './invalidate'
import { mediaThumbnail, mediaUrl } from './media-url'
import type { StaffUser } from './users'

type Executor = ReturnType<typeof db> | Parameters<Parameters<ReturnType<typeof db>['transaction']>[0]>[0]

export const MEDIA_PAGE_SIZE = 24

export interface MediaItem extends MediaChoice {
  path: string
  mimeType: string
  bytes: number
  originalName: string | null
  variants: MediaVariant[]
  uploadedBy: number | null
  uploaderName: string | null
  createdAt: string
}

export type MediaUse =
  | { kind: 'cover' | 'body'; articleId: number; title: string; slug: string; status: ArticleStatus }
  | { kind: 'author'; authorId: number; name: string; slug: string }
  | { kind: 'setting'; key: string }

export type MediaWriteResult = { ok: true; id: number } | { ok: false; error: string; fieldErrors?: Record<string, string> }

const columns = {
  id: media.id,
  path: media.path,
  mimeType: media.mimeType,
  width: media.width,
  height: media.height,
  bytes: media.bytes,
  alt: media.alt,
  credit: media.credit,
  caption: media.caption,
  originalName: media.originalName,
  variants: media.variants,
  uploadedBy: media.uploadedBy,
  uploaderName: users.name,
  createdAt: media.createdAt,
}

const selectMedia = (executor: Executor) => executor.select(columns).from(media).leftJoin(users, eq(users.id, media.uploadedBy))
type Row = ReturnType<ReturnType<typeof selectMedia>['all']>[number]

function toItem(row: Row): MediaItem {
  const variants = row.variants ?? []
  return {
    id: row.id,
    src: mediaUrl(row.path),
    thumb: mediaThumbnail({ path: row.path, width: row.width, height: row.height, variants }),
    width: row.width,
    height: row.height,
    alt: row.alt,
    credit: row.credit,
    caption: row.caption,
    path: row.path,
    mimeType: row.mimeType,
    bytes: row.bytes,
    originalName: row.originalName,
    variants,
    uploadedBy: row.uploadedBy,
    uploaderName: row.uploaderName ?? null,
    createdAt: row.createdAt.toISOString(),
  }
}

/** What the picker needs: no paths, no uploader. */
export function toChoice(item: MediaItem): MediaChoice {
  const { id, src, thumb, width, height, alt, credit, caption } = item
  return { id, src, thumb, width, height, alt, credit, caption }
}

/** LIKE pattern for a word, with the wildcards it contains taken literally. */
function containing(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

function searchCondition(q: string): SQL | undefined {
  const words = q.normalize('NFC').trim().split(/\s+/).filter(Boolean).slice(0, 8)
  if (words.length === 0) return undefined
  // Every word must appear in one of the fields (alt text, credit, caption, original file name).
  return and(
    ...words.map((word) => {
      const pattern = containing(word.slice(0, 100))
      return or(
        sql`${media.alt} LIKE ${pattern} ESCAPE '\\'`,
        sql`${media.credit} LIKE ${pattern} ESCAPE '\\'`,
        sql`${media.caption} LIKE ${pattern} ESCAPE '\\'`,
        sql`${media.originalName} LIKE ${pattern} ESCAPE '\\'`,
      )
    }),
  )
}

export interface MediaListQuery {
  q?: string | null
  page?: number
  pageSize?: number
  /** Only the uploads of this staff member ("Mes images"). */
  uploadedBy?: number | null
}

/** A page of the library, newest first, with optional search. Staff only: callers check the session. */
export function listMedia({ q, page = 1, pageSize = MEDIA_PAGE_SIZE, uploadedBy }: MediaListQuery = {}) {
  const where = and(searchCondition(q ?? ''), uploadedBy ? eq(media.uploadedBy, uploadedBy) : undefined)
  const total = db().select({ n: count() }).from(media).where(where).get()?.n ?? 0
  const totalPages = Math.max(1, Math.ceil(total / pageSize))
  const current = Math.min(Math.max(1, Math.floor(page) || 1), totalPages)
  const rows = selectMedia(db())
    .where(where)
    .orderBy(desc(media.createdAt), desc(media.id))
    .limit(pageSize)
    .offset((current - 1) * pageSize)
    .all()
  return { items: rows.map(toItem), total, page: current, totalPages, pageSize }
}

export function getMedia(id: number, executor: Executor = db()): MediaItem | null {
  const row = selectMedia(executor).where(eq(media.id, id)).get()
  return row ? toItem(row) : null
}

/** Journalists manage their own uploads; editors and admins manage every image. */
export function mayManageMedia(staff: Pick<StaffUser, 'id' | 'role'>, item: { uploadedBy: number | null }): boolean {
  if (can(staff.role, 'media:manage-any')) return true
  return can(staff.role, 'article:write-own') && item.uploadedBy !== null && item.uploadedBy === staff.id
}

/**
 * Settings naming an image hold its id under a key ending in "MediaId" or "ImageId" (for example
 * the default share image): such a setting counts as a use.
 */
function settingUses(executor: Executor, id: number): MediaUse[] {
  return executor
    .select({ key: settings.key, value: settings.value })
    .from(settings)
    .where(or(like(settings.key, '%MediaId'), like(settings.key, '%ImageId')))
    .all()
    .filter((s) => (typeof s.value === 'number' || typeof s.value === 'string') && Number(s.value) === id)
    .map((s) => ({ kind: 'setting' as const, key: s.key }))
}

/**
 * Where an image is used: article covers, images inside article bodies (nodes of type "image"
 * with this mediaId, at any depth), author photos, settings. Every status counts: a draft that
 * shows the image would lose it otherwise.
 */
export function findMediaUsage(id: number, executor: Executor = db()): MediaUse[] {
  const covers = executor
    .select({ articleId: articles.id, title: articles.title, slug: articles.slug, status: articles.status })
    .from(articles)
    .where(eq(articles.coverMediaId, id))
    .orderBy(desc(articles.updatedAt))
    .all()
    .map((a) => ({ kind: 'cover' as const, ...a }))
  // instr() skips bodies without any image before json_tree walks the others.
  const inBody = executor
    .all<{ articleId: number; title: string; slug: string; status: ArticleStatus }>(
      sql`SELECT DISTINCT a.id AS articleId, a.title AS title, a.slug AS slug, a.status AS status
          FROM ${articles} a, json_tree(a.body) t
          WHERE instr(a.body, '"mediaId"') > 0
            AND t.type = 'object'
            AND json_extract(t.value, '$.type') = 'image'
            AND json_extract(t.value, '$.attrs.mediaId') = ${id}
          ORDER BY a.updated_at DESC`,
    )
    .map((a) => ({ kind: 'body' as const, ...a }))
  const photos = executor
    .select({ authorId: authors.id, name: authors.name, slug: authors.slug })
    .from(authors)
    .where(eq(authors.photoMediaId, id))
    .all()
    .map((a) => ({ kind: 'author' as const, ...a }))
  return [...covers, ...inBody, ...photos, ...settingUses(executor, id)]
}

export interface NewMedia extends MediaFields {
  path: string
  originalName: string | null
  mimeType: string
  width: number
  height: number
  bytes: number
  variants: MediaVariant[]
}

/** Records an upload whose files are already in place. */
export function createMedia(staff: StaffUser, input: NewMedia, ip: string | null): MediaItem {
  if (!can(staff.role, 'article:write-own')) throw new Error('Téléversement refusé pour ce rôle.')
  return db().transaction((tx) => {
    const now = new Date()
    const { id } = tx
      .insert(media)
      .values({ ...input, uploadedBy: staff.id, createdAt: now })
      .returning({ id: media.id })
      .get()
    tx.insert(auditLog)
      .values({ at: now, userId: staff.id, action: 'media.upload', entityType: 'media', entityId: String(id), details: { path: input.path, originalName: input.originalName, bytes: input.bytes, mimeType: input.mimeType }, ip })
      .run()
    return getMedia(id, tx)!
  })
}

const NOT_FOUND = 'Cette image n’existe pas ou a été supprimée.'
const DENIED = 'Vous ne pouvez modifier que les images que vous avez téléversées. Demandez à un éditeur.'

/** Expires the reader pages that show this image (its alt text or credit changed). */
function invalidateUses(uses: MediaUse[]) {
  for (const use of uses) {
    if (use.kind === 'cover' || use.kind === 'body') invalidateArticle({ id: use.articleId, slug: use.slug, breaking: false })
  }
  // Listings, author pages and settings show images too.
  if (uses.length > 0) invalidateSite()
}

/** Alt text, photo credit and default caption. */
export function updateMedia(staff: StaffUser, id: number, fields: MediaFields, ip: string | null): MediaWriteResult {
  const result = db().transaction((tx): MediaWriteResult & { uses?: MediaUse[] } => {
    const current = getMedia(id, tx)
    if (!current) return { ok: false, error: NOT_FOUND }
    if (!mayManageMedia(staff, current)) return { ok: false, error: DENIED }
    const changed = (['alt', 'credit', 'caption'] as const).filter((k) => (current[k] ?? null) !== (fields[k] ?? null))
    if (changed.length === 0) return { ok: true, id }
    tx.update(media).set({ alt: fields.alt, credit: fields.credit, caption: fields.caption }).where(eq(media.id, id)).run()
    tx.insert(auditLog)
      .values({ at: new Date(), userId: staff.id, action: 'media.update', entityType: 'media', entityId: String(id), details: { fields: changed }, ip })
      .run()
    return { ok: true, id, uses: findMediaUsage(id, tx) }
  })
  if (result.ok && result.uses) invalidateUses(result.uses)
  return result.ok ? { ok: true, id } : result
}

export type MediaDeleteResult = { ok: true; id: number } | { ok: false; error: string; uses?: MediaUse[] }

/**
 * Deletes an image that nothing uses: the row and its audit entry in one transaction (the usage
 * check inside it, so nothing can start using the image in between), then its files (original
 * and variants). A file that cannot be removed is logged, never resurrects the row.
 */
export async function deleteMedia(staff: StaffUser, id: number, ip: string | null, uploadsDir = env().uploadsDir): Promise<MediaDeleteResult> {
  const result = db().transaction((tx): (MediaDeleteResult & { files?: string[] }) => {
    const current = getMedia(id, tx)
    if (!current) return { ok: false, error: NOT_FOUND }
    if (!mayManageMedia(staff, current)) return { ok: false, error: 'Vous ne pouvez supprimer que les images que vous avez téléversées. Demandez à un éditeur.' }
    const uses = findMediaUsage(id, tx)
    if (uses.length > 0) {
      return { ok: false, uses, error: `Cette image est utilisée (${uses.length} utilisation${uses.length > 1 ? 's' : ''}) : retirez-la d’abord des articles, profils ou réglages qui l’affichent.` }
    }
    tx.delete(media).where(eq(media.id, id)).run()
    tx.insert(auditLog)
      .values({ at: new Date(), userId: staff.id, action: 'media.delete', entityType: 'media', entityId: String(id), details: { path: current.path, originalName: current.originalName, alt: current.alt }, ip })
      .run()
    return { ok: true, id, files: [current.path, ...current.variants.map((v) => v.path)] }
  })
  if (!result.ok) return result
  try {
    await removeFiles(uploadsDir, result.files ?? [])
  } catch (error) {
    console.error('[media] fichiers non supprimés', result.files, error)
  }
  return { ok: true, id }
}
