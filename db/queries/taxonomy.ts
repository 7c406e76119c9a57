// Rubriques and tags in the newsroom: lists with counts, create, rename (a changed slug leaves a
// permanent redirect), order, merge, delete. Every write takes the staff member and checks the
// permission itself, runs in one transaction with its audit row, then expires the reader caches.
import 'server-only'
import { and, asc, desc, eq, inArray, like, ne, or, sql } from 'drizzle-orm'
import { TAGS } from '@/lib/cache-tags'
import { can } from '@/lib/permissions'
import { isReservedSlug, MAX_SLUG_LENGTH, normalizeSlug, slugify } from '@/lib/slug'
import { TAG_SLUG_LENGTH, type CategoryInput, type Direction, type TagInput } from '@/lib/taxonomy-input'
import { db } from '../client'
import { articles, articleTags, categories, tags, taxonomyRedirects } from '../schema'
import { recordAudit } from './audit'
import { cachedRead } from './cached'
import { invalidateSite } from './invalidate'
import type { StaffUser } from './users'

export type TaxonomyResult = { ok: true; id: number; slug: string; message: string } | { ok: false; error: string; fieldErrors?: Record<string, string> }

type Tx = Parameters<Parameters<ReturnType<typeof db>['transaction']>[0]>[0]
type Kind = 'category' | 'tag'

const DENIED: TaxonomyResult = { ok: false, error: 'Seuls les éditeurs et les administrateurs peuvent gérer les rubriques et les tags.' }

function audit(tx: Tx, staff: StaffUser, action: string, entityType: Kind, entityId: number, details: Record<string, unknown>, ip: string | null) {
  recordAudit({ userId: staff.id, action, entityType, entityId, details, ip }, tx)
}

/**
 * Records that `oldSlug` now leads to the rubrique or tag `targetId`. Redirects point at ids, not
 * slugs, so chains collapse by themselves: after A → B → C, A still names the same row, whose
 * slug is now C, and readers go straight there.
 */
function leaveRedirect(tx: Tx, kind: Kind, oldSlug: string, targetId: number) {
  tx.insert(taxonomyRedirects)
    .values({ kind, oldSlug, targetId })
    .onConflictDoUpdate({ target: [taxonomyRedirects.kind, taxonomyRedirects.oldSlug], set: { targetId, createdAt: new Date() } })
    .run()
}

/** A slug taken by a live rubrique or tag is no longer an old address of anything. */
function claimSlug(tx: Tx, kind: Kind, slug: string) {
  tx.delete(taxonomyRedirects).where(and(eq(taxonomyRedirects.kind, kind), eq(taxonomyRedirects.oldSlug, slug))).run()
}

/**
 * Second line of defence behind the form's schema, for any caller: the address written is the
 * normalised one, and a new address is never one the site reserves (a rubrique or tag is named
 * on purpose, so refusing with the reason beats quietly changing it). A rubrique or tag that
 * already has a reserved address from older data keeps it: refusing would block its renaming.
 */
function checkSlug(wanted: string, currentSlug: string | null, max: number): { slug: string } | { error: TaxonomyResult } {
  const slug = normalizeSlug(wanted, max)
  const refuse = (message: string) => ({ error: { ok: false as const, error: message, fieldErrors: { slug: message } } })
  if (!slug) return refuse('Donnez une adresse faite de lettres ou de chiffres.')
  if (slug !== currentSlug && isReservedSlug(slug)) return refuse(`L’adresse « ${slug} » est réservée par le site (elle nomme une de ses pages) : choisissez-en une autre.`)
  return { slug }
}

function oldSlugsOf(kind: Kind, id: number): string[] {
  return db()
    .select({ slug: taxonomyRedirects.oldSlug })
    .from(taxonomyRedirects)
    .where(and(eq(taxonomyRedirects.kind, kind), eq(taxonomyRedirects.targetId, id)))
    .orderBy(desc(taxonomyRedirects.createdAt))
    .all()
    .map((r) => r.slug)
}

// Public: old addresses of renamed rubriques and tags.

/** The current slug behind an old one, or null. A live rubrique or tag always wins over a redirect. */
export function readTaxonomyRedirect(kind: Kind, slug: string): string | null {
  const table = kind === 'category' ? categories : tags
  if (db().select({ id: table.id }).from(table).where(eq(table.slug, slug)).get()) return null
  const row = db()
    .select({ slug: table.slug })
    .from(taxonomyRedirects)
    .innerJoin(table, eq(table.id, taxonomyRedirects.targetId))
    .where(and(eq(taxonomyRedirects.kind, kind), eq(taxonomyRedirects.oldSlug, slug)))
    .get()
  return row && row.slug !== slug ? row.slug : null
}

export const getCategoryRedirect = cachedRead('category-redirect', () => [TAGS.site], (slug: string) => readTaxonomyRedirect('category', slug))
export const getTagRedirect = cachedRead('tag-redirect', () => [TAGS.site], (slug: string) => readTaxonomyRedirect('tag', slug))

// Rubriques

export interface AdminCategory {
  id: number
  slug: string
  name: string
  description: string
  position: number
  published: number
  total: number
}

const countColumns = {
  published: sql<number>`coalesce(sum(${articles.status} = 'published'), 0)`,
  total: sql<number>`count(${articles.id})`,
}

/** Every rubrique in the site's order, with the number of its stories (published and all). */
export function listCategoriesForAdmin(): AdminCategory[] {
  return db()
    .select({ id: categories.id, slug: categories.slug, name: categories.name, description: categories.description, position: categories.position, ...countColumns })
    .from(categories)
    .leftJoin(articles, eq(articles.categoryId, categories.id))
    .groupBy(categories.id)
    .orderBy(asc(categories.position), asc(categories.name))
    .all()
}

export function getCategoryForAdmin(id: number): (AdminCategory & { oldSlugs: string[] }) | null {
  const row = db()
    .select({ id: categories.id, slug: categories.slug, name: categories.name, description: categories.description, position: categories.position, ...countColumns })
    .from(categories)
    .leftJoin(articles, eq(articles.categoryId, categories.id))
    .where(eq(categories.id, id))
    .groupBy(categories.id)
    .get()
  return row ? { ...row, oldSlugs: oldSlugsOf('category', id) } : null
}

const slugTakenByCategory = (tx: Tx, slug: string, exceptId: number | null) =>
  !!tx
    .select({ id: categories.id })
    .from(categories)
    .where(exceptId === null ? eq(categories.slug, slug) : and(eq(categories.slug, slug), ne(categories.id, exceptId)))
    .get()

const categorySlugTaken = (): TaxonomyResult => ({
  ok: false,
  error: 'Cette adresse est déjà celle d’une autre rubrique.',
  fieldErrors: { slug: 'Cette adresse est déjà celle d’une autre rubrique : choisissez-en une autre.' },
})

export function createCategory(staff: StaffUser, input: CategoryInput, ip: string | null = null): TaxonomyResult {
  if (!can(staff.role, 'taxonomy:manage')) return DENIED
  const checked = checkSlug(input.slug, null, MAX_SLUG_LENGTH)
  if ('error' in checked) return checked.error
  input = { ...input, slug: checked.slug }
  const result = db().transaction((tx): TaxonomyResult => {
    if (slugTakenByCategory(tx, input.slug, null)) return categorySlugTaken()
    const last = tx.select({ max: sql<number | null>`max(${categories.position})` }).from(categories).get()?.max
    claimSlug(tx, 'category', input.slug)
    const id = tx
      .insert(categories)
      .values({ slug: input.slug, name: input.name, description: input.description, position: (last ?? -1) + 1 })
      .returning({ id: categories.id })
      .get().id
    audit(tx, staff, 'category.create', 'category', id, { slug: input.slug, name: input.name }, ip)
    return { ok: true, id, slug: input.slug, message: `La rubrique « ${input.name} » est créée.` }
  })
  if (result.ok) invalidateSite()
  return result
}

export function updateCategory(staff: StaffUser, id: number, input: CategoryInput, ip: string | null = null): TaxonomyResult {
  if (!can(staff.role, 'taxonomy:manage')) return DENIED
  const result = db().transaction((tx): TaxonomyResult => {
    const current = tx.select().from(categories).where(eq(categories.id, id)).get()
    if (!current) return { ok: false, error: 'Cette rubrique n’existe plus.' }
    const checked = checkSlug(input.slug, current.slug, MAX_SLUG_LENGTH)
    if ('error' in checked) return checked.error
    input = { ...input, slug: checked.slug }
    if (slugTakenByCategory(tx, input.slug, id)) return categorySlugTaken()
    if (current.slug !== input.slug) {
      claimSlug(tx, 'category', input.slug)
      leaveRedirect(tx, 'category', current.slug, id)
    }
    tx.update(categories).set({ slug: input.slug, name: input.name, description: input.description }).where(eq(categories.id, id)).run()
    audit(
      tx,
      staff,
      'category.update',
      'category',
      id,
      { name: input.name, slug: input.slug, from: { slug: current.slug, name: current.name, description: current.description }, to: { slug: input.slug, name: input.name, description: input.description } },
      ip,
    )
    return {
      ok: true,
      id,
      slug: input.slug,
      message: current.slug !== input.slug ? `Rubrique enregistrée. L’ancienne adresse /rubriques/${current.slug} mène désormais à /rubriques/${input.slug}.` : 'Rubrique enregistrée.',
    }
  })
  // Its name shows in the navigation, the homepage blocks, its listing, its feed and on every
  // story it holds: the site-wide tags cover all of them (and the old address now redirects).
  if (result.ok) invalidateSite()
  return result
}

function plural(n: number, one: string, many: string) {
  return `${new Intl.NumberFormat('fr-FR').format(n)} ${n > 1 ? many : one}`
}

export function deleteCategory(staff: StaffUser, id: number, ip: string | null = null): TaxonomyResult {
  if (!can(staff.role, 'taxonomy:manage')) return DENIED
  const result = db().transaction((tx): TaxonomyResult => {
    const current = tx.select({ slug: categories.slug, name: categories.name }).from(categories).where(eq(categories.id, id)).get()
    if (!current) return { ok: false, error: 'Cette rubrique n’existe plus.' }
    const used = tx.select({ n: sql<number>`count(*)` }).from(articles).where(eq(articles.categoryId, id)).get()?.n ?? 0
    if (used > 0) {
      return {
        ok: false,
        error: `Impossible de supprimer la rubrique « ${current.name} » : ${plural(used, 'article y est classé', 'articles y sont classés')} (brouillons compris). Déplacez-les d’abord dans une autre rubrique.`,
      }
    }
    tx.delete(taxonomyRedirects).where(and(eq(taxonomyRedirects.kind, 'category'), eq(taxonomyRedirects.targetId, id))).run()
    tx.delete(categories).where(eq(categories.id, id)).run()
    audit(tx, staff, 'category.delete', 'category', id, { slug: current.slug, name: current.name }, ip)
    return { ok: true, id, slug: current.slug, message: `La rubrique « ${current.name} » est supprimée.` }
  })
  if (result.ok) invalidateSite()
  return result
}

/**
 * Moves a rubrique one place up or down. Positions are renumbered 0…n-1 in the same transaction,
 * so equal or sparse positions left by older data never make a move do nothing.
 */
export function moveCategory(staff: StaffUser, id: number, direction: Direction, ip: string | null = null): TaxonomyResult {
  if (!can(staff.role, 'taxonomy:manage')) return DENIED
  const result = db().transaction((tx): TaxonomyResult => {
    const order = tx.select({ id: categories.id, slug: categories.slug, name: categories.name }).from(categories).orderBy(asc(categories.position), asc(categories.name)).all()
    const from = order.findIndex((c) => c.id === id)
    if (from < 0) return { ok: false, error: 'Cette rubrique n’existe plus.' }
    const to = direction === 'up' ? from - 1 : from + 1
    if (to < 0 || to >= order.length) return { ok: false, error: direction === 'up' ? 'Cette rubrique est déjà la première.' : 'Cette rubrique est déjà la dernière.' }
    const [moved] = order.splice(from, 1)
    order.splice(to, 0, moved!)
    order.forEach((c, position) => tx.update(categories).set({ position }).where(eq(categories.id, c.id)).run())
    audit(tx, staff, 'category.reorder', 'category', id, { direction, order: order.map((c) => c.slug) }, ip)
    return { ok: true, id, slug: moved!.slug, message: `« ${moved!.name} » est maintenant en position ${to + 1} sur ${order.length}.` }
  })
  if (result.ok) invalidateSite()
  return result
}

// Tags

export interface AdminTag {
  id: number
  slug: string
  name: string
  published: number
  total: number
}

export const TAG_PAGE_SIZE = 50

export type TagSort = 'name' | 'count'

export interface TagListQuery {
  q?: string | null
  page?: number
  sort?: TagSort
  unusedOnly?: boolean
}

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

/** A page of tags, searched by name or address (accents folded), with their story counts. */
export function listTagsForAdmin(query: TagListQuery = {}): { items: AdminTag[]; page: number; totalPages: number; total: number } {
  const q = query.q?.trim() ?? ''
  const folded = slugify(q)
  const filters = []
  if (q) {
    const byName = sql`${tags.name} LIKE ${likePattern(q)} ESCAPE '\\'`
    filters.push(folded ? or(byName, sql`${tags.slug} LIKE ${likePattern(folded)} ESCAPE '\\'`) : byName)
  }
  if (query.unusedOnly) filters.push(sql`NOT EXISTS (SELECT 1 FROM ${articleTags} WHERE ${articleTags.tagId} = ${tags.id})`)
  const where = filters.length ? and(...filters) : undefined
  const total = db().select({ n: sql<number>`count(*)` }).from(tags).where(where).get()?.n ?? 0
  const totalPages = Math.max(1, Math.ceil(total / TAG_PAGE_SIZE))
  const page = Math.min(Math.max(1, Math.floor(query.page ?? 1) || 1), totalPages)
  const published = sql<number>`coalesce(sum(${articles.status} = 'published'), 0)`
  const count = sql<number>`count(${articleTags.articleId})`
  const items = db()
    .select({ id: tags.id, slug: tags.slug, name: tags.name, published, total: count })
    .from(tags)
    .leftJoin(articleTags, eq(articleTags.tagId, tags.id))
    .leftJoin(articles, eq(articles.id, articleTags.articleId))
    .where(where)
    .groupBy(tags.id)
    // Slugs are the names with accents folded: a good French alphabetical order ("Économie" near "E").
    .orderBy(...(query.sort === 'count' ? [desc(count), asc(tags.slug)] : [asc(tags.slug)]))
    .limit(TAG_PAGE_SIZE)
    .offset((page - 1) * TAG_PAGE_SIZE)
    .all()
  return { items, page, totalPages, total }
}

export function getTagForAdmin(id: number): (AdminTag & { oldSlugs: string[] }) | null {
  const row = db()
    .select({
      id: tags.id,
      slug: tags.slug,
      name: tags.name,
      published: sql<number>`coalesce(sum(${articles.status} = 'published'), 0)`,
      total: sql<number>`count(${articleTags.articleId})`,
    })
    .from(tags)
    .leftJoin(articleTags, eq(articleTags.tagId, tags.id))
    .leftJoin(articles, eq(articles.id, articleTags.articleId))
    .where(eq(tags.id, id))
    .groupBy(tags.id)
    .get()
  return row ? { ...row, oldSlugs: oldSlugsOf('tag', id) } : null
}

/** Tags whose name or address starts like the text typed: the choices offered when merging. */
export function suggestTags(text: string, exceptId: number, limit = 20): { id: number; slug: string; name: string }[] {
  const q = text.trim()
  if (!q) return []
  const folded = slugify(q)
  const starts = (v: string) => `${v.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
  return db()
    .select({ id: tags.id, slug: tags.slug, name: tags.name })
    .from(tags)
    .where(and(ne(tags.id, exceptId), or(sql`${tags.name} LIKE ${starts(q)} ESCAPE '\\'`, folded ? like(tags.slug, `${folded}%`) : undefined)))
    .orderBy(asc(tags.slug))
    .limit(limit)
    .all()
}

/** The tag an editor means by what they typed: its exact address, or its name. */
export function findTagByNameOrSlug(text: string): { id: number; slug: string; name: string } | null {
  const q = text.trim()
  if (!q) return null
  const slug = slugify(q)
  return (
    db()
      .select({ id: tags.id, slug: tags.slug, name: tags.name })
      .from(tags)
      .where(or(eq(tags.slug, q.toLowerCase()), slug ? eq(tags.slug, slug) : undefined, sql`${tags.name} = ${q} COLLATE NOCASE`))
      .orderBy(sql`${tags.slug} = ${q.toLowerCase()} DESC`)
      .get() ?? null
  )
}

const tagSlugTaken = (): TaxonomyResult => ({
  ok: false,
  error: 'Cette adresse est déjà celle d’un autre tag.',
  fieldErrors: { slug: 'Cette adresse est déjà celle d’un autre tag. Pour réunir les deux, utilisez plutôt la fusion.' },
})

export function updateTag(staff: StaffUser, id: number, input: TagInput, ip: string | null = null): TaxonomyResult {
  if (!can(staff.role, 'taxonomy:manage')) return DENIED
  const result = db().transaction((tx): TaxonomyResult => {
    const current = tx.select().from(tags).where(eq(tags.id, id)).get()
    if (!current) return { ok: false, error: 'Ce tag n’existe plus.' }
    const checked = checkSlug(input.slug, current.slug, TAG_SLUG_LENGTH)
    if ('error' in checked) return checked.error
    input = { ...input, slug: checked.slug }
    if (tx.select({ id: tags.id }).from(tags).where(and(eq(tags.slug, input.slug), ne(tags.id, id))).get()) return tagSlugTaken()
    if (current.slug !== input.slug) {
      claimSlug(tx, 'tag', input.slug)
      leaveRedirect(tx, 'tag', current.slug, id)
    }
    // The search index holds tag names: the tags_fts_au trigger rewrites them for every story.
    tx.update(tags).set({ slug: input.slug, name: input.name }).where(eq(tags.id, id)).run()
    audit(tx, staff, 'tag.update', 'tag', id, { name: input.name, slug: input.slug, from: { slug: current.slug, name: current.name }, to: { slug: input.slug, name: input.name } }, ip)
    return {
      ok: true,
      id,
      slug: input.slug,
      message: current.slug !== input.slug ? `Tag enregistré. L’ancienne adresse /tags/${current.slug} mène désormais à /tags/${input.slug}.` : 'Tag enregistré.',
    }
  })
  if (result.ok) invalidateSite()
  return result
}

/**
 * Merges tag `sourceId` into `targetId`, in one transaction: its stories get the target tag
 * (once, even those that already had both), its address and its own old addresses lead to the
 * target, and it is deleted. The article_tags triggers keep the search index in step, so the
 * moved stories are found under the target's name.
 */
export function mergeTags(staff: StaffUser, sourceId: number, targetId: number, ip: string | null = null): TaxonomyResult & { moved?: number } {
  if (!can(staff.role, 'taxonomy:manage')) return DENIED
  if (sourceId === targetId) return { ok: false, error: 'Choisissez un autre tag que celui-ci.', fieldErrors: { target: 'Un tag ne peut pas être fusionné avec lui-même.' } }
  const result = db().transaction((tx): TaxonomyResult & { moved?: number } => {
    const [source, target] = [sourceId, targetId].map((id) => tx.select({ id: tags.id, slug: tags.slug, name: tags.name }).from(tags).where(eq(tags.id, id)).get())
    if (!source) return { ok: false, error: 'Ce tag n’existe plus.' }
    if (!target) return { ok: false, error: 'Le tag de destination n’existe plus.', fieldErrors: { target: 'Ce tag n’existe plus.' } }
    const articleIds = tx.select({ id: articleTags.articleId }).from(articleTags).where(eq(articleTags.tagId, source.id)).all().map((r) => r.id)
    let moved = 0
    if (articleIds.length) {
      const already = new Set(
        tx.select({ id: articleTags.articleId }).from(articleTags).where(and(eq(articleTags.tagId, target.id), inArray(articleTags.articleId, articleIds))).all().map((r) => r.id),
      )
      for (const articleId of articleIds) {
        if (already.has(articleId)) continue
        tx.insert(articleTags).values({ articleId, tagId: target.id }).run()
        moved++
      }
      tx.delete(articleTags).where(eq(articleTags.tagId, source.id)).run()
    }
    tx.update(taxonomyRedirects)
      .set({ targetId: target.id })
      .where(and(eq(taxonomyRedirects.kind, 'tag'), eq(taxonomyRedirects.targetId, source.id)))
      .run()
    leaveRedirect(tx, 'tag', source.slug, target.id)
    tx.delete(tags).where(eq(tags.id, source.id)).run()
    // The row is about the merged (now deleted) tag: the journal tells it by the name kept here.
    audit(tx, staff, 'tag.merge', 'tag', source.id, { name: source.name, slug: source.slug, into: target.name, intoSlug: target.slug, intoId: target.id, articles: articleIds.length, moved }, ip)
    return {
      ok: true,
      id: target.id,
      slug: target.slug,
      moved,
      message: `« ${source.name} » est fusionné dans « ${target.name} » : ${plural(articleIds.length, 'article', 'articles')} ${articleIds.length > 1 ? 'portent' : 'porte'} désormais ce tag, et /tags/${source.slug} mène à /tags/${target.slug}.`,
    }
  })
  if (result.ok) invalidateSite()
  return result
}

export function deleteTag(staff: StaffUser, id: number, ip: string | null = null): TaxonomyResult {
  if (!can(staff.role, 'taxonomy:manage')) return DENIED
  const result = db().transaction((tx): TaxonomyResult => {
    const current = tx.select({ slug: tags.slug, name: tags.name }).from(tags).where(eq(tags.id, id)).get()
    if (!current) return { ok: false, error: 'Ce tag n’existe plus.' }
    const used = tx.select({ n: sql<number>`count(*)` }).from(articleTags).where(eq(articleTags.tagId, id)).get()?.n ?? 0
    if (used > 0) {
      return {
        ok: false,
        error: `Impossible de supprimer le tag « ${current.name} » : ${plural(used, 'article le porte', 'articles le portent')} (brouillons compris). Retirez-le de ces articles ou fusionnez-le dans un autre tag.`,
      }
    }
    tx.delete(taxonomyRedirects).where(and(eq(taxonomyRedirects.kind, 'tag'), eq(taxonomyRedirects.targetId, id))).run()
    tx.delete(tags).where(eq(tags.id, id)).run()
    audit(tx, staff, 'tag.delete', 'tag', id, { slug: current.slug, name: current.name }, ip)
    return { ok: true, id, slug: current.slug, message: `Le tag « ${current.name} » est supprimé.` }
  })
  if (result.ok) invalidateSite()
  return result
}

/** Deletes every tag that no story carries (drafts included), in one transaction. */
export function deleteUnusedTags(staff: StaffUser, ip: string | null = null): TaxonomyResult {
  if (!can(staff.role, 'taxonomy:manage')) return DENIED
  const result = db().transaction((tx): TaxonomyResult => {
    const unused = tx
      .select({ id: tags.id, slug: tags.slug })
      .from(tags)
      .where(sql`NOT EXISTS (SELECT 1 FROM ${articleTags} WHERE ${articleTags.tagId} = ${tags.id})`)
      .all()
    if (unused.length === 0) return { ok: false, error: 'Aucun tag inutilisé : il n’y a rien à supprimer.' }
    const ids = unused.map((t) => t.id)
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500)
      tx.delete(taxonomyRedirects).where(and(eq(taxonomyRedirects.kind, 'tag'), inArray(taxonomyRedirects.targetId, chunk))).run()
      tx.delete(tags).where(inArray(tags.id, chunk)).run()
    }
    const name = plural(unused.length, 'tag inutilisé', 'tags inutilisés')
    recordAudit({ userId: staff.id, action: 'tag.delete', entityType: 'tag', entityId: null, details: { name, count: unused.length, slugs: unused.slice(0, 100).map((t) => t.slug) }, ip }, tx)
    return { ok: true, id: 0, slug: '', message: `${name.charAt(0).toUpperCase()}${name.slice(1)} supprimé${unused.length > 1 ? 's' : ''}.` }
  })
  if (result.ok) invalidateSite()
  return result
}
