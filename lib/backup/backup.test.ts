// The round trip of npm run backup / npm run restore: every table and file comes back identical,
// a backup taken while another process writes is one consistent moment, and every refusal
// (non-empty folders, live data, a tampered backup) happens before anything is written.
import { fork, spawnSync } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { migrateDatabase, openDatabase, type Db } from '@/db/open'
import { seedSynthetic } from '@/db/seed/synthetic'
import { storeFiles, TEMP_DIR } from '@/lib/media/storage'
import { backup } from './backup'
import { countRows, foreignKeyProblems, integrityProblems } from './database'
import { BackupError } from './errors'
import { MANIFEST_FILE, readManifest } from './manifest'
import { restore } from './restore'

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 })

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kibaru-backup-'))
const source = { database: path.join(root, 'site', 'kibaru.db'), uploads: path.join(root, 'site', 'uploads') }
const outside = path.join(root, 'outside')
let database: Db

afterAll(() => {
  database?.$client.close()
  fs.rmSync(root, { recursive: true, force: true })
})

/** A fresh data folder to restore into. */
let folders = 0
function target() {
  const dir = path.join(root, `target-${++folders}`)
  return { dir, database: path.join(dir, 'kibaru.db'), uploads: path.join(dir, 'uploads') }
}
const freshDir = () => path.join(root, `backup-${++folders}`)

function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex')
}

/** Regular files under a folder, skipping hidden names and links, with their SHA-256. */
function filesOf(dir: string, prefix = '', out: Record<string, string> = {}): Record<string, string> {
  // By hand: readdirSync({ recursive: true }) walks into linked folders.
  if (!fs.existsSync(dir)) return out
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue
    const rel = prefix + entry.name
    if (entry.isDirectory()) filesOf(path.join(dir, entry.name), `${rel}/`, out)
    else if (entry.isFile()) out[rel] = sha256(path.join(dir, entry.name))
  }
  return out
}

/** Every row of every table (search index included), as sorted JSON lines. */
function dump(sqlite: Database.Database): Record<string, string[]> {
  return Object.fromEntries(
    Object.keys(countRows(sqlite)).map((table) => [table, (sqlite.prepare(`SELECT * FROM "${table}"`).raw().all() as unknown[]).map((row) => JSON.stringify(row)).sort()]),
  )
}

function schemaOf(sqlite: Database.Database): string[] {
  return (sqlite.prepare('SELECT type, name, sql FROM sqlite_schema ORDER BY type, name').all() as object[]).map((r) => JSON.stringify(r))
}

function open(file: string) {
  return new Database(file, { readonly: true, fileMustExist: true })
}

async function expectRefusal(promise: Promise<unknown>, code: BackupError['code'], message?: RegExp) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(BackupError)
  expect((error as BackupError).code).toBe(code)
  if (message) expect((error as BackupError).message).toMatch(message)
}

beforeAll(async () => {
  database = openDatabase(source.database)
  migrateDatabase(database)
  const sqlite = database.$client
  sqlite.exec(`
    INSERT INTO categories (slug, name) VALUES ('politique', 'Politique'), ('societe', 'Société');
    INSERT INTO authors (slug, name) VALUES ('awa-traore', 'Awa Traoré'), ('moussa-keita', 'Moussa Keïta');
    INSERT INTO tags (slug, name) VALUES ('bamako', 'Bamako'), ('elections', 'Élections'), ('hivernage', 'Hivernage');
    INSERT INTO users (email, name, password_hash, role) VALUES ('redaction@kibaru.test', 'Rédaction', '$argon2id$v=19$fictif', 'editor');
  `)
  // Enough stories that copying the database takes a while, so the writer lands commits during it.
  seedSynthetic(database, 4000)

  // Images stored the site's way, each with a row naming the original and a variant.
  const insertMedia = sqlite.prepare("INSERT INTO media (path, mime_type, width, height, bytes, variants) VALUES (?, 'image/jpeg', 1600, 900, ?, ?)")
  for (let i = 0; i < 40; i++) {
    const base = `2026/${String((i % 3) + 1).padStart(2, '0')}/${randomBytes(10).toString('hex')}`
    const original = randomBytes(5000 + i * 1013)
    const variant = randomBytes(2000 + i * 101)
    await storeFiles(source.uploads, [
      { rel: `${base}.jpg`, data: original },
      { rel: `${base}-800.webp`, data: variant },
    ])
    insertMedia.run(`${base}.jpg`, original.length, JSON.stringify([{ path: `${base}-800.webp`, width: 800, height: 450, format: 'webp', bytes: variant.length, purpose: 'responsive' }]))
  }
  // The demo content's files, which have no month folder.
  fs.mkdirSync(path.join(source.uploads, 'demo'), { recursive: true })
  fs.writeFileSync(path.join(source.uploads, 'demo', 'flux-radio.wav'), randomBytes(4096))
  fs.writeFileSync(path.join(source.uploads, 'demo', 'vide.jpg'), '')

  // What a backup must leave out: an upload in progress, hidden files, and links that lead out.
  fs.mkdirSync(path.join(source.uploads, TEMP_DIR), { recursive: true })
  fs.writeFileSync(path.join(source.uploads, TEMP_DIR, 'a1b2c3.part'), 'moitié d’une image')
  fs.writeFileSync(path.join(source.uploads, '.DS_Store'), 'x')
  fs.mkdirSync(outside, { recursive: true })
  fs.writeFileSync(path.join(outside, 'secret.txt'), 'hors du dossier des médias')
  fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(source.uploads, 'demo', 'lien.jpg'))
  fs.symlinkSync(outside, path.join(source.uploads, 'ailleurs'))

  fs.writeFileSync(path.join(path.dirname(source.database), '.auth-secret'), 'cle-de-session-de-test', { mode: 0o600 })
})

describe('backup then restore, the site idle', () => {
  it('gives back every table, row and media file identical, with the session key', async () => {
    const dir = freshDir()
    const made = await backup(source.database, source.uploads, dir)
    const into = target()
    const back = await restore(dir, into.database, into.uploads)

    const before = open(source.database)
    const after = open(into.database)
    try {
      expect(integrityProblems(after)).toEqual([])
      expect(foreignKeyProblems(after)).toBe(0)
      expect(schemaOf(after)).toEqual(schemaOf(before))
      const tables = dump(before)
      expect(Object.keys(tables)).toEqual(expect.arrayContaining(['articles', 'articles_fts', 'media', 'users', '__drizzle_migrations']))
      expect(tables.articles).toHaveLength(4000)
      const restored = dump(after)
      for (const [table, rows] of Object.entries(tables)) expect(restored[table], table).toEqual(rows)
      expect(Object.keys(restored)).toEqual(Object.keys(tables))
    } finally {
      before.close()
      after.close()
    }

    const files = filesOf(source.uploads)
    expect(Object.keys(files)).toHaveLength(40 * 2 + 2)
    expect(filesOf(into.uploads)).toEqual(files)
    // Neither the upload in progress, the hidden file nor what the links point to came along.
    expect(fs.readdirSync(into.uploads).sort()).toEqual(['2026', 'demo'])
    expect(fs.existsSync(path.join(into.uploads, 'demo', 'lien.jpg'))).toBe(false)
    expect(made.skippedUploads).toEqual(['ailleurs', 'demo/lien.jpg'])
    expect(made.missingUploads).toEqual([])

    const secret = path.join(into.dir, '.auth-secret')
    expect(fs.readFileSync(secret, 'utf8')).toBe('cle-de-session-de-test')
    expect(fs.statSync(secret).mode & 0o777).toBe(0o600)
    expect(back.authSecret).toBe('restored')
    expect(fs.statSync(path.join(dir, 'kibaru.db')).mode & 0o777).toBe(0o600)
    // Nothing but the database, its key and the media: no temporary file left in the data folder.
    expect(fs.readdirSync(into.dir).sort()).toEqual(['.auth-secret', 'kibaru.db', 'uploads'])

    const manifest = await readManifest(dir)
    expect(manifest.database.tables.articles).toBe(4000)
    expect(manifest.uploads.count).toBe(82)
    expect(manifest.database.sha256).toBe(sha256(path.join(dir, 'kibaru.db')))
    expect(manifest.uploads.files.find((f) => f.path === 'demo/flux-radio.wav')?.sha256).toBe(files['demo/flux-radio.wav'])
  })
})

describe('backup while another process writes', () => {
  it('copies one consistent moment: nothing older lost, every invariant whole, every named file there', async () => {
    const sqlite = database.$client
    const before = dump(sqlite)

    const writer = fork(path.join(__dirname, 'write-load.ts'), [source.database, source.uploads], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
    const finished = new Promise<number[]>((resolve, reject) => {
      writer.on('message', (m: { commitTimes?: number[] }) => m.commitTimes && resolve(m.commitTimes))
      writer.on('exit', (code) => reject(new Error(`le processus d’écriture s’est arrêté (code ${code})`)))
    })
    await new Promise<void>((resolve, reject) => {
      writer.on('message', (m: { ready?: boolean }) => m.ready && resolve())
      writer.on('exit', reject)
    })

    const dir = freshDir()
    const startedAt = Date.now()
    let made: Awaited<ReturnType<typeof backup>>
    try {
      made = await backup(source.database, source.uploads, dir)
    } catch (error) {
      writer.kill()
      throw error
    }
    const endedAt = Date.now()
    writer.send('stop')
    const commitTimes = await finished

    // The premise: writes really happened while the backup ran.
    const during = commitTimes.filter((t) => t >= startedAt && t <= endedAt).length
    console.log(`Sauvegarde sous charge : ${endedAt - startedAt} ms, ${during} transactions de l’autre processus pendant ce temps, ${commitTimes.length} en tout.`)
    expect(during).toBeGreaterThan(0)

    const into = target()
    await restore(dir, into.database, into.uploads)
    const copy = open(into.database)
    try {
      expect(integrityProblems(copy)).toEqual([])
      expect(foreignKeyProblems(copy)).toBe(0)

      // Every row that existed before the writes began is there, unchanged.
      const restored = dump(copy)
      for (const [table, rows] of Object.entries(before)) {
        const present = new Set(restored[table])
        expect(rows.filter((row) => !present.has(row)), table).toEqual([])
      }

      // One moment: no earlier than the last commit before the backup began, and whole.
      const setting = (key: string) => Number((copy.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined)?.value ?? 0)
      const commits = setting('charge.commits')
      expect(commits).toBeGreaterThanOrEqual(commitTimes.filter((t) => t < startedAt).length)
      expect(commits).toBeLessThanOrEqual(commitTimes.length)
      const stories = copy.prepare("SELECT id, title, version FROM articles WHERE slug LIKE 'charge-%'").all() as { id: number; title: string; version: number }[]
      expect(stories.length).toBeGreaterThan(0)
      expect(setting('charge.stories')).toBe(stories.length)
      const one = (sql: string, id: number) => (copy.prepare(sql).get(id) as { n: number }).n
      for (const story of stories) {
        expect(one('SELECT count(*) AS n FROM article_revisions WHERE article_id = ?', story.id)).toBe(story.version)
        expect(one('SELECT count(*) AS n FROM article_authors WHERE article_id = ?', story.id)).toBe(1)
        expect(one('SELECT count(*) AS n FROM article_tags WHERE article_id = ?', story.id)).toBe(2)
        expect((copy.prepare('SELECT title FROM articles_fts WHERE rowid = ?').get(story.id) as { title: string }).title).toBe(story.title)
      }
      expect((copy.prepare('SELECT count(*) AS n FROM articles WHERE id NOT IN (SELECT rowid FROM articles_fts)').get() as { n: number }).n).toBe(0)

      // Database first, files after: every file a backed-up row names made it, byte for byte.
      expect(made.missingUploads).toEqual([])
      const named = copy.prepare('SELECT path, variants FROM media').all() as { path: string; variants: string | null }[]
      const paths = named.flatMap((m) => [m.path, ...((JSON.parse(m.variants ?? '[]') as { path: string }[]).map((v) => v.path))])
      expect(paths.length).toBeGreaterThan(80)
      for (const rel of paths) expect(sha256(path.join(into.uploads, rel)), rel).toBe(sha256(path.join(source.uploads, rel)))
    } finally {
      copy.close()
    }
    // Every restored file is the source's, and the source kept growing after the snapshot.
    const sourceFiles = filesOf(source.uploads)
    for (const [rel, sum] of Object.entries(filesOf(into.uploads))) expect(sum, rel).toBe(sourceFiles[rel])
  })
})

describe('refusals', () => {
  it('backup: refuses a folder that is not empty, a file, a folder inside the media, a missing database', async () => {
    const full = freshDir()
    fs.mkdirSync(full)
    fs.writeFileSync(path.join(full, 'ancienne.txt'), 'à garder')
    await expectRefusal(backup(source.database, source.uploads, full), 'out-not-empty', /n’est pas vide/)
    expect(fs.readdirSync(full)).toEqual(['ancienne.txt'])

    const file = path.join(root, 'un-fichier')
    fs.writeFileSync(file, 'x')
    await expectRefusal(backup(source.database, source.uploads, file), 'out-not-empty', /pas un dossier/)
    await expectRefusal(backup(source.database, source.uploads, path.join(source.uploads, 'sauvegarde')), 'out-inside-uploads')
    expect(fs.existsSync(path.join(source.uploads, 'sauvegarde'))).toBe(false)

    const nowhere = freshDir()
    await expectRefusal(backup(path.join(root, 'absente.db'), source.uploads, nowhere), 'source-missing', /introuvable/)
    expect(fs.existsSync(nowhere)).toBe(false)
    expect(fs.existsSync(path.join(root, 'absente.db'))).toBe(false)
  })

  describe('restore', () => {
    let dir: string
    beforeAll(async () => {
      dir = freshDir()
      await backup(source.database, source.uploads, dir)
    })

    /** A copy of the backup to damage. */
    function copyOfBackup(): string {
      const copy = freshDir()
      fs.cpSync(dir, copy, { recursive: true })
      return copy
    }

    it('refuses to write over an existing database, its -wal, or media already there', async () => {
      const into = target()
      fs.mkdirSync(into.dir, { recursive: true })
      fs.writeFileSync(into.database, 'base en service')
      await expectRefusal(restore(dir, into.database, into.uploads), 'target-not-empty', /n’écrase jamais/)
      expect(fs.readFileSync(into.database, 'utf8')).toBe('base en service')
      expect(fs.readdirSync(into.dir)).toEqual(['kibaru.db'])

      const wal = target()
      fs.mkdirSync(wal.dir, { recursive: true })
      fs.writeFileSync(`${wal.database}-wal`, 'journal')
      await expectRefusal(restore(dir, wal.database, wal.uploads), 'target-not-empty', /-wal/)

      const media = target()
      fs.mkdirSync(path.join(media.uploads, '2026'), { recursive: true })
      await expectRefusal(restore(dir, media.database, media.uploads), 'target-not-empty', /médias/)
      expect(fs.existsSync(media.database)).toBe(false)
    })

    it('refuses a tampered media file, database or manifest, and writes nothing', async () => {
      const media = copyOfBackup()
      const manifest = await readManifest(media)
      const victim = manifest.uploads.files[3]!.path
      const bytes = fs.readFileSync(path.join(media, 'uploads', victim))
      bytes[0] = (bytes[0]! + 1) % 256 // same size, one byte changed
      fs.writeFileSync(path.join(media, 'uploads', victim), bytes)
      const into = target()
      await expectRefusal(restore(media, into.database, into.uploads), 'checksum-mismatch', new RegExp(`${victim}.*SHA-256`))
      expect(fs.existsSync(into.dir)).toBe(false)

      const db = copyOfBackup()
      fs.appendFileSync(path.join(db, 'kibaru.db'), 'x')
      await expectRefusal(restore(db, into.database, into.uploads), 'checksum-mismatch', /kibaru\.db : \d+ octets au lieu de/)
      expect(fs.existsSync(into.dir)).toBe(false)

      // A link planted in a backup must not smuggle a file from elsewhere into the public media.
      const link = copyOfBackup()
      fs.rmSync(path.join(link, 'uploads', victim))
      fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(link, 'uploads', victim))
      await expectRefusal(restore(link, into.database, into.uploads), 'checksum-mismatch', /pas un fichier ordinaire/)
      expect(fs.existsSync(into.dir)).toBe(false)

      const escape = copyOfBackup()
      const edited = JSON.parse(fs.readFileSync(path.join(escape, MANIFEST_FILE), 'utf8'))
      edited.uploads.files.push({ path: '../../outside/secret.txt', bytes: 26, sha256: '0'.repeat(64) })
      edited.uploads.count++
      fs.writeFileSync(path.join(escape, MANIFEST_FILE), JSON.stringify(edited))
      await expectRefusal(restore(escape, into.database, into.uploads), 'checksum-mismatch', /chemin refusé/)
      expect(fs.existsSync(into.dir)).toBe(false)

      const unfinished = copyOfBackup()
      fs.rmSync(path.join(unfinished, MANIFEST_FILE))
      await expectRefusal(restore(unfinished, into.database, into.uploads), 'not-a-backup', /manifest\.json/)
      expect(fs.existsSync(into.dir)).toBe(false)
    })

    it('keeps a different session key in place, and accepts the same one', async () => {
      const other = target()
      fs.mkdirSync(other.dir, { recursive: true })
      fs.writeFileSync(path.join(other.dir, '.auth-secret'), 'une-autre-cle')
      await expectRefusal(restore(dir, other.database, other.uploads), 'secret-differs')
      expect(fs.readdirSync(other.dir)).toEqual(['.auth-secret'])

      const same = target()
      fs.mkdirSync(same.dir, { recursive: true })
      fs.writeFileSync(path.join(same.dir, '.auth-secret'), 'cle-de-session-de-test')
      expect((await restore(dir, same.database, same.uploads)).authSecret).toBe('same')
    })
  })
})

describe('npm run backup / restore', () => {
  const run = (script: string, dir: string, paths: { database: string; uploads: string }) =>
    spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, dir], {
      env: { ...process.env, DATABASE_PATH: paths.database, UPLOADS_DIR: paths.uploads },
      encoding: 'utf8',
      timeout: 60_000,
    })

  it('prints a French summary, and refuses with exit code 1 and a French message', () => {
    const dir = freshDir()
    const made = run('backup', dir, source)
    expect(made.stderr).toBe('')
    expect(made.status).toBe(0)
    expect(made.stdout).toMatch(/Sauvegarde terminée en .*\n.*dont 4\s0\d\d articles/)
    expect(made.stdout).toContain('.auth-secret')

    const again = run('backup', dir, source)
    expect(again.status).toBe(1)
    expect(again.stderr).toContain('n’est pas vide')

    const into = target()
    const back = run('restore', dir, into)
    expect(back.status).toBe(0)
    expect(back.stdout).toContain('Restauration terminée')
    const twice = run('restore', dir, into)
    expect(twice.status).toBe(1)
    expect(twice.stderr).toContain('n’écrase jamais')
  })
})
