import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import sharp from 'sharp'
import { expect, test, type APIRequestContext, type Browser, type BrowserContext, type Page } from './fixtures'
import { E2E } from './env'
import { ensureStaff, signIn } from './staff'
import { HOSTILE_HREFS, XSS_VECTORS, type XssVector } from './xss-vectors'
import { cleanQuery } from '../lib/search'

// Hostile input never runs. Every vector of e2e/xss-vectors.ts is written, through the newsroom's
// own server actions and upload endpoint (so validation, storage and cache invalidation are the
// real ones), into every field staff can write: title, chapô, address, dateline, source, cover
// caption, body (text, intertitle, quote, list, link targets, image captions and stray
// attributes), media alt text, credit, default caption and file name, tag, rubrique and byline
// names, rubrique descriptions, author bios (no screen edits those yet: written in the database
// before any page shows them) and the staff member's own name. One story per vector carries it in
// each of its fields; an "omnibus" story carries the whole corpus in its body.
//
// Then a real chromium reads every reader page, newsroom page, feed, sitemap, JSON-LD block and
// share tag that shows them, with a canary: a window.__xss trap, dialogs, and any request to a
// host other than the test server. Each page must also hold no event-handler attribute, no
// javascript:/data: URL, no <base>, <meta refresh>, <iframe>, <object>, <embed> or <math>, no
// script the site did not write, and never a vector verbatim in its HTML when it holds markup
// characters; and the text shown (DOM, share tags, JSON-LD, feeds) must be the stored text.
// The CSP guard of ./fixtures fails a test on any content-security-policy violation as well.
// A first test proves the checks can fail: every vector, written unescaped where it is dangerous,
// trips the canary (those that run by themselves) or the document scan (those that need a click).

const EDITOR = {
  email: 'xss.editrice@kibaru.test',
  password: 'les balises ne passeront pas',
  // Staff names are shown on the dashboard, in histories and in the journal.
  name: 'Awa <img src=x onerror=alert(99)> Traoré',
  role: 'editor' as const,
}

const ORIGIN = new URL(E2E.baseUrl).host
const VECTORS = XSS_VECTORS
const OMNIBUS_TITLE = `Omnibus : ${VECTORS.slice(0, 4).map((v) => v.text).join(' ')}`
/** A field's text as the newsroom stores it: control characters out (lib/article-input.ts), trimmed. */
const stored = (text: string) => text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim()
/** Every vector, one after the other: author bios. */
const ALL_TEXT = VECTORS.map((v) => v.text).join(' · ')

// ---------------------------------------------------------------------------------------------
// Text comparison. The DOM drops or replaces what HTML cannot carry (NUL, C0 controls), French
// typography adds no-break spaces and curly apostrophes, and white space collapses: compare the
// rest exactly.

function norm(text: string | null | undefined): string {
  return (text ?? '')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/g, '')
    .replace(/[\u202f\u00a0]/g, ' ')
    .replace(/’/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
}

/** Text as an XML document can carry it (lib/feeds/xml.ts drops the rest). */
const xmlText = (text: string) => text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')

/** Greedy groups of whole vectors, each joined text at most `max` characters. */
function pack(vectors: readonly XssVector[], max: number, separator = ' '): string[] {
  const groups: string[] = []
  let current = ''
  for (const v of vectors) {
    if (v.text.length > max) throw new Error(`vecteur ${v.id} trop long pour ${max} caractères`)
    const next = current ? `${current}${separator}${v.text}` : v.text
    if (next.length > max) {
      groups.push(current)
      current = v.text
    } else current = next
  }
  if (current) groups.push(current)
  return groups
}

// ---------------------------------------------------------------------------------------------
// Server actions, called over HTTP exactly as React encodes them, with the editor's session.

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { encodeReply } = require('next/dist/compiled/react-server-dom-webpack/client.node') as { encodeReply: (value: unknown) => Promise<string | FormData> }

interface Action {
  id: string
  url: string
}

function readActions(): Map<string, Action> {
  const manifest = JSON.parse(fs.readFileSync(path.join(process.env.NEXT_DIST_DIR || '.next', 'server', 'server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }>
  }
  const actions = new Map<string, Action>()
  for (const [id, action] of Object.entries(manifest.node)) {
    // A page that carries the action, as a URL: the admin pages used here have no dynamic segment
    // other than [id], which any number fills.
    const worker = Object.keys(action.workers)[0]!
    const url = worker.replace(/^app/, '').replace(/\/(page|route)$/, '').replace(/\/\([^/]+\)/g, '').replace(/\[[^\]]+\]/g, '1')
    actions.set(`${action.filename}#${action.exportedName}`, { id, url: url || '/' })
  }
  return actions
}

/** The value an action returned, from its RSC answer (row 0 names the row that holds it). */
function actionValue(text: string): unknown {
  const rows = new Map<string, string>()
  for (const line of text.split('\n')) {
    // ([\s\S], not ".": a vector's U+2028 inside a row is not the end of it.)
    const match = /^([0-9a-f]+):([\s\S]*)$/.exec(line)
    if (match) rows.set(match[1]!, match[2]!)
  }
  const head = JSON.parse(rows.get('0') ?? 'null') as { a?: string } | null
  const ref = head?.a?.startsWith('$@') ? head.a.slice(2) : null
  if (!ref || !rows.has(ref)) throw new Error(`réponse d’action inattendue : ${text.slice(0, 300)}`)
  return JSON.parse(rows.get(ref)!)
}

type Result = { ok: boolean; id?: number; version?: number; slug?: string; status?: string; error?: string; fieldErrors?: Record<string, string> }

class Newsroom {
  private actions = readActions()
  constructor(private request: APIRequestContext) {}

  async call<T = Result>(key: string, args: unknown[]): Promise<T> {
    const action = this.actions.get(key)
    if (!action) throw new Error(`action introuvable dans la construction : ${key}`)
    const body = await encodeReply(args)
    if (typeof body !== 'string') throw new Error('arguments inattendus (FormData)')
    const response = await this.request.post(action.url, {
      headers: { 'next-action': action.id, accept: 'text/x-component', origin: E2E.baseUrl, 'content-type': 'text/plain;charset=UTF-8' },
      data: body,
    })
    expect(response.status(), key).toBe(200)
    return actionValue(await response.text()) as T
  }
}

const SAVE_ARTICLE = 'app/admin/articles/actions.ts#saveArticleAction'
const PUBLISH_ARTICLE = 'app/admin/articles/actions.ts#publishArticleAction'
const SAVE_CATEGORY = 'app/admin/rubriques/actions.ts#saveCategoryAction'
const UPDATE_TAG = 'app/admin/rubriques/actions.ts#updateTagAction'

// ---------------------------------------------------------------------------------------------
// What was written, read back from the database: pages are compared with the stored text.

interface StoredMedia {
  id: number
  alt: string
  credit: string | null
  caption: string
  originalName: string | null
}

interface StoredArticle {
  id: number
  slug: string
  title: string
  standfirst: string
  dateline: string | null
  sourceName: string | null
  sourceUrl: string | null
  coverCaption: string | null
  cover: StoredMedia | null
  bodyMedia: StoredMedia
  category: { id: number; slug: string; name: string; description: string }
  tags: { slug: string; name: string }[]
  authors: { slug: string; name: string; bio: string; jobTitle: string | null }[]
  /** The vector this story carries (null for the omnibus). */
  vector: XssVector | null
  /** The story its "Lire aussi" points to. */
  readAlso: number | null
}

interface World {
  storageState: Awaited<ReturnType<BrowserContext['storageState']>>
  media: StoredMedia[]
  categories: { id: number; slug: string; name: string; description: string }[]
  articles: StoredArticle[]
  omnibus: StoredArticle
  /** Rubriques whose description packs several vectors: their pages are visited. */
  describedCategories: number
}

let world: World

function readBack(sqlite: Database.Database, id: number, vector: XssVector | null, readAlso: number | null, mediaById: Map<number, StoredMedia>): StoredArticle {
  const row = sqlite
    .prepare('SELECT id, slug, title, standfirst, dateline, source_name, source_url, cover_caption, cover_media_id, category_id, body FROM articles WHERE id = ?')
    .get(id) as Record<string, unknown>
  const category = sqlite.prepare('SELECT id, slug, name, description FROM categories WHERE id = ?').get(row.category_id) as StoredArticle['category']
  const tags = sqlite.prepare('SELECT t.slug, t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = ? ORDER BY t.name').all(id) as StoredArticle['tags']
  const authors = sqlite
    .prepare('SELECT a.slug, a.name, a.bio, a.job_title AS jobTitle FROM article_authors aa JOIN authors a ON a.id = aa.author_id WHERE aa.article_id = ? ORDER BY aa.position')
    .all(id) as StoredArticle['authors']
  const body = JSON.parse(row.body as string) as { content: { type: string; attrs?: { mediaId?: number } }[] }
  const bodyMediaId = body.content.find((n) => n.type === 'image')!.attrs!.mediaId!
  return {
    id,
    slug: row.slug as string,
    title: row.title as string,
    standfirst: row.standfirst as string,
    dateline: row.dateline as string | null,
    sourceName: row.source_name as string | null,
    sourceUrl: row.source_url as string | null,
    coverCaption: row.cover_caption as string | null,
    cover: row.cover_media_id ? mediaById.get(row.cover_media_id as number)! : null,
    bodyMedia: mediaById.get(bodyMediaId)!,
    category,
    tags,
    authors,
    vector,
    readAlso,
  }
}

// ---------------------------------------------------------------------------------------------
// The stories' bodies: every vector as text in each kind of block, as a link target, as an image
// caption, and as attributes no schema knows.

type Node = Record<string, unknown>
const text = (value: string, marks?: Node[]): Node => ({ type: 'text', text: value, ...(marks ? { marks } : {}) })
const para = (...content: Node[]): Node => ({ type: 'paragraph', content })

function vectorBlocks(v: XssVector, mediaId: number): Node[] {
  const hostileHref = HOSTILE_HREFS[v.id % HOSTILE_HREFS.length]!
  return [
    { type: 'heading', attrs: { level: 2, onclick: v.text, id: v.text }, content: [text(v.text)] },
    { type: 'paragraph', attrs: { style: v.text, class: v.text }, content: [text(v.text), text(' (canari)')] },
    para(text(v.text, [{ type: 'link', attrs: { href: v.text, onclick: v.text, target: v.text } }]), text(' · '), text(`lien ${v.id}`, [{ type: 'link', attrs: { href: hostileHref } }, { type: 'bold' }])),
    { type: 'image', attrs: { mediaId, caption: v.text, src: v.text, alt: v.text, onerror: v.text } },
    { type: 'blockquote', content: [para(text(v.text, [{ type: 'italic' }]))] },
    { type: 'bulletList', content: [{ type: 'listItem', content: [para(text(v.text))] }] },
  ]
}

// ---------------------------------------------------------------------------------------------
// Writing the hostile content through the newsroom.

async function testImage(index: number): Promise<Buffer> {
  // A distinct colour each, so no two uploads are the same file.
  return sharp({ create: { width: 320, height: 200, channels: 3, background: { r: (index * 53) % 256, g: (index * 97) % 256, b: 120 } } })
    .jpeg({ quality: 80 })
    .toBuffer()
}

async function writeHostileContent(browser: Browser): Promise<World> {
  await ensureStaff(EDITOR)
  const context = await browser.newContext({ baseURL: E2E.baseUrl })
  const page = await context.newPage()
  await signIn(page, EDITOR)
  await expect(page).toHaveURL('/admin')
  const newsroom = new Newsroom(context.request)
  const sqlite = new Database(E2E.databasePath)
  try {
    const editorId = (sqlite.prepare('SELECT id FROM users WHERE email = ?').get(EDITOR.email) as { id: number }).id

    // Media: alt texts, credits and default captions pack the corpus; file names are vectors.
    const alts = pack(VECTORS, 300)
    const credits = pack(VECTORS, 200)
    const captions = pack(VECTORS, 600)
    const mediaCount = Math.max(alts.length, credits.length, captions.length)
    const mine = sqlite.prepare('SELECT id FROM media WHERE uploaded_by = ? ORDER BY id').all(editorId) as { id: number }[]
    for (let m = mine.length; m < mediaCount; m++) {
      const response = await context.request.post('/admin/medias/televerser', {
        multipart: {
          file: { name: `${VECTORS[m]!.text}.jpg`, mimeType: 'image/jpeg', buffer: await testImage(m) },
          alt: alts[m] ?? '',
          credit: credits[m] ?? '',
          caption: captions[m] ?? '',
        },
      })
      expect(response.status(), await response.text()).toBe(201)
    }
    const media = sqlite.prepare('SELECT id, alt, credit, caption, original_name AS originalName FROM media WHERE uploaded_by = ? ORDER BY id LIMIT ?').all(editorId, mediaCount) as StoredMedia[]
    expect(media).toHaveLength(mediaCount)
    const mediaById = new Map(media.map((m) => [m.id, m]))

    // Rubriques: one per vector, named by it; the first ones' descriptions pack the corpus.
    const descriptions = pack(VECTORS, 300)
    const categoryIds: number[] = []
    for (const [i, v] of VECTORS.entries()) {
      const existing = sqlite.prepare('SELECT id FROM categories WHERE name = ?').get(stored(v.text)) as { id: number } | undefined
      const result = await newsroom.call(SAVE_CATEGORY, [existing?.id ?? null, { name: v.text, slug: '', description: descriptions[i] ?? v.text }])
      expect(result, `rubrique ${v.id}`).toMatchObject({ ok: true })
      categoryIds.push(existing?.id ?? (sqlite.prepare('SELECT id FROM categories WHERE name = ?').get(stored(v.text)) as { id: number }).id)
    }

    // One story per vector, each field holding it; then the omnibus with the whole corpus.
    const findArticle = sqlite.prepare('SELECT id, version FROM articles WHERE title = ? AND created_by = ? ORDER BY id DESC')
    const save = async (title: string, input: Record<string, unknown>) => {
      const existing = findArticle.get(stored(title), editorId) as { id: number; version: number } | undefined
      const saved = await newsroom.call(SAVE_ARTICLE, [existing?.id ?? null, existing?.version ?? null, input])
      expect(saved, `enregistrement de « ${title} »`).toMatchObject({ ok: true })
      // However hostile the address asked for, the one given is a plain slug.
      expect(saved.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      const published = await newsroom.call(PUBLISH_ARTICLE, [saved.id, saved.version])
      expect(published, `publication de « ${title} »`).toMatchObject({ ok: true, status: 'published' })
      return saved.id!
    }
    const ids: number[] = []
    for (const [i, v] of VECTORS.entries()) {
      const id = await save(v.text, {
        title: v.text,
        slug: v.text,
        standfirst: v.text,
        categoryId: categoryIds[i],
        tags: [v.text],
        authorIds: [],
        newAuthors: [v.text],
        coverMediaId: media[i % media.length]!.id,
        coverCaption: v.text,
        dateline: v.text,
        sourceName: v.text,
        // A valid http(s) address can still carry markup characters.
        sourceUrl: `https://example.org/${v.text.replace(/\s/g, '')}`,
        body: { type: 'doc', content: [...vectorBlocks(v, media[(i + 1) % media.length]!.id), ...(i > 0 ? [{ type: 'readAlso', attrs: { articleId: ids[i - 1], href: v.text } }] : [])] },
        featured: i === 0,
        breaking: i === VECTORS.length - 1,
      })
      ids.push(id)
    }
    const authorIds = (sqlite.prepare(`SELECT id FROM authors WHERE name IN (${VECTORS.slice(0, 5).map(() => '?').join(', ')})`).all(...VECTORS.slice(0, 5).map((v) => stored(v.text))) as { id: number }[]).map((a) => a.id)
    const omnibusId = await save(OMNIBUS_TITLE, {
      title: OMNIBUS_TITLE,
      slug: '',
      standfirst: pack(VECTORS, 500)[0],
      categoryId: categoryIds[0],
      tags: VECTORS.slice(0, 20).map((v) => v.text),
      authorIds,
      body: {
        type: 'doc',
        content: [...VECTORS.flatMap((v, i) => vectorBlocks(v, media[i % media.length]!.id)), ...ids.map((articleId) => ({ type: 'readAlso', attrs: { articleId } }))],
      },
    })

    // Author bios and job titles: no newsroom screen writes them yet. Set before any author
    // page is requested, so no cached page predates them.
    const setBio = sqlite.prepare('UPDATE authors SET bio = ?, job_title = ? WHERE name = ?')
    for (const v of VECTORS) setBio.run(ALL_TEXT, v.text, stored(v.text))

    const articles = VECTORS.map((v, i) => readBack(sqlite, ids[i]!, v, i > 0 ? ids[i - 1]! : null, mediaById))
    const omnibus = readBack(sqlite, omnibusId, null, null, mediaById)
    const categories = categoryIds.map((id) => sqlite.prepare('SELECT id, slug, name, description FROM categories WHERE id = ?').get(id) as World['categories'][number])
    // Validation kept every vector as written, control characters aside.
    for (const a of articles) {
      const v = stored(a.vector!.text)
      expect({ title: a.title, standfirst: a.standfirst, dateline: a.dateline, source: a.sourceName, caption: a.coverCaption, rubrique: a.category.name, tags: a.tags.map((t) => t.name), authors: a.authors.map((x) => x.name) }).toEqual({
        title: v,
        standfirst: v,
        dateline: v,
        source: v,
        caption: v,
        rubrique: v,
        tags: [v],
        authors: [v],
      })
    }
    return { storageState: await context.storageState(), media, categories, articles, omnibus, describedCategories: descriptions.length }
  } finally {
    sqlite.close()
    await context.close()
  }
}

test.describe.configure({ mode: 'serial' })

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000)
  world = await writeHostileContent(browser)
})

// ---------------------------------------------------------------------------------------------
// The canary, and what every page must (not) hold.

interface Canary {
  context: BrowserContext
  page: Page
  hits: string[]
}

async function canary(browser: Browser, signedIn = false): Promise<Canary> {
  const context = await browser.newContext({ baseURL: E2E.baseUrl, ...(signedIn ? { storageState: world.storageState } : {}) })
  const hits: string[] = []
  await context.exposeBinding('__xssReport', (_source, what: string) => {
    hits.push(what)
  })
  await context.addInitScript(() => {
    const report = (what: string) => (window as unknown as { __xssReport?: (w: string) => void }).__xssReport?.(what)
    Object.defineProperty(window, '__xss', {
      configurable: false,
      get: () => undefined,
      set: (value: unknown) => report(`window.__xss = ${String(value)}`),
    })
  })
  // Any request to another host: a vector fetched, imported or loaded something. (Watched, not
  // routed: routing every request would turn the browser cache off and slow each page down.)
  context.on('request', (request) => {
    const url = new URL(request.url())
    if (/^(https?|wss?|ftp):$/.test(url.protocol) && url.host !== ORIGIN) hits.push(`requête vers ${request.url()}`)
  })
  const page = await context.newPage()
  page.on('dialog', (dialog) => {
    hits.push(`${dialog.type()}(${dialog.message()})`)
    void dialog.dismiss()
  })
  return { context, page, hits }
}

/**
 * After letting late handlers fire (image errors, toggles, focus): the canary global, and the
 * elements, attributes and scripts no page of ours has: any one of them is markup that got in.
 */
async function scanDocument(): Promise<{ xss: unknown; bad: string[] }> {
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)))
  const bad: string[] = []
  const describe = (el: Element) => `<${el.localName}${[...el.attributes].map((a) => ` ${a.name}="${a.value.slice(0, 60)}"`).join('')}>`
  const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'srcdoc', 'ping', 'codebase', 'lowsrc', 'dynsrc'])
  // React gives a form whose action is a client function this placeholder until it hydrates.
  const reactPlaceholder = "javascript:throw new error('a react form was unexpectedly submitted."
  const dangerousUrl = (value: string) => {
    const v = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase()
    if (v.startsWith(reactPlaceholder.replace(/ /g, ''))) return false
    return /^(javascript|vbscript|livescript|mocha):/.test(v) || (/^data:/.test(v) && !/^data:image\/(png|jpeg|gif|webp|avif);/.test(v))
  }
  // Inline scripts the site writes: Next's hydration data and bootstrap, and JSON-LD.
  // (React's streaming helpers start with $R…, Turbopack's chunk list with globalThis; Next moves
  // icons streamed late into the head with this exact line.)
  const knownInline = /^\s*(\(?self\.__next_[a-z]|\(globalThis\["TURBOPACK"\]|\$R[A-Z]|requestAnimationFrame\(function\(\)\{\$R)/
  const iconScript = `document.querySelectorAll('body link[rel="icon"], body link[rel="apple-touch-icon"]').forEach(el => document.head.appendChild(el))`
  for (const el of document.querySelectorAll('*')) {
    const tag = el.localName
    if (['base', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'math', 'portal'].includes(tag)) bad.push(describe(el))
    if (tag === 'meta' && el.hasAttribute('http-equiv') && !/^(content-type|x-ua-compatible)$/i.test(el.getAttribute('http-equiv')!)) bad.push(describe(el))
    if (tag === 'script') {
      const src = el.getAttribute('src')
      const type = el.getAttribute('type')
      if (src !== null ? !/^\/(_next\/|reader\.js\?v=)/.test(src) : type !== 'application/ld+json' && !knownInline.test(el.textContent ?? '') && el.textContent !== iconScript) bad.push(`${describe(el)}${(el.textContent ?? '').slice(0, 80)}`)
    }
    if (tag === 'style' && /javascript:|expression\s*\(|@import|evil\.example/i.test(el.textContent ?? '')) bad.push(`${describe(el)}${(el.textContent ?? '').slice(0, 80)}`)
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase()
      if (name.startsWith('on')) bad.push(describe(el))
      else if (urlAttributes.has(name) && dangerousUrl(attr.value)) bad.push(describe(el))
      else if (name === 'srcset' && attr.value.split(',').some((candidate) => dangerousUrl(candidate.trim()))) bad.push(describe(el))
      else if (name === 'style' && /url\s*\(|expression\s*\(|javascript:|behavior\s*:|-moz-binding/i.test(attr.value)) bad.push(describe(el))
    }
    // What loads by itself comes from this site only.
    const loads = tag === 'img' || tag === 'script' || tag === 'source' || tag === 'video' || tag === 'audio' || (tag === 'link' && /stylesheet|preload|modulepreload|icon|import/i.test(el.getAttribute('rel') ?? ''))
    const target = tag === 'link' ? el.getAttribute('href') : el.getAttribute('src')
    if (loads && target && new URL(target, location.href).host !== location.host) bad.push(describe(el))
  }
  return { xss: (window as unknown as { __xss?: unknown }).__xss, bad }
}

const MARKUP = /[<>"&]/
const JSON_LD = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/g

/** The answer's HTML: every JSON-LD block parses and holds no "<"; no vector with markup characters appears verbatim. */
function checkHtml(url: string, html: string) {
  for (const match of html.matchAll(JSON_LD)) {
    expect(match[1], `${url} : JSON-LD`).not.toContain('<')
    expect(() => JSON.parse(match[1]!), `${url} : JSON-LD`).not.toThrow()
  }
  const verbatim = [...VECTORS, { id: 0, kind: 'staff name', text: EDITOR.name }]
    .filter((v) => [v.text, stored(v.text)].some((form) => MARKUP.test(form) && html.includes(form)))
    .map((v) => v.id)
  expect(verbatim, `${url} : vecteurs non échappés dans le HTML`).toEqual([])
}

/** Nothing caught by the canary, nothing hostile in the document. */
async function checkCanary(c: Canary, url: string) {
  const { xss, bad } = await c.page.evaluate(scanDocument)
  expect(c.hits, `${url} : le canari a été touché`).toEqual([])
  expect(xss, url).toBeUndefined()
  expect(bad, `${url} : balisage hostile dans la page`).toEqual([])
}

/** Runs `visit` over the items in a few pages at once, each with its own canary. */
async function inLanes<T>(browser: Browser, items: readonly T[], visitOne: (c: Canary, item: T) => Promise<void>, { lanes = 2, signedIn = false } = {}) {
  const queue = [...items]
  const canaries = await Promise.all(Array.from({ length: lanes }, () => canary(browser, signedIn)))
  try {
    await Promise.all(
      canaries.map(async (c) => {
        for (let item = queue.shift(); item !== undefined; item = queue.shift()) await visitOne(c, item)
      }),
    )
  } finally {
    queue.length = 0
    for (const c of canaries) await c.context.close()
  }
}

async function visit(c: Canary, url: string, ready?: (page: Page) => Promise<void>): Promise<string> {
  const response = await c.page.goto(url, { waitUntil: 'domcontentloaded' })
  expect(response?.status(), url).toBe(200)
  if (ready) await ready(c.page)
  const html = await response!.text()
  checkHtml(url, html)
  await checkCanary(c, url)
  return html
}

const textOf = async (page: Page, selector: string) => norm(await page.locator(selector).first().textContent())
const textsOf = async (page: Page, selector: string) => (await page.locator(selector).allTextContents()).map(norm)
const metaOf = (page: Page, key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`).evaluateAll((els) => els.map((el) => el.getAttribute('content') ?? ''))

// ---------------------------------------------------------------------------------------------
// The story as readers see it (the article page and the newsroom's preview draw the same view).

/** What a page shows, read in one round trip: text of every match of each selector, or one attribute. */
type Probe = Record<string, string | [selector: string, attribute: string]>
async function read(page: Page, probe: Probe): Promise<Record<string, string[]>> {
  return page.evaluate((probe) => {
    const out: Record<string, string[]> = {}
    for (const [key, spec] of Object.entries(probe)) {
      const [selector, attribute] = typeof spec === 'string' ? [spec, null] : spec
      out[key] = [...document.querySelectorAll(selector)].map((el) => (attribute ? (el.getAttribute(attribute) ?? '') : (el.textContent ?? '')))
    }
    return out
  }, probe)
}

async function checkArticleView(page: Page, a: StoredArticle) {
  const view = 'article.article'
  const got = await read(page, {
    title: `${view} h1`,
    standfirst: `${view} .standfirst`,
    kicker: `${view} .kicker`,
    bylines: `${view} .byline a`,
    tags: `${view} .article-tags a`,
    dateline: `${view} .dateline`,
    source: `${view} .source`,
    sourceHref: [`${view} .source a`, 'href'],
    coverAlt: [`${view} .cover img`, 'alt'],
    coverCaption: `${view} .cover .caption`,
    coverCredit: `${view} .cover .credit`,
    h2: `${view} .article-body h2`,
    quotes: `${view} .article-body blockquote`,
    items: `${view} .article-body li`,
    captions: `${view} .article-body .caption`,
    credits: `${view} .article-body .credit`,
    paragraphs: `${view} .article-body p`,
    bodyAlts: [`${view} .article-body figure img`, 'alt'],
    links: [`${view} .article-body a:not(.read-also a)`, 'href'],
    readAlsoHrefs: [`${view} .article-body .read-also a`, 'href'],
    readAlso: `${view} .article-body .read-also a`,
  })
  const t = (key: string) => got[key]!.map(norm)
  expect(t('title')).toEqual([norm(a.title)])
  expect(t('standfirst')).toEqual([norm(a.standfirst)])
  expect(t('kicker')).toEqual([norm(a.category.name)])
  expect(t('bylines')).toEqual(a.authors.map((x) => norm(x.name)))
  expect(t('tags')).toEqual(expect.arrayContaining(a.tags.map((x) => norm(x.name))))
  expect(t('dateline')).toEqual(a.dateline ? [`${norm(a.dateline.toLocaleUpperCase('fr-FR'))} –`] : [])
  expect(t('source')).toEqual(a.sourceName ? [`Source : ${norm(a.sourceName)}`] : [])
  expect(t('sourceHref')).toEqual(a.sourceUrl ? [norm(a.sourceUrl)] : [])
  if (a.cover) {
    expect(t('coverAlt')).toEqual([norm(a.cover.alt)])
    expect(t('coverCaption')).toEqual([norm(a.coverCaption)])
    expect(t('coverCredit')).toEqual([norm(a.cover.credit)])
  }
  // The body: each vector as text in every block; the image's alt and credit from its asset.
  const vectors = a.vector ? [a.vector] : VECTORS
  const texts = vectors.map((v) => norm(v.text))
  expect(t('h2')).toEqual(texts)
  expect(t('quotes')).toEqual(texts)
  expect(t('items')).toEqual(texts)
  expect(t('captions')).toEqual(texts)
  for (const v of vectors) {
    expect(t('paragraphs')).toContain(`${norm(v.text)} (canari)`)
    expect(t('paragraphs')).toContain(`${norm(v.text)} · lien ${v.id}`)
  }
  if (a.vector) {
    expect(t('bodyAlts')).toEqual([norm(a.bodyMedia.alt)])
    expect(t('credits')).toEqual([norm(a.bodyMedia.credit)])
  }
  // No hostile target survived as a link: the body's only links are the "Lire aussi" ones.
  expect(got.links).toEqual([])
  for (const href of got.readAlsoHrefs!) expect(href).toMatch(/^\/articles\/[a-z0-9-]+$/)
  if (a.readAlso) expect(t('readAlso')).toEqual([norm(world.articles.find((x) => x.id === a.readAlso)!.title)])
  if (!a.vector) expect(t('readAlso')).toEqual(world.articles.map((x) => norm(x.title)))
}

/** Share tags and JSON-LD hold the stored text literally, as data. */
async function checkShareData(page: Page, html: string, a: StoredArticle) {
  const meta = (key: string): [string, string] => [`meta[property="${key}"], meta[name="${key}"]`, 'content']
  const got = await read(page, {
    ogTitle: meta('og:title'),
    twitterTitle: meta('twitter:title'),
    ogDescription: meta('og:description'),
    twitterDescription: meta('twitter:description'),
    ogImageAlt: meta('og:image:alt'),
    section: meta('article:section'),
    tags: meta('article:tag'),
    title: 'title',
    jsonLd: 'script[type="application/ld+json"]',
  })
  const t = (key: string) => got[key]!.map(norm)
  expect(t('ogTitle')).toEqual([norm(a.title)])
  expect(t('twitterTitle')).toEqual([norm(a.title)])
  expect(t('ogDescription')).toEqual([norm(a.standfirst)])
  expect(t('twitterDescription')).toEqual([norm(a.standfirst)])
  expect(t('ogImageAlt')).toEqual([norm(a.cover?.alt || a.title)])
  expect(t('section')).toEqual([norm(a.category.name)])
  expect(t('tags').sort()).toEqual(a.tags.map((x) => norm(x.name)).sort())
  expect(t('title')[0]).toContain(norm(a.title))
  // JSON-LD: parsed from the HTML as a crawler does, the values are the stored strings exactly.
  const blocks = [...html.matchAll(JSON_LD)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>)
  expect(blocks.find((b) => b['@type'] === 'NewsArticle')).toMatchObject({
    headline: a.title.slice(0, 110),
    description: a.standfirst,
    articleSection: a.category.name,
    keywords: a.tags.map((x) => x.name).join(', '),
    author: a.authors.map((x) => expect.objectContaining({ name: x.name })),
  })
  const breadcrumb = blocks.find((b) => b['@type'] === 'BreadcrumbList') as { itemListElement: { name: string }[] }
  expect(breadcrumb.itemListElement.map((i) => i.name)).toEqual(['Accueil', a.category.name, a.title])
  // And in the DOM, where a crawler that runs scripts reads them.
  const parsed = got.jsonLd!.map((json) => JSON.parse(json) as Record<string, unknown>)
  expect(parsed.find((b) => b['@type'] === 'NewsArticle')).toMatchObject({ headline: a.title.slice(0, 110), description: a.standfirst })
}

// ---------------------------------------------------------------------------------------------
// The checks themselves can fail: each vector, put where it is dangerous without escaping, trips
// the canary or the document scan.

function armed(v: XssVector): string {
  switch (v.context) {
    case 'html':
      return `<p>${v.text}</p>`
    case 'attribute"':
      return `<input value="${v.text}">`
    case "attribute'":
      return `<input value='${v.text}'>`
    case 'attribute':
      return `<input value=${v.text}>`
    case 'url':
      return `<a href="${v.text}">x</a><img src="${v.text}">`
    case 'inert':
      return ''
  }
}

/** Vectors that run in chromium as soon as they are parsed (the others wait for a click, or are dead). */
const RUN_BY_THEMSELVES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 22, 27, 29, 34, 37, 38, 39, 40, 41, 42, 44, 46]

test('the canary and the document scan catch every vector written where it would be dangerous', async ({ browser }) => {
  test.setTimeout(60_000)
  // The site's content-security policy would block most of these: the page here has none, so
  // what is proven is that the canary and the scan see them by themselves.
  const c = await canary(browser)
  const missed: number[] = []
  const ran: number[] = []
  // Served as a page of the test host, without a content-security policy; a page each, so that
  // nothing one vector does (a <meta refresh> leaving late) is put down to the next.
  await c.context.route('**/__canari?*', (route) => {
    const v = VECTORS.find((x) => x.id === Number(new URL(route.request().url()).searchParams.get('v')))!
    return route.fulfill({ contentType: 'text/html; charset=utf-8', body: `<!doctype html><html><head></head><body>${armed(v)}</body></html>` })
  })
  for (const v of VECTORS.filter((x) => x.context !== 'inert')) {
    const page = await c.context.newPage()
    page.on('dialog', (dialog) => {
      c.hits.push(`${dialog.type()}(${dialog.message()})`)
      void dialog.dismiss()
    })
    c.hits.length = 0
    await page.goto(`/__canari?v=${v.id}`, { waitUntil: 'domcontentloaded' })
    // A <meta refresh> leaves the page before it can be scanned: its request is the catch.
    const scan = await page.evaluate(scanDocument).catch(() => ({ xss: undefined, bad: [] as string[] }))
    const tripped = c.hits.length > 0 || scan.xss !== undefined
    if (tripped) ran.push(v.id)
    if (!tripped && !scan.bad.length) missed.push(v.id)
    await page.close()
  }
  expect(missed).toEqual([])
  // Those that run with nobody clicking are seen running: a dialog, the trap, a foreign request.
  expect(ran).toEqual(RUN_BY_THEMSELVES)
  await c.context.close()
})

// ---------------------------------------------------------------------------------------------
// Reader pages.

test('every story: the page, its share tags and its JSON-LD show each vector as text and run nothing', async ({ browser }) => {
  test.setTimeout(120_000)
  await inLanes(browser, [...world.articles, world.omnibus], async (c, a) => {
    const html = await visit(c, `/articles/${a.slug}`)
    await checkArticleView(c.page, a)
    await checkShareData(c.page, html, a)
  })
})

interface Visit {
  url: string
  ready?: (page: Page) => Promise<void>
  check?: (page: Page) => Promise<void>
}

const runVisit = async (c: Canary, v: Visit) => {
  await visit(c, v.url, v.ready)
  await v.check?.(c.page)
}

test('home, rubriques, tags, authors, search and radios show the hostile names as text and run nothing', async ({ browser }) => {
  test.setTimeout(90_000)
  const ours = new Set(world.articles.map((a) => norm(a.title)))
  const cardTitles = async (page: Page) => (await textsOf(page, '.card-title')).filter((t) => ours.has(t))
  const found = new Set<string>()
  const visits: Visit[] = [
    // Home: every rubrique name in the navigation, the breaking-news banner, the latest stories.
    {
      url: '/',
      check: async (page) => {
        const nav = await textsOf(page, 'nav.rubriques a')
        for (const category of world.categories) expect(nav).toContain(norm(category.name))
        expect((await cardTitles(page)).length).toBeGreaterThan(0)
        expect(await textOf(page, 'aside.breaking a')).toBe(norm(world.articles[world.articles.length - 1]!.title))
      },
    },
    // Rubriques whose descriptions pack the corpus: name, description, meta description, cards.
    ...world.categories.slice(0, world.describedCategories).map((category) => ({
      url: `/rubriques/${category.slug}`,
      check: async (page: Page) => {
        expect(await textOf(page, '.listing-header h1')).toBe(norm(category.name))
        expect(await textOf(page, '.listing-description')).toBe(norm(category.description))
        expect((await metaOf(page, 'og:description')).map(norm)).toEqual([norm(category.description)])
        expect(await cardTitles(page)).toEqual([norm(world.articles.find((a) => a.category.id === category.id)!.title)])
      },
    })),
    // Tags and authors: a few pages of each kind (every name is also checked on its story). Every
    // author's bio holds the whole corpus.
    ...[world.articles[0]!, world.articles[11]!, world.articles[33]!].flatMap((a) => [
      {
        url: `/tags/${a.tags[0]!.slug}`,
        check: async (page: Page) => {
          expect(await textOf(page, 'h1')).toBe(norm(a.tags[0]!.name))
          expect(await cardTitles(page)).toContain(norm(a.title))
        },
      },
      {
        url: `/auteurs/${a.authors[0]!.slug}`,
        check: async (page: Page) => {
          const author = a.authors[0]!
          expect(await textOf(page, 'h1')).toBe(norm(author.name))
          expect(await textOf(page, '.author-job')).toBe(norm(author.jobTitle))
          expect(await textOf(page, '.author-bio')).toBe(norm(author.bio))
          expect((await metaOf(page, 'og:description')).map(norm)).toEqual([norm(author.bio.slice(0, 200))])
          expect(await cardTitles(page)).toContain(norm(a.title))
        },
      },
    ]),
    // Search results list every story (title, chapô, highlighted snippet)…
    ...Array.from({ length: Math.ceil((world.articles.length + 1) / 10) }, (_, i) => ({
      url: `/recherche?q=canari&page=${i + 1}`,
      check: async (page: Page) => {
        for (const t of await textsOf(page, '.search-result .card-title')) if (ours.has(t)) found.add(t)
      },
    })),
    // …and the query itself, reflected in the form, the result line and the title, is text.
    ...pack(VECTORS, 200).map((q) => ({
      url: `/recherche?${new URLSearchParams({ q })}`,
      check: async (page: Page) => {
        expect(norm(await page.locator('#q-page').inputValue())).toBe(norm(cleanQuery(q)))
        expect(norm(await page.title())).toContain(norm(cleanQuery(q)).slice(0, 40))
      },
    })),
    { url: '/radios' },
  ]
  await inLanes(browser, visits, runVisit)
  expect([...ours].filter((t) => !found.has(t))).toEqual([])
})

// ---------------------------------------------------------------------------------------------
// Feeds and sitemaps: well-formed, and the hostile text escaped, as data.

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', textNodeName: '#text', isArray: (name) => ['item', 'category', 'dc:creator', 'url', 'sitemap'].includes(name) })

async function fetchXml(request: APIRequestContext, url: string) {
  const response = await request.get(url)
  expect(response.status(), url).toBe(200)
  const body = await response.text()
  expect(XMLValidator.validate(body), `${url} : XML mal formé`).toBe(true)
  // Outside CDATA sections, markup characters of a vector never appear as they are.
  const outsideCdata = body.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '')
  const verbatim = VECTORS.filter((v) => [v.text, stored(v.text)].some((form) => /[<&]/.test(form) && outsideCdata.includes(form))).map((v) => v.id)
  expect(verbatim, `${url} : vecteurs non échappés`).toEqual([])
  return { body, doc: xml.parse(body) as Record<string, any> }
}

const valueOf = (node: unknown): string => (typeof node === 'object' && node !== null ? String((node as Record<string, unknown>)['#text'] ?? '') : String(node ?? ''))
/** RSS descriptions are HTML: the chapô arrives escaped once more, so a reader shows it as text. */
const htmlDecode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')

test('feeds and sitemaps are well-formed and carry the hostile text as escaped data', async ({ request }) => {
  test.setTimeout(60_000)
  // Each rubrique's feed: the story's title, chapô, rubrique, tag and byline, exactly.
  for (const a of world.articles) {
    const url = `/rubriques/${a.category.slug}/feed.xml`
    const { doc } = await fetchXml(request, url)
    const channel = doc.rss.channel
    expect(valueOf(channel.title), url).toContain(xmlText(a.category.name))
    const item = (channel.item as Record<string, unknown>[]).find((i) => String(valueOf(i.link)).endsWith(`/articles/${a.slug}`))!
    expect(item, url).toBeDefined()
    expect(valueOf(item.title)).toBe(xmlText(a.title).replace(/]]>/g, ']] >'))
    const description = valueOf(item.description)
    // The description is HTML text: no tag in it, and decoding it gives the chapô back.
    expect(description).not.toMatch(/<[a-z!/]/i)
    expect(htmlDecode(description)).toBe(xmlText(a.standfirst))
    expect((item.category as unknown[]).map(valueOf).sort()).toEqual([a.category.name, ...a.tags.map((t) => t.name)].map(xmlText).sort())
    expect((item['dc:creator'] as unknown[]).map(valueOf)).toEqual(a.authors.map((x) => xmlText(x.name)))
  }

  // The site feed: the newest stories (ours) are there.
  const site = await fetchXml(request, '/feed.xml')
  const siteTitles = (site.doc.rss.channel.item as Record<string, unknown>[]).map((i) => valueOf(i.title))
  expect(siteTitles).toContain(xmlText(world.omnibus.title))

  // Sitemaps: every child well-formed; the rubriques', tags' and stories' slugs are plain.
  const index = await fetchXml(request, '/sitemap.xml')
  const locs: string[] = []
  for (const child of index.doc.sitemapindex.sitemap as { loc: string }[]) {
    const { doc } = await fetchXml(request, new URL(child.loc).pathname)
    for (const u of (doc.urlset.url ?? []) as { loc: string }[]) locs.push(u.loc)
  }
  for (const loc of locs) expect(new URL(loc).pathname).toMatch(/^(\/[a-z0-9-]*)*\/?$/)
  for (const a of world.articles) {
    expect(locs).toContain(`${E2E.baseUrl}/articles/${a.slug}`)
    expect(locs).toContain(`${E2E.baseUrl}/rubriques/${a.category.slug}`)
  }

  // Google News: the titles of the last two days, escaped.
  const news = await fetchXml(request, '/news-sitemap.xml')
  const newsTitles = new Map((news.doc.urlset.url as Record<string, any>[]).map((u) => [u.loc as string, valueOf(u['news:news']['news:title'])]))
  for (const a of [...world.articles, world.omnibus]) expect(newsTitles.get(`${E2E.baseUrl}/articles/${a.slug}`)).toBe(xmlText(a.title))
})

test('share images are drawn for hostile headlines, with and without a cover', async ({ browser }) => {
  test.setTimeout(60_000)
  const c = await canary(browser)
  for (const a of [world.omnibus, world.articles[0]!]) {
    await visit(c, `/articles/${a.slug}`)
    const image = (await metaOf(c.page, 'og:image'))[0]!
    const response = await c.context.request.get(new URL(image).pathname + new URL(image).search)
    expect(response.status(), image).toBe(200)
    expect(response.headers()['content-type']).toBe('image/jpeg')
    expect((await sharp(await response.body()).metadata()).width).toBe(1200)
  }
  await c.context.close()
})

// ---------------------------------------------------------------------------------------------
// The newsroom.

test('newsroom pages (list, editor, preview, history, media, tags, rubriques, dashboard, journal) run nothing', async ({ browser }) => {
  test.setTimeout(120_000)
  const listed = new Set<string>()
  const tags = new Set<string>()
  const editorReady = async (page: Page) => {
    await expect(page.locator('.hydration-gate')).not.toHaveAttribute('aria-busy', 'true')
    await expect(page.locator('.ProseMirror')).toBeVisible()
  }
  const visits: Visit[] = [
    // The list of stories over its pages: every title; every rubrique and signature on offer.
    ...[1, 2, 3].map((p) => ({
      url: `/admin/articles?page=${p}`,
      check: async (page: Page) => {
        for (const t of await textsOf(page, '.admin-table tbody td:first-child a')) listed.add(t)
        const options = await textsOf(page, '#f-rubrique option, #f-auteur option')
        for (const a of world.articles) expect(options).toEqual(expect.arrayContaining([norm(a.category.name), norm(a.authors[0]!.name)]))
      },
    })),
    // The title filter reflects what was typed (a link could make a colleague open it): the
    // attribute and textarea breakouts and their neighbours.
    ...pack(VECTORS, 100).slice(0, 5).map((q) => ({
      url: `/admin/articles?${new URLSearchParams({ q })}`,
      check: async (page: Page) => expect(norm(await page.locator('#f-q').inputValue())).toBe(norm(q)),
    })),
    // The editor: the body drawn by Tiptap, the fields, the rubriques on offer.
    ...[world.omnibus, world.articles[0]!, world.articles[11]!, world.articles[33]!].map((a) => ({
      url: `/admin/articles/${a.id}`,
      ready: editorReady,
      check: async (page: Page) => {
        const got = await read(page, {
          title: ['#title', 'value'],
          h2: '.ProseMirror h2',
          quotes: '.ProseMirror blockquote',
          items: '.ProseMirror li',
          hrefs: ['.ProseMirror a', 'href'],
          categories: '#category option',
        })
        const fields = await page.evaluate(() =>
          Object.fromEntries(['standfirst', 'dateline', 'sourceName', 'coverCaption', 'tags'].map((id) => [id, (document.getElementById(id) as HTMLInputElement | null)?.value ?? ''])),
        )
        // Image captions are inputs of each image's own view.
        const captions = await page.locator('.ProseMirror .body-node-image input').evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value))
        const vectors = (a.vector ? [a.vector] : VECTORS).map((v) => norm(v.text))
        expect(got.title!.map(norm)).toEqual([norm(a.title)])
        expect(norm(fields.standfirst)).toBe(norm(a.standfirst))
        expect(got.h2!.map(norm)).toEqual(vectors)
        expect(got.quotes!.map(norm)).toEqual(vectors)
        expect(got.items!.map(norm)).toEqual(vectors)
        expect(captions.map(norm)).toEqual(vectors)
        // Links whose target is not allowed have none in the editor either.
        for (const href of got.hrefs!) expect(href === '' || /^(https?:|mailto:|\/[^/\\]|#)/.test(href), href).toBe(true)
        if (a.vector) {
          expect([fields.dateline, fields.sourceName, fields.coverCaption, fields.tags].map(norm)).toEqual([a.dateline, a.sourceName, a.coverCaption, a.tags[0]!.name].map(norm))
        }
        for (const category of world.categories) expect(got.categories!.map(norm)).toContain(norm(category.name))
      },
    })),
    // The preview: the reader's view, and the card Facebook will show.
    ...[world.omnibus, world.articles[0]!, world.articles[33]!].map((a) => ({
      url: `/apercu/${a.id}`,
      check: async (page: Page) => {
        await checkArticleView(page, a)
        expect(await textOf(page, '.share-preview-title')).toBe(norm(a.title))
        expect(await textOf(page, '.share-preview-description')).toBe(norm(a.standfirst))
      },
    })),
    // The history: titles, chapôs and bodies as words of a diff.
    ...[world.omnibus, world.articles[0]!].map((a) => ({
      url: `/admin/articles/${a.id}/historique`,
      check: async (page: Page) => {
        expect(await textOf(page, 'h1')).toBe(`Historique : ${norm(a.title)}`)
        expect(await textOf(page, '.diff[aria-label="Titre"]')).toBe(norm(a.title))
        expect(await textOf(page, '.diff[aria-label="Chapô"]')).toBe(norm(a.standfirst))
        for (const v of a.vector ? [a.vector] : VECTORS) expect(await textOf(page, '.diff[aria-label="Corps"]')).toContain(norm(v.text))
      },
    })),
    // The media library and each of the test's images: alt text, credit, caption, file name.
    {
      url: '/admin/medias',
      check: async (page) => {
        const got = await read(page, { alts: '.media-card-alt', credits: '.media-card-credit' })
        for (const m of world.media) {
          expect(got.alts!.map(norm)).toContain(m.alt ? norm(m.alt) : norm(`Texte alternatif manquant · ${m.originalName}`))
          if (m.credit) expect(got.credits!.map(norm)).toContain(norm(m.credit))
        }
      },
    },
    // Each image with a default caption (the grid above shows every alt text and credit).
    ...world.media.filter((m) => m.caption).map((m) => ({
      url: `/admin/medias/${m.id}`,
      check: async (page: Page) => {
        expect(await textOf(page, 'h1')).toBe(norm(m.originalName))
        expect(norm(await page.getByLabel('Texte alternatif').inputValue())).toBe(norm(m.alt))
        expect(norm(await page.getByLabel('Crédit photo').inputValue())).toBe(norm(m.credit))
        expect(norm(await page.getByLabel('Légende par défaut').inputValue())).toBe(norm(m.caption))
      },
    })),
    // Tags (found by a word most hostile tags have), rubriques, the dashboard and the journal.
    ...[1, 2, 3].map((p) => ({
      url: `/admin/rubriques/tags?q=alert&page=${p}`,
      check: async (page: Page) => {
        for (const t of await textsOf(page, '.admin-table tbody a, .tx-row-title')) tags.add(t)
      },
    })),
    {
      url: '/admin/rubriques',
      check: async (page) => {
        const rubriques = await textsOf(page, '.tx-row-title')
        for (const category of world.categories) expect(rubriques).toContain(norm(category.name))
      },
    },
    {
      url: `/admin/rubriques/${world.categories[0]!.id}`,
      check: async (page) => {
        expect(norm(await page.getByLabel('Nom de la rubrique').inputValue())).toBe(norm(world.categories[0]!.name))
        expect(norm(await page.getByRole('textbox', { name: 'Description' }).inputValue())).toBe(norm(world.categories[0]!.description))
      },
    },
    { url: '/admin', check: async (page) => expect(await textOf(page, 'h1')).toBe(norm(`Bonjour, ${EDITOR.name}`)) },
    { url: '/admin/journal', check: async (page) => expect(await textOf(page, 'main')).toContain(norm(world.omnibus.title)) },
  ]
  await inLanes(browser, visits, runVisit, { signedIn: true })
  expect(world.articles.map((a) => norm(a.title)).filter((t) => !listed.has(t))).toEqual([])
  const alertTags = world.articles.flatMap((a) => a.tags).filter((t) => /alert/i.test(t.name))
  expect(alertTags.map((t) => norm(t.name)).filter((t) => !tags.has(t))).toEqual([])
})

// ---------------------------------------------------------------------------------------------
// Validation: hostile addresses are normalised or refused with a French message.

test('hostile rubrique and tag addresses and source URLs are refused with a clear message', async ({ browser }) => {
  test.setTimeout(60_000)
  const context = await browser.newContext({ baseURL: E2E.baseUrl, storageState: world.storageState })
  const newsroom = new Newsroom(context.request)
  const sqlite = new Database(E2E.databasePath, { readonly: true })
  const count = () => (sqlite.prepare('SELECT (SELECT count(*) FROM categories) + (SELECT count(*) FROM tags) + (SELECT count(*) FROM articles) AS n').get() as { n: number }).n
  const before = count()
  const tag = world.articles[0]!.tags[0]!
  const tagId = (sqlite.prepare('SELECT id FROM tags WHERE slug = ?').get(tag.slug) as { id: number }).id
  for (const v of VECTORS) {
    const category = await newsroom.call(SAVE_CATEGORY, [null, { name: 'Rubrique témoin', slug: v.text, description: '' }])
    expect(category, `rubrique, adresse ${v.id}`).toMatchObject({ ok: false, fieldErrors: { slug: expect.stringMatching(/^L’adresse ne peut contenir que des lettres minuscules sans accent, des chiffres et des tirets/) } })
    const renamed = await newsroom.call(UPDATE_TAG, [tagId, { name: tag.name, slug: v.text }])
    expect(renamed, `tag, adresse ${v.id}`).toMatchObject({ ok: false, fieldErrors: { slug: expect.stringMatching(/^L’adresse ne peut contenir/) } })
  }
  for (const href of [...VECTORS.map((v) => v.text), ...HOSTILE_HREFS]) {
    const saved = await newsroom.call(SAVE_ARTICLE, [null, null, { title: 'Source piégée', slug: '', body: { type: 'doc', content: [] }, sourceUrl: href }])
    expect(saved, `source ${JSON.stringify(href)}`).toMatchObject({ ok: false, fieldErrors: { sourceUrl: 'L’adresse de la source doit commencer par http:// ou https://.' } })
  }
  expect(count()).toBe(before)
  // The tag kept its address.
  expect((sqlite.prepare('SELECT slug FROM tags WHERE id = ?').get(tagId) as { slug: string }).slug).toBe(tag.slug)
  sqlite.close()
  await context.close()
})
