import Database from 'better-sqlite3'
import { expect, test } from './fixtures'
import ogs from 'open-graph-scraper'
import sharp from 'sharp'
import { demoAuthors, findDemo, plain } from './demo'
import { E2E } from './env'

const CRAWLERS = ['facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)', 'Facebot', 'WhatsApp/2.23.20.0', 'Twitterbot/1.0']

function headOf(html: string): string {
  const end = html.indexOf('</head>')
  expect(end).toBeGreaterThan(0)
  return html.slice(0, end)
}

test.describe('share cards', () => {
  test('an article carries complete Open Graph data and a 1200×630 JPEG share image', async ({ request }) => {
    const demo = findDemo((a) => a.authors.length >= 1 && a.tags.length >= 3 && !!a.updatedHoursAgo, 'avec tags et mise à jour')
    const url = `${E2E.baseUrl}/articles/${demo.slug}`
    const response = await request.get(`/articles/${demo.slug}`)
    expect(response.status()).toBe(200)
    const html = await response.text()
    const head = headOf(html)
    const { result } = await ogs({ html: head })
    expect(result.ogTitle).toBe(demo.title)
    expect(result.ogDescription).toBe(demo.standfirst)
    expect(result.ogUrl).toBe(url)
    expect(result.ogType).toBe('article')
    expect(result.ogSiteName).toBe('Kibaru')
    expect(result.ogLocale).toBe('fr_FR')
    expect(result.twitterCard).toBe('summary_large_image')
    const image = result.ogImage?.[0]
    expect(image?.url).toMatch(new RegExp(`^${E2E.baseUrl}/partage/${demo.slug}/[0-9a-f]{10}\\.jpg$`))
    expect(String(image?.width)).toBe('1200')
    expect(String(image?.height)).toBe('630')
    expect(head).toContain(`<meta property="og:image:alt" content="${demo.cover.alt.replace(/'/g, '&#x27;').replace(/"/g, '&quot;')}"/>`)
    expect(result.articlePublishedTime ?? head.match(/article:published_time" content="([^"]+)"/)?.[1]).toMatch(/^\d{4}-\d{2}-\d{2}T/)
    expect(head).toMatch(/<meta property="article:modified_time" content="\d{4}-\d{2}-\d{2}T[^"]+"\/>/)
    expect(head).toContain('<meta property="article:section"')
    for (const tag of demo.tags) expect(head).toContain(`<meta property="article:tag" content="${tag.replace(/'/g, '&#x27;')}"/>`)
    for (const slug of demo.authors) expect(head).toContain(`<meta property="article:author" content="${E2E.baseUrl}/auteurs/${slug}"/>`)
    expect(head).toContain(`<link rel="canonical" href="${url}"/>`)
    // Share tags come early: well inside the first 300 KB WhatsApp reads.
    expect(head.length).toBeLessThan(20_000)

    const jpeg = await request.get(image!.url)
    expect(jpeg.status()).toBe(200)
    expect(jpeg.headers()['content-type']).toBe('image/jpeg')
    const bytes = await jpeg.body()
    expect(bytes.length).toBeLessThan(300 * 1024)
    const meta = await sharp(bytes).metadata()
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 1200, 630])
  })

  test('every reader page has a canonical URL and a share card', async ({ request }) => {
    for (const path of ['/', '/rubriques/sport', '/tags/bamako', `/auteurs/${demoAuthors[0]!.slug}`, '/radios', '/a-propos', '/recherche?q=kidal']) {
      const head = headOf(await (await request.get(path)).text())
      const canonical = path.split('?')[0]
      // Next writes the root URL without its final slash; both name the same page.
      expect(head, path).toContain(`<link rel="canonical" href="${E2E.baseUrl}${canonical === '/' ? '' : canonical}"/>`)
      expect(head, path).toContain('<meta property="og:type" content="website"/>')
      expect(head, path).toMatch(/<meta property="og:image" content="http[^"]+"\/>/)
      expect(head, path).toContain('<meta property="og:locale" content="fr_FR"/>')
      expect(head, path).toContain('type="application/rss+xml"')
    }
    expect(headOf(await (await request.get('/recherche?q=kidal')).text())).toContain('<meta name="robots" content="noindex, follow"/>')
    expect(headOf(await (await request.get('/rubriques/sport')).text())).toContain(`href="${E2E.baseUrl}/rubriques/sport/feed.xml"`)
  })

  test('crawlers get a 200 with every tag in the head, for GET and HEAD, whatever their cookies', async ({ request }) => {
    const demo = findDemo((a) => !!a.featured, 'à la une')
    for (const ua of CRAWLERS) {
      const headers = { 'user-agent': ua, cookie: 'session=abc; consent=no; __next_preview_data=x' }
      const get = await request.get(`/articles/${demo.slug}?fbclid=IwAR0abc`, { headers, maxRedirects: 0 })
      expect(get.status(), ua).toBe(200)
      const head = headOf(await get.text())
      expect(head).toContain('<meta property="og:title"')
      expect(head).toContain('<meta property="og:image"')
      expect(head).toContain(`<link rel="canonical" href="${E2E.baseUrl}/articles/${demo.slug}"/>`)
      const res = await request.head(`/articles/${demo.slug}`, { headers, maxRedirects: 0 })
      expect(res.status(), `HEAD ${ua}`).toBe(200)
    }
  })

  test('fbclid, gclid and utm_* change neither the page nor its canonical URL', async ({ request }) => {
    const demo = findDemo((a) => a.category === 'sport', 'sport')
    const main = (html: string) => plain(html.match(/<article[\s\S]*?<\/article>/)?.[0] ?? '')
    const base = await (await request.get(`/articles/${demo.slug}`)).text()
    for (const qs of ['fbclid=IwAR1', 'fbclid=IwAR2&utm_source=facebook&utm_medium=social', 'gclid=xyz&utm_campaign=a']) {
      const res = await request.get(`/articles/${demo.slug}?${qs}`, { maxRedirects: 0 })
      expect(res.status()).toBe(200)
      const html = await res.text()
      expect(html).toContain(`<link rel="canonical" href="${E2E.baseUrl}/articles/${demo.slug}"/>`)
      // Next's own router state echoes the address, but nothing a reader or a crawler reads does.
      expect(headOf(html)).not.toContain('IwAR')
      expect(main(html)).not.toContain('IwAR')
      expect(main(html)).toBe(main(base))
    }
  })
})

test.describe('links that never die', () => {
  test('an old slug answers with a permanent redirect straight to the current URL', async ({ request }) => {
    const demo = findDemo((a) => a.category === 'societe' && !a.featured && !a.breaking, 'société')
    const sqlite = new Database(E2E.databasePath)
    const id = (sqlite.prepare('SELECT id FROM articles WHERE slug = ?').get(demo.slug) as { id: number }).id
    try {
      // Renamed twice, A → B → C, as the newsroom's changeArticleSlug records it.
      sqlite.prepare('UPDATE articles SET slug = ? WHERE id = ?').run(`${demo.slug}-c`, id)
      sqlite.prepare('INSERT INTO slug_redirects (old_slug, article_id) VALUES (?, ?), (?, ?)').run(`${demo.slug}-b`, id, `${demo.slug}-a`, id)
      for (const old of [`${demo.slug}-a`, `${demo.slug}-b`]) {
        const res = await request.get(`/articles/${old}?fbclid=x`, { maxRedirects: 0 })
        expect([301, 308]).toContain(res.status())
        expect(res.headers()['location']).toMatch(new RegExp(`/articles/${demo.slug}-c$`))
      }
      const final = await request.get(`/articles/${demo.slug}-a`)
      expect(final.status()).toBe(200)
      expect(final.url()).toBe(`${E2E.baseUrl}/articles/${demo.slug}-c`)
    } finally {
      sqlite.prepare('DELETE FROM slug_redirects WHERE article_id = ?').run(id)
      sqlite.prepare('UPDATE articles SET slug = ? WHERE id = ?').run(demo.slug, id)
      sqlite.close()
    }
  })
})

test.describe('structured data', () => {
  const jsonLd = (html: string) =>
    [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!) as Record<string, any>)

  test('articles are NewsArticle with breadcrumbs; the homepage declares its search', async ({ request }) => {
    const demo = findDemo((a) => a.authors.length === 2, 'deux auteurs')
    const data = jsonLd(await (await request.get(`/articles/${demo.slug}`)).text())
    const article = data.find((d) => d['@type'] === 'NewsArticle')!
    expect(article.headline).toBe(demo.title.slice(0, 110))
    expect(article.mainEntityOfPage['@id']).toBe(`${E2E.baseUrl}/articles/${demo.slug}`)
    expect(article.image[0]).toMatch(/\/partage\//)
    expect(article.datePublished).toMatch(/^\d{4}-/)
    expect(article.author.map((p: any) => [p['@type'], p.url])).toEqual(demo.authors.map((slug) => ['Person', `${E2E.baseUrl}/auteurs/${slug}`]))
    expect(article.publisher['@type']).toBe('Organization')
    expect(article.publisher.logo.url).toBe(`${E2E.baseUrl}/logo.png`)
    expect(article.keywords.split(', ').sort()).toEqual([...demo.tags].sort())
    const crumbs = data.find((d) => d['@type'] === 'BreadcrumbList')!
    expect(crumbs.itemListElement.map((i: any) => i.position)).toEqual([1, 2, 3])
    const logo = await request.get('/logo.png')
    expect(logo.headers()['content-type']).toBe('image/png')

    const home = jsonLd(await (await request.get('/')).text())
    const site = home.find((d) => d['@type'] === 'WebSite')!
    expect(site.potentialAction.target.urlTemplate).toBe(`${E2E.baseUrl}/recherche?q={search_term_string}`)
  })
})

test.describe('most read', () => {
  test('the beacon counts a view, bots are ignored, and "Les plus lus" follows', async ({ page, request }) => {
    const sqlite = new Database(E2E.databasePath, { readonly: true })
    const story = sqlite.prepare("SELECT id, slug, title FROM articles WHERE slug LIKE 'synthetique-%' AND status = 'published' ORDER BY id LIMIT 1").get() as { id: number; slug: string; title: string }
    const views = () => (sqlite.prepare('SELECT coalesce(sum(count), 0) AS n FROM article_views_hourly WHERE article_id = ?').get(story.id) as { n: number }).n
    try {
      expect(views()).toBe(0)
      await page.goto(`/articles/${story.slug}`)
      await expect.poll(views, { timeout: 10_000 }).toBe(1)

      for (const ua of ['facebookexternalhit/1.1', 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', 'curl/8.0']) {
        const res = await request.post('/api/vues', { data: String(story.id), headers: { 'user-agent': ua, 'content-type': 'text/plain' } })
        expect(res.status()).toBe(204)
      }
      expect((await request.post('/api/vues', { data: 'DROP TABLE', headers: { 'content-type': 'text/plain' } })).status()).toBe(400)
      await page.waitForTimeout(800)
      expect(views()).toBe(1)

      // A burst of readers (bounded, on loopback) lifts the story to the top of the day.
      const reader = { 'user-agent': 'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/126 Mobile Safari/537.36', 'content-type': 'text/plain' }
      for (let i = 0; i < 20; i++) await Promise.all(Array.from({ length: 50 }, () => request.post('/api/vues', { data: String(story.id), headers: reader })))
      await expect.poll(views, { timeout: 10_000 }).toBe(1001)
      await expect
        .poll(
          async () => {
            await page.goto('/')
            return plain(await page.getByRole('region', { name: 'Ces dernières 24 heures' }).getByRole('listitem').first().textContent())
          },
          { timeout: 15_000 },
        )
        .toBe(plain(story.title))
    } finally {
      sqlite.close()
    }
  })
})
