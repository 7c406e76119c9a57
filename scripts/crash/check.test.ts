// The crash test's checker must be able to fail: each way a crash could leave the database
// (a lost save, a half-published story, an index out of step) is made by hand on a copy of a
// database written by the real save and publish functions, and must be reported.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { articleInputSchema } from '@/lib/article-input'
import type { StaffUser } from '@/db/queries/users'
import { checkDatabase, checkUploads, type WriterExpectation } from './check'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kibaru-crash-check-'))
const base = path.join(dir, 'base.db')
process.env.DATABASE_PATH = base

let draft: WriterExpectation
let live: WriterExpectation

beforeAll(async () => {
  const { db } = await import('@/db/client')
  const { migrateDatabase } = await import('@/db/open')
  const s = await import('@/db/schema')
  const w = await import('@/db/queries/article-writes')
  const database = db()
  migrateDatabase(database)
  const editorId = database.insert(s.users).values({ email: 'e@kibaru.test', name: 'E', role: 'editor' }).returning().get().id
  const editor = { id: editorId, role: 'editor', name: 'E', email: 'e@kibaru.test', sessionVersion: 1 } as StaffUser
  const categoryId = database.insert(s.categories).values({ slug: 'societe', name: 'Société' }).returning().get().id
  const authorId = database.insert(s.authors).values({ slug: 'redaction', name: 'La Rédaction' }).returning().get().id
  const input = (token: string, slug: string) =>
    articleInputSchema.parse({ title: `Essai ${token}`, slug, categoryId, authorIds: [authorId], tags: ['Essai'], body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `Texte ${token}` }] }] } })
  const ok = (r: import('@/db/queries/article-writes').WriteResult) => {
    if (!r.ok) throw new Error(r.error)
    return r
  }
  // A draft saved twice; a story saved then published.
  const d1 = ok(w.saveArticle(editor, null, null, input('D1', 'brouillon')))
  const d2 = ok(w.saveArticle(editor, d1.id, d1.version, input('D2', 'brouillon')))
  draft = {
    articleId: d1.id,
    acknowledgedSaves: [
      { token: 'D1', version: d1.version },
      { token: 'D2', version: d2.version },
    ],
    acknowledgedTransitions: [],
    acknowledged: { version: d2.version, status: 'draft', token: 'D2' },
    pending: null,
  }
  const l1 = ok(w.saveArticle(editor, null, null, input('L1', 'en-ligne')))
  const l2 = ok(w.publishArticle(editor, l1.id, l1.version))
  live = {
    articleId: l1.id,
    acknowledgedSaves: [{ token: 'L1', version: l1.version }],
    acknowledgedTransitions: [{ kind: 'publish', version: l2.version }],
    acknowledged: { version: l2.version, status: 'published', token: 'L1' },
    pending: null,
  }
  database.$client.pragma('wal_checkpoint(TRUNCATE)')
})
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

let n = 0
/** A copy of the database, changed by hand. */
function tampered(sql: string): string {
  const file = path.join(dir, `case-${++n}.db`)
  const source = new Database(base, { readonly: true })
  source.prepare('VACUUM INTO ?').run(file)
  source.close()
  const copy = new Database(file)
  copy.exec(sql)
  copy.close()
  return file
}

describe('checkDatabase', () => {
  it('finds nothing wrong with what the real functions wrote', () => {
    const result = checkDatabase(base, [draft, live])
    expect(result.problems).toEqual([])
    expect(result.integrity).toBe('ok')
    expect(result).toMatchObject({ savesFound: 3, savesExpected: 3, pendingCommitted: 0 })
    expect(result.stories.get(live.articleId)).toMatchObject({ status: 'published', slug: 'en-ligne' })
  })

  it('accepts an unanswered write that did happen, and one that did not', () => {
    const file = tampered('SELECT 1')
    // The draft's last save was never answered: either outcome is fine.
    const unanswered: WriterExpectation = {
      ...draft,
      acknowledgedSaves: draft.acknowledgedSaves.slice(0, 1),
      acknowledged: { ...draft.acknowledged, version: draft.acknowledged.version - 1, token: 'D1' },
      pending: { kind: 'save', token: 'D2' },
    }
    expect(checkDatabase(file, [unanswered, live])).toMatchObject({ problems: [], pendingCommitted: 1 })
    expect(checkDatabase(file, [draft, { ...live, pending: { kind: 'unpublish', token: 'L1' } }])).toMatchObject({ problems: [], pendingCommitted: 0 })
  })

  it('reports an acknowledged save that is gone', () => {
    const file = tampered(`DELETE FROM article_revisions WHERE article_id = ${draft.articleId} AND title LIKE '%D1'`)
    expect(checkDatabase(file, [draft, live]).problems).toEqual([expect.stringMatching(/enregistrement acquitté D1 .* est perdu/)])
  })

  it('reports a story behind or ahead of what its writer was told', () => {
    const file = tampered(`UPDATE articles SET version = version + 2 WHERE id = ${draft.articleId}`)
    expect(checkDatabase(file, [draft, live]).problems).toContainEqual(expect.stringMatching(/version \d+, attendue/))
    const published = tampered(`UPDATE articles SET status = 'draft' WHERE id = ${live.articleId}`)
    expect(checkDatabase(published, [draft, live]).problems).toContainEqual(expect.stringMatching(/statut draft, attendu published/))
  })

  it('reports a published story without its date', () => {
    const file = tampered(`UPDATE articles SET published_at = NULL WHERE id = ${live.articleId}`)
    expect(checkDatabase(file, [draft, live]).problems).toContainEqual(expect.stringMatching(/publié sans date de publication/))
  })

  it('reports a published story missing from the search index, and a draft found in it', () => {
    const missing = tampered(`DELETE FROM articles_fts WHERE rowid = ${live.articleId}`)
    expect(checkDatabase(missing, [draft, live]).problems).toContainEqual(expect.stringMatching(/absent de l’index de recherche/))
    const leaked = tampered(`INSERT INTO articles_fts (rowid, title, standfirst, body_text, tags) VALUES (${draft.articleId}, 'Essai D2', '', 'Texte D2', '')`)
    expect(checkDatabase(leaked, [draft, live]).problems).toContainEqual(expect.stringMatching(/\(draft\) présent dans l’index de recherche/))
  })

  it('reports listing rows out of step with their story', () => {
    const file = tampered(`UPDATE article_tags SET published_at = NULL WHERE article_id = ${live.articleId}`)
    expect(checkDatabase(file, [draft, live]).problems).toContainEqual(expect.stringMatching(/ligne de tag ne suit pas/))
  })

  it('reports a story whose text is not that of its newest revision', () => {
    const file = tampered(`UPDATE articles SET body = '{"type":"doc","content":[]}' WHERE id = ${draft.articleId}`)
    expect(checkDatabase(file, [draft, live]).problems).toContainEqual(expect.stringMatching(/n’est pas celui de sa dernière révision/))
  })

  it('reports a publication acknowledged but missing from the audit log', () => {
    const file = tampered(`DELETE FROM audit_log WHERE action = 'article.publish'`)
    expect(checkDatabase(file, [draft, live]).problems).toContainEqual(expect.stringMatching(/0 publish au journal pour 1 acquitté/))
  })

  it('reports a broken file', () => {
    const file = tampered('SELECT 1')
    // Overwrite a page in the middle of the file: integrity_check must notice.
    const bytes = fs.readFileSync(file)
    const pageSize = bytes.readUInt16BE(16)
    bytes.fill(0x5a, pageSize * 3, pageSize * 3 + 200)
    fs.writeFileSync(file, bytes)
    const problems = (() => {
      try {
        return checkDatabase(file, [draft, live]).problems
      } catch (error) {
        return [`thrown: ${String(error)}`]
      }
    })()
    expect(problems.length).toBeGreaterThan(0)
  })
})

describe('checkUploads', () => {
  const uploads = path.join(dir, 'uploads')
  let mediaId = 0

  beforeAll(() => {
    fs.mkdirSync(path.join(uploads, '2026', '11'), { recursive: true })
    fs.writeFileSync(path.join(uploads, '2026/11/abc.jpg'), Buffer.alloc(1000, 1))
    fs.writeFileSync(path.join(uploads, '2026/11/abc-480.webp'), Buffer.alloc(300, 2))
    const sqlite = new Database(base)
    const variants = JSON.stringify([{ path: '2026/11/abc-480.webp', width: 480, height: 300, format: 'webp', bytes: 300, purpose: 'responsive' }])
    mediaId = Number(sqlite.prepare("INSERT INTO media (path, mime_type, width, height, bytes, variants) VALUES ('2026/11/abc.jpg', 'image/jpeg', 480, 300, 1000, ?)").run(variants).lastInsertRowid)
    sqlite.close()
  })

  it('finds every acknowledged upload whole, and counts files no row names', () => {
    fs.writeFileSync(path.join(uploads, '2026/11/orphan.jpg'), 'x')
    try {
      expect(checkUploads(base, uploads, [mediaId])).toEqual({ problems: [], rows: 1, found: 1, orphans: 1 })
    } finally {
      fs.rmSync(path.join(uploads, '2026/11/orphan.jpg'))
    }
  })

  it('reports a row whose file is missing or cut short, a lost upload, and leftover temporary files', () => {
    fs.truncateSync(path.join(uploads, '2026/11/abc-480.webp'), 100)
    fs.renameSync(path.join(uploads, '2026/11/abc.jpg'), path.join(uploads, '2026/11/moved.jpg'))
    fs.mkdirSync(path.join(uploads, '.tmp'))
    fs.writeFileSync(path.join(uploads, '.tmp', 'x.part'), 'x')
    expect(checkUploads(base, uploads, [mediaId, 424242]).problems).toEqual([
      `média ${mediaId} : le fichier 2026/11/abc.jpg manque`,
      `média ${mediaId} : le fichier 2026/11/abc-480.webp est incomplet (100 octets sur 300)`,
      'le téléversement acquitté 424242 a disparu',
      '1 fichier(s) temporaire(s) restent après le redémarrage',
    ])
  })
})
