// Addresses of stories on save, against a real SQLite file: a taken or reserved address gives
// x-2, x-3… instead of an error, a story keeps the address it has, and tags and byline profiles
// typed in the editor never get a reserved slug either.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { articleInputSchema } from '@/lib/article-input'
import type { StaffUser } from './users'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kibaru-slugs-'))
process.env.DATABASE_PATH = path.join(dir, 'test.db')

let w: typeof import('./article-writes')
let s: typeof import('../schema')
let database: ReturnType<typeof import('../client').db>
let editor: StaffUser
let categoryId: number

const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Texte.' }] }] }
// As the editor sends it: the slug field follows the title until it is touched.
const input = (title: string, over: Record<string, unknown> = {}) => articleInputSchema.parse({ title, slug: title, categoryId, body, ...over })

function saved(result: import('./article-writes').WriteResult) {
  if (!result.ok) throw new Error(result.error)
  return result
}
const slugInDb = (id: number) => database.select().from(s.articles).all().find((a) => a.id === id)!.slug

beforeAll(async () => {
  const { db } = await import('../client')
  const { migrateDatabase } = await import('../open')
  s = await import('../schema')
  w = await import('./article-writes')
  database = db()
  migrateDatabase(database)
  const id = database.insert(s.users).values({ email: 'e@kibaru.test', name: 'E', role: 'editor' }).returning().get().id
  editor = { id, role: 'editor', name: 'E', email: 'e@kibaru.test', sessionVersion: 1 } as StaffUser
  categoryId = database.insert(s.categories).values({ slug: 'societe', name: 'Société' }).returning().get().id
})
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('a new story whose address is taken', () => {
  let first: ReturnType<typeof saved>
  let second: ReturnType<typeof saved>

  it('gets x, then x-2, then x-3, and is told so', () => {
    first = saved(w.saveArticle(editor, null, null, input('Crue du Niger à Mopti')))
    second = saved(w.saveArticle(editor, null, null, input('Crue du Niger à Mopti')))
    const third = saved(w.saveArticle(editor, null, null, input('Crue du Niger à Mopti')))
    expect([first.slug, second.slug, third.slug]).toEqual(['crue-du-niger-a-mopti', 'crue-du-niger-a-mopti-2', 'crue-du-niger-a-mopti-3'])
    expect([slugInDb(first.id), slugInDb(second.id), slugInDb(third.id)]).toEqual([first.slug, second.slug, third.slug])
    expect(first.notice).toBeUndefined()
    expect(second.notice).toBe('L’adresse « crue-du-niger-a-mopti » est déjà utilisée par un autre article : l’article est à l’adresse /articles/crue-du-niger-a-mopti-2.')
  })

  it('keeps its own address when saved again', () => {
    // Once the story exists the field no longer follows the title: it sends the address it has.
    const again = saved(w.saveArticle(editor, first.id, first.version, input('Crue du Niger à Mopti, le bilan', { slug: 'crue-du-niger-a-mopti' })))
    expect(again.slug).toBe('crue-du-niger-a-mopti')
    // The editor's field still says "x" (the address it asked for): x-2 stays x-2, it never moves.
    const againSecond = saved(w.saveArticle(editor, second.id, second.version, input('Crue du Niger à Mopti')))
    expect(againSecond).toMatchObject({ slug: 'crue-du-niger-a-mopti-2' })
    expect(slugInDb(second.id)).toBe('crue-du-niger-a-mopti-2')
  })

  it('is suffixed when the address is an old one of another story (a redirect)', () => {
    const a = saved(w.saveArticle(editor, null, null, input('Ancienne adresse')))
    const published = saved(w.publishArticle(editor, a.id, a.version))
    saved(w.saveArticle(editor, a.id, published.version, input('Ancienne adresse', { slug: 'nouvelle-adresse' })))
    expect(database.select().from(s.slugRedirects).all()).toContainEqual(expect.objectContaining({ oldSlug: 'ancienne-adresse', articleId: a.id }))
    const b = saved(w.saveArticle(editor, null, null, input('Ancienne adresse')))
    expect(b.slug).toBe('ancienne-adresse-2')
    // The story that left the address may take it back: the redirect goes.
    const back = saved(w.saveArticle(editor, a.id, published.version + 1, input('Ancienne adresse')))
    expect(back.slug).toBe('ancienne-adresse')
    expect(database.select().from(s.slugRedirects).all().some((r) => r.oldSlug === 'ancienne-adresse')).toBe(false)
  })

  it('moves to a freed address only when asked for one that is free', () => {
    const a = saved(w.saveArticle(editor, null, null, input('Tabaski')))
    const b = saved(w.saveArticle(editor, null, null, input('Tabaski')))
    expect(b.slug).toBe('tabaski-2')
    saved(w.saveArticle(editor, a.id, a.version, input('Tabaski', { slug: 'tabaski-a-bamako' })))
    const moved = saved(w.saveArticle(editor, b.id, b.version, input('Tabaski')))
    expect(moved).toMatchObject({ slug: 'tabaski', notice: undefined })
  })

  it('can never be written twice under one address: the table has a unique index', () => {
    const row = { title: 'Doublon', body: { type: 'doc' as const, content: [] }, bodyText: '' }
    database.insert(s.articles).values({ ...row, slug: 'doublon' }).run()
    expect(() => database.insert(s.articles).values({ ...row, slug: 'doublon' }).run()).toThrow(/UNIQUE/)
  })
})

describe('reserved and hostile addresses', () => {
  it.each([
    ['Radios', 'Radios', 'radios-2'],
    ['Admin', 'admin', 'admin-2'],
    ['Feed', '../../feed.xml', 'feed-xml-2'],
    ['Installation', '🎉', 'installation-2'],
    ['Un titre', '%2e%2e%2fapi', 'api-2'],
    ['Recherche', '\u0000recherche\u0000', 'recherche-2'],
  ])('title %j with slug %j is saved as %j', (title, slug, expected) => {
    const r = saved(w.saveArticle(editor, null, null, input(title, { slug })))
    expect(r.slug).toBe(expected)
    expect(r.notice).toMatch(/est réservée par le site/)
  })

  it('leaves a story that already has a reserved address (older data) where it is', () => {
    const id = database.insert(s.articles).values({ slug: 'tags', title: 'Tags', body: { type: 'doc', content: [] }, bodyText: '', categoryId }).returning().get().id
    const r = saved(w.saveArticle(editor, id, 1, input('Tags, le retour', { slug: 'tags' })))
    expect(r.slug).toBe('tags')
  })
})

describe('tags and byline profiles typed in the editor', () => {
  it('gives a tag named like a reserved word the next address, and finds it again', () => {
    const a = saved(w.saveArticle(editor, null, null, input('Les radios du Nord', { tags: ['Radios', 'Kidal'] })))
    const b = saved(w.saveArticle(editor, null, null, input('Les radios du Sud', { tags: ['radios'] })))
    const tagRows = database.select().from(s.tags).all()
    expect(tagRows.map((t) => t.slug).sort()).toEqual(['kidal', 'radios-2'])
    const radios = tagRows.find((t) => t.slug === 'radios-2')!.id
    const links = database.select().from(s.articleTags).all().filter((l) => l.tagId === radios)
    expect(links.map((l) => l.articleId).sort()).toEqual([a.id, b.id].sort())
  })

  it('gives a new byline profile a slug that is not reserved', () => {
    saved(w.saveArticle(editor, null, null, input('Signé', { newAuthors: ['Admin'] })))
    expect(database.select().from(s.authors).all().find((a) => a.name === 'Admin')?.slug).toBe('admin-2')
  })
})
