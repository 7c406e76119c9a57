import Database from 'better-sqlite3'
import { expect, test, type APIResponse } from './fixtures'
import sharp from 'sharp'
import { shareImageVersion } from '../lib/share-image'
import { findDemo } from './demo'
import { E2E } from './env'

// The share image behind og:image (/partage/<slug>/<version>.jpg): a 1200×630 JPEG under 300 KB,
// always answered 200 without a redirect, since crawlers fetch it once and keep it.
const LIMIT = 300 * 1024
const FACEBOOK = 'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)'

const demo = findDemo((a) => a.category === 'politique', 'politique')
/** The version the article page announces: the demo cover is stored as demo/cover-<slug>.jpg. */
const version = shareImageVersion({ title: demo.title, coverSrc: `/media/demo/cover-${demo.slug}.jpg` })
const current = `/partage/${demo.slug}/${version}.jpg`

async function expectShareJpeg(response: APIResponse): Promise<Buffer> {
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toBe('image/jpeg')
  expect(response.headers()['x-content-type-options']).toBe('nosniff')
  const body = await response.body()
  expect(body.length).toBeGreaterThan(5_000)
  expect(body.length).toBeLessThan(LIMIT)
  const meta = await sharp(body).metadata()
  expect(meta.format).toBe('jpeg')
  expect([meta.width, meta.height]).toEqual([1200, 630])
  return body
}

test.describe('share image', () => {
  test('the current version is a 1200×630 JPEG under 300 KB, cached for a year', async ({ request }) => {
    const response = await request.get(current, { maxRedirects: 0 })
    await expectShareJpeg(response)
    expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable')

    // Served again (from the disk cache), byte for byte.
    const again = await request.get(current, { maxRedirects: 0 })
    expect((await again.body()).equals(await response.body())).toBe(true)
  })

  test('HEAD answers 200 with the same headers and no body', async ({ request }) => {
    const get = await request.get(current)
    const head = await request.head(current, { maxRedirects: 0 })
    expect(head.status()).toBe(200)
    expect(head.headers()['content-type']).toBe('image/jpeg')
    expect(head.headers()['cache-control']).toBe(get.headers()['cache-control'])
    expect((await head.body()).length).toBe(0)
  })

  test('an outdated version still gets the current image, cached briefly', async ({ request }) => {
    const fresh = await (await request.get(current)).body()
    const outdated = await request.get(`/partage/${demo.slug}/0123456789.jpg`, { maxRedirects: 0 })
    const body = await expectShareJpeg(outdated)
    expect(body.equals(fresh)).toBe(true)
    expect(outdated.headers()['cache-control']).toBe('public, max-age=300')
  })

  test('Facebook’s crawler gets the image', async ({ request }) => {
    const response = await request.get(current, { maxRedirects: 0, headers: { 'user-agent': FACEBOOK } })
    await expectShareJpeg(response)
  })

  test('a renamed story’s old address serves the current image, without a redirect', async ({ request }) => {
    const oldSlug = 'ancienne-adresse-image-de-partage'
    const sqlite = new Database(E2E.databasePath)
    try {
      sqlite
        .prepare('INSERT INTO slug_redirects (old_slug, article_id, created_at) SELECT ?, id, ? FROM articles WHERE slug = ?')
        .run(oldSlug, Date.now(), demo.slug)
      const response = await request.get(`/partage/${oldSlug}/${version}.jpg`, { maxRedirects: 0 })
      const body = await expectShareJpeg(response)
      expect(body.equals(await (await request.get(current)).body())).toBe(true)
    } finally {
      sqlite.prepare('DELETE FROM slug_redirects WHERE old_slug = ?').run(oldSlug)
      sqlite.close()
    }
  })

  test('an unknown story or a malformed address answers 404', async ({ request }) => {
    for (const path of [
      `/partage/article-qui-n-existe-pas/${version}.jpg`,
      `/partage/${demo.slug}/${version}.png`,
      `/partage/${demo.slug}/${version.toUpperCase()}.jpg`,
      `/partage/${demo.slug}/12345.jpg`,
      `/partage/Pas_Un_Slug/${version}.jpg`,
    ]) {
      const response = await request.get(path, { maxRedirects: 0 })
      expect(response.status(), path).toBe(404)
      expect(response.headers()['content-type']).toContain('text/plain')
    }
  })

  test('a story without a cover gets a generated card', async ({ request }) => {
    const slug = 'image-de-partage-sans-couverture'
    const title = 'Goïta à Ségou 🎉 : l’Office du Niger attend l’eau promise avant l’hivernage'
    const sqlite = new Database(E2E.databasePath)
    try {
      const now = Date.now()
      sqlite
        .prepare(
          `INSERT INTO articles (slug, title, standfirst, category_id, status, body, body_text, published_at, created_at, updated_at)
           VALUES (?, ?, '', (SELECT id FROM categories WHERE slug = 'societe'), 'published', '{"type":"doc","content":[]}', '', ?, ?, ?)`,
        )
        .run(slug, title, now, now, now)
      const path = `/partage/${slug}/${shareImageVersion({ title, coverSrc: null })}.jpg`
      const response = await request.get(path, { maxRedirects: 0, headers: { 'user-agent': FACEBOOK } })
      const body = await expectShareJpeg(response)
      expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable')
      // A card, not a photo: mostly the paper colour (#f7f2e8) with dark headline text.
      const { channels } = await sharp(body).stats()
      expect(channels[0]?.max).toBeGreaterThan(235)
      expect(channels[0]?.min).toBeLessThan(60)
      expect(channels[0]?.mean).toBeGreaterThan(180)
    } finally {
      sqlite.prepare('DELETE FROM articles WHERE slug = ?').run(slug)
      sqlite.close()
    }
  })
})
