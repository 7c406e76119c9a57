// Which cached pages each newsroom write empties. The page cache of scripts/server.mjs removes
// every page that read a purged tag, so these lists decide what a publish costs readers: a story's
// own page and the lists at once, the "Flash info" banner (on every page) only when a breaking
// story changed, other stories' pages only when a story is taken down.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { articleInputSchema, type ArticleInput } from '@/lib/article-input'
import { TAGS } from '@/lib/cache-tags'
import { PAGE_CACHE_HOOK, type PageCacheHook } from '@/lib/page-cache/bridge'
import type { StaffUser } from './users'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kibaru-invalidate-'))
process.env.DATABASE_PATH = path.join(dir, 'test.db')

let w: typeof import('./article-writes')
let slugs: typeof import('./article-slugs')
let editor: StaffUser
let categoryId: number
let purged: string[][] = []

const hook: PageCacheHook = { read: () => {}, purge: (tags) => void purged.push([...tags]) }
const all = () => new Set(purged.flat())

const input = (over: Partial<Record<keyof ArticleInput, unknown>> & { title: string; slug: string }): ArticleInput =>
  articleInputSchema.parse({
    standfirst: 'Chapô.',
    categoryId,
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Texte.' }] }] },
    tags: ['Bamako'],
    ...over,
  })

function ok(result: import('./article-writes').WriteResult) {
  if (!result.ok) throw new Error(result.error)
  return result
}

beforeAll(async () => {
  const { db } = await import('../client')
  const { migrateDatabase } = await import('../open')
  const s = await import('../schema')
  w = await import('./article-writes')
  slugs = await import('./article-slugs')
  const database = db()
  migrateDatabase(database)
  const id = database.insert(s.users).values({ email: 'e@kibaru.test', name: 'E', role: 'editor' }).returning().get().id
  editor = { id, role: 'editor', name: 'E', email: 'e@kibaru.test', sessionVersion: 1 } as StaffUser
  categoryId = database.insert(s.categories).values({ slug: 'societe', name: 'Société' }).returning().get().id
  ;(globalThis as Record<symbol, unknown>)[PAGE_CACHE_HOOK] = hook
})
afterAll(() => {
  delete (globalThis as Record<symbol, unknown>)[PAGE_CACHE_HOOK]
  fs.rmSync(dir, { recursive: true, force: true })
})
beforeEach(() => {
  purged = []
})

describe('what a write empties in the page cache', () => {
  it('publishing an ordinary story empties its page and the lists, not the other stories’ pages nor the banner', () => {
    const draft = ok(w.saveArticle(editor, null, null, input({ title: 'Ordinaire', slug: 'ordinaire' })))
    expect(purged).toEqual([]) // a draft is nobody's business
    const live = ok(w.publishArticle(editor, draft.id, draft.version))
    expect(all()).toEqual(new Set([TAGS.article(draft.id), TAGS.articleSlug('ordinaire'), TAGS.articles]))

    purged = []
    ok(w.saveArticle(editor, live.id, live.version, input({ title: 'Ordinaire, corrigé', slug: 'ordinaire' })))
    expect(all()).toEqual(new Set([TAGS.article(draft.id), TAGS.articleSlug('ordinaire'), TAGS.articles]))
    expect(all().has(TAGS.breaking)).toBe(false)
    expect(all().has(TAGS.storyLinks)).toBe(false)
    expect(all().has(TAGS.site)).toBe(false)
  })

  it('a breaking story changes the banner on every page: when it is published, edited, unflagged and unpublished', () => {
    const draft = ok(w.saveArticle(editor, null, null, input({ title: 'Urgent', slug: 'urgent', breaking: true })))
    let current = ok(w.publishArticle(editor, draft.id, draft.version))
    expect(all().has(TAGS.breaking)).toBe(true)

    purged = []
    current = ok(w.saveArticle(editor, current.id, current.version, input({ title: 'Urgent : la suite', slug: 'urgent', breaking: true })))
    expect(all().has(TAGS.breaking)).toBe(true)

    // No longer breaking: the banner must lose it, so this save empties it too.
    purged = []
    current = ok(w.saveArticle(editor, current.id, current.version, input({ title: 'Urgent : la suite', slug: 'urgent', breaking: false })))
    expect(all().has(TAGS.breaking)).toBe(true)

    // Now an ordinary story: its next edit leaves the banner alone.
    purged = []
    current = ok(w.saveArticle(editor, current.id, current.version, input({ title: 'La suite', slug: 'urgent', breaking: false })))
    expect(all().has(TAGS.breaking)).toBe(false)
  })

  it('a story taken down leaves every page that links to it, at once', () => {
    const draft = ok(w.saveArticle(editor, null, null, input({ title: 'Retirée', slug: 'retiree' })))
    const live = ok(w.publishArticle(editor, draft.id, draft.version))
    purged = []
    ok(w.unpublishArticle(editor, live.id, live.version))
    expect(all()).toEqual(new Set([TAGS.article(draft.id), TAGS.articleSlug('retiree'), TAGS.articles, TAGS.storyLinks]))
  })

  it('a new address empties the old one and the new one', () => {
    const draft = ok(w.saveArticle(editor, null, null, input({ title: 'Renommée', slug: 'renommee' })))
    ok(w.publishArticle(editor, draft.id, draft.version))
    purged = []
    const change = slugs.changeArticleSlug(draft.id, 'renommee-bis')
    expect(change.ok).toBe(true)
    expect(all()).toEqual(new Set([TAGS.article(draft.id), TAGS.articleSlug('renommee-bis'), TAGS.articleSlug('renommee'), TAGS.articles]))
  })

  it('a story going out on schedule empties what its publication would', () => {
    const draft = ok(w.saveArticle(editor, null, null, input({ title: 'Programmée', slug: 'programmee', breaking: true })))
    ok(w.scheduleArticle(editor, draft.id, draft.version, new Date(Date.now() + 120_000)))
    purged = []
    const out = w.publishDueArticles(new Date(Date.now() + 180_000))
    expect(out.map((a) => a.slug)).toEqual(['programmee'])
    expect(all()).toEqual(new Set([TAGS.article(draft.id), TAGS.articleSlug('programmee'), TAGS.articles, TAGS.breaking]))
  })
})
