// Tag and author pages read article_tags and article_authors alone, in (published_at) index order:
// the copy of each story's publication date there must follow the story through the newsroom's
// real write paths (save, publish, unpublish, schedule, tag merge), or a page would show a draft's
// place or lose a published story. readCards checks the status again, so a stale copy could only
// hide a story, never leak one; these tests make sure it is never stale.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { articleInputSchema, type ArticleInput } from '@/lib/article-input'
import type { StaffUser } from './users'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kibaru-lists-'))
process.env.DATABASE_PATH = path.join(dir, 'test.db')

let w: typeof import('./article-writes')
let q: typeof import('./articles')
let t: typeof import('./taxonomy')
let database: ReturnType<typeof import('../client').db>
let editor: StaffUser
let authorId = 0
let categoryId = 0

const input = (title: string, slug: string, tags: string[]): ArticleInput =>
  articleInputSchema.parse({ title, slug, standfirst: 'Chapô.', categoryId, body: { type: 'doc', content: [] }, tags, authorIds: [authorId] })

function created(result: import('./article-writes').WriteResult) {
  if (!result.ok) throw new Error(result.error)
  return result
}

const version = (id: number) => (database.$client.prepare('SELECT version FROM articles WHERE id = ?').get(id) as { version: number }).version
const tagPage = (slug: string) => q.readTagPage(slug, 1)?.items.map((a) => a.slug) ?? null
const authorPage = () => q.readAuthorPage('awa-diallo', 1)?.items.map((a) => a.slug)

/** Link rows whose copy differs from the story: its publication date if published, else null. */
function staleCopies(): unknown[] {
  return database.$client
    .prepare(
      `SELECT 'tag' AS link, l.article_id, l.published_at FROM article_tags l JOIN articles a ON a.id = l.article_id
        WHERE l.published_at IS NOT (CASE WHEN a.status = 'published' THEN a.published_at END)
       UNION ALL
       SELECT 'byline', l.article_id, l.published_at FROM article_authors l JOIN articles a ON a.id = l.article_id
        WHERE l.published_at IS NOT (CASE WHEN a.status = 'published' THEN a.published_at END)`,
    )
    .all()
}

beforeAll(async () => {
  const { db } = await import('../client')
  const { migrateDatabase } = await import('../open')
  const s = await import('../schema')
  w = await import('./article-writes')
  q = await import('./articles')
  t = await import('./taxonomy')
  database = db()
  migrateDatabase(database)
  const id = database.insert(s.users).values({ email: 'e@kibaru.test', name: 'Éditrice', role: 'editor' }).returning().get().id
  editor = { id, role: 'editor', name: 'Éditrice', email: 'e@kibaru.test', sessionVersion: 1 } as StaffUser
  categoryId = database.insert(s.categories).values({ slug: 'economie', name: 'Économie' }).returning().get().id
  authorId = database.insert(s.authors).values({ slug: 'awa-diallo', name: 'Awa Diallo' }).returning().get().id
})
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('tag and author pages follow each story', () => {
  let first = 0
  let second = 0

  it('show nothing of a draft, then a story once published, newest first', () => {
    first = created(w.saveArticle(editor, null, null, input('Le coton repart', 'coton-repart', ['Coton']))).id
    expect(tagPage('coton')).toEqual([])
    expect(authorPage()).toEqual([])
    created(w.publishArticle(editor, first, version(first)))
    second = created(w.saveArticle(editor, null, null, input('Le coton exporte', 'coton-exporte', ['Coton', 'Export']))).id
    created(w.publishArticle(editor, second, version(second)))
    expect(tagPage('coton')).toEqual(['coton-exporte', 'coton-repart'])
    expect(tagPage('export')).toEqual(['coton-exporte'])
    expect(authorPage()).toEqual(['coton-exporte', 'coton-repart'])
    expect(q.readTagPage('coton', 1)?.total).toBe(2)
    expect(staleCopies()).toEqual([])
  })

  it('keep a published story when an edit replaces its tags and bylines', () => {
    created(w.saveArticle(editor, first, version(first), input('Le coton repart', 'coton-repart', ['Coton', 'Mil'])))
    expect(tagPage('coton')).toEqual(['coton-exporte', 'coton-repart'])
    expect(tagPage('mil')).toEqual(['coton-repart'])
    expect(authorPage()).toEqual(['coton-exporte', 'coton-repart'])
    expect(staleCopies()).toEqual([])
  })

  it('drop an unpublished story, and take it back when the scheduler publishes it', () => {
    created(w.unpublishArticle(editor, second, version(second)))
    expect(tagPage('coton')).toEqual(['coton-repart'])
    expect(tagPage('export')).toEqual([])
    expect(authorPage()).toEqual(['coton-repart'])
    expect(staleCopies()).toEqual([])
    created(w.scheduleArticle(editor, second, version(second), new Date(Date.now() + 5 * 60_000)))
    expect(tagPage('export')).toEqual([])
    w.publishDueArticles(new Date(Date.now() + 10 * 60_000))
    expect(tagPage('export')).toEqual(['coton-exporte'])
    expect(staleCopies()).toEqual([])
  })

  it('follow a change of publication date and a tag merge', () => {
    // Redated to before the other story: the order follows.
    database.$client.prepare('UPDATE articles SET published_at = 1000 WHERE id = ?').run(second)
    expect(tagPage('coton')).toEqual(['coton-repart', 'coton-exporte'])
    const idOf = (slug: string) => (database.$client.prepare('SELECT id FROM tags WHERE slug = ?').get(slug) as { id: number }).id
    expect(t.mergeTags(editor, idOf('export'), idOf('mil')).ok).toBe(true)
    expect(tagPage('mil')).toEqual(['coton-repart', 'coton-exporte'])
    expect(staleCopies()).toEqual([])
  })
})
