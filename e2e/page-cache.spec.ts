import Database from 'better-sqlite3'
import { expect, test } from './fixtures'
import { findDemo } from './demo'
import { E2E } from './env'
import { ensureStaff, signedIn, type StaffAccount } from './staff'

// (After the newsroom-access spec, which needs a database without any staff account.)
// The whole-page cache in front of Next (scripts/server.mjs): reader pages are rendered once and
// answered from memory, whatever tracking parameters a share adds, until a write expires them.
test.describe('whole-page cache', () => {
  const EDITOR: StaffAccount = { email: 'safiatou.keita.cache@kibaru.test', password: 'les barques de Ségou au matin', name: 'Safiatou Keïta', role: 'editor' }

  test.beforeAll(async () => {
    await ensureStaff(EDITOR)
  })

  test('a thousand fbclid values are served from one cached page', async ({ request }) => {
    // A rubrique page: its data lives until a write (no "Les plus lus" on a two-second clock here).
    const url = '/rubriques/sport'
    const first = await request.get(url)
    expect(first.status()).toBe(200)
    const etag = first.headers()['etag']
    expect(etag).toMatch(/^W\/"[\w-]+"$/)

    const states = new Map<string, number>()
    for (let batch = 0; batch < 20; batch++) {
      const responses = await Promise.all(
        Array.from({ length: 50 }, (_, i) => request.get(`${url}?fbclid=IwAR${batch * 50 + i}x&utm_source=facebook&utm_medium=social`)),
      )
      for (const response of responses) {
        expect(response.status()).toBe(200)
        expect(response.headers()['etag']).toBe(etag)
        const state = response.headers()['x-kibaru-cache'] ?? 'none'
        states.set(state, (states.get(state) ?? 0) + 1)
      }
    }
    expect(Object.fromEntries(states)).toEqual({ HIT: 1000 })
  })

  test('an article shared with tracking parameters is never rendered once per share', async ({ request }) => {
    const story = findDemo((a) => a.category === 'sport', 'sport')
    const url = `/articles/${story.slug}`
    await request.get(url)
    // "Les plus lus" lives two seconds in this test server: the page may be refreshed behind the
    // readers meanwhile (STALE), but no share makes a render of its own (MISS).
    const states = new Set<string>()
    for (let batch = 0; batch < 4; batch++) {
      const responses = await Promise.all(Array.from({ length: 50 }, (_, i) => request.get(`${url}?fbclid=IwAR${batch * 50 + i}y&utm_campaign=partage`)))
      for (const response of responses) {
        expect(response.status()).toBe(200)
        states.add(response.headers()['x-kibaru-cache'] ?? 'none')
      }
    }
    expect([...states].filter((state) => state !== 'HIT' && state !== 'STALE')).toEqual([])
  })

  test('cached pages are compressed, revalidated with their ETag, answer HEAD, and tell a CDN how long to keep them', async ({ request }) => {
    await request.get('/')
    const page = await request.get('/', { headers: { 'accept-encoding': 'br' } })
    expect(['HIT', 'STALE']).toContain(page.headers()['x-kibaru-cache'])
    expect(page.headers()['content-encoding']).toBe('br')
    expect(page.headers()['vary']).toBe('Accept-Encoding')
    expect(page.headers()['cache-control']).toMatch(/^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+$/)
    const gzipped = await request.get('/', { headers: { 'accept-encoding': 'gzip' } })
    expect(gzipped.headers()['content-encoding']).toBe('gzip')
    const identity = await request.get('/', { headers: { 'accept-encoding': 'identity' } })
    expect(identity.headers()['content-encoding']).toBeUndefined()
    // The client decompresses: the three are the same page (the same version of it).
    if (page.headers()['etag'] === identity.headers()['etag']) expect(await page.text()).toBe(await identity.text())
    if (gzipped.headers()['etag'] === identity.headers()['etag']) expect(await gzipped.text()).toBe(await identity.text())
    expect(await identity.text()).toContain('<html lang="fr"')

    const current = await request.get('/feed.xml')
    const notModified = await request.get('/feed.xml', { headers: { 'if-none-match': current.headers()['etag']! } })
    expect(notModified.status()).toBe(304)
    expect(await notModified.body()).toHaveLength(0)

    const head = await request.head('/')
    expect(head.status()).toBe(200)
    expect(head.headers()['content-type']).toContain('text/html')
    expect(await head.body()).toHaveLength(0)

    // An unknown story is a cached 404 (a flood of random addresses never reaches SQLite twice).
    await request.get('/articles/une-histoire-qui-n-existe-pas')
    const missing = await request.get('/articles/une-histoire-qui-n-existe-pas')
    expect(missing.status()).toBe(404)
    expect(missing.headers()['x-kibaru-cache']).toBe('HIT')
  })

  test('a search is rendered once, then served from its own cache; the newsroom and sign-in never are', async ({ browser, request }) => {
    // A query no other test asks, so its first request is a render.
    const words = `Ségou barques ${Date.now()}`
    const url = `/recherche?q=${encodeURIComponent(words)}`
    const first = await request.get(url)
    expect(first.status()).toBe(200)
    expect(first.headers()['x-kibaru-cache']).toBe('MISS')
    expect(await first.text()).toContain(`<title>Recherche : ${words} – Kibaru</title>`)
    // What the page cannot tell apart is the same entry: spaces around the words, a share's fbclid.
    for (const again of [url, `/recherche?q=${encodeURIComponent(`  ${words} `)}&fbclid=IwAR1`]) {
      const response = await request.get(again)
      expect(response.headers()['x-kibaru-cache'], again).toBe('HIT')
      expect(response.headers()['etag']).toBe(first.headers()['etag'])
    }
    expect(first.headers()['cache-control']).toMatch(/^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+$/)
    // The reader's own spelling is shown back, so it is not merged with another's.
    expect((await request.get(`/recherche?q=${encodeURIComponent(words.toUpperCase())}`)).headers()['x-kibaru-cache']).toBe('MISS')

    for (const url of ['/connexion', '/admin']) {
      const response = await request.get(url, { maxRedirects: 0 })
      expect(response.headers()['x-kibaru-cache'], url).toBeUndefined()
      expect(response.headers()['cache-control'] ?? 'no-store', url).toMatch(/no-store|private/)
    }
    const page = await signedIn(browser, EDITOR)
    const dashboard = await page.request.get('/admin')
    expect(dashboard.headers()['x-kibaru-cache']).toBeUndefined()
    expect(dashboard.headers()['cache-control']).toMatch(/private|no-store/)
    // A signed-in editor reading the site gets the same page as everyone, without a cookie set.
    await page.request.get('/')
    const home = await page.request.get('/')
    expect(['HIT', 'STALE']).toContain(home.headers()['x-kibaru-cache'])
    expect(home.headers()['set-cookie']).toBeUndefined()
    await page.context().close()
  })

  test('a flood of renders is held to a few at once; past their line, searches are asked to retry, pages wait', async ({ request }) => {
    const article = `/articles/${findDemo((a) => a.category === 'sport', 'sport').slug}`
    await request.get(article)
    // 150 searches never asked before, all at once: two render, 64 wait, the others are refused.
    // Addresses never asked before wait for their turn (before the searches) and are never refused.
    const run = Date.now()
    const searches = Promise.all(Array.from({ length: 150 }, (_, i) => request.get(`/recherche?q=${encodeURIComponent(`coton ${run} ${i}`)}`)))
    const invented = Promise.all(Array.from({ length: 20 }, (_, i) => request.get(`/articles/une-adresse-inventee-${run}-${i}`)))
    const [responses, pages] = await Promise.all([searches, invented])
    expect(pages.map((r) => r.status())).toEqual(Array(20).fill(404))
    const statuses = responses.map((r) => r.status())
    expect(statuses.every((s) => s === 200 || s === 503), statuses.join(' ')).toBe(true)
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(66)
    const refused = responses.find((r) => r.status() === 503)
    expect(refused, 'at least one search refused').toBeDefined()
    expect(refused!.headers()['retry-after']).toBe('5')
    expect(refused!.headers()['cache-control']).toBe('no-store')
    const text = await refused!.text()
    expect(text).toContain('Réessayez dans quelques secondes')
    // In the site's look, with a way to try the same search again.
    expect(text).toMatch(/<link rel="stylesheet" href="\/_next\/static\/[^"]+\.css">/)
    expect(text).toMatch(/<a href="\/recherche\?q=coton%20\d+%20\d+">relancer la recherche<\/a>/)
    // Meanwhile, and after, a shared page is served from the cache as ever.
    const shared = await request.get(article)
    expect(shared.status()).toBe(200)
    expect(['HIT', 'STALE']).toContain(shared.headers()['x-kibaru-cache'])
    expect((await request.get(`/recherche?q=${encodeURIComponent(`coton ${run} 0`)}`)).status()).toBe(200)
  })

  test('an edit expires the cached pages that show the story, at once, and leaves the other stories’ pages cached', async ({ browser, request }) => {
    const story = findDemo((a) => a.category === 'economie' && !a.featured && !a.breaking, 'économie')
    const other = findDemo((a) => a.category === 'culture' && !a.breaking, 'culture')
    const url = `/articles/${story.slug}`
    const otherUrl = `/articles/${other.slug}`
    await request.get(url)
    await request.get(otherUrl)
    await request.get(`/rubriques/${story.category}`)
    expect(['HIT', 'STALE']).toContain((await request.get(url)).headers()['x-kibaru-cache'])
    expect(['HIT', 'STALE']).toContain((await request.get(`/rubriques/${story.category}`)).headers()['x-kibaru-cache'])

    const sqlite = new Database(E2E.databasePath, { readonly: true })
    const { id } = sqlite.prepare('SELECT id FROM articles WHERE slug = ?').get(story.slug) as { id: number }
    sqlite.close()
    const editor = await signedIn(browser, EDITOR)
    const rename = async (title: string) => {
      await editor.goto(`/admin/articles/${id}`)
      await editor.getByLabel('Titre').fill(title)
      await editor.getByRole('button', { name: 'Enregistrer' }).click()
      await expect(editor.getByText(/^Enregistré à/)).toBeVisible()
    }
    const changed = `${story.title} (titre corrigé)`
    // A cached search, which no tag ties to the story: every write drops searches.
    const search = `/recherche?q=${encodeURIComponent('titre corrigé')}`
    await request.get(search)
    const before = await request.get(search)
    expect(before.headers()['x-kibaru-cache']).toBe('HIT')
    expect(await before.text()).not.toContain(story.title)
    await rename(changed)
    try {
      const found = await request.get(search)
      expect(found.headers()['x-kibaru-cache']).toBe('MISS')
      expect(await found.text()).toContain('(titre corrigé)')
      const article = await request.get(url)
      expect(article.headers()['x-kibaru-cache']).toBe('MISS')
      expect(await article.text()).toContain('(titre corrigé)')
      const listing = await request.get(`/rubriques/${story.category}`)
      expect(listing.headers()['x-kibaru-cache']).toBe('MISS')
      // Another story's page was not emptied: a publish in the busiest hour does not make every
      // reader wait for a render. (Its "Les plus lus" lives two seconds here, so it may be served
      // stale while it refreshes behind the reader; never rendered while they wait.)
      const untouched = await request.get(otherUrl)
      expect(['HIT', 'STALE']).toContain(untouched.headers()['x-kibaru-cache'])
      expect(['HIT', 'STALE']).toContain((await request.get(url)).headers()['x-kibaru-cache'])
    } finally {
      await rename(story.title)
      await editor.context().close()
    }
    expect(await (await request.get(url)).text()).not.toContain('(titre corrigé)')
  })
})
