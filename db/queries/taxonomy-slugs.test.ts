// The second line of defence for rubrique and tag addresses: whatever the caller sends (the form's
// schema is skipped here on purpose), the address written is normalised and never a reserved one.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { StaffUser } from './users'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kibaru-taxonomy-slugs-'))
process.env.DATABASE_PATH = path.join(dir, 'test.db')

let t: typeof import('./taxonomy')
let s: typeof import('../schema')
let database: ReturnType<typeof import('../client').db>

const editor: StaffUser = { id: 1, email: 'editeur@kibaru.test', name: 'Éditeur', role: 'editor', sessionVersion: 1 }

beforeAll(async () => {
  const { db } = await import('../client')
  const { migrateDatabase } = await import('../open')
  s = await import('../schema')
  t = await import('./taxonomy')
  database = db()
  migrateDatabase(database)
  database.insert(s.users).values({ id: 1, email: editor.email, name: editor.name, role: 'editor' }).run()
})
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

const refusal = (slug: string) => {
  const message = `L’adresse « ${slug} » est réservée par le site (elle nomme une de ses pages) : choisissez-en une autre.`
  return { ok: false, error: message, fieldErrors: { slug: message } }
}

describe('rubrique addresses', () => {
  it.each([
    ['admin', 'admin'],
    ['Rubriques', 'rubriques'],
    ['%2e%2e%2fapi', 'api'],
    ['../sitemap.xml', 'sitemap-xml'],
  ])('refuses %j, which names %j', (slug, named) => {
    expect(t.createCategory(editor, { name: 'Essai', slug, description: '' })).toEqual(refusal(named))
  })

  it('writes the normalised address', () => {
    expect(t.createCategory(editor, { name: 'Région', slug: '../Régions/', description: '' })).toMatchObject({ ok: true, slug: 'regions' })
  })

  it('refuses an address with no letter or digit', () => {
    expect(t.createCategory(editor, { name: 'Fête', slug: '🎉', description: '' })).toMatchObject({ ok: false, fieldErrors: { slug: 'Donnez une adresse faite de lettres ou de chiffres.' } })
  })

  it('refuses a rename to a reserved address, but lets an older reserved one be kept', () => {
    const ok = t.createCategory(editor, { name: 'Sport', slug: 'sport', description: '' })
    if (!ok.ok) throw new Error(ok.error)
    expect(t.updateCategory(editor, ok.id, { name: 'Sport', slug: 'recherche', description: '' })).toEqual(refusal('recherche'))
    const legacy = database.insert(s.categories).values({ slug: 'radios', name: 'Radios' }).returning().get().id
    expect(t.updateCategory(editor, legacy, { name: 'Radios', slug: 'radios', description: 'Les stations.' })).toMatchObject({ ok: true, slug: 'radios' })
  })
})

describe('tag addresses', () => {
  it('refuses a rename to a reserved address and writes a normalised one', () => {
    const id = database.insert(s.tags).values({ slug: 'kidal', name: 'Kidal' }).returning().get().id
    expect(t.updateTag(editor, id, { name: 'Kidal', slug: 'tags' })).toEqual(refusal('tags'))
    expect(t.updateTag(editor, id, { name: 'Kidal', slug: '_next' })).toEqual(refusal('next'))
    expect(t.updateTag(editor, id, { name: 'Kidal', slug: 'Kidal%20Nord' })).toMatchObject({ ok: true, slug: 'kidal-nord' })
  })
})
