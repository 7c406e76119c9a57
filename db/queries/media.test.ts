import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { StaffUser } from './users'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kibaru-media-'))
const uploadsDir = path.join(dir, 'uploads')
process.env.DATABASE_PATH = path.join(dir, 'test.db')
process.env.UPLOADS_DIR = uploadsDir

let m: typeof import('./media')
let client: typeof import('../client')
let schema: typeof import('../schema')
let journalist: StaffUser
let otherJournalist: StaffUser
let editor: StaffUser

const staff = (id: number, role: StaffUser['role']): StaffUser => ({ id, role, email: `${id}@kibaru.test`, name: `Membre ${id}`, sessionVersion: 1 })

beforeAll(async () => {
  client = await import('../client')
  schema = await import('../schema')
  const { migrateDatabase } = await import('../open')
  migrateDatabase(client.db())
  const users = await import('./users')
  journalist = staff(await users.createStaff({ email: 'j1@kibaru.test', name: 'Fatou', role: 'journalist', password: null }), 'journalist')
  otherJournalist = staff(await users.createStaff({ email: 'j2@kibaru.test', name: 'Moussa', role: 'journalist', password: null }), 'journalist')
  editor = staff(await users.createStaff({ email: 'e@kibaru.test', name: 'Oumar', role: 'editor', password: null }), 'editor')
  m = await import('./media')
})
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

let counter = 0
/** An image recorded as if uploaded by `who`, with real (tiny) files on disk. */
function addImage(who: StaffUser, fields: { alt?: string; credit?: string | null; caption?: string; originalName?: string } = {}) {
  counter++
  const base = `2026/11/test${counter}`
  const files = [`${base}.jpg`, `${base}-480.webp`, `${base}-partage.jpg`]
  for (const rel of files) {
    fs.mkdirSync(path.join(uploadsDir, path.dirname(rel)), { recursive: true })
    fs.writeFileSync(path.join(uploadsDir, rel), 'x')
  }
  const item = m.createMedia(
    who,
    {
      path: files[0]!,
      originalName: fields.originalName ?? `photo-${counter}.jpg`,
      mimeType: 'image/jpeg',
      width: 1600,
      height: 900,
      bytes: 1,
      alt: fields.alt ?? '',
      credit: fields.credit ?? null,
      caption: fields.caption ?? '',
      variants: [
        { path: files[1]!, width: 480, height: 270, format: 'webp', bytes: 1, purpose: 'responsive' },
        { path: files[2]!, width: 1200, height: 630, format: 'jpeg', bytes: 1, purpose: 'share' },
      ],
    },
    '127.0.0.1',
  )
  return { item, files }
}

function audit(action: string, id: number) {
  return client.db().$client.prepare('SELECT user_id AS userId, details FROM audit_log WHERE action = ? AND entity_type = ? AND entity_id = ?').all(action, 'media', String(id)) as { userId: number; details: string }[]
}

function addArticle(slug: string, fields: Partial<typeof import('../schema').articles.$inferInsert> = {}) {
  return client
    .db()
    .insert(schema.articles)
    .values({ slug, title: `Titre ${slug}`, body: { type: 'doc', content: [] }, ...fields })
    .returning({ id: schema.articles.id })
    .get().id
}

describe('recording and reading', () => {
  it('records an upload with its uploader and an audit row', () => {
    const { item } = addImage(journalist, { alt: 'Le fleuve Niger à Ségou', credit: 'Fatou Sidibé' })
    expect(m.getMedia(item.id)).toMatchObject({ alt: 'Le fleuve Niger à Ségou', credit: 'Fatou Sidibé', uploadedBy: journalist.id, uploaderName: 'Fatou', src: `/media/${item.path}` })
    expect(item.thumb).toBe(`/media/${item.variants[0]!.path}`)
    expect(audit('media.upload', item.id)).toHaveLength(1)
    expect(m.getMedia(999_999)).toBeNull()
  })

  it('searches alt text, credit, caption and original name; every word must match', () => {
    const a = addImage(editor, { alt: 'Pirogues au port de Mopti', credit: 'Agence Sahel' }).item
    const b = addImage(editor, { caption: 'Le marché de Mopti au lever du jour' }).item
    const c = addImage(editor, { originalName: 'IMG_2044_mopti.jpg' }).item
    const d = addImage(editor, { credit: 'Photo AMAP' }).item
    const ids = (q: string) => m.listMedia({ q, pageSize: 100 }).items.map((i) => i.id)
    expect(ids('mopti').sort()).toEqual([a.id, b.id, c.id].sort())
    expect(ids('Mopti marché')).toEqual([b.id])
    expect(ids('amap')).toEqual([d.id])
    expect(ids('sahel pirogues')).toEqual([a.id])
    // LIKE wildcards are taken literally.
    expect(ids('%')).toEqual([])
    expect(ids('IMG_2044')).toEqual([c.id])
    expect(ids('IMG%2044')).toEqual([])
  })

  it('paginates newest first, and filters one uploader', () => {
    const all = m.listMedia({ pageSize: 100 })
    const first = m.listMedia({ page: 1, pageSize: 2 })
    const second = m.listMedia({ page: 2, pageSize: 2 })
    expect(first.items.map((i) => i.id)).toEqual(all.items.slice(0, 2).map((i) => i.id))
    expect(second.items.map((i) => i.id)).toEqual(all.items.slice(2, 4).map((i) => i.id))
    expect(first.totalPages).toBe(Math.ceil(all.total / 2))
    expect(all.items[0]!.id).toBeGreaterThan(all.items[1]!.id)
    // Out of range pages are brought back in range.
    expect(m.listMedia({ page: 999, pageSize: 2 }).page).toBe(first.totalPages)
    expect(m.listMedia({ uploadedBy: journalist.id, pageSize: 100 }).items.every((i) => i.uploadedBy === journalist.id)).toBe(true)
  })
})

describe('permissions', () => {
  it('journalists manage their own uploads only; editors and admins manage any', () => {
    const own = { uploadedBy: journalist.id }
    expect(m.mayManageMedia(journalist, own)).toBe(true)
    expect(m.mayManageMedia(otherJournalist, own)).toBe(false)
    expect(m.mayManageMedia(journalist, { uploadedBy: null })).toBe(false)
    expect(m.mayManageMedia(editor, own)).toBe(true)
    expect(m.mayManageMedia(staff(99, 'admin'), { uploadedBy: null })).toBe(true)
  })

  it('a journalist cannot edit someone else’s image; an editor can', () => {
    const { item } = addImage(editor, { alt: 'Avant' })
    const refused = m.updateMedia(journalist, item.id, { alt: 'Piraté', credit: 'x', caption: '' }, null)
    expect(refused).toMatchObject({ ok: false, error: expect.stringMatching(/Vous ne pouvez modifier que/) })
    expect(m.getMedia(item.id)?.alt).toBe('Avant')
    expect(audit('media.update', item.id)).toHaveLength(0)

    const mine = addImage(journalist, { alt: 'Avant' }).item
    expect(m.updateMedia(journalist, mine.id, { alt: 'Après', credit: 'Fatou Sidibé', caption: 'Une légende' }, null)).toEqual({ ok: true, id: mine.id })
    expect(m.getMedia(mine.id)).toMatchObject({ alt: 'Après', credit: 'Fatou Sidibé', caption: 'Une légende' })
    expect(m.updateMedia(editor, mine.id, { alt: 'Corrigé par l’éditeur', credit: null, caption: '' }, null).ok).toBe(true)
    expect(m.getMedia(mine.id)).toMatchObject({ alt: 'Corrigé par l’éditeur', credit: null })
    const rows = audit('media.update', mine.id)
    expect(rows.map((r) => r.userId)).toEqual([journalist.id, editor.id])
    expect(JSON.parse(rows[0]!.details)).toEqual({ fields: ['alt', 'credit', 'caption'] })
  })

  it('a journalist cannot delete someone else’s unused image', async () => {
    const { item, files } = addImage(editor)
    expect(await m.deleteMedia(journalist, item.id, null, uploadsDir)).toMatchObject({ ok: false, error: expect.stringMatching(/Vous ne pouvez supprimer que/) })
    expect(m.getMedia(item.id)).not.toBeNull()
    for (const f of files) expect(fs.existsSync(path.join(uploadsDir, f))).toBe(true)
  })
})

describe('usage', () => {
  it('finds covers, images deep inside bodies, author photos and settings', () => {
    const { item } = addImage(editor)
    const other = addImage(editor).item
    const cover = addArticle('usage-couverture', { coverMediaId: item.id, status: 'published' })
    const body = addArticle('usage-corps', {
      body: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'Texte' }] },
          { type: 'blockquote', content: [{ type: 'image', attrs: { mediaId: item.id, caption: 'Dans une citation' } }] },
          { type: 'image', attrs: { mediaId: item.id } },
        ],
      },
    })
    // Another image, an id that only looks alike, and a mention in text: none is a use.
    addArticle('usage-autre', {
      body: {
        type: 'doc',
        content: [
          { type: 'image', attrs: { mediaId: other.id } },
          { type: 'image', attrs: { mediaId: Number(`${item.id}0`) } },
          { type: 'image', attrs: { mediaId: String(item.id) } },
          { type: 'paragraph', content: [{ type: 'text', text: `"mediaId":${item.id}` }] },
        ],
      },
    })
    const author = client.db().insert(schema.authors).values({ slug: 'awa-usage', name: 'Awa Usage', photoMediaId: item.id }).returning({ id: schema.authors.id }).get().id
    client.db().insert(schema.settings).values({ key: 'defaultShareImageId', value: item.id }).run()

    const uses = m.findMediaUsage(item.id)
    expect(uses).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'cover', articleId: cover, slug: 'usage-couverture', status: 'published' }),
        expect.objectContaining({ kind: 'body', articleId: body, slug: 'usage-corps' }),
        { kind: 'author', authorId: author, name: 'Awa Usage', slug: 'awa-usage' },
        { kind: 'setting', key: 'defaultShareImageId' },
      ]),
    )
    expect(uses).toHaveLength(4) // the body that uses it twice counts once
    expect(m.findMediaUsage(other.id)).toEqual([expect.objectContaining({ kind: 'body', slug: 'usage-autre' })])
  })

  it('refuses to delete a used image, and deletes an unused one with its files and an audit row', async () => {
    const used = addImage(journalist)
    addArticle('couverture-protegee', { coverMediaId: used.item.id })
    const refused = await m.deleteMedia(editor, used.item.id, null, uploadsDir)
    expect(refused).toMatchObject({ ok: false, error: expect.stringMatching(/^Cette image est utilisée/) })
    expect(refused.ok === false && refused.uses).toHaveLength(1)
    expect(m.getMedia(used.item.id)).not.toBeNull()
    for (const f of used.files) expect(fs.existsSync(path.join(uploadsDir, f))).toBe(true)
    expect(audit('media.delete', used.item.id)).toHaveLength(0)
    // Its words can still change (and the pages that show it are expired without error).
    expect(m.updateMedia(editor, used.item.id, { alt: 'Nouvelle description', credit: null, caption: '' }, null)).toEqual({ ok: true, id: used.item.id })

    const unused = addImage(journalist)
    expect(await m.deleteMedia(journalist, unused.item.id, '10.0.0.1', uploadsDir)).toEqual({ ok: true, id: unused.item.id })
    expect(m.getMedia(unused.item.id)).toBeNull()
    for (const f of unused.files) expect(fs.existsSync(path.join(uploadsDir, f))).toBe(false)
    const rows = audit('media.delete', unused.item.id)
    expect(rows).toHaveLength(1)
    expect(JSON.parse(rows[0]!.details)).toMatchObject({ path: unused.item.path })
    // Deleting twice says so.
    expect(await m.deleteMedia(journalist, unused.item.id, null, uploadsDir)).toMatchObject({ ok: false, error: expect.stringMatching(/n’existe pas/) })
  })

  it('an image used only in a body cannot be deleted either', async () => {
    const { item } = addImage(editor)
    addArticle('corps-protege', { body: { type: 'doc', content: [{ type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'image', attrs: { mediaId: item.id } }] }] }] } })
    expect((await m.deleteMedia(editor, item.id, null, uploadsDir)).ok).toBe(false)
  })
})
