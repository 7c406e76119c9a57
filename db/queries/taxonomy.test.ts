// Rubriques and tags against a real SQLite file: redirects that collapse and never shadow a live
// slug, merges that move links once and in one transaction, refusals, order, and the search index.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { categoryInputSchema, tagInputSchema } from '@/lib/taxonomy-input'
import type { StaffUser } from './users'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kibaru-taxonomy-'))
process.env.DATABASE_PATH = path.join(dir, 'test.db')

let t: typeof import('./taxonomy')
let s: typeof import('../schema')
let database: ReturnType<typeof import('../client').db>
let search: typeof import('./search')

const editor: StaffUser = { id: 1, email: 'editeur@kibaru.test', name: 'Éditeur', role: 'editor', sessionVersion: 1 }
const journalist: StaffUser = { id: 2, email: 'journaliste@kibaru.test', name: 'Journaliste', role: 'journalist', sessionVersion: 1 }

const category = (name: string, slug = '', description = '') => categoryInputSchema.parse({ name, slug, description })
const tag = (name: string, slug = '') => tagInputSchema.parse({ name, slug })

function addArticle(slug: string, categoryId: number | null, tagIds: number[], status: 'draft' | 'published' = 'published') {
  const row = database
    .insert(s.articles)
    .values({ slug, title: `Titre ${slug}`, status, categoryId, body: { type: 'doc', content: [] }, bodyText: 'texte', publishedAt: status === 'published' ? new Date() : null })
    .returning({ id: s.articles.id })
    .get()
  for (const tagId of tagIds) database.insert(s.articleTags).values({ articleId: row.id, tagId }).run()
  return row.id
}

const newTag = (slug: string, name: string) => database.insert(s.tags).values({ slug, name }).returning({ id: s.tags.id }).get().id
const tagIdsOf = (articleId: number) =>
  database.$client.prepare('SELECT tag_id FROM article_tags WHERE article_id = ? ORDER BY tag_id').all(articleId).map((r) => (r as { tag_id: number }).tag_id)
const auditActions = () => database.$client.prepare('SELECT action FROM audit_log ORDER BY id').all().map((r) => (r as { action: string }).action)
const categoryOrder = () => t.listCategoriesForAdmin().map((c) => c.slug)

beforeAll(async () => {
  const { db } = await import('../client')
  const { migrateDatabase } = await import('../open')
  s = await import('../schema')
  t = await import('./taxonomy')
  search = await import('./search')
  database = db()
  migrateDatabase(database)
  database.insert(s.users).values([
    { id: 1, email: editor.email, name: editor.name, role: 'editor' },
    { id: 2, email: journalist.email, name: journalist.name, role: 'journalist' },
  ]).run()
})
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('rubriques', () => {
  it('creates a rubrique with a slug folded from its name, at the end of the order, and audits it', () => {
    const a = t.createCategory(editor, category('Économie'))
    const b = t.createCategory(editor, category('Société et Culture'))
    expect(a).toMatchObject({ ok: true, slug: 'economie' })
    expect(b).toMatchObject({ ok: true, slug: 'societe-et-culture' })
    expect(categoryOrder()).toEqual(['economie', 'societe-et-culture'])
    expect(t.createCategory(editor, category('Economie'))).toMatchObject({ ok: false, fieldErrors: { slug: expect.stringContaining('autre rubrique') } })
    expect(auditActions().filter((a) => a === 'category.create')).toHaveLength(2)
  })

  it('refuses a journalist, and writes nothing', () => {
    const before = t.listCategoriesForAdmin().length
    expect(t.createCategory(journalist, category('Interdite'))).toMatchObject({ ok: false })
    const economie = t.listCategoriesForAdmin().find((c) => c.slug === 'economie')!
    expect(t.updateCategory(journalist, economie.id, category('Piratée', 'piratee'))).toMatchObject({ ok: false })
    expect(t.deleteCategory(journalist, economie.id)).toMatchObject({ ok: false })
    expect(t.moveCategory(journalist, economie.id, 'down')).toMatchObject({ ok: false })
    expect(t.listCategoriesForAdmin()).toHaveLength(before)
    expect(t.getCategoryForAdmin(economie.id)).toMatchObject({ slug: 'economie', name: 'Économie', position: 0 })
  })

  it('leaves a redirect on a slug change, and chains collapse: A → B → C sends A straight to C', () => {
    const { id } = t.createCategory(editor, category('Vie locale', 'a-slug')) as { id: number }
    expect(t.updateCategory(editor, id, category('Vie locale', 'b-slug'))).toMatchObject({ ok: true, slug: 'b-slug' })
    expect(t.readTaxonomyRedirect('category', 'a-slug')).toBe('b-slug')
    t.updateCategory(editor, id, category('Vie des quartiers', 'c-slug'))
    expect(t.readTaxonomyRedirect('category', 'a-slug')).toBe('c-slug')
    expect(t.readTaxonomyRedirect('category', 'b-slug')).toBe('c-slug')
    expect(t.readTaxonomyRedirect('category', 'c-slug')).toBeNull()
    expect(t.getCategoryForAdmin(id)?.oldSlugs.sort()).toEqual(['a-slug', 'b-slug'])
    // Renaming back to an old slug takes it back: no redirect loop.
    t.updateCategory(editor, id, category('Vie locale', 'a-slug'))
    expect(t.readTaxonomyRedirect('category', 'a-slug')).toBeNull()
    expect(t.readTaxonomyRedirect('category', 'c-slug')).toBe('a-slug')
    expect(t.readTaxonomyRedirect('category', 'b-slug')).toBe('a-slug')
    // Same slug, new name: no redirect written.
    const redirects = database.$client.prepare("SELECT count(*) AS n FROM taxonomy_redirects WHERE kind = 'category'").get() as { n: number }
    t.updateCategory(editor, id, category('Vie locale et régions', 'a-slug'))
    expect(database.$client.prepare("SELECT count(*) AS n FROM taxonomy_redirects WHERE kind = 'category'").get()).toEqual(redirects)
  })

  it('never lets an old redirect shadow a slug that another rubrique takes', () => {
    const { id: first } = t.createCategory(editor, category('Régions', 'regions')) as { id: number }
    t.updateCategory(editor, first, category('Régions du Nord', 'regions-du-nord'))
    expect(t.readTaxonomyRedirect('category', 'regions')).toBe('regions-du-nord')
    const second = t.createCategory(editor, category('Régions'))
    expect(second).toMatchObject({ ok: true, slug: 'regions' })
    expect(t.readTaxonomyRedirect('category', 'regions')).toBeNull()
    // The freed slug belongs to the new rubrique for good: renaming the first one again does not take it back.
    t.updateCategory(editor, first, category('Nord', 'nord'))
    expect(t.readTaxonomyRedirect('category', 'regions')).toBeNull()
    expect(t.readTaxonomyRedirect('category', 'regions-du-nord')).toBe('nord')
    // A rename onto another rubrique's live slug is refused.
    expect(t.updateCategory(editor, first, category('Nord', 'regions'))).toMatchObject({ ok: false, fieldErrors: { slug: expect.any(String) } })
  })

  it('refuses to delete a rubrique that holds stories, drafts included, and deletes an empty one with its redirects', () => {
    const { id } = t.createCategory(editor, category('Éphémère', 'ephemere-1')) as { id: number }
    t.updateCategory(editor, id, category('Éphémère', 'ephemere'))
    const draft = addArticle('brouillon-ephemere', id, [], 'draft')
    const refused = t.deleteCategory(editor, id)
    expect(refused.ok).toBe(false)
    expect(!refused.ok && refused.error).toMatch(/^Impossible de supprimer la rubrique « Éphémère » : 1 article y est classé/)
    expect(t.getCategoryForAdmin(id)).not.toBeNull()
    database.$client.prepare('DELETE FROM articles WHERE id = ?').run(draft)
    expect(t.deleteCategory(editor, id)).toMatchObject({ ok: true })
    expect(t.getCategoryForAdmin(id)).toBeNull()
    expect(t.readTaxonomyRedirect('category', 'ephemere-1')).toBeNull()
    expect(database.$client.prepare('SELECT count(*) AS n FROM taxonomy_redirects WHERE target_id = ? AND kind = ?').get(id, 'category')).toEqual({ n: 0 })
    expect(auditActions()).toContain('category.delete')
  })

  it('moves a rubrique up and down, renumbering positions, and stops at the ends', () => {
    // Sparse and equal positions, as older data may have them.
    database.$client.prepare('UPDATE categories SET position = 5').run()
    const before = categoryOrder()
    const last = t.listCategoriesForAdmin().at(-1)!
    expect(t.moveCategory(editor, last.id, 'down')).toMatchObject({ ok: false, error: 'Cette rubrique est déjà la dernière.' })
    expect(t.moveCategory(editor, last.id, 'up')).toMatchObject({ ok: true })
    const after = categoryOrder()
    expect(after.at(-2)).toBe(last.slug)
    expect(after.at(-1)).toBe(before.at(-2))
    expect(t.listCategoriesForAdmin().map((c) => c.position)).toEqual(before.map((_, i) => i))
    const first = t.listCategoriesForAdmin()[0]!
    expect(t.moveCategory(editor, first.id, 'up')).toMatchObject({ ok: false })
    t.moveCategory(editor, first.id, 'down')
    expect(categoryOrder()[1]).toBe(first.slug)
    expect(auditActions()).toContain('category.reorder')
  })

  it('counts published stories and all stories', () => {
    const { id } = t.createCategory(editor, category('Comptes')) as { id: number }
    addArticle('compte-1', id, [])
    addArticle('compte-2', id, [])
    addArticle('compte-3', id, [], 'draft')
    expect(t.getCategoryForAdmin(id)).toMatchObject({ published: 2, total: 3 })
  })
})

describe('tags', () => {
  it('renames a tag, leaves a redirect, and the search index follows the new name', () => {
    const id = newTag('pluies', 'Pluies')
    const article = addArticle('inondations-mopti', null, [id])
    expect(search.searchArticles('hivernage').total).toBe(0)
    expect(t.updateTag(editor, id, tag('Hivernage'))).toMatchObject({ ok: true, slug: 'hivernage' })
    expect(t.readTaxonomyRedirect('tag', 'pluies')).toBe('hivernage')
    expect(search.searchArticles('hivernage').items.map((h) => h.article.id)).toEqual([article])
    expect(t.updateTag(journalist, id, tag('Piraté'))).toMatchObject({ ok: false })
    expect(t.getTagForAdmin(id)?.name).toBe('Hivernage')
  })

  it('merges A into B: links moved without duplicates, A redirects to B (with its own old slugs), A deleted, search finds them under B', () => {
    const a = newTag('coton', 'Coton')
    const b = newTag('filiere-coton', 'Filière coton')
    t.updateTag(editor, a, tag('Coton', 'or-blanc'))
    const onlyA = addArticle('recolte-sikasso', null, [a])
    const both = addArticle('prix-du-coton', null, [a, b])
    const onlyB = addArticle('usine-koutiala', null, [b])
    const drafts = addArticle('brouillon-coton', null, [a], 'draft')
    expect(search.searchArticles('filiere').items.map((h) => h.article.id).sort()).toEqual([both, onlyB].sort())

    const result = t.mergeTags(editor, a, b)
    expect(result).toMatchObject({ ok: true, id: b, slug: 'filiere-coton', moved: 2 })
    expect(tagIdsOf(onlyA)).toEqual([b])
    expect(tagIdsOf(both)).toEqual([b])
    expect(tagIdsOf(onlyB)).toEqual([b])
    expect(tagIdsOf(drafts)).toEqual([b])
    expect(t.getTagForAdmin(a)).toBeNull()
    expect(t.getTagForAdmin(b)).toMatchObject({ published: 3, total: 4 })
    expect(t.readTaxonomyRedirect('tag', 'or-blanc')).toBe('filiere-coton')
    expect(t.readTaxonomyRedirect('tag', 'coton')).toBe('filiere-coton')
    expect(search.searchArticles('filiere').items.map((h) => h.article.id).sort()).toEqual([onlyA, both, onlyB].sort())
    // The merged tag's name is gone from the index of the moved stories.
    expect(database.$client.prepare('SELECT tags FROM articles_fts WHERE rowid = ?').get(onlyA)).toEqual({ tags: 'Filière coton' })
    expect(auditActions()).toContain('tag.merge')

    // Merging B further into C keeps every old address pointing at the last one.
    const c = newTag('agriculture', 'Agriculture')
    t.mergeTags(editor, b, c)
    for (const old of ['coton', 'or-blanc', 'filiere-coton']) expect(t.readTaxonomyRedirect('tag', old)).toBe('agriculture')
  })

  it('is one transaction: a failure halfway changes nothing', () => {
    const a = newTag('mil', 'Mil')
    const b = newTag('cereales', 'Céréales')
    const article = addArticle('recolte-mil', null, [a])
    // Make the final step fail: the audit row cannot be written while this trigger exists.
    database.$client.exec(`CREATE TRIGGER fail_audit BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'panne'); END`)
    try {
      expect(() => t.mergeTags(editor, a, b)).toThrow(/panne/)
    } finally {
      database.$client.exec('DROP TRIGGER fail_audit')
    }
    expect(tagIdsOf(article)).toEqual([a])
    expect(t.getTagForAdmin(a)).toMatchObject({ slug: 'mil', total: 1 })
    expect(t.readTaxonomyRedirect('tag', 'mil')).toBeNull()
    expect(database.$client.prepare('SELECT tags FROM articles_fts WHERE rowid = ?').get(article)).toEqual({ tags: 'Mil' })
  })

  it('refuses merging a tag into itself, and refuses a journalist', () => {
    const a = newTag('karite', 'Karité')
    const b = newTag('beurre-de-karite', 'Beurre de karité')
    expect(t.mergeTags(editor, a, a)).toMatchObject({ ok: false })
    expect(t.mergeTags(journalist, a, b)).toMatchObject({ ok: false })
    expect(t.getTagForAdmin(a)).not.toBeNull()
  })

  it('deletes only unused tags', () => {
    const used = newTag('sahel', 'Sahel')
    const unused = newTag('orphelin', 'Orphelin')
    addArticle('brouillon-sahel', null, [used], 'draft')
    const refused = t.deleteTag(editor, used)
    expect(!refused.ok && refused.error).toMatch(/^Impossible de supprimer le tag « Sahel » : 1 article le porte/)
    expect(t.deleteTag(journalist, unused)).toMatchObject({ ok: false })
    expect(t.deleteTag(editor, unused)).toMatchObject({ ok: true })
    expect(t.getTagForAdmin(unused)).toBeNull()
    expect(t.getTagForAdmin(used)).not.toBeNull()
  })

  it('lists tags with search (accents folded), counts and pages', () => {
    for (let i = 0; i < 60; i++) newTag(`lot-${String(i).padStart(2, '0')}`, `Lot ${i}`)
    const first = t.listTagsForAdmin({ q: 'lot' })
    expect(first.total).toBe(60)
    expect(first.totalPages).toBe(2)
    expect(first.items).toHaveLength(t.TAG_PAGE_SIZE)
    expect(t.listTagsForAdmin({ q: 'lot', page: 2 }).items.map((i) => i.slug)).toEqual(Array.from({ length: 10 }, (_, i) => `lot-${50 + i}`))
    expect(t.listTagsForAdmin({ q: 'karite' }).items.map((i) => i.name)).toEqual(['Beurre de karité', 'Karité'])
    expect(t.listTagsForAdmin({ q: '100%' }).total).toBe(0)
    expect(t.listTagsForAdmin({ q: 'Lot 1', unusedOnly: true }).items.every((i) => i.total === 0)).toBe(true)
    expect(t.listTagsForAdmin({ q: 'sahel' }).items[0]).toMatchObject({ name: 'Sahel', published: 0, total: 1 })
    expect(t.findTagByNameOrSlug('karité')?.slug).toBe('karite')
    expect(t.findTagByNameOrSlug('Beurre de Karite')?.slug).toBe('beurre-de-karite')
  })

  it('deletes every unused tag at once, and only those', () => {
    const used = newTag('niger', 'Niger')
    addArticle('crue-du-niger', null, [used], 'draft')
    const unused = [newTag('vide-1', 'Vide 1'), newTag('vide-2', 'Vide 2')]
    expect(t.deleteUnusedTags(journalist)).toMatchObject({ ok: false })
    expect(t.getTagForAdmin(unused[0]!)).not.toBeNull()
    const result = t.deleteUnusedTags(editor)
    expect(result.ok).toBe(true)
    for (const id of unused) expect(t.getTagForAdmin(id)).toBeNull()
    expect(t.getTagForAdmin(used)).not.toBeNull()
    expect(t.listTagsForAdmin({ unusedOnly: true }).total).toBe(0)
    expect(t.deleteUnusedTags(editor)).toMatchObject({ ok: false, error: expect.stringContaining('Aucun tag inutilisé') })
  })
})
