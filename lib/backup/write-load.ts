// The newsroom of backup.test.ts: a separate process, so a separate SQLite connection and file
// locks like the site's, that keeps writing while the test takes a backup. It writes the way the
// site does (db/open.ts settings; an image's files stored before its row, lib/media/storage.ts),
// and every transaction keeps invariants that a copy mixing two moments would break:
//   - settings 'charge.commits' counts the transactions, 'charge.stories' the live stories;
//   - a story's version equals the number of its revisions;
//   - each story has one byline, two tags and a search-index row with its current title.
// It only touches rows it created, so everything older is the same in any snapshot.
// Run: node --import tsx lib/backup/write-load.ts <database> <uploads>; send 'stop' over IPC.
import { randomBytes } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import { openDatabase } from '@/db/open'
import { monthFolder, randomName, storeFiles } from '@/lib/media/storage'

const [databasePath = '', uploadsDir = ''] = process.argv.slice(2)
if (!databasePath || !uploadsDir) throw new Error('usage: write-load.ts <database> <uploads>')
const sqlite = openDatabase(databasePath).$client

const first = (sql: string) => (sqlite.prepare(sql).get() as { id: number }).id
const categoryId = first('SELECT id FROM categories ORDER BY id LIMIT 1')
const authorId = first('SELECT id FROM authors ORDER BY id LIMIT 1')
const [tagA, tagB] = (sqlite.prepare('SELECT id FROM tags ORDER BY id LIMIT 2').all() as { id: number }[]).map((t) => t.id)

const bump = sqlite.prepare("INSERT INTO settings (key, value) VALUES (?, '1') ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + ?")
const insertArticle = sqlite.prepare(
  `INSERT INTO articles (slug, title, standfirst, category_id, status, body, body_text, cover_media_id, published_at)
   VALUES (?, ?, 'Chapô de charge.', ?, 'published', ?, ?, ?, ?)`,
)
const insertByline = sqlite.prepare('INSERT INTO article_authors (article_id, author_id, position) VALUES (?, ?, 0)')
const insertTag = sqlite.prepare('INSERT INTO article_tags (article_id, tag_id) VALUES (?, ?)')
const insertRevision = sqlite.prepare(
  `INSERT INTO article_revisions (article_id, version, title, standfirst, body, reason)
   SELECT id, version, title, standfirst, body, 'save' FROM articles WHERE id = ?`,
)
const editArticle = sqlite.prepare('UPDATE articles SET title = ?, version = version + 1, updated_at = ? WHERE id = ?')
const countView = sqlite.prepare("INSERT INTO article_views (article_id, day, count) VALUES (?, '2026-01-01', 1) ON CONFLICT DO UPDATE SET count = count + 1")
const deleteArticle = sqlite.prepare('DELETE FROM articles WHERE id = ?')
const insertMedia = sqlite.prepare(
  `INSERT INTO media (path, mime_type, width, height, bytes, alt, variants)
   VALUES (?, 'image/jpeg', 800, 600, ?, 'Image de charge', ?)`,
)

const body = (text: string) => JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] })
// When each transaction had returned: any of them done before the backup began must be in it.
const commitTimes: number[] = []
const commit = (fn: () => void) => {
  sqlite.transaction(() => {
    fn()
    bump.run('charge.commits', 1)
  })()
  commitTimes.push(Date.now())
}

const stories: number[] = []
let stopping = false
process.on('message', (message) => {
  if (message === 'stop') stopping = true
})
// The test process gone (a failure, a timeout): stop too rather than write forever.
process.on('disconnect', () => {
  stopping = true
})

async function main() {
  for (let n = 1; !stopping; n++) {
    let coverId: number | null = null
    if (n % 7 === 0) {
      // An upload: original and variant on disk first, then the row that names them.
      const base = `${monthFolder(new Date())}/${randomName()}`
      const original = randomBytes(3000 + (n % 11) * 997)
      const variant = randomBytes(1000 + (n % 5) * 311)
      await storeFiles(uploadsDir, [
        { rel: `${base}.jpg`, data: original },
        { rel: `${base}-480.webp`, data: variant },
      ])
      commit(() => {
        coverId = Number(insertMedia.run(`${base}.jpg`, original.length, JSON.stringify([{ path: `${base}-480.webp`, width: 480, height: 360, format: 'webp', bytes: variant.length, purpose: 'responsive' }])).lastInsertRowid)
      })
    }
    const target = stories.length ? stories[n % stories.length] : undefined
    if (target !== undefined && n % 3 === 1) {
      commit(() => {
        editArticle.run(`Dépêche ${target}, version de ${n}`, Date.now(), target)
        insertRevision.run(target)
      })
    } else if (target !== undefined && n % 3 === 2) {
      commit(() => countView.run(target))
    } else {
      commit(() => {
        const title = `Dépêche de charge ${n}`
        const id = Number(insertArticle.run(`charge-${n}`, title, categoryId, body(`Texte ${n}.`), `Texte ${n}.`, coverId, Date.now()).lastInsertRowid)
        insertByline.run(id, authorId)
        insertTag.run(id, tagA)
        insertTag.run(id, tagB)
        insertRevision.run(id)
        bump.run('charge.stories', 1)
        stories.push(id)
      })
    }
    if (n % 50 === 0 && stories.length > 10) {
      const id = stories.splice(n % stories.length, 1)[0] as number
      commit(() => {
        deleteArticle.run(id)
        bump.run('charge.stories', -1)
      })
    }
    if (n === 20) process.send?.({ ready: true })
    await sleep(1)
  }
  sqlite.close()
  if (process.connected) process.send?.({ commitTimes }, () => process.exit(0))
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
