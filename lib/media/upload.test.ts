import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { StaffUser } from '@/db/queries/users'
import { UPLOAD_ERRORS } from './sniff'

vi.setConfig({ testTimeout: 60_000 })

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kibaru-upload-'))
const uploadsDir = path.join(dir, 'uploads')
process.env.DATABASE_PATH = path.join(dir, 'test.db')
process.env.UPLOADS_DIR = uploadsDir
process.env.MEDIA_MAX_BYTES = String(2 * 1024 * 1024)

let upload: typeof import('./upload')
let media: typeof import('@/db/queries/media')
let staff: StaffUser
let count: () => number

/** Every file under UPLOADS_DIR, relative to it. */
function files(): string[] {
  if (!fs.existsSync(uploadsDir)) return []
  return (fs.readdirSync(uploadsDir, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(uploadsDir, f)).isFile()).sort()
}

beforeAll(async () => {
  const { db } = await import('@/db/client')
  const { migrateDatabase } = await import('@/db/open')
  migrateDatabase(db())
  const users = await import('@/db/queries/users')
  staff = { id: await users.createStaff({ email: 'j@kibaru.test', name: 'Fatou', role: 'journalist', password: null }), email: 'j@kibaru.test', name: 'Fatou', role: 'journalist', sessionVersion: 1 }
  upload = await import('./upload')
  media = await import('@/db/queries/media')
  count = () => (db().$client.prepare('SELECT count(*) AS n FROM media').get() as { n: number }).n
})
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

const fields = { alt: 'Des pirogues sur le Niger', credit: 'Fatou Sidibé', caption: 'Au port de Mopti.' }

describe('uploadImage', () => {
  it('stores a PNG named .jpg as a PNG, under a generated name, with its variants on disk and in the row', async () => {
    const png = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#2d4a7a' } }).png().toBuffer()
    const result = await upload.uploadImage(staff, { data: png, name: 'vacances.jpg' }, fields, '127.0.0.1', { now: new Date('2026-11-05T10:00:00Z') })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const item = result.item
    expect(item).toMatchObject({ mimeType: 'image/png', width: 900, height: 600, originalName: 'vacances.jpg', alt: fields.alt, credit: fields.credit, caption: fields.caption, uploadedBy: staff.id })
    expect(item.path).toMatch(/^2026\/11\/[0-9a-f]{20}\.png$/)
    expect(result.media).toEqual({ id: item.id, src: `/media/${item.path}`, thumb: expect.stringMatching(/-480\.webp$/), width: 900, height: 600, alt: fields.alt, credit: fields.credit, caption: fields.caption })
    expect(item.variants.map((v) => `${v.purpose}:${v.format}:${v.width}x${v.height}`).sort()).toEqual(
      ['responsive:avif:480x320', 'responsive:avif:800x533', 'responsive:avif:900x600', 'responsive:webp:480x320', 'responsive:webp:800x533', 'responsive:webp:900x600', 'share:jpeg:1200x630'].sort(),
    )
    const stored = files()
    expect(stored).toContain(item.path)
    for (const v of item.variants) {
      expect(stored).toContain(v.path)
      expect(fs.statSync(path.join(uploadsDir, v.path)).size).toBe(v.bytes)
    }
    expect(stored.filter((f) => f.startsWith('.tmp'))).toEqual([])
  })

  it('refuses a text file named .jpg, an SVG and an oversize file, leaving no file and no row', async () => {
    const before = { rows: count(), files: files() }
    const text = await upload.uploadImage(staff, { data: Buffer.from('Bonjour, je suis un texte.'), name: 'photo.jpg' }, fields, null)
    expect(text).toEqual({ ok: false, status: 415, error: UPLOAD_ERRORS.unknownType })
    const svg = await upload.uploadImage(staff, { data: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), name: 'logo.png' }, fields, null)
    expect(svg).toEqual({ ok: false, status: 415, error: UPLOAD_ERRORS.svg })
    // MEDIA_MAX_BYTES is 2 MB in this file.
    const big = await upload.uploadImage(staff, { data: Buffer.alloc(2 * 1024 * 1024 + 1, 0xff), name: 'grande.jpg' }, fields, null)
    expect(big).toMatchObject({ ok: false, status: 413, error: 'Ce fichier pèse plus de 2 Mo : la limite est de 2 Mo.' })
    expect(count()).toBe(before.rows)
    expect(files()).toEqual(before.files)
  })

  it('stores files under generated names inside UPLOADS_DIR, whatever the uploaded name says', async () => {
    /** Every file under the test folder (database, uploads and anything a traversal could reach). */
    const everything = () => (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(dir, f)).isFile()).sort()
    const outsideBefore = fs.readdirSync(path.dirname(dir)).sort()
    const jpeg = await sharp({ create: { width: 120, height: 80, channels: 3, background: '#6b8e23' } }).jpeg().toBuffer()
    const names: [string, string][] = [
      ['../../etc/passwd.jpg', 'passwd.jpg'],
      ['..\\..\\x.png', 'x.png'],
      ['photo\u0000.php.jpg', 'photo.php.jpg'],
      ['/etc/cron.d/kibaru.jpg', 'kibaru.jpg'],
      ['C:\\Windows\\System32\\evil.jpg', 'evil.jpg'],
      ['..', '..'],
      ['.htaccess', '.htaccess'],
    ]
    for (const [name, kept] of names) {
      const before = everything()
      const result = await upload.uploadImage(staff, { data: jpeg, name }, fields, null)
      if (!result.ok) throw new Error(result.error)
      // The name is a label for search and display; the path is made by the server.
      expect(result.item.originalName, JSON.stringify(name)).toBe(kept)
      expect(result.item.path).toMatch(/^\d{4}\/\d{2}\/[0-9a-f]{20}\.jpg$/)
      const added = everything().filter((f) => !before.includes(f))
      // The original and its 3 variants (one responsive width in two formats, the share crop) and the database's own files.
      const stored = added.filter((f) => !f.startsWith('test.db'))
      expect(stored.length, JSON.stringify(name)).toBe(4)
      for (const file of stored) expect(file, JSON.stringify(name)).toMatch(/^uploads\/\d{4}\/\d{2}\/[0-9a-f]{20}(-[a-z0-9]+)?\.(jpg|webp|avif)$/)
    }
    expect(fs.readdirSync(path.dirname(dir)).sort()).toEqual(outsideBefore)
  })

  it('waits for a database locked by another process, then answers with a retryable French message, leaving no file and no row', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const before = { rows: count(), files: files() }
    const jpeg = await sharp({ create: { width: 200, height: 100, channels: 3, background: '#1f6f8b' } }).jpeg().toBuffer()
    const holder = new Database(process.env.DATABASE_PATH!)
    holder.exec('BEGIN IMMEDIATE')
    try {
      // Held past the wait (5 s, as the connection's busy timeout).
      const refused = await upload.uploadImage(staff, { data: jpeg, name: 'fleuve.jpg' }, fields, null)
      expect(refused).toEqual({ ok: false, status: 503, error: 'La base de données est momentanément occupée. Rien n’a été modifié\u00a0: réessayez dans quelques secondes.' })
      expect(files()).toEqual(before.files)
      expect(count()).toBe(before.rows)
      // Released a moment later: the upload goes through.
      setTimeout(() => holder.exec('ROLLBACK'), 300)
      const done = await upload.uploadImage(staff, { data: jpeg, name: 'fleuve.jpg' }, fields, null)
      expect(done.ok).toBe(true)
      expect(count()).toBe(before.rows + 1)
    } finally {
      if (holder.inTransaction) holder.exec('ROLLBACK')
      holder.close()
      warn.mockRestore()
    }
  })

  it('removes the files again when the row cannot be written', async () => {
    const before = { rows: count(), files: files() }
    const jpeg = await sharp({ create: { width: 200, height: 100, channels: 3, background: '#b23f2c' } }).jpeg().toBuffer()
    const ghost = { ...staff, id: 987_654 } // no such user: the foreign key refuses the row
    await expect(upload.uploadImage(ghost, { data: jpeg, name: 'x.jpg' }, fields, null)).rejects.toThrow()
    expect(count()).toBe(before.rows)
    expect(files()).toEqual(before.files)
    expect(media.listMedia().total).toBe(before.rows)
  })
})
