import Database from 'better-sqlite3'
import { expect, test } from './fixtures'
import { findDemo, plain } from './demo'
import { E2E } from './env'

// Reader pages are served from Next's data cache once warm: a change made behind the
// application's back (not through the functions that invalidate cache tags) is not seen.
test('a warm article page is served from the cache, not from SQLite', async ({ page }) => {
  const story = findDemo((a) => a.category === 'culture', 'culture')
  await page.goto(`/articles/${story.slug}`)
  expect(plain(await page.getByRole('heading', { level: 1 }).textContent())).toBe(plain(story.title))

  const sqlite = new Database(E2E.databasePath)
  try {
    sqlite.prepare('UPDATE articles SET title = ? WHERE slug = ?').run('Titre modifié directement dans la base', story.slug)
    await page.reload()
    expect(plain(await page.getByRole('heading', { level: 1 }).textContent())).toBe(plain(story.title))
  } finally {
    sqlite.prepare('UPDATE articles SET title = ? WHERE slug = ?').run(story.title, story.slug)
    sqlite.close()
  }
})
