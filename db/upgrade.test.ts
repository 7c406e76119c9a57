// Migrations 0006 and 0007 on a database that already holds stories, as in production: the tag and
// byline rows get their copy of the publication date, and drafts leave the search index.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import { afterAll, expect, it } from 'vitest'
import { migrateDatabase, MIGRATIONS_DIR, openDatabase } from './open'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kibaru-upgrade-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

/** The migrations folder as it was up to `lastIdx`. */
function migrationsUpTo(lastIdx: number): string {
  const folder = path.join(dir, `migrations-${lastIdx}`)
  fs.cpSync(MIGRATIONS_DIR, folder, { recursive: true })
  const journalPath = path.join(folder, 'meta', '_journal.json')
  const journal = JSON.parse(fs.readFileSync(journalPath, 'utf8')) as { entries: { idx: number }[] }
  journal.entries = journal.entries.filter((e) => e.idx <= lastIdx)
  fs.writeFileSync(journalPath, JSON.stringify(journal))
  return folder
}

it('copies publication dates to tags and bylines and keeps only published stories in the search index', () => {
  const database = openDatabase(path.join(dir, 'upgrade.db'))
  migrate(database, { migrationsFolder: migrationsUpTo(5) })
  const sql = database.$client
  sql.exec(`
    INSERT INTO categories (id, slug, name) VALUES (1, 'economie', 'Économie');
    INSERT INTO authors (id, slug, name) VALUES (1, 'awa-diallo', 'Awa Diallo');
    INSERT INTO tags (id, slug, name) VALUES (1, 'coton', 'Coton');
    INSERT INTO articles (id, slug, title, category_id, status, body, body_text, published_at) VALUES
      (1, 'publie', 'Coton publié', 1, 'published', '{"type":"doc"}', 'récolte', 1000),
      (2, 'brouillon', 'Coton en brouillon', 1, 'draft', '{"type":"doc"}', 'secretissime', NULL),
      (3, 'programme', 'Coton programmé', 1, 'scheduled', '{"type":"doc"}', 'récolte', NULL);
    INSERT INTO article_tags (article_id, tag_id) VALUES (1, 1), (2, 1), (3, 1);
    INSERT INTO article_authors (article_id, author_id) VALUES (1, 1), (2, 1), (3, 1);
  `)
  expect(sql.prepare('SELECT count(*) AS n FROM articles_fts').get()).toEqual({ n: 3 })

  migrateDatabase(database)
  expect(sql.prepare('SELECT article_id, published_at FROM article_tags ORDER BY article_id').all()).toEqual([
    { article_id: 1, published_at: 1000 },
    { article_id: 2, published_at: null },
    { article_id: 3, published_at: null },
  ])
  expect(sql.prepare('SELECT article_id, published_at FROM article_authors ORDER BY article_id').all()).toEqual([
    { article_id: 1, published_at: 1000 },
    { article_id: 2, published_at: null },
    { article_id: 3, published_at: null },
  ])
  expect(sql.prepare('SELECT rowid AS id, tags FROM articles_fts').all()).toEqual([{ id: 1, tags: 'Coton' }])
  expect(sql.prepare("SELECT count(*) AS n FROM articles_fts_vocab WHERE term = 'secretissime'").get()).toEqual({ n: 0 })

  // Publishing the scheduled story afterwards indexes it with its tags, by the new triggers.
  sql.prepare("UPDATE articles SET status = 'published', published_at = 2000 WHERE id = 3").run()
  expect(sql.prepare('SELECT rowid AS id, tags FROM articles_fts ORDER BY rowid').all()).toEqual([
    { id: 1, tags: 'Coton' },
    { id: 3, tags: 'Coton' },
  ])
  expect(sql.prepare('SELECT published_at FROM article_tags WHERE article_id = 3').get()).toEqual({ published_at: 2000 })
  sql.close()
})
