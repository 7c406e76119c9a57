// Feed and sitemap reads against a real SQLite file: published stories only, in every read.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BodyDocument } from '@/lib/body/types'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kibaru-feeds-'))
process.env.DATABASE_PATH = path.join(dir, 'test.db')

const doc = (text: string): BodyDocument => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] })
const hour = 3_600_000
const now = Date.now()

let q: typeof import('./feeds')
const ids: Record<string, number> = {}

beforeAll(async () => {
  const { db } = await import('../client')
  const { migrateDatabase } = await import('../open')
  const s = await import('../schema')
  q = await import('./feeds')
  const database = db()
  migrateDatabase(database)
  const politique = database.insert(s.categories).values({ slug: 'politique', name: 'Politique', position: 1 }).returning().get()
  const sport = database.insert(s.categories).values({ slug: 'sport', name: 'Sport', position: 2 }).returning().get()
  const awa = database.insert(s.authors).values({ slug: 'awa-diallo', name: 'Awa Diallo' }).returning().get()
  const moussa = database.insert(s.authors).values({ slug: 'moussa-keita', name: 'Moussa Keïta' }).returning().get()
  const ghost = database.insert(s.authors).values({ slug: 'plume-secrete', name: 'Plume secrète' }).returning().get()
  const kidal = database.insert(s.tags).values({ slug: 'kidal', name: 'Kidal' }).returning().get()
  const secret = database.insert(s.tags).values({ slug: 'secret', name: 'Secret' }).returning().get()
  const cover = database
    .insert(s.media)
    .values({ path: '2026/11/convoi.jpg', mimeType: 'image/jpeg', width: 1200, height: 800, bytes: 48213, alt: 'Le convoi' })
    .returning()
    .get()
  const add = (slug: string, status: 'draft' | 'review' | 'scheduled' | 'published', categoryId: number, hoursAgo: number, extra: Partial<typeof s.articles.$inferInsert> = {}) => {
    const row = database
      .insert(s.articles)
      .values({ slug, title: slug, standfirst: `Chapô de ${slug}`, status, categoryId, body: doc(slug), bodyText: slug, publishedAt: new Date(now - hoursAgo * hour), ...extra })
      .returning()
      .get()
    ids[slug] = row.id
    return row.id
  }
  const convoi = add('convoi-kidal', 'published', politique.id, 2, { coverMediaId: cover.id, modifiedAt: new Date(now - hour) })
  database.insert(s.articleAuthors).values([{ articleId: convoi, authorId: moussa.id, position: 1 }, { articleId: convoi, authorId: awa.id, position: 0 }]).run()
  database.insert(s.articleTags).values({ articleId: convoi, tagId: kidal.id }).run()
  // Not published, yet with the most recent publication date: a leak would put them first.
  for (const [slug, status] of [['brouillon', 'draft'], ['relecture', 'review'], ['programme', 'scheduled']] as const) {
    const id = add(slug, status, politique.id, 0.1)
    database.insert(s.articleAuthors).values({ articleId: id, authorId: ghost.id }).run()
    database.insert(s.articleTags).values({ articleId: id, tagId: secret.id }).run()
  }
  add('match', 'published', sport.id, 30)
  add('archive', 'published', sport.id, 24 * 40)
  database.insert(s.articleAuthors).values({ articleId: ids['match']!, authorId: awa.id }).run()
})

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('feeds', () => {
  it('list published stories only, newest first, with bylines in order, tags and the cover file', () => {
    const items = q.readFeedArticles()
    expect(items.map((a) => a.slug)).toEqual(['convoi-kidal', 'match', 'archive'])
    const [convoi] = items
    expect(convoi).toMatchObject({
      title: 'convoi-kidal',
      standfirst: 'Chapô de convoi-kidal',
      category: { slug: 'politique', name: 'Politique' },
      bylines: [
        { slug: 'awa-diallo', name: 'Awa Diallo' },
        { slug: 'moussa-keita', name: 'Moussa Keïta' },
      ],
      tags: [{ slug: 'kidal', name: 'Kidal' }],
      cover: { path: '/media/2026/11/convoi.jpg', type: 'image/jpeg', bytes: 48213 },
    })
    expect(convoi!.modifiedAt).not.toBeNull()
    expect(items[1]!.cover).toBeNull()
    expect(q.readFeedArticles(1)).toHaveLength(1)
  })

  it('give a rubrique its own published stories, and nothing for an unknown one', () => {
    expect(q.readCategoryFeed('politique')?.articles.map((a) => a.slug)).toEqual(['convoi-kidal'])
    expect(q.readCategoryFeed('sport')?.articles.map((a) => a.slug)).toEqual(['match', 'archive'])
    expect(q.readCategoryFeed('sport')?.category).toEqual({ slug: 'sport', name: 'Sport', description: '' })
    expect(q.readCategoryFeed('inconnue')).toBeNull()
  })
})

describe('sitemaps', () => {
  it('split stories into id chunks that hold published ones only', () => {
    // Chunks of 2 ids: [convoi, brouillon], [relecture, programme], [match, archive].
    expect(q.readArticleChunks(2)).toEqual([1, 3])
    expect(q.readArticleChunk(1, 2).map(([slug]) => slug)).toEqual(['convoi-kidal'])
    expect(q.readArticleChunk(2, 2)).toEqual([])
    expect(q.readArticleChunk(3, 2).map(([slug]) => slug)).toEqual(['match', 'archive'])
    // The last change of a story is its edit, else its publication.
    const [[, changed]] = q.readArticleChunk(1, 2) as [[string, number]]
    expect(changed).toBeGreaterThan(now - 1.5 * hour)
    expect(q.readArticleChunks().length).toBe(1)
    expect(q.readArticleChunk(1).map(([slug]) => slug)).toEqual(['convoi-kidal', 'match', 'archive'])
  })

  it('list home, rubriques, authors and tags with published stories, and static pages', () => {
    const pages = q.readPageUrls().map((u) => u.path)
    expect(pages).toEqual(['/', '/rubriques/politique', '/rubriques/sport', '/auteurs/awa-diallo', '/auteurs/moussa-keita', '/a-propos', '/contact', '/mentions-legales', '/radios'])
    expect(q.readPageUrls()[0]!.lastmod).toBe(new Date(now - 2 * hour).toISOString())
    expect(q.readTagUrls().map((u) => u.path)).toEqual(['/tags/kidal'])
  })

  it('give the news sitemap the published stories of the last 48 hours', () => {
    expect(q.readNewsStories(now).map((s) => s.path)).toEqual(['/articles/convoi-kidal', '/articles/match'])
    expect(q.readNewsStories(now + 20 * hour).map((s) => s.path)).toEqual(['/articles/convoi-kidal'])
  })
})
