import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
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
