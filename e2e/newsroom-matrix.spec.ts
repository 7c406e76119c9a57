import fs from 'node:fs'
import path from 'node:path'
import { createHash } from 'node:crypto'
import { hash } from '@node-rs/argon2'
import Database from 'better-sqlite3'
import { expect, test, type Browser } from './fixtures'
import { E2E } from './env'

// The action matrix. Server actions are public POST endpoints: this test reads every action of
// the production build from its manifest and calls each one over HTTP, exactly as React would
// encode the call, anonymously, as a journalist and (for administrators' actions) as an editor,
// against records that caller may not touch. Every such call must be refused and leave the
// content tables byte for byte as they were. A new action that is not in the table below fails
// the test until someone decides who may call it.

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { encodeReply } = require('next/dist/compiled/react-server-dom-webpack/client.node') as { encodeReply: (value: unknown) => Promise<string | FormData> }

type Caller = 'anonymous' | 'journalist' | 'editor'
type Role = 'public' | 'journalist' | 'editor' | 'admin'

interface Ids {
  article: number
  version: number
  revision: number
  media: number
  category: number
  tag: number
  otherTag: number
  radio: number
  user: number
}

interface Entry {
  /** The lowest role that may make this call at all (public: anyone, with a proof such as a token). */
  role: Role
  /** Arguments aimed at records the callers under test may not touch. */
  args: (ids: Ids) => unknown[]
  /** Reads return data: a refused caller must get none of it. */
  read?: boolean
}

const form = (fields: Record<string, string | number>) => {
  const data = new FormData()
  for (const [key, value] of Object.entries(fields)) data.set(key, String(value))
  return data
}

const ARTICLE_INPUT = { title: 'Détourné', slug: 'detourne', standfirst: 'x', categoryId: null, tags: [], authorIds: [], body: { type: 'doc', content: [] }, featured: true, breaking: true }

const MATRIX: Record<string, Entry> = {
  'app/admin/actions.ts#signOutAction': { role: 'journalist', args: () => [] },
  'app/connexion/actions.ts#signInAction': { role: 'public', args: () => [{ error: null, email: '' }, form({ email: 'personne@kibaru.test', password: 'pas le bon mot de passe' })] },
  'app/installation/actions.ts#createFirstAdminAction': {
    role: 'public',
    args: () => [{ error: null }, form({ name: 'Intrus', email: 'intrus@evil.example', password: 'une phrase de passe assez longue', confirm: 'une phrase de passe assez longue' })],
  },
  'app/(compte)/actions.ts#setPasswordAction': {
    role: 'public',
    args: () => [{ errors: {} }, form({ kind: 'reset', token: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', password: 'une phrase de passe assez longue', confirm: 'une phrase de passe assez longue' })],
  },
  // Any member, for their own account only: the target is the session's, whatever the form says.
  'app/admin/compte/actions.ts#changeOwnPasswordAction': {
    role: 'journalist',
    args: (i) => [{ errors: {} }, form({ userId: i.user, email: 'cible@kibaru.test', current: 'une phrase de passe assez longue', password: 'une autre phrase de passe', confirm: 'une autre phrase de passe' })],
  },
  'app/admin/articles/actions.ts#saveArticleAction': { role: 'journalist', args: (i) => [i.article, i.version, ARTICLE_INPUT] },
  'app/admin/articles/actions.ts#submitForReviewAction': { role: 'journalist', args: (i) => [i.article, i.version] },
  'app/admin/articles/actions.ts#restoreRevisionAction': { role: 'journalist', args: (i) => [i.article, i.version, i.revision] },
  'app/admin/articles/actions.ts#publishArticleAction': { role: 'editor', args: (i) => [i.article, i.version] },
  'app/admin/articles/actions.ts#unpublishArticleAction': { role: 'editor', args: (i) => [i.article, i.version] },
  'app/admin/articles/actions.ts#scheduleArticleAction': { role: 'editor', args: (i) => [i.article, i.version, '2031-01-01T08:00'] },
  'app/admin/articles/actions.ts#sendBackArticleAction': { role: 'editor', args: (i) => [i.article, i.version, 'Une note détournée.'] },
  'app/admin/articles/actions.ts#acknowledgeLateAction': { role: 'editor', args: (i) => [i.article] },
  'app/admin/articles/actions.ts#acknowledgeLateFormAction': { role: 'editor', args: (i) => [form({ id: i.article })] },
  'app/admin/medias/actions.ts#updateMediaAction': { role: 'journalist', args: (i) => [{ status: 'idle' }, form({ id: i.media, alt: 'Détourné', credit: 'Détourné', caption: 'Détourné' })] },
  'app/admin/medias/actions.ts#deleteMediaAction': { role: 'journalist', args: (i) => [{}, form({ id: i.media })] },
  'app/admin/rubriques/actions.ts#saveCategoryAction': { role: 'editor', args: (i) => [i.category, { name: 'Détournée', slug: 'detournee', description: '' }] },
  'app/admin/rubriques/actions.ts#deleteCategoryAction': { role: 'editor', args: (i) => [i.category] },
  'app/admin/rubriques/actions.ts#moveCategoryAction': { role: 'editor', args: (i) => [i.category, 'down'] },
  'app/admin/rubriques/actions.ts#updateTagAction': { role: 'editor', args: (i) => [i.tag, { name: 'Détourné', slug: 'detourne' }] },
  'app/admin/rubriques/actions.ts#deleteTagAction': { role: 'editor', args: (i) => [i.tag] },
  'app/admin/rubriques/actions.ts#deleteUnusedTagsAction': { role: 'editor', args: () => [] },
  'app/admin/rubriques/actions.ts#mergeTagsAction': { role: 'editor', args: (i) => [i.tag, i.otherTag] },
  'app/admin/rubriques/actions.ts#previewMergeAction': { role: 'editor', args: (i) => [i.tag, i.otherTag], read: true },
  'app/admin/rubriques/actions.ts#suggestTagsAction': { role: 'editor', args: (i) => [i.tag, 'Ba'], read: true },
  'app/admin/reglages/actions.ts#saveSettingsAction': { role: 'admin', args: () => [{ siteName: 'Détourné', tagline: 'Détourné' }] },
  'app/admin/reglages/actions.ts#saveRadioAction': { role: 'admin', args: (i) => [i.radio, { name: 'Détournée', kind: 'radio', streamUrl: 'https://evil.example/stream' }] },
  'app/admin/reglages/actions.ts#deleteRadioAction': { role: 'admin', args: (i) => [i.radio] },
  'app/admin/reglages/actions.ts#moveRadioAction': { role: 'admin', args: (i) => [i.radio, 'down'] },
  'app/admin/utilisateurs/actions.ts#inviteAction': { role: 'admin', args: () => [{ ok: null, message: '' }, form({ name: 'Intrus', email: 'intrus@evil.example', role: 'admin' })] },
  'app/admin/utilisateurs/actions.ts#accountAction': { role: 'admin', args: (i) => [{ ok: null, message: '' }, form({ userId: i.user, intent: 'role', role: 'admin' })] },
}

const RANK: Record<Role | Caller, number> = { anonymous: 0, public: 0, journalist: 1, editor: 2, admin: 3 }

const JOURNALIST = { email: 'matrice.journaliste@kibaru.test', password: 'la matrice des actions refusées', name: 'Journaliste Matrice' }
const EDITOR = { email: 'matrice.editeur@kibaru.test', password: 'la matrice des actions éditeur', name: 'Éditeur Matrice' }

// Tables whose content a refused call must not change (logs of attempts and views excepted).
const CONTENT_TABLES = [
  'users',
  'user_tokens',
  'media',
  'authors',
  'categories',
  'tags',
  'articles',
  'article_authors',
  'article_tags',
  'article_revisions',
  'review_notes',
  'slug_redirects',
  'taxonomy_redirects',
  'settings',
  'radios',
]

function checksum(): string {
  const db = new Database(E2E.databasePath, { readonly: true })
  const digest = createHash('sha256')
  for (const table of CONTENT_TABLES) digest.update(table).update(JSON.stringify(db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all()))
  db.close()
  return digest.digest('hex')
}

interface ManifestAction {
  id: string
  key: string
  url: string
}

function buildActions(ids: Ids): ManifestAction[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(process.env.NEXT_DIST_DIR || '.next', 'server', 'server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }>
  }
  return Object.entries(manifest.node).map(([id, action]) => {
    // The page that carries the action, as a URL (route groups dropped, dynamic segments filled).
    const worker = Object.keys(action.workers)[0]!
    const url = worker
      .replace(/^app/, '')
      .replace(/\/(page|route)$/, '')
      .replace(/\/\([^/]+\)/g, '')
      .replace(/\[id\]/g, String(ids.article))
      .replace(/\[[^\]]+\]/g, 'x')
    return { id, key: `${action.filename}#${action.exportedName}`, url: url || '/' }
  })
}

let ids: Ids
const cookies: Partial<Record<Caller, string>> = {}

async function cookieOf(browser: Browser, who: { email: string; password: string }): Promise<string> {
  const context = await browser.newContext({ baseURL: E2E.baseUrl })
  const page = await context.newPage()
  await page.goto('/connexion')
  await page.getByLabel('Adresse e-mail').fill(who.email)
  await page.getByLabel('Mot de passe').fill(who.password)
  await page.getByRole('button', { name: 'Se connecter' }).click()
  await expect(page).toHaveURL('/admin')
  const header = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ')
  await context.close()
  return header
}

test.beforeAll(async ({ browser }) => {
  const db = new Database(E2E.databasePath)
  db.prepare('DELETE FROM login_attempts').run()
  const insert = db.prepare('INSERT OR IGNORE INTO users (email, name, role, password_hash) VALUES (?, ?, ?, ?)')
  insert.run(JOURNALIST.email, JOURNALIST.name, 'journalist', await hash(JOURNALIST.password))
  insert.run(EDITOR.email, EDITOR.name, 'editor', await hash(EDITOR.password))
  const editorId = (db.prepare('SELECT id FROM users WHERE email = ?').get(EDITOR.email) as { id: number }).id
  // A story of the editor's, still a draft: nobody else's to touch as a journalist.
  const body = JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Texte de l’éditeur.' }] }] })
  // (beforeAll runs again after a failure in this file: reuse what the first run made.)
  db.prepare("INSERT OR IGNORE INTO articles (slug, title, standfirst, status, body, body_text, created_by) VALUES ('matrice-brouillon-editeur', 'Brouillon de l’éditeur', '', 'draft', ?, 'Texte de l’éditeur.', ?)").run(body, editorId)
  const article = (db.prepare("SELECT id FROM articles WHERE slug = 'matrice-brouillon-editeur'").get() as { id: number }).id
  const existing = db.prepare('SELECT id FROM article_revisions WHERE article_id = ?').get(article) as { id: number } | undefined
  const revision = existing?.id ?? Number(db.prepare("INSERT INTO article_revisions (article_id, version, title, standfirst, body, reason, created_by) VALUES (?, 1, 'Ancien titre', '', ?, 'save', ?)").run(article, body, editorId).lastInsertRowid)
  // An unused tag: were a deletion wrongly allowed, nothing else would stop it.
  db.prepare("INSERT OR IGNORE INTO tags (slug, name) VALUES ('matrice-inutilise', 'Matrice inutilisé')").run()
  const one = (q: string) => (db.prepare(q).get() as { id: number }).id
  ids = {
    article,
    version: 1,
    revision,
    media: one('SELECT id FROM media ORDER BY id LIMIT 1'),
    category: one('SELECT id FROM categories ORDER BY id LIMIT 1'),
    tag: one("SELECT id FROM tags WHERE slug = 'matrice-inutilise'"),
    otherTag: one("SELECT id FROM tags WHERE slug <> 'matrice-inutilise' ORDER BY id LIMIT 1"),
    radio: one('SELECT id FROM radios ORDER BY id LIMIT 1'),
    user: editorId,
  }
  db.close()
  cookies.journalist = await cookieOf(browser, JOURNALIST)
  cookies.editor = await cookieOf(browser, EDITOR)
})

test.afterAll(() => {
  // Leave the shared database as other specs expect it.
  const db = new Database(E2E.databasePath)
  db.prepare("DELETE FROM tags WHERE slug = 'matrice-inutilise'").run()
  db.close()
})

test('every server action of the build is in the matrix', () => {
  const keys = buildActions(ids).map((a) => a.key)
  expect(keys.length).toBeGreaterThan(10)
  expect(keys.filter((k) => !(k in MATRIX))).toEqual([])
})

async function call(action: ManifestAction, args: unknown[], caller: Caller) {
  const encoded = await encodeReply(args)
  const headers: Record<string, string> = { 'next-action': action.id, accept: 'text/x-component', origin: E2E.baseUrl }
  if (cookies[caller as 'journalist' | 'editor']) headers.cookie = cookies[caller as 'journalist' | 'editor']!
  if (typeof encoded === 'string') headers['content-type'] = 'text/plain;charset=UTF-8'
  const response = await fetch(`${E2E.baseUrl}${action.url}`, { method: 'POST', headers, body: encoded, redirect: 'manual' })
  return { status: response.status, text: await response.text(), redirect: response.headers.get('x-action-redirect') ?? response.headers.get('location') }
}

for (const caller of ['anonymous', 'journalist', 'editor'] as const) {
  test(`as ${caller === 'anonymous' ? 'an anonymous visitor' : caller === 'editor' ? 'an editor' : 'a journalist'}, every action beyond the role is refused and changes nothing`, async () => {
    test.setTimeout(120_000)
    const tried: string[] = []
    for (const action of buildActions(ids)) {
      const entry = MATRIX[action.key]
      if (!entry) continue
      // Editors are tried on the administrators' actions; everyone on what is above them.
      if (RANK[entry.role] <= RANK[caller] || (caller === 'editor' && entry.role !== 'admin')) continue
      if (entry.role === 'public' && caller !== 'anonymous') continue
      const before = checksum()
      const { status, text } = await call(action, entry.args(ids), caller)
      tried.push(action.key)
      expect(checksum(), `${action.key} as ${caller} changed the database`).toBe(before)
      expect(status, `${action.key} as ${caller}`).toBeLessThan(500)
      expect(text, `${action.key} as ${caller} reports a success`).not.toMatch(/"ok":true|"status":"saved"/)
      if (entry.read) expect(text, `${action.key} as ${caller} leaked data`).not.toMatch(/Bamako|"articles":\d/)
    }
    // Anonymous callers meet every non-public action; journalists the editors' and admins'; editors the admins'.
    expect(tried.length).toBeGreaterThanOrEqual(caller === 'anonymous' ? 25 : caller === 'journalist' ? 18 : 6)
  })
}

test('the journalist’s forbidden calls did not touch the editor’s draft', () => {
  const db = new Database(E2E.databasePath, { readonly: true })
  const row = db.prepare('SELECT title, status, version, featured FROM articles WHERE id = ?').get(ids.article)
  db.close()
  expect(row).toEqual({ title: 'Brouillon de l’éditeur', status: 'draft', version: 1, featured: 0 })
})

test('an action called from a foreign origin is refused before it runs', async () => {
  const action = buildActions(ids).find((a) => a.key === 'app/admin/articles/actions.ts#saveArticleAction')!
  for (const origin of ['https://evil.example', 'null']) {
    const before = checksum()
    const response = await fetch(`${E2E.baseUrl}${action.url}`, {
      method: 'POST',
      headers: { 'next-action': action.id, 'content-type': 'text/plain;charset=UTF-8', origin, cookie: cookies.editor! },
      body: (await encodeReply([ids.article, ids.version, ARTICLE_INPUT])) as string,
    })
    await response.text()
    expect(response.status, origin).toBeGreaterThanOrEqual(400)
    expect(checksum()).toBe(before)
  }
})

test('mass assignment: a journalist’s save cannot set status, dates, front-page flags, other bylines, another story or a role', async () => {
  const action = buildActions(ids).find((a) => a.key === 'app/admin/articles/actions.ts#saveArticleAction')!
  const db = new Database(E2E.databasePath)
  const journalistId = (db.prepare('SELECT id FROM users WHERE email = ?').get(JOURNALIST.email) as { id: number }).id
  const editorAuthor = (db.prepare("INSERT INTO authors (slug, name) VALUES ('matrice-auteur-editeur', 'Auteur de l’éditeur') ON CONFLICT(slug) DO UPDATE SET name = excluded.name RETURNING id").get() as { id: number }).id
  const otherBefore = db.prepare('SELECT * FROM articles WHERE id = ?').get(ids.article)
  db.close()
  // Everything a hostile client could add to a save, beside a normal draft.
  const extras = {
    status: 'published',
    publishedAt: '2020-01-01T00:00:00.000Z',
    scheduledAt: '2030-01-01T00:00:00.000Z',
    featured: true,
    breaking: true,
    authorIds: [editorAuthor],
    newAuthors: ['Signature Usurpée'],
    id: ids.article,
    articleId: ids.article,
    createdBy: ids.user,
    version: 99,
    role: 'admin',
  }
  const input = { ...ARTICLE_INPUT, title: 'Brouillon du journaliste', slug: 'matrice-brouillon-journaliste', categoryId: null, ...extras }
  const created = await call(action, [null, null, input], 'journalist')
  expect(created.status).toBe(200)
  expect(created.text).toContain('"ok":true')
  // No hash, no other person's e-mail, in what comes back.
  expect(created.text).not.toMatch(/argon2|matrice\.editeur@|password/)
  const read = () => {
    const d = new Database(E2E.databasePath, { readonly: true })
    const row = d.prepare("SELECT id, status, published_at, scheduled_at, featured, breaking, created_by, version FROM articles WHERE slug = 'matrice-brouillon-journaliste'").get() as Record<string, unknown>
    const bylines = d.prepare('SELECT author_id FROM article_authors WHERE article_id = ?').all(row.id).map((r) => (r as { author_id: number }).author_id)
    const usurped = d.prepare("SELECT COUNT(*) AS n FROM authors WHERE name = 'Signature Usurpée'").get() as { n: number }
    const role = (d.prepare('SELECT role FROM users WHERE id = ?').get(journalistId) as { role: string }).role
    const other = d.prepare('SELECT * FROM articles WHERE id = ?').get(ids.article)
    d.close()
    return { row, bylines, usurped: usurped.n, role, other }
  }
  let state = read()
  expect(state.row).toMatchObject({ status: 'draft', published_at: null, scheduled_at: null, featured: 0, breaking: 0, created_by: journalistId, version: 1 })
  expect(state.bylines).not.toContain(editorAuthor)
  expect(state.usurped).toBe(0)
  expect(state.role).toBe('journalist')
  expect(state.other).toEqual(otherBefore)
  // The same extras on an update of the journalist's own draft.
  const updated = await call(action, [state.row.id, 1, { ...input, title: 'Brouillon du journaliste, suite' }], 'journalist')
  expect(updated.text).toContain('"ok":true')
  state = read()
  expect(state.row).toMatchObject({ status: 'draft', published_at: null, featured: 0, breaking: 0, created_by: journalistId, version: 2 })
  expect(state.bylines).not.toContain(editorAuthor)
  expect(state.other).toEqual(otherBefore)
})

test('a save captured from the editor’s own browser, replayed by a journalist or anonymously, is refused; replayed by the editor, it works', async ({ browser }) => {
  const context = await browser.newContext({ baseURL: E2E.baseUrl })
  await context.addCookies(
    cookies.editor!.split('; ').map((pair) => {
      const at = pair.indexOf('=')
      return { name: pair.slice(0, at), value: pair.slice(at + 1), url: E2E.baseUrl }
    }),
  )
  const page = await context.newPage()
  const db = new Database(E2E.databasePath, { readonly: true })
  const version = (db.prepare('SELECT version FROM articles WHERE id = ?').get(ids.article) as { version: number }).version
  db.close()
  // Capture the real request the editor's "Enregistrer" sends, and keep it from reaching the server.
  let captured: { url: string; headers: Record<string, string>; body: string } | null = null
  await page.route(`**/admin/articles/${ids.article}`, async (route) => {
    const request = route.request()
    const body = request.postData()
    if (request.method() === 'POST' && request.headers()['next-action'] && body?.includes('Titre capturé')) {
      captured ??= { url: request.url(), headers: await request.allHeaders(), body }
      return route.abort()
    }
    return route.continue()
  })
  await page.goto(`/admin/articles/${ids.article}`)
  await expect(page.locator('fieldset.hydration-gate')).toBeEnabled()
  await page.getByLabel('Titre', { exact: true }).fill('Titre capturé')
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click()
  await expect.poll(() => captured !== null).toBe(true)
  await context.close()
  const replay = async (cookie: string | undefined) => {
    const headers = Object.fromEntries(Object.entries(captured!.headers).filter(([k]) => !k.startsWith(':') && k !== 'cookie' && k !== 'content-length'))
    if (cookie) headers.cookie = cookie
    const response = await fetch(captured!.url, { method: 'POST', headers, body: captured!.body, redirect: 'manual' })
    return { status: response.status, text: await response.text() }
  }
  for (const caller of [cookies.journalist, undefined]) {
    const before = checksum()
    const { status, text } = await replay(caller)
    expect(status).toBeLessThan(500)
    expect(text).not.toContain('"ok":true')
    expect(checksum()).toBe(before)
  }
  // The captured request itself was valid: the editor's own replay saves it.
  const { text } = await replay(cookies.editor)
  expect(text).toContain('"ok":true')
  const after = new Database(E2E.databasePath, { readonly: true })
  expect(after.prepare('SELECT title, version FROM articles WHERE id = ?').get(ids.article)).toEqual({ title: 'Titre capturé', version: version + 1 })
  after.close()
})

test('oversized, malformed and absurdly nested action payloads get a 4xx in French, change nothing, and the server goes on', async () => {
  const action = buildActions(ids).find((a) => a.key === 'app/admin/articles/actions.ts#saveArticleAction')!
  const post = async (body: string, extra: Record<string, string> = {}) => {
    const response = await fetch(`${E2E.baseUrl}${action.url}`, {
      method: 'POST',
      headers: { 'next-action': action.id, 'content-type': 'text/plain;charset=UTF-8', origin: E2E.baseUrl, cookie: cookies.editor!, ...extra },
      body,
    })
    return { status: response.status, text: await response.text() }
  }
  const before = checksum()
  const big = JSON.stringify([ids.article, ids.version, { ...ARTICLE_INPUT, standfirst: 'x'.repeat(2 * 1024 * 1024) }])
  expect(await post(big)).toEqual({ status: 413, text: 'Requête refusée : trop volumineuse.' })
  expect(await post('['.repeat(100_000) + ']'.repeat(100_000))).toEqual({ status: 400, text: 'Requête refusée : données trop imbriquées.' })
  expect(await post('{{{{ pas du JSON')).toEqual({ status: 400, text: 'Requête refusée : données illisibles.' })
  // __proto__ and constructor keys are data, not a way into the server's objects.
  const proto = await post('[' + ids.article + ',' + ids.version + ',{"__proto__":{"role":"admin","ok":true},"constructor":{"prototype":{"ok":true}},"title":"x"}]')
  expect(proto.status).toBeLessThan(500)
  expect(proto.text).not.toContain('"ok":true')
  expect(checksum()).toBe(before)
  // Still serving readers and staff.
  expect((await fetch(`${E2E.baseUrl}/`)).status).toBe(200)
  const valid = await call(action, [ids.article, 999, ARTICLE_INPUT], 'editor')
  expect(valid.status).toBe(200)
  expect(valid.text).toContain('Quelqu’un a enregistré cet article')
})
