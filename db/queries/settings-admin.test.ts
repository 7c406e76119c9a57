// Settings and stations against a real SQLite file: stored keys stay readable by the public
// reads, only administrators write, stations keep their order and their anchors.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { radioInputSchema, settingsInputSchema } from '@/lib/settings-input'
import type { StaffUser } from './users'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kibaru-settings-'))
process.env.DATABASE_PATH = path.join(dir, 'test.db')

let a: typeof import('./settings-admin')
let site: typeof import('./site')
let s: typeof import('../schema')
let database: ReturnType<typeof import('../client').db>

const admin: StaffUser = { id: 1, email: 'admin@kibaru.test', name: 'Admin', role: 'admin', sessionVersion: 1 }
const editor: StaffUser = { id: 2, email: 'editeur@kibaru.test', name: 'Éditeur', role: 'editor', sessionVersion: 1 }

const validSettings = {
  siteName: 'Kibaru',
  tagline: 'Toute l’actualité du Mali',
  facebookPageUrl: 'https://www.facebook.com/kibaru.ml',
  facebookAppId: '',
  contactEmail: 'redaction@kibaru.ml',
  defaultShareImageId: '',
}
const radio = (fields: Partial<Record<string, string>>) =>
  radioInputSchema.parse({ name: 'Radio Jeunesse', kind: 'radio', streamUrl: 'https://flux.example.ml/jeunesse.mp3', active: 'on', ...fields })
const auditActions = () => database.$client.prepare('SELECT action FROM audit_log ORDER BY id').all().map((r) => (r as { action: string }).action)

beforeAll(async () => {
  const { db } = await import('../client')
  const { migrateDatabase } = await import('../open')
  s = await import('../schema')
  a = await import('./settings-admin')
  site = await import('./site')
  database = db()
  migrateDatabase(database)
  database.insert(s.users).values([
    { id: 1, email: admin.email, name: admin.name, role: 'admin' },
    { id: 2, email: editor.email, name: editor.name, role: 'editor' },
  ]).run()
  // As the seed stores them.
  for (const [key, value] of Object.entries({ siteName: 'Kibaru', tagline: "L'actualité du Mali et du Sahel", liveTvSlug: 'ortm' })) database.insert(s.settings).values({ key, value }).run()
})
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('settings', () => {
  it('writes every key the public read knows, and the public read returns them', () => {
    const image = database.insert(s.media).values({ path: '2026/01/une.jpg', mimeType: 'image/jpeg', width: 1600, height: 900, bytes: 1000, alt: 'Le fleuve à Ségou' }).returning().get()
    const input = settingsInputSchema.parse({ ...validSettings, siteName: 'Kibaru Info', tagline: 'Le Mali, chaque matin', facebookAppId: '123456789', defaultShareImageId: String(image.id) })
    expect(a.updateSettings(admin, input)).toMatchObject({ ok: true })
    expect(site.readSettings()).toEqual({
      siteName: 'Kibaru Info',
      tagline: 'Le Mali, chaque matin',
      facebookPageUrl: 'https://www.facebook.com/kibaru.ml',
      facebookAppId: '123456789',
      contactEmail: 'redaction@kibaru.ml',
      liveTvSlug: 'ortm',
      defaultShareImageId: image.id,
    })
    expect(site.readDefaultShareImage()).toEqual({ url: '/media/2026/01/une.jpg', width: 1600, height: 900, alt: 'Le fleuve à Ségou' })
    // The share crop is preferred when the library made one.
    database.$client
      .prepare('UPDATE media SET variants = ? WHERE id = ?')
      .run(JSON.stringify([{ path: '2026/01/une-share.jpg', width: 1200, height: 630, format: 'jpeg', bytes: 10, purpose: 'share' }]), image.id)
    expect(site.readDefaultShareImage()).toMatchObject({ url: '/media/2026/01/une-share.jpg', width: 1200, height: 630 })
    expect(a.isDefaultShareImage(image.id)).toBe(true)
    expect(auditActions()).toContain('settings.update')

    // Back to no image: stored as JSON null, read as null.
    expect(a.updateSettings(admin, settingsInputSchema.parse({ ...validSettings, defaultShareImageId: '' }))).toMatchObject({ ok: true })
    expect(site.readSettings().defaultShareImageId).toBeNull()
    expect(site.readDefaultShareImage()).toBeNull()
  })

  it('refuses an editor and an unknown image, and changes nothing', () => {
    const before = site.readSettings()
    expect(a.updateSettings(editor, settingsInputSchema.parse({ ...validSettings, tagline: 'Piraté' }))).toMatchObject({ ok: false })
    expect(a.updateSettings(admin, settingsInputSchema.parse({ ...validSettings, tagline: 'Autre', defaultShareImageId: '9999' }))).toMatchObject({
      ok: false,
      fieldErrors: { defaultShareImageId: expect.any(String) },
    })
    expect(site.readSettings()).toEqual(before)
  })

  it('lists recent images, keeping the chosen one even when it is older', () => {
    const old = database.insert(s.media).values({ path: 'vieille.jpg', mimeType: 'image/jpeg', width: 10, height: 10, bytes: 1, createdAt: new Date(0) }).returning().get()
    for (let i = 0; i < 5; i++) database.insert(s.media).values({ path: `recente-${i}.jpg`, mimeType: 'image/jpeg', width: 10, height: 10, bytes: 1 }).run()
    expect(a.listImageChoices(null, 3).map((c) => c.src)).not.toContain('/media/vieille.jpg')
    const withCurrent = a.listImageChoices(old.id, 3)
    expect(withCurrent[0]).toMatchObject({ id: old.id, src: '/media/vieille.jpg' })
    expect(withCurrent).toHaveLength(4)
  })
})

describe('radios', () => {
  it('adds stations at the end with a unique anchor, and only active ones reach readers', () => {
    const first = a.createRadio(admin, radio({ name: 'Radio Jeunesse' }))
    const second = a.createRadio(admin, radio({ name: 'Télé Sahel', kind: 'tv', streamUrl: '/media/radios/sahel.mp3', active: undefined }))
    expect(first).toMatchObject({ ok: true })
    expect(second).toMatchObject({ ok: true })
    expect(a.listRadiosForAdmin().map((r) => [r.slug, r.position, r.active])).toEqual([
      ['radio-jeunesse', 0, true],
      ['tele-sahel', 1, false],
    ])
    expect(site.readRadios().map((r) => r.slug)).toEqual(['radio-jeunesse'])
    expect(a.createRadio(admin, radio({ name: 'radio jeunesse' }))).toMatchObject({ ok: false, fieldErrors: { name: expect.any(String) } })
    expect(auditActions().filter((x) => x === 'radio.create')).toHaveLength(2)
  })

  it('edits a station without changing its anchor, and refuses an editor', () => {
    const station = a.listRadiosForAdmin().find((r) => r.slug === 'radio-jeunesse')!
    expect(a.updateRadio(editor, station.id, radio({ name: 'Piratée' }))).toMatchObject({ ok: false })
    expect(a.updateRadio(admin, station.id, radio({ name: 'Radio Jeunesse FM', city: 'Kayes', frequency: '98.5 MHz' }))).toMatchObject({ ok: true })
    expect(a.getRadioForAdmin(station.id)).toMatchObject({ slug: 'radio-jeunesse', name: 'Radio Jeunesse FM', city: 'Kayes', frequency: '98.5 MHz' })
    expect(auditActions()).toContain('radio.update')
  })

  it('reorders and removes stations; removing the footer’s live TV clears that setting', () => {
    const ortm = database.insert(s.radios).values({ slug: 'ortm', name: 'ORTM', kind: 'tv', streamUrl: '/media/ortm.mp3', position: 9 }).returning().get()
    expect(a.moveRadio(admin, ortm.id, 'down')).toMatchObject({ ok: false })
    expect(a.moveRadio(editor, ortm.id, 'up')).toMatchObject({ ok: false })
    expect(a.moveRadio(admin, ortm.id, 'up')).toMatchObject({ ok: true })
    expect(a.listRadiosForAdmin().map((r) => [r.slug, r.position])).toEqual([
      ['radio-jeunesse', 0],
      ['ortm', 1],
      ['tele-sahel', 2],
    ])
    expect(a.deleteRadio(editor, ortm.id)).toMatchObject({ ok: false })
    expect(site.readSettings().liveTvSlug).toBe('ortm')
    expect(a.deleteRadio(admin, ortm.id)).toMatchObject({ ok: true })
    expect(a.getRadioForAdmin(ortm.id)).toBeNull()
    expect(site.readSettings().liveTvSlug).toBeNull()
    expect(auditActions()).toEqual(expect.arrayContaining(['radio.reorder', 'radio.delete']))
  })
})
