// The way of a story against a real SQLite file: who may do what, autosaves folding into one
// revision, scheduling and the scheduler's catch-up, notes, restores.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { articleInputSchema, type ArticleInput } from '@/lib/article-input'
import type { BodyDocument } from '@/lib/body/types'
import type { StaffUser } from './users'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kibaru-writes-'))
process.env.DATABASE_PATH = path.join(dir, 'test.db')

const doc = (text: string): BodyDocument => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] })

let w: typeof import('./article-writes')
let s: typeof import('../schema')
let database: ReturnType<typeof import('../client').db>
let journalist: StaffUser
let colleague: StaffUser
let editor: StaffUser
let categoryId: number
let ownAuthorId: number
let otherAuthorId: number

const input = (over: Partial<Record<keyof ArticleInput, unknown>> & { title: string; slug: string }): ArticleInput =>
  articleInputSchema.parse({ standfirst: 'Chapô.', categoryId, body: doc('Premier paragraphe.'), tags: ['Bamako'], ...over })

const staff = (id: number, role: StaffUser['role']): StaffUser => ({ id, role, name: `U${id}`, email: `u${id}@kibaru.test`, sessionVersion: 1 }) as StaffUser

beforeAll(async () => {
  const { db } = await import('../client')
  const { migrateDatabase } = await import('../open')
  s = await import('../schema')
  w = await import('./article-writes')
  database = db()
  migrateDatabase(database)
  const user = (email: string, role: 'journalist' | 'editor') => database.insert(s.users).values({ email, name: email, role }).returning().get().id
  journalist = staff(user('j@kibaru.test', 'journalist'), 'journalist')
  colleague = staff(user('c@kibaru.test', 'journalist'), 'journalist')
  editor = staff(user('e@kibaru.test', 'editor'), 'editor')
  categoryId = database.insert(s.categories).values({ slug: 'societe', name: 'Société' }).returning().get().id
  ownAuthorId = database.insert(s.authors).values({ slug: 'j', name: 'J', userId: journalist.id }).returning().get().id
  otherAuthorId = database.insert(s.authors).values({ slug: 'autre', name: 'Autre' }).returning().get().id
})
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

const revisions = (articleId: number) => database.select().from(s.articleRevisions).all().filter((r) => r.articleId === articleId)
const article = (id: number) => database.select().from(s.articles).all().find((a) => a.id === id)!
const bylines = (id: number) =>
  database
    .select()
    .from(s.articleAuthors)
    .all()
    .filter((b) => b.articleId === id)
    .sort((a, b) => a.position - b.position)
    .map((b) => b.authorId)

function created(result: import('./article-writes').WriteResult) {
  if (!result.ok) throw new Error(result.error)
  return result
}

describe('saving', () => {
  it('signs a journalist’s story with their own profile, whatever bylines they send', () => {
    const r = created(w.saveArticle(journalist, null, null, input({ title: 'Un', slug: 'un', authorIds: [otherAuthorId], newAuthors: ['Pseudo'] })))
    expect(bylines(r.id)).toEqual([ownAuthorId])
    // A later save by the journalist leaves the bylines alone.
    created(w.saveArticle(journalist, r.id, r.version, input({ title: 'Un bis', slug: 'un', authorIds: [otherAuthorId] })))
    expect(bylines(r.id)).toEqual([ownAuthorId])
    expect(database.select().from(s.authors).all().some((a) => a.name === 'Pseudo')).toBe(false)
  })

  it('lets an editor order bylines and sign with a new profile', () => {
    const r = created(w.saveArticle(editor, null, null, input({ title: 'Deux', slug: 'deux', authorIds: [otherAuthorId, ownAuthorId], newAuthors: ['Mariam Pigiste'] })))
    const pigiste = database.select().from(s.authors).all().find((a) => a.name === 'Mariam Pigiste')!
    expect(pigiste.slug).toBe('mariam-pigiste')
    expect(bylines(r.id)).toEqual([otherAuthorId, ownAuthorId, pigiste.id])
  })

  it('ignores front-page flags from a journalist and refuses a colleague', () => {
    const r = created(w.saveArticle(journalist, null, null, input({ title: 'Trois', slug: 'trois', featured: true, breaking: true })))
    expect(article(r.id)).toMatchObject({ featured: false, breaking: false, status: 'draft' })
    const refused = w.saveArticle(colleague, r.id, r.version, input({ title: 'Volé', slug: 'trois' }))
    expect(refused.ok).toBe(false)
    expect(article(r.id).title).toBe('Trois')
  })

  it('refuses a cover that is not in the library', () => {
    const result = w.saveArticle(journalist, null, null, input({ title: 'Quatre', slug: 'quatre', coverMediaId: 9999 }))
    expect(result).toMatchObject({ ok: false, fieldErrors: { coverMediaId: expect.stringContaining('médiathèque') } })
  })

  it('folds autosaves by the same person within ten minutes into one revision', () => {
    const r = created(w.saveArticle(journalist, null, null, input({ title: 'Cinq', slug: 'cinq' }), { autosave: true }))
    let version = r.version
    for (const text of ['a', 'ab', 'abc']) version = created(w.saveArticle(journalist, r.id, version, input({ title: `Cinq ${text}`, slug: 'cinq' }), { autosave: true })).version
    const list = revisions(r.id)
    expect(list).toHaveLength(1)
    expect(list[0]).toMatchObject({ reason: 'autosave', title: 'Cinq abc', version })
    // A manual save is its own revision; the next autosave starts a new one.
    version = created(w.saveArticle(journalist, r.id, version, input({ title: 'Cinq final', slug: 'cinq' }))).version
    created(w.saveArticle(journalist, r.id, version, input({ title: 'Cinq final bis', slug: 'cinq' }), { autosave: true }))
    expect(revisions(r.id).map((x) => x.reason)).toEqual(['autosave', 'save', 'autosave'])
    // Past ten minutes, autosaves start a new revision.
    const last = revisions(r.id).at(-1)!
    database.$client.prepare('UPDATE article_revisions SET created_at = ? WHERE id = ?').run(Date.now() - 11 * 60_000, last.id)
    created(w.saveArticle(journalist, r.id, article(r.id).version, input({ title: 'Cinq plus tard', slug: 'cinq' }), { autosave: true }))
    expect(revisions(r.id)).toHaveLength(4)
  })

  it('never autosaves over a published story', () => {
    const r = created(w.saveArticle(editor, null, null, input({ title: 'Six', slug: 'six' })))
    const published = created(w.publishArticle(editor, r.id, r.version))
    const result = w.saveArticle(editor, r.id, published.version, input({ title: 'Six modifié', slug: 'six' }), { autosave: true })
    expect(result.ok).toBe(false)
    expect(article(r.id).title).toBe('Six')
  })
})

describe('review, scheduling and publication', () => {
  it('keeps publishing for editors and requires a rubrique', () => {
    const r = created(w.saveArticle(journalist, null, null, input({ title: 'Sept', slug: 'sept', categoryId: null })))
    expect(w.publishArticle(journalist, r.id, r.version)).toMatchObject({ ok: false })
    expect(w.publishArticle(editor, r.id, r.version)).toMatchObject({ ok: false, error: 'Choisissez une rubrique avant de publier.' })
    expect(article(r.id).status).toBe('draft')
  })

  it('sends a story back to its journalist with a note', () => {
    const r = created(w.saveArticle(journalist, null, null, input({ title: 'Huit', slug: 'huit' })))
    const submitted = created(w.submitForReview(journalist, r.id, r.version))
    expect(submitted.status).toBe('review')
    expect(w.sendBackArticle(journalist, r.id, submitted.version, 'Non.')).toMatchObject({ ok: false })
    const back = created(w.sendBackArticle(editor, r.id, submitted.version, 'Vérifiez le chiffre du deuxième paragraphe.'))
    expect(back.status).toBe('draft')
    expect(database.select().from(s.reviewNotes).all().filter((n) => n.articleId === r.id)).toMatchObject([{ body: 'Vérifiez le chiffre du deuxième paragraphe.', userId: editor.id }])
    // Back in the journalist's hands: they may edit it again.
    expect(w.saveArticle(journalist, r.id, back.version, input({ title: 'Huit corrigé', slug: 'huit' })).ok).toBe(true)
  })

  it('schedules only in the future, and only for editors', () => {
    const r = created(w.saveArticle(editor, null, null, input({ title: 'Neuf', slug: 'neuf' })))
    expect(w.scheduleArticle(journalist, r.id, r.version, new Date(Date.now() + 3_600_000))).toMatchObject({ ok: false })
    expect(w.scheduleArticle(editor, r.id, r.version, new Date(Date.now() - 60_000))).toMatchObject({ ok: false })
    const at = new Date(Date.now() + 3_600_000)
    const scheduled = created(w.scheduleArticle(editor, r.id, r.version, at))
    expect(scheduled).toMatchObject({ status: 'scheduled', scheduledAt: at.toISOString() })
    // Not due yet: the scheduler leaves it.
    expect(w.publishDueArticles(new Date()).map((p) => p.id)).not.toContain(r.id)
    // Its time comes: published, dated its scheduled time, not flagged.
    const onTime = w.publishDueArticles(new Date(at.getTime() + 10_000))
    expect(onTime).toContainEqual({ id: r.id, slug: 'neuf', lateMs: null })
    expect(article(r.id)).toMatchObject({ status: 'published', scheduledAt: null, scheduleMissedMs: null })
    expect(article(r.id).publishedAt?.getTime()).toBe(at.getTime())
  })

  it('catches up on a story whose time passed while the server was down, and flags it', () => {
    const r = created(w.saveArticle(editor, null, null, input({ title: 'Dix', slug: 'dix' })))
    const at = new Date(Date.now() + 3_600_000)
    created(w.scheduleArticle(editor, r.id, r.version, at))
    const restart = new Date(at.getTime() + 3 * 3_600_000)
    const published = w.publishDueArticles(restart)
    expect(published).toContainEqual({ id: r.id, slug: 'dix', lateMs: 3 * 3_600_000 })
    expect(article(r.id).publishedAt?.getTime()).toBe(restart.getTime())
    expect(article(r.id).scheduleMissedMs).toBe(3 * 3_600_000)
    // Publishing it again is a no-op; an editor clears the flag.
    expect(w.publishDueArticles(restart)).toEqual([])
    expect(w.acknowledgeLatePublication(journalist, r.id).ok).toBe(false)
    expect(w.acknowledgeLatePublication(editor, r.id).ok).toBe(true)
    expect(article(r.id).scheduleMissedMs).toBeNull()
  })

  it('an unscheduled story is not published by a scheduler tick that read it before', () => {
    const r = created(w.saveArticle(editor, null, null, input({ title: 'Onze', slug: 'onze' })))
    const at = new Date(Date.now() + 3_600_000)
    const scheduled = created(w.scheduleArticle(editor, r.id, r.version, at))
    created(w.unpublishArticle(editor, r.id, scheduled.version))
    expect(w.publishDueArticles(new Date(at.getTime() + 1000))).toEqual([])
    expect(article(r.id).status).toBe('draft')
  })
})

describe('revisions', () => {
  it('restores an earlier text as a new version, keeping the address', () => {
    const r = created(w.saveArticle(editor, null, null, input({ title: 'Douze', slug: 'douze', body: doc('Version une.') })))
    const second = created(w.saveArticle(editor, r.id, r.version, input({ title: 'Douze (2)', slug: 'douze-2', body: doc('Version deux.') })))
    const first = revisions(r.id)[0]!
    expect(w.restoreRevision(colleague, r.id, second.version, first.id).ok).toBe(false)
    expect(w.restoreRevision(editor, r.id, r.version, first.id)).toMatchObject({ ok: false, conflict: true })
    const restored = created(w.restoreRevision(editor, r.id, second.version, first.id))
    expect(article(r.id)).toMatchObject({ title: 'Douze', slug: 'douze-2', bodyText: 'Version une.', version: restored.version })
    expect(revisions(r.id).map((x) => x.reason)).toEqual(['save', 'save', 'restore'])
  })

  it('refuses a revision of another story', () => {
    const a = created(w.saveArticle(editor, null, null, input({ title: 'Treize', slug: 'treize' })))
    const b = created(w.saveArticle(editor, null, null, input({ title: 'Quatorze', slug: 'quatorze' })))
    const ofB = revisions(b.id)[0]!
    expect(w.restoreRevision(editor, a.id, a.version, ofB.id)).toMatchObject({ ok: false, error: 'Cette version n’existe pas.' })
  })
})

describe('input', () => {
  it('drops fields a client may not set (mass assignment)', () => {
    const parsed = articleInputSchema.parse({ title: 'T', slug: 't', body: doc('x'), status: 'published', publishedAt: 1, createdBy: 1, id: 5, role: 'admin' })
    expect(Object.keys(parsed)).not.toEqual(expect.arrayContaining(['status']))
    for (const key of ['status', 'publishedAt', 'createdBy', 'id', 'role']) expect(parsed).not.toHaveProperty(key)
  })
})
