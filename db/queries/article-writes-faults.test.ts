// A save or a publication while the database is locked longer than the busy timeout, or while it
// cannot grow (a full disk, simulated with max_page_count), against a real SQLite file: the
// journalist gets a retryable French message, the earlier version is intact, readers are still
// served, and the next save after the fault clears goes through (issue 6, faults and durability).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { articleInputSchema, type ArticleInput } from '@/lib/article-input'
import type { BodyDocument } from '@/lib/body/types'
import type { StaffUser } from './users'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kibaru-faults-'))
const file = path.join(dir, 'test.db')
process.env.DATABASE_PATH = file

const doc = (text: string): BodyDocument => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] })

let w: typeof import('./article-writes')
let q: typeof import('./articles')
let s: typeof import('../schema')
let database: ReturnType<typeof import('../client').db>
let journalist: StaffUser
let editor: StaffUser
let categoryId: number

const staff = (id: number, role: StaffUser['role']): StaffUser => ({ id, role, name: `U${id}`, email: `u${id}@kibaru.test`, sessionVersion: 1 }) as StaffUser
const input = (title: string, slug: string, text = `${title} : le texte.`): ArticleInput => articleInputSchema.parse({ title, slug, standfirst: 'Chapô.', categoryId, body: doc(text), tags: ['Bamako'] })

/** The server's busy timeout is 5 s (db/open.test.ts reads it back); the same path, waited less. */
const BUSY_TIMEOUT_MS = 200

beforeAll(async () => {
  const { db } = await import('../client')
  const { migrateDatabase } = await import('../open')
  s = await import('../schema')
  w = await import('./article-writes')
  q = await import('./articles')
  database = db()
  migrateDatabase(database)
  database.$client.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`)
  const user = (email: string, role: 'journalist' | 'editor') => database.insert(s.users).values({ email, name: email, role }).returning().get().id
  journalist = staff(user('j@kibaru.test', 'journalist'), 'journalist')
  editor = staff(user('e@kibaru.test', 'editor'), 'editor')
  categoryId = database.insert(s.categories).values({ slug: 'societe', name: 'Société' }).returning().get().id
  database.insert(s.authors).values({ slug: 'j', name: 'J', userId: journalist.id }).run()
  // What readers are shown throughout.
  const story = ok(w.saveArticle(editor, null, null, input('Les pluies arrivent à Ségou', 'pluies-segou')))
  ok(w.publishArticle(editor, story.id, story.version))
})
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

function ok(result: import('./article-writes').WriteResult) {
  if (!result.ok) throw new Error(result.error)
  return result
}

/** Everything a save writes for one story, to compare before and after a refused one. */
function snapshot(articleId: number) {
  const raw = database.$client
  return {
    article: raw.prepare('SELECT * FROM articles WHERE id = ?').get(articleId),
    revisions: raw.prepare('SELECT * FROM article_revisions WHERE article_id = ? ORDER BY id').all(articleId),
    tags: raw.prepare('SELECT * FROM article_tags WHERE article_id = ? ORDER BY tag_id').all(articleId),
    fts: raw.prepare('SELECT rowid, title FROM articles_fts WHERE rowid = ?').all(articleId),
    audit: raw.prepare("SELECT count(*) AS n FROM audit_log WHERE entity_type = 'article' AND entity_id = ?").get(String(articleId)),
  }
}

/** A reader's page, read as the site reads it, and from a second connection as another process would. */
function readerSees(slug: string): string | null {
  const lookup = q.readArticleBySlug(slug)
  const other = new Database(file, { readonly: true })
  try {
    const row = other.prepare("SELECT title FROM articles WHERE slug = ? AND status = 'published'").get(slug) as { title: string } | undefined
    expect(row?.title).toBe(lookup?.kind === 'article' ? lookup.article.title : undefined)
  } finally {
    other.close()
  }
  return lookup?.kind === 'article' ? lookup.article.title : null
}

const quiet = () => vi.spyOn(console, 'warn').mockImplementation(() => {})

describe('a database locked longer than the busy timeout', () => {
  it('refuses the save with a retryable message, keeps the earlier version, serves readers, and saves once released', () => {
    const warn = quiet()
    const first = ok(w.saveArticle(journalist, null, null, input('Marché de Médine', 'marche-medine', 'Version une.')))
    const second = ok(w.saveArticle(journalist, first.id, first.version, input('Marché de Médine', 'marche-medine', 'Version deux.')))
    const before = snapshot(first.id)

    // Another process (a script, a backup gone wrong) takes the write lock and keeps it.
    const holder = new Database(file)
    holder.exec('BEGIN IMMEDIATE')
    try {
      const typed = input('Marché de Médine', 'marche-medine', 'Version trois, tapée pendant le verrou.')
      for (const autosave of [false, true]) {
        const refused = w.saveArticle(journalist, first.id, second.version, typed, { autosave })
        expect(refused).toEqual({
          ok: false,
          retryable: true,
          fault: 'busy',
          error: 'La base de données est momentanément occupée. Votre texte est conservé\u00a0: réessayez dans quelques secondes.',
        })
      }
      // A new story too (the insert path).
      expect(w.saveArticle(journalist, null, null, input('Nouveau', 'nouveau'))).toMatchObject({ ok: false, retryable: true })
      expect(snapshot(first.id)).toEqual(before)
      expect(readerSees('pluies-segou')).toBe('Les pluies arrivent à Ségou')
    } finally {
      holder.exec('ROLLBACK')
      holder.close()
    }

    // The editor's next save, from the version it had, goes through.
    const third = ok(w.saveArticle(journalist, first.id, second.version, input('Marché de Médine', 'marche-medine', 'Version trois, tapée pendant le verrou.')))
    expect(third.version).toBe(second.version + 1)
    expect(snapshot(first.id).article).toMatchObject({ version: third.version, body_text: 'Version trois, tapée pendant le verrou.' })
    expect(warn).toHaveBeenCalledTimes(3)
    warn.mockRestore()
  })

  it('refuses a publication, a schedule and an unpublication, and nothing is half done', () => {
    const warn = quiet()
    const draft = ok(w.saveArticle(editor, null, null, input('Récolte record à Niono', 'recolte-niono')))
    const live = ok(w.saveArticle(editor, null, null, input('Le fleuve monte', 'fleuve-monte')))
    const published = ok(w.publishArticle(editor, live.id, live.version))
    const before = [snapshot(draft.id), snapshot(live.id)]

    const holder = new Database(file)
    holder.exec('BEGIN IMMEDIATE')
    try {
      const nothing = 'La base de données est momentanément occupée. Rien n’a été modifié\u00a0: réessayez dans quelques secondes.'
      const refused = { ok: false, retryable: true, fault: 'busy', error: nothing }
      expect(w.publishArticle(editor, draft.id, draft.version)).toEqual(refused)
      expect(w.scheduleArticle(editor, draft.id, draft.version, new Date(Date.now() + 3_600_000))).toEqual(refused)
      expect(w.unpublishArticle(editor, live.id, published.version)).toEqual(refused)
      expect([snapshot(draft.id), snapshot(live.id)]).toEqual(before)
      expect(readerSees('fleuve-monte')).toBe('Le fleuve monte')
      expect(readerSees('recolte-niono')).toBeNull()
    } finally {
      holder.exec('ROLLBACK')
      holder.close()
    }

    const done = ok(w.publishArticle(editor, draft.id, draft.version))
    expect(done.status).toBe('published')
    expect(readerSees('recolte-niono')).toBe('Récolte record à Niono')
    expect(snapshot(draft.id).fts).toEqual([{ rowid: draft.id, title: 'Récolte record à Niono' }])
    warn.mockRestore()
  })
})

describe('a full disk (the database may not grow)', () => {
  // About 120 kB of text: more than the pages the database has free.
  const big = (label: string) => `${label} ${'Le marché de Médine ouvre tôt. '.repeat(4000)}`.trim()

  function fillTheDisk() {
    const pages = database.$client.pragma('page_count', { simple: true }) as number
    database.$client.pragma(`max_page_count = ${pages}`)
  }
  const freeTheDisk = () => database.$client.pragma('max_page_count = 1073741823')

  it('refuses the save with a retryable message, keeps the earlier version, serves readers, and saves once there is room', () => {
    const warn = quiet()
    const first = ok(w.saveArticle(journalist, null, null, input('Budget de la commune', 'budget-commune', 'Version une.')))
    const before = snapshot(first.id)
    fillTheDisk()
    try {
      const refused = w.saveArticle(journalist, first.id, first.version, input('Budget de la commune', 'budget-commune', big('Version deux.')))
      expect(refused).toMatchObject({ ok: false, retryable: true, fault: 'full' })
      expect(!refused.ok && refused.error).toBe(
        'Le disque du serveur est plein\u00a0: l’enregistrement n’a pas pu se faire. Votre texte est conservé\u202f; réessayez dans quelques minutes et prévenez l’administrateur du site.',
      )
      expect(snapshot(first.id)).toEqual(before)
      expect(readerSees('pluies-segou')).toBe('Les pluies arrivent à Ségou')
    } finally {
      freeTheDisk()
    }
    const second = ok(w.saveArticle(journalist, first.id, first.version, input('Budget de la commune', 'budget-commune', big('Version deux.'))))
    const saved = snapshot(first.id).article as { version: number; body_text: string }
    expect(saved.version).toBe(second.version)
    expect(saved.body_text === big('Version deux.')).toBe(true)
    warn.mockRestore()
  })

  it('refuses a publication whose search entry no longer fits, with the story left as it was', () => {
    const warn = quiet()
    const draft = ok(w.saveArticle(editor, null, null, input('Rapport sur l’eau potable', 'rapport-eau', big('Le rapport.'))))
    const before = snapshot(draft.id)
    fillTheDisk()
    try {
      const refused = w.publishArticle(editor, draft.id, draft.version)
      expect(refused).toMatchObject({ ok: false, retryable: true, error: expect.stringMatching(/^Le disque du serveur est plein.*Rien n’a été modifié/) })
      expect(snapshot(draft.id)).toEqual(before)
      expect(readerSees('rapport-eau')).toBeNull()
    } finally {
      freeTheDisk()
    }
    ok(w.publishArticle(editor, draft.id, draft.version))
    expect(readerSees('rapport-eau')).toBe('Rapport sur l’eau potable')
    warn.mockRestore()
  })
})

describe('waiting for the lock (the server actions’ way: writeWhenUnlocked)', () => {
  /** Ticks of a 10 ms timer while `work` runs: zero if the thread was blocked all along. */
  async function ticksDuring<T>(work: () => Promise<T>): Promise<{ result: T; ticks: number }> {
    let ticks = 0
    const timer = setInterval(() => ticks++, 10)
    try {
      const result = await work()
      return { result, ticks }
    } finally {
      clearInterval(timer)
    }
  }

  it('saves once another process lets go of the lock, and the server’s thread stays free meanwhile', async () => {
    const { writeWhenUnlocked } = await import('./write-lock')
    const first = ok(w.saveArticle(journalist, null, null, input('Crue du Niger', 'crue-niger', 'Version une.')))
    const holder = new Database(file)
    holder.exec('BEGIN IMMEDIATE')
    setTimeout(() => {
      holder.exec('ROLLBACK')
      holder.close()
    }, 400)
    const { result, ticks } = await ticksDuring(() => writeWhenUnlocked(() => w.saveArticle(journalist, first.id, first.version, input('Crue du Niger', 'crue-niger', 'Version deux.')), 3_000))
    expect(result).toMatchObject({ ok: true, version: first.version + 1 })
    // The release above ran on this same thread: the wait did not hold it.
    expect(ticks).toBeGreaterThan(5)
    // The connection's own busy timeout is back as it was.
    expect(database.$client.pragma('busy_timeout', { simple: true })).toBe(BUSY_TIMEOUT_MS)
  })

  it('gives up after the wait with the French message, logged once, and the story as it was', async () => {
    const { writeWhenUnlocked } = await import('./write-lock')
    const warn = quiet()
    const draft = ok(w.saveArticle(editor, null, null, input('Saison des pluies', 'saison-pluies')))
    const before = snapshot(draft.id)
    const holder = new Database(file)
    holder.exec('BEGIN IMMEDIATE')
    try {
      const { result, ticks } = await ticksDuring(() => writeWhenUnlocked(() => w.publishArticle(editor, draft.id, draft.version), 600))
      expect(result).toMatchObject({ ok: false, retryable: true, fault: 'busy', error: expect.stringMatching(/^La base de données est momentanément occupée\./) })
      expect(ticks).toBeGreaterThan(5)
      expect(snapshot(draft.id)).toEqual(before)
      expect(warn).toHaveBeenCalledTimes(1)
      expect(String(warn.mock.calls[0]![0])).toMatch(/verrouillée par un autre processus : écriture abandonnée après \d+ ms et \d+ tentatives/)
    } finally {
      holder.exec('ROLLBACK')
      holder.close()
      warn.mockRestore()
    }
    expect(await writeWhenUnlocked(() => w.publishArticle(editor, draft.id, draft.version))).toMatchObject({ ok: true, status: 'published' })
  })

  it('does not wait for other refusals, nor swallow other errors', async () => {
    const { writeWhenUnlocked } = await import('./write-lock')
    let calls = 0
    expect(await writeWhenUnlocked(() => (calls++, w.publishArticle(journalist, 999_999, 1)))).toMatchObject({ ok: false, error: 'Article introuvable.' })
    expect(calls).toBe(1)
    await expect(
      writeWhenUnlocked(() => {
        throw new TypeError('bogue')
      }),
    ).rejects.toThrow('bogue')
  })
})

describe('other errors', () => {
  it('are not turned into a storage message: a broken database is still an error', () => {
    const raw = database.$client
    raw.exec('CREATE TRIGGER kaput BEFORE UPDATE ON articles BEGIN SELECT RAISE(ABORT, \'panne simulée\'); END')
    try {
      const story = raw.prepare("SELECT id, version FROM articles WHERE slug = 'marche-medine'").get() as { id: number; version: number }
      expect(() => w.saveArticle(journalist, story.id, story.version, input('Marché de Médine', 'marche-medine'))).toThrow(/panne simulée/)
    } finally {
      raw.exec('DROP TRIGGER kaput')
    }
  })
})
