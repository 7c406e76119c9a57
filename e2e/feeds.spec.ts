import Database from 'better-sqlite3'
import { expect, test, type APIRequestContext } from './fixtures'
import { XMLParser } from 'fast-xml-parser'
import Parser from 'rss-parser'
import { demoArticles, demoAuthors, findDemo } from './demo'
import { E2E } from './env'

// RSS feeds, sitemaps and robots.txt as crawlers and feed readers get them. Two stories are
// written straight into the database before anything here is fetched: a draft, with the most
// recent publication date so a leak would put it first everywhere, and a published control
// story that must appear, proving the feeds were read from this database and not from a cache
// filled before the draft existed.

const DRAFT_SLUG = 'brouillon-flux-e2e'
const CONTROL_SLUG = 'controle-flux-e2e'
const DRAFT_TITLE = 'Brouillon secret des flux'
const CONTROL_TITLE = 'Contrôle publié des flux'
const RUBRIQUE = { slug: 'politique', name: 'Politique' }
const HOUR = 3_600_000
const RFC822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/
const W3C = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/

type Extra = { creators: string[] }
const rssParser = new Parser<{ language: string; lastBuildDate: string }, Extra>({
  customFields: { feed: ['language', 'lastBuildDate'], item: [['dc:creator', 'creators', { keepArray: true }]] },
})
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['item', 'category', 'dc:creator', 'url', 'sitemap'].includes(name) })

let draftId = 0
let controlId = 0
let controlCover: { path: string; bytes: number } = { path: '', bytes: 0 }

test.beforeAll(() => {
  const sqlite = new Database(E2E.databasePath)
  try {
    const now = Date.now()
    const category = sqlite.prepare('SELECT id FROM categories WHERE slug = ?').get(RUBRIQUE.slug) as { id: number }
    const tag = sqlite.prepare("SELECT id, name FROM tags ORDER BY id LIMIT 1").get() as { id: number; name: string }
    const author = sqlite.prepare('SELECT id FROM authors ORDER BY id LIMIT 1').get() as { id: number }
    const cover = sqlite.prepare("SELECT id, path, bytes FROM media WHERE path LIKE 'demo/cover-%' ORDER BY id LIMIT 1").get() as { id: number; path: string; bytes: number }
    controlCover = cover
    const insert = sqlite.prepare(
      `INSERT INTO articles (slug, title, standfirst, category_id, status, body, body_text, cover_media_id, published_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    const body = JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Texte.' }] }] })
    // A draft that was published once (it keeps a publication date) and is newer than anything.
    draftId = Number(insert.run(DRAFT_SLUG, DRAFT_TITLE, 'Chapô du brouillon.', category.id, 'draft', body, 'Texte.', cover.id, now, now, now).lastInsertRowid)
    controlId = Number(insert.run(CONTROL_SLUG, CONTROL_TITLE, 'Chapô du contrôle.', category.id, 'published', body, 'Texte.', cover.id, now - 60_000, now, now).lastInsertRowid)
    for (const id of [draftId, controlId]) {
      sqlite.prepare('INSERT INTO article_authors (article_id, author_id, position) VALUES (?, ?, 0)').run(id, author.id)
      sqlite.prepare('INSERT INTO article_tags (article_id, tag_id) VALUES (?, ?)').run(id, tag.id)
    }
  } finally {
    sqlite.close()
  }
})

test.afterAll(() => {
  const sqlite = new Database(E2E.databasePath)
  try {
    for (const id of [draftId, controlId]) {
      if (!id) continue
      sqlite.prepare('DELETE FROM article_tags WHERE article_id = ?').run(id)
      sqlite.prepare('DELETE FROM article_authors WHERE article_id = ?').run(id)
      sqlite.prepare('DELETE FROM articles WHERE id = ?').run(id)
    }
  } finally {
    sqlite.close()
  }
})

async function fetchXml(request: APIRequestContext, path: string, contentType: string) {
  const response = await request.get(path)
  expect(response.status(), path).toBe(200)
  expect(response.headers()['content-type'], path).toBe(contentType)
  expect(response.headers()['cache-control'], path).toMatch(/public, max-age=\d+/)
  return response.text()
}

const RSS_TYPE = 'application/rss+xml; charset=utf-8'
const XML_TYPE = 'application/xml; charset=utf-8'

function publishedSlugs(where = '1 = 1', ...params: unknown[]): string[] {
  const sqlite = new Database(E2E.databasePath, { readonly: true })
  try {
    return (sqlite.prepare(`SELECT slug FROM articles WHERE status = 'published' AND ${where}`).all(...params) as { slug: string }[]).map((r) => r.slug)
  } finally {
    sqlite.close()
  }
}

test.describe('RSS', () => {
  test('/feed.xml is a complete RSS 2.0 channel of the latest published stories', async ({ request }) => {
    const text = await fetchXml(request, '/feed.xml', RSS_TYPE)
    const feed = await rssParser.parseString(text)
    const raw = xml.parse(text).rss

    expect(raw['@version']).toBe('2.0')
    expect(feed.title).toMatch(/^Kibaru/)
    expect(feed.link).toBe(`${E2E.baseUrl}/`)
    expect(feed.description).toBeTruthy()
    expect(feed.language).toBe('fr')
    expect(feed.lastBuildDate).toMatch(RFC822)
    expect(raw.channel['atom:link']).toMatchObject({ '@href': `${E2E.baseUrl}/feed.xml`, '@rel': 'self', '@type': 'application/rss+xml' })

    expect(feed.items).toHaveLength(50)
    let previous = Infinity
    for (const [i, item] of feed.items.entries()) {
      expect(item.title, `item ${i}`).toBeTruthy()
      expect(item.link, `item ${i}`).toMatch(new RegExp(`^${E2E.baseUrl}/articles/[a-z0-9-]+$`))
      expect(item.pubDate, `item ${i}`).toMatch(RFC822)
      const at = Date.parse(item.pubDate!)
      expect(at, 'newest first').toBeLessThanOrEqual(previous)
      previous = at
      expect(item.creators.length, `item ${i} bylines`).toBeGreaterThan(0)
      const rawItem = raw.channel.item[i]
      expect(rawItem.guid['@isPermaLink'], `item ${i}`).toBe('false')
      expect(rawItem.guid['#text'], `item ${i}`).toMatch(/^tag:[^,]+,\d{4}:article-\d+$/)
      expect(rawItem.category[0]['@domain'], `item ${i} rubrique`).toMatch(new RegExp(`^${E2E.baseUrl}/rubriques/`))
    }
    // The guid is stable: the same on the next fetch, and one per story.
    const guids = raw.channel.item.map((i: { guid: { '#text': string } }) => i.guid['#text'])
    expect(new Set(guids).size).toBe(guids.length)
    const again = xml.parse(await (await request.get('/feed.xml')).text()).rss.channel.item.map((i: { guid: { '#text': string } }) => i.guid['#text'])
    expect(again).toEqual(guids)

    // The control story, published a minute ago, comes first; the newer draft is nowhere.
    expect(feed.items[0]!.link).toBe(`${E2E.baseUrl}/articles/${CONTROL_SLUG}`)
    expect(text).not.toContain(DRAFT_SLUG)
    expect(text).not.toContain(DRAFT_TITLE)
    expect(raw.channel.item[0].guid['#text']).toMatch(new RegExp(`:article-${controlId}$`))
  })

  test('an item carries the chapô, bylines, rubrique and tags, and its cover as an enclosure', async ({ request }) => {
    const text = await fetchXml(request, '/feed.xml', RSS_TYPE)
    const feed = await rssParser.parseString(text)
    const raw = xml.parse(text).rss
    // The most recent demo story with tags and a cover.
    const demo = [...demoArticles].sort((a, b) => a.hoursAgo - b.hoursAgo).find((a) => a.tags.length > 0)!
    const index = feed.items.findIndex((i) => i.link === `${E2E.baseUrl}/articles/${demo.slug}`)
    expect(index, demo.slug).toBeGreaterThanOrEqual(0)
    const item = feed.items[index]!
    expect(item.title).toBe(demo.title)
    expect(item.content).toBe(demo.standfirst.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'))
    expect(item.creators).toEqual(demo.authors.map((slug) => demoAuthors.find((a) => a.slug === slug)!.name))
    const categories = raw.channel.item[index].category as { '#text': string; '@domain': string }[]
    expect(categories[0]!['@domain']).toBe(`${E2E.baseUrl}/rubriques/${demo.category}`)
    expect(categories.slice(1).map((c) => c['#text']).sort()).toEqual([...demo.tags].sort())
    for (const c of categories.slice(1)) expect(c['@domain']).toMatch(new RegExp(`^${E2E.baseUrl}/tags/[a-z0-9-]+$`))

    expect(item.enclosure?.url).toMatch(new RegExp(`^${E2E.baseUrl}/media/.+\\.jpg$`))
    expect(item.enclosure?.type).toBe('image/jpeg')
    const image = await request.get(item.enclosure!.url)
    expect(image.status()).toBe(200)
    expect(image.headers()['content-type']).toBe('image/jpeg')
    expect(Number(item.enclosure!.length)).toBe((await image.body()).length)

    // The control story's enclosure is the original file's size, from the media table.
    expect(feed.items[0]!.enclosure).toEqual({ url: `${E2E.baseUrl}/media/${controlCover.path}`, type: 'image/jpeg', length: String(controlCover.bytes) })
  })

  test('a rubrique feed has that rubrique only; an unknown rubrique is a 404', async ({ request }) => {
    const text = await fetchXml(request, `/rubriques/${RUBRIQUE.slug}/feed.xml`, RSS_TYPE)
    const feed = await rssParser.parseString(text)
    const raw = xml.parse(text).rss
    expect(feed.title).toContain(RUBRIQUE.name)
    expect(feed.link).toBe(`${E2E.baseUrl}/rubriques/${RUBRIQUE.slug}`)
    expect(feed.language).toBe('fr')
    expect(raw.channel['atom:link']['@href']).toBe(`${E2E.baseUrl}/rubriques/${RUBRIQUE.slug}/feed.xml`)
    expect(feed.items.length).toBeGreaterThan(1)
    for (const item of raw.channel.item) {
      expect(item.category[0]).toEqual({ '#text': RUBRIQUE.name, '@domain': `${E2E.baseUrl}/rubriques/${RUBRIQUE.slug}` })
    }
    const inRubrique = new Set(publishedSlugs('category_id = (SELECT id FROM categories WHERE slug = ?)', RUBRIQUE.slug))
    for (const item of feed.items) expect(inRubrique.has(item.link!.split('/').pop()!), item.link).toBe(true)
    expect(feed.items[0]!.link).toBe(`${E2E.baseUrl}/articles/${CONTROL_SLUG}`)
    expect(text).not.toContain(DRAFT_SLUG)
    const other = findDemo((a) => a.category !== RUBRIQUE.slug, 'autre rubrique')
    expect(text).not.toContain(`/articles/${other.slug}<`)

    const missing = await request.get('/rubriques/rubrique-inconnue/feed.xml')
    expect(missing.status()).toBe(404)
  })
})

test.describe('sitemaps', () => {
  test('the index lists chunk files; together they hold every published story and page, no draft', async ({ request }) => {
    const index = xml.parse(await fetchXml(request, '/sitemap.xml', XML_TYPE))
    expect(index.sitemapindex['@xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9')
    const files: string[] = index.sitemapindex.sitemap.map((s: { loc: string }) => s.loc)
    expect(files).toContain(`${E2E.baseUrl}/sitemaps/pages.xml`)
    expect(files).toContain(`${E2E.baseUrl}/sitemaps/articles-1.xml`)
    for (const file of files) expect(file).toMatch(new RegExp(`^${E2E.baseUrl}/sitemaps/[a-z0-9-]+\\.xml$`))

    const locs: string[] = []
    const articleLastmods: string[] = []
    for (const file of files) {
      const doc = xml.parse(await fetchXml(request, file.slice(E2E.baseUrl.length), XML_TYPE))
      expect(doc.urlset['@xmlns'], file).toBe('http://www.sitemaps.org/schemas/sitemap/0.9')
      const urls = (doc.urlset.url ?? []) as { loc: string; lastmod?: string }[]
      expect(urls.length, file).toBeLessThanOrEqual(50_000)
      for (const u of urls) {
        expect(u.loc.startsWith(`${E2E.baseUrl}/`), u.loc).toBe(true)
        if (u.lastmod !== undefined) expect(u.lastmod, u.loc).toMatch(W3C)
        if (u.loc.includes('/articles/')) articleLastmods.push(u.lastmod ?? '')
        locs.push(u.loc)
      }
    }
    expect(new Set(locs).size, 'no URL twice').toBe(locs.length)
    const all = new Set(locs)
    for (const path of ['/', '/a-propos', '/contact', '/mentions-legales', '/radios', '/rubriques/politique', '/rubriques/culture', '/tags/bamako', `/auteurs/${demoAuthors[0]!.slug}`]) {
      expect(all.has(`${E2E.baseUrl}${path}`), path).toBe(true)
    }
    const articles = locs.filter((l) => l.startsWith(`${E2E.baseUrl}/articles/`)).map((l) => l.slice(`${E2E.baseUrl}/articles/`.length))
    expect(articles.sort()).toEqual(publishedSlugs().sort())
    expect(articles).toContain(CONTROL_SLUG)
    expect(articles).not.toContain(DRAFT_SLUG)
    for (const lastmod of articleLastmods) expect(lastmod).toMatch(W3C)

    expect((await request.get('/sitemaps/articles-999.xml')).status()).toBe(404)
    expect((await request.get('/sitemaps/inconnu.xml')).status()).toBe(404)
  })

  test('the news sitemap has the stories of the last 48 hours only', async ({ request }) => {
    const doc = xml.parse(await fetchXml(request, '/news-sitemap.xml', XML_TYPE))
    expect(doc.urlset['@xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9')
    const urls = doc.urlset.url as { loc: string; 'news:news': Record<string, unknown> }[]
    expect(urls.length).toBeGreaterThan(0)
    const now = Date.now()
    const slugs: string[] = []
    for (const u of urls) {
      expect(u.loc).toMatch(new RegExp(`^${E2E.baseUrl}/articles/[a-z0-9-]+$`))
      const news = u['news:news'] as { 'news:publication': Record<string, string>; 'news:publication_date': string; 'news:title': string }
      expect(news['news:publication']).toEqual({ 'news:name': 'Kibaru', 'news:language': 'fr' })
      expect(news['news:publication_date']).toMatch(W3C)
      const age = now - Date.parse(news['news:publication_date'])
      expect(age, u.loc).toBeLessThanOrEqual(48 * HOUR + 10 * 60_000)
      expect(news['news:title']).toBeTruthy()
      slugs.push(u.loc.split('/').pop()!)
    }
    // Every story published in the window is there (a margin for the cached window's age).
    const recent = publishedSlugs('published_at >= ?', now - 47 * HOUR)
    for (const slug of recent) expect(slugs, slug).toContain(slug)
    const demoRecent = findDemo((a) => a.hoursAgo < 24, 'publié depuis moins de 24 h')
    const entry = urls.find((u) => u.loc.endsWith(`/articles/${demoRecent.slug}`))!
    expect((entry['news:news'] as Record<string, string>)['news:title']).toBe(demoRecent.title)
    for (const old of demoArticles.filter((a) => a.hoursAgo > 49)) expect(slugs).not.toContain(old.slug)
    expect(slugs).toContain(CONTROL_SLUG)
    expect(slugs).not.toContain(DRAFT_SLUG)
  })

  test('robots.txt allows readers’ pages, not the newsroom, search or API, and names both sitemaps', async ({ request }) => {
    const response = await request.get('/robots.txt')
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toMatch(/^text\/plain/)
    const lines = (await response.text()).split('\n').map((l) => l.trim())
    expect(lines).toContain('User-Agent: *')
    expect(lines).toContain('Allow: /')
    for (const path of ['/admin', '/recherche', '/api']) expect(lines).toContain(`Disallow: ${path}`)
    expect(lines).toContain(`Sitemap: ${E2E.baseUrl}/sitemap.xml`)
    expect(lines).toContain(`Sitemap: ${E2E.baseUrl}/news-sitemap.xml`)
  })
})
