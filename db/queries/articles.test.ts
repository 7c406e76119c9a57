// The public query layer against a real SQLite file: "published only" holds in every read.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BodyDocument } from '@/lib/body/types'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kibaru-queries-'))
process.env.DATABASE_PATH = path.join(dir, 'test.db')

const doc = (text: string, extra: BodyDocument['content'] = []): BodyDocument => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }, ...(extra ?? [])],
})

let q: typeof import('./articles')
let search: typeof import('./search')
const ids: Record<string, number> = {}

beforeAll(async () => {
  const { db } = await import('../client')
  const { migrateDatabase } = await import('../open')
  const s = await import('../schema')
  q = await import('./articles')
  search = await import('./search')
  const database = db()
  migrateDatabase(database)
  const politique = database.insert(s.categories).values({ slug: 'politique', name: 'Politique' }).returning().get()
  const sport = database.insert(s.categories).values({ slug: 'sport', name: 'Sport' }).returning().get()
  const author = database.insert(s.authors).values({ slug: 'awa-diallo', name: 'Awa Diallo' }).returning().get()
  const kidal = database.insert(s.tags).values({ slug: 'kidal', name: 'Kidal' }).returning().get()
  const hour = 3_600_000
  const add = (slug: string, status: 'draft' | 'review' | 'scheduled' | 'published', categoryId: number, hoursAgo: number, title: string, body = doc(title)) => {
    const row = database
      .insert(s.articles)
      .values({ slug, title, status, categoryId, body, bodyText: title, publishedAt: status === 'published' ? new Date(Date.now() - hoursAgo * hour) : null })
      .returning()
      .get()
    database.insert(s.articleAuthors).values({ articleId: row.id, authorId: author.id }).run()
    database.insert(s.articleTags).values({ articleId: row.id, tagId: kidal.id }).run()
    ids[slug] = row.id
    return row.id
  }
  add('convoi-kidal', 'published', politique.id, 2, 'Le convoi arrive à Kidal avec Goïta')
  add('brouillon-kidal', 'draft', politique.id, 1, 'Brouillon secret sur Kidal et Goïta')
  add('relecture-kidal', 'review', politique.id, 1, 'Relecture secrète sur Kidal')
  add('programme-kidal', 'scheduled', sport.id, 1, 'Programmé secret sur Kidal')
  add('match-kidal', 'published', sport.id, 30, 'Match de football à Kidal')
  // A published story whose body links to a draft and to a published story.
  add('lien-kidal', 'published', politique.id, 5, 'Sécurité à Kidal', doc('Voir', [
    { type: 'readAlso', attrs: { articleId: ids['brouillon-kidal'] } },
    { type: 'readAlso', attrs: { articleId: ids['convoi-kidal'] } },
  ]))
  database.insert(s.slugRedirects).values({ oldSlug: 'ancien-convoi', articleId: ids['convoi-kidal']! }).run()
  database.insert(s.slugRedirects).values({ oldSlug: 'ancien-brouillon', articleId: ids['brouillon-kidal']! }).run()
  const today = new Date().toISOString().slice(0, 10)
  database.insert(s.articleViews).values([
    { articleId: ids['brouillon-kidal']!, day: today, count: 9999 },
    { articleId: ids['match-kidal']!, day: today, count: 50 },
    { articleId: ids['convoi-kidal']!, day: today, count: 10 },
  ]).run()
})

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('changing a slug', () => {
  it('leaves permanent redirects that collapse chains, and refuses taken addresses', async () => {
    const { changeArticleSlug } = await import('./article-slugs')
    const id = ids['match-kidal']!
    expect(changeArticleSlug(id, 'match-kidal-b')).toEqual({ ok: true, previousSlug: 'match-kidal' })
    expect(changeArticleSlug(id, 'match-kidal-c')).toEqual({ ok: true, previousSlug: 'match-kidal-b' })
    expect(q.readArticleBySlug('match-kidal')).toEqual({ kind: 'redirect', slug: 'match-kidal-c' })
    expect(q.readArticleBySlug('match-kidal-b')).toEqual({ kind: 'redirect', slug: 'match-kidal-c' })
    expect(q.readArticleBySlug('match-kidal-c')?.kind).toBe('article')
    // Another story may not take a live or redirected address.
    expect(changeArticleSlug(ids['convoi-kidal']!, 'match-kidal').ok).toBe(false)
    expect(changeArticleSlug(ids['convoi-kidal']!, 'match-kidal-c').ok).toBe(false)
    expect(changeArticleSlug(ids['convoi-kidal']!, 'admin').ok).toBe(false)
    expect(changeArticleSlug(ids['convoi-kidal']!, 'Pas Un Slug').ok).toBe(false)
    // The story takes back its first address: it answers again, the others redirect to it.
    expect(changeArticleSlug(id, 'match-kidal').ok).toBe(true)
    expect(q.readArticleBySlug('match-kidal')?.kind).toBe('article')
    expect(q.readArticleBySlug('match-kidal-c')).toEqual({ kind: 'redirect', slug: 'match-kidal' })
    // A draft's address was never public: no redirect is left behind.
    expect(changeArticleSlug(ids['brouillon-kidal']!, 'brouillon-renomme').ok).toBe(true)
    const { db } = await import('../client')
    expect(db().$client.prepare("SELECT count(*) AS n FROM slug_redirects WHERE old_slug = 'brouillon-kidal'").get()).toEqual({ n: 0 })
  })
})

describe('public reads', () => {
  it('finds a published story by slug with its bylines and tags', () => {
    const found = q.readArticleBySlug('convoi-kidal')
    expect(found?.kind).toBe('article')
    if (found?.kind !== 'article') return
    expect(found.article.bylines).toEqual([{ slug: 'awa-diallo', name: 'Awa Diallo' }])
    expect(found.article.tags).toEqual([{ slug: 'kidal', name: 'Kidal' }])
    expect(found.article.category).toEqual({ slug: 'politique', name: 'Politique' })
  })

  it('never returns a draft, a story in review or a scheduled one', () => {
    for (const slug of ['brouillon-kidal', 'relecture-kidal', 'programme-kidal']) expect(q.readArticleBySlug(slug)).toBeNull()
  })

  it('redirects an old slug to the current one, only for published stories', () => {
    expect(q.readArticleBySlug('ancien-convoi')).toEqual({ kind: 'redirect', slug: 'convoi-kidal' })
    expect(q.readArticleBySlug('ancien-brouillon')).toBeNull()
  })

  it('resolves "Lire aussi" only to published stories', () => {
    const found = q.readArticleBySlug('lien-kidal')
    if (found?.kind !== 'article') throw new Error('introuvable')
    expect(found.article.bodyArticles).toEqual([[ids['convoi-kidal'], { slug: 'convoi-kidal', title: 'Le convoi arrive à Kidal avec Goïta' }]])
  })

  it('lists only published stories, newest first, in rubriques, tags, authors and the homepage', () => {
    expect(q.readCategoryPage('politique', 1)?.items.map((a) => a.slug)).toEqual(['convoi-kidal', 'lien-kidal'])
    expect(q.readTagPage('kidal', 1)?.items.map((a) => a.slug)).toEqual(['convoi-kidal', 'lien-kidal', 'match-kidal'])
    expect(q.readAuthorPage('awa-diallo', 1)?.total).toBe(3)
    const home = q.readHomepage()
    const all = [...home.latest, ...home.sections.flatMap((s) => s.articles)].map((a) => a.slug)
    expect(all).not.toContain('brouillon-kidal')
    expect(q.readCategoryPage('inconnue', 1)).toBeNull()
  })

  it('clamps pages into range', () => {
    expect(q.readCategoryPage('politique', 999)?.page).toBe(1)
  })

  it('ranks related stories by shared tags and rubrique, never itself or a draft', () => {
    const related = q.readRelated(ids['convoi-kidal']!).map((a) => a.slug)
    expect(related[0]).toBe('lien-kidal') // same tag and same rubrique
    expect(related).toContain('match-kidal')
    expect(related).not.toContain('convoi-kidal')
    expect(related).not.toContain('brouillon-kidal')
  })

  it('ranks the most read from view counts, published only', () => {
    expect(q.readMostRead('week').map((a) => a.slug)).toEqual(['match-kidal', 'convoi-kidal'])
  })

  it('counts beacon views in batches, for published stories only, over 24 hours and 7 days', async () => {
    const views = await import('./views')
    for (let i = 0; i < 100; i++) views.countView(ids['convoi-kidal']!)
    views.countView(ids['brouillon-kidal']!)
    views.countView(987654)
    expect(views.flushViews()).toBe(100)
    expect(q.readMostRead('week').map((a) => a.slug)).toEqual(['convoi-kidal', 'match-kidal'])
    expect(q.readMostRead('day').map((a) => a.slug)).toEqual(['convoi-kidal'])
    expect(views.flushViews()).toBe(0)
  })

  it('searches published stories only, ignoring accents and case', () => {
    const hits = search.searchArticles('GOITA').items.map((h) => h.article.slug)
    expect(hits).toEqual(['convoi-kidal'])
    expect(search.searchArticles('securite').items.map((h) => h.article.slug)).toEqual(['lien-kidal'])
    expect(search.searchArticles('secret').total).toBe(0)
    expect(search.searchArticles('kid').total).toBe(3)
    expect(search.searchArticles('"((( NEAR *').total).toBe(0)
  })

  it('filters search by rubrique and dates, and suggests a spelling', () => {
    expect(search.searchArticles('kidal', 1, { category: 'sport' }).items.map((h) => h.article.slug)).toEqual(['match-kidal'])
    const lastWeek = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10)
    expect(search.searchArticles('kidal', 1, { from: lastWeek }).total).toBe(3)
    expect(search.searchArticles('kidal', 1, { to: lastWeek }).total).toBe(0)
    expect(search.suggestQuery('kidall convoy')).toBe('kidal convoi')
    expect(search.suggestQuery('kidal')).toBeNull()
    expect(search.suggestQuery('zzzzzz')).toBeNull()
  })
})
