import { hash } from '@node-rs/argon2'
import Database from 'better-sqlite3'
import { expect, test, type Page, type Request } from './fixtures'
import { E2E } from './env'
import { signedIn } from './staff'

// Rubriques and tags in the newsroom: renames leave permanent redirects and the site shows the
// new names at once, merges move stories and redirect, a rubrique in use cannot be deleted, and
// a journalist can neither open these pages nor use their actions. Every test makes its own
// rubriques, tags and stories (a run suffix keeps reruns apart) and removes them, so the demo
// content other specs rely on is never changed.

const EDITOR = { email: 'mariam.kone.taxo@kibaru.test', password: 'les jardins de Kati en saison', name: 'Mariam Koné' }
const JOURNALIST = { email: 'bakary.sanogo.taxo@kibaru.test', password: 'la route de Sikasso sous la pluie', name: 'Bakary Sanogo' }
const RUN = Date.now().toString(36).slice(-5)

const sqlite = () => new Database(E2E.databasePath)

// Each test walks a whole story through several browsers; on a busy two-core machine that takes
// longer than the default budget (a budget only: nothing here measures speed).
test.describe.configure({ timeout: 120_000 })

test.beforeAll(async () => {
  const db = sqlite()
  db.prepare('DELETE FROM login_attempts').run()
  const insert = db.prepare('INSERT OR IGNORE INTO users (email, name, role, password_hash) VALUES (?, ?, ?, ?)')
  insert.run(EDITOR.email, EDITOR.name, 'editor', await hash(EDITOR.password))
  insert.run(JOURNALIST.email, JOURNALIST.name, 'journalist', await hash(JOURNALIST.password))
  db.close()
})


/** A published story straight in the database, dated long ago so it never tops a listing. */
function insertStory(db: Database.Database, slug: string, title: string, categoryId: number | null, tagIds: number[]): number {
  const when = Date.UTC(2019, 0, 15, 10)
  const id = Number(
    db
      .prepare(
        `INSERT INTO articles (slug, title, standfirst, category_id, status, body, body_text, published_at, created_at, updated_at)
         VALUES (?, ?, 'Un chapô d’essai.', ?, 'published', '{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"Texte d’essai."}]}]}', 'Texte d’essai.', ?, ?, ?)`,
      )
      .run(slug, title, categoryId, when, when, when).lastInsertRowid,
  )
  for (const tagId of tagIds) db.prepare('INSERT INTO article_tags (article_id, tag_id) VALUES (?, ?)').run(id, tagId)
  return id
}

async function redirectOf(page: Page, path: string) {
  const response = await page.request.get(path, { maxRedirects: 0 })
  return { status: response.status(), location: response.headers()['location'] ?? null }
}

/** The server action a click sends, held back before it reaches the server (nothing is written). */
async function captureAction(page: Page, click: () => Promise<void>) {
  let captured: { url: string; headers: Record<string, string>; body: Buffer } | null = null
  const handler = async (route: import('@playwright/test').Route) => {
    const request: Request = route.request()
    if (request.method() === 'POST' && request.headers()['next-action'] && !captured) {
      const { cookie: _cookie, ...headers } = request.headers()
      captured = { url: request.url(), headers, body: request.postDataBuffer() ?? Buffer.alloc(0) }
      await route.abort()
      return
    }
    await route.continue()
  }
  await page.route('**/admin/**', handler)
  await click()
  await expect.poll(() => captured !== null).toBe(true)
  await page.unroute('**/admin/**', handler)
  return captured!
}

test('an editor renames a rubrique: the old addresses redirect for good, straight to the newest, and the site shows the new name', async ({ browser }) => {
  const page = await signedIn(browser, EDITOR)
  const first = `Quartiers ${RUN}`
  const second = `Vie de quartier ${RUN}`
  const third = `Vie locale ${RUN}`
  const [slug1, slug2, slug3] = [`quartiers-${RUN}`, `vie-de-quartier-${RUN}`, `vie-locale-${RUN}`]
  const story = { slug: `fete-de-quartier-a-hamdallaye-${RUN}`, title: `Fête de quartier à Hamdallaye ${RUN}` }

  await page.getByRole('navigation', { name: 'Rédaction' }).getByRole('link', { name: 'Rubriques et tags' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rubriques')
  await page.getByRole('link', { name: 'Nouvelle rubrique' }).click()
  await page.getByLabel('Nom de la rubrique').fill(first)
  // The address is proposed from the name, accents folded.
  await expect(page.getByLabel('Adresse de la rubrique')).toHaveValue(slug1)
  await page.getByLabel('Description').fill('La vie des quartiers de Bamako.')
  await page.getByRole('button', { name: 'Créer la rubrique' }).click()
  await expect(page.getByText(`La rubrique « ${first} » est créée.`)).toBeVisible()
  await expect(page.getByRole('link', { name: first, exact: true })).toBeVisible()

  const db = sqlite()
  const categoryId = (db.prepare('SELECT id FROM categories WHERE slug = ?').get(slug1) as { id: number }).id
  const storyId = insertStory(db, story.slug, story.title, categoryId, [])
  try {
    const reader = await browser.newPage({ baseURL: E2E.baseUrl })
    await reader.goto(`/articles/${story.slug}`)
    await expect(reader.locator('article .kicker a').first()).toHaveText(first)
    await reader.goto(`/rubriques/${slug1}`)
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText(first)

    // Rename: new name and address.
    await page.getByRole('link', { name: first, exact: true }).click()
    await page.getByLabel('Nom de la rubrique').fill(second)
    await page.getByRole('button', { name: `Proposer l’adresse d’après le nom (${slug2})` }).click()
    await expect(page.getByText(`L’ancienne adresse /rubriques/${slug1} redirigera vers la nouvelle.`)).toBeVisible()
    await page.getByRole('button', { name: 'Enregistrer la rubrique' }).click()
    await expect(page.getByText(`L’ancienne adresse /rubriques/${slug1} mène désormais à /rubriques/${slug2}.`)).toBeVisible()

    expect(await redirectOf(reader, `/rubriques/${slug1}`)).toEqual({ status: 308, location: `/rubriques/${slug2}` })
    expect(await redirectOf(reader, `/rubriques/${slug1}?page=2`)).toEqual({ status: 308, location: `/rubriques/${slug2}?page=2` })
    expect(await redirectOf(reader, `/rubriques/${slug1}/feed.xml`)).toEqual({ status: 308, location: `/rubriques/${slug2}/feed.xml` })
    await reader.goto(`/rubriques/${slug1}`)
    await expect(reader).toHaveURL(`/rubriques/${slug2}`)
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText(second)
    await expect(reader.locator('.article-list')).toContainText(story.title)
    await expect(reader.getByRole('navigation', { name: 'Rubriques' }).getByRole('link', { name: second })).toHaveAttribute('href', `/rubriques/${slug2}`)
    await expect(reader.getByRole('navigation', { name: 'Rubriques' }).getByRole('link', { name: first })).toHaveCount(0)
    // The story page, cached before the rename, shows the new name too.
    await reader.goto(`/articles/${story.slug}`)
    await expect(reader.locator('article .kicker a').first()).toHaveText(second)
    await expect(reader.locator('article .kicker a').first()).toHaveAttribute('href', `/rubriques/${slug2}`)
    await reader.goto('/')
    await expect(reader.getByRole('region', { name: second, exact: true })).toContainText(story.title)

    // A second rename: the first address goes straight to the newest one, in one hop.
    await page.getByLabel('Nom de la rubrique').fill(third)
    await page.getByLabel('Adresse de la rubrique').fill(slug3)
    await page.getByRole('button', { name: 'Enregistrer la rubrique' }).click()
    await expect(page.getByText(`mène désormais à /rubriques/${slug3}`)).toBeVisible()
    await expect(page.getByRole('region', { name: 'Anciennes adresses' }).getByRole('listitem')).toHaveText([`/rubriques/${slug2}`, `/rubriques/${slug1}`])
    expect(await redirectOf(reader, `/rubriques/${slug1}`)).toEqual({ status: 308, location: `/rubriques/${slug3}` })
    expect(await redirectOf(reader, `/rubriques/${slug2}`)).toEqual({ status: 308, location: `/rubriques/${slug3}` })

    // In use: the deletion is refused, in French, and nothing is deleted.
    await page.getByRole('button', { name: 'Supprimer la rubrique' }).click()
    await page.getByRole('button', { name: 'Confirmer la suppression' }).click()
    await expect(page.getByText(`Impossible de supprimer la rubrique « ${third} » : 1 article y est classé`)).toBeVisible()
    expect(db.prepare('SELECT count(*) AS n FROM categories WHERE id = ?').get(categoryId)).toEqual({ n: 1 })

    // Once empty, it can go; its addresses then answer 404.
    db.prepare('DELETE FROM articles WHERE id = ?').run(storyId)
    await page.reload()
    await page.getByRole('button', { name: 'Supprimer la rubrique' }).click()
    await page.getByRole('button', { name: 'Confirmer la suppression' }).click()
    await expect(page).toHaveURL('/admin/rubriques?ok=supprimee')
    await expect(page.getByText('La rubrique est supprimée.')).toBeVisible()
    expect((await reader.goto(`/rubriques/${slug3}`))?.status()).toBe(404)
    expect((await redirectOf(reader, `/rubriques/${slug1}`)).status).toBe(404)
    await reader.goto('/')
    await expect(reader.getByRole('navigation', { name: 'Rubriques' }).getByRole('link', { name: third })).toHaveCount(0)
    await reader.close()
  } finally {
    db.prepare('DELETE FROM articles WHERE id = ?').run(storyId)
    db.close()
    await page.context().close()
  }
})

test('a rubrique that holds stories cannot be deleted', async ({ browser }) => {
  const page = await signedIn(browser, EDITOR)
  await page.goto('/admin/rubriques')
  await page.getByRole('link', { name: 'Politique', exact: true }).click()
  await page.getByRole('button', { name: 'Supprimer la rubrique' }).click()
  await expect(page.getByText('La rubrique « Politique » sera supprimée')).toBeVisible()
  await page.getByRole('button', { name: 'Confirmer la suppression' }).click()
  await expect(page.locator('.form-error')).toHaveText(/^Impossible de supprimer la rubrique « Politique » : \d+ articles y sont classés \(brouillons compris\)\. Déplacez-les d’abord dans une autre rubrique\.$/)
  await page.goto('/admin/rubriques')
  await expect(page.getByRole('link', { name: 'Politique', exact: true })).toBeVisible()
  const reader = await browser.newPage({ baseURL: E2E.baseUrl })
  expect((await reader.goto('/rubriques/politique'))?.status()).toBe(200)
  await reader.close()
  await page.context().close()
})

test('rubriques are ordered with the keyboard, and the site’s navigation follows', async ({ browser }) => {
  const page = await signedIn(browser, EDITOR)
  const name = `Ordre ${RUN}`
  await page.goto('/admin/rubriques/nouvelle')
  await page.getByLabel('Nom de la rubrique').fill(name)
  await page.getByRole('button', { name: 'Créer la rubrique' }).click()
  await expect(page.getByText(`La rubrique « ${name} » est créée.`)).toBeVisible()
  const navNames = async () => {
    const reader = await browser.newPage({ baseURL: E2E.baseUrl })
    await reader.goto('/')
    const names = await reader.getByRole('navigation', { name: 'Rubriques' }).locator('a[href^="/rubriques/"]').allTextContents()
    await reader.close()
    return names
  }
  try {
    const before = await navNames()
    const count = before.length
    expect(before.at(-1)).toBe(name)
    const lastDemo = before.at(-2)!

    // Keyboard only: focus "Monter", press Enter twice; the focus stays on the button.
    const up = page.getByRole('button', { name: `Monter ${name}` })
    await up.focus()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('status').filter({ hasText: `« ${name} » est maintenant en position ${count - 1} sur ${count}.` })).toBeAttached()
    await expect(up).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('status').filter({ hasText: `« ${name} » est maintenant en position ${count - 2} sur ${count}.` })).toBeAttached()
    await expect(up).toBeFocused()
    await expect(page.locator('tbody tr').nth(count - 3)).toContainText(name)

    const after = await navNames()
    expect(after.indexOf(name)).toBe(after.indexOf(lastDemo) - 2)
    expect(after.filter((n) => n !== name)).toEqual(before.filter((n) => n !== name))
  } finally {
    // Deleting the empty rubrique leaves the demo rubriques in their first order.
    await page.goto('/admin/rubriques')
    await page.getByRole('link', { name, exact: true }).click()
    await page.getByRole('button', { name: 'Supprimer la rubrique' }).click()
    await page.getByRole('button', { name: 'Confirmer la suppression' }).click()
    await expect(page).toHaveURL('/admin/rubriques?ok=supprimee')
    await page.context().close()
  }
})

test('an editor renames a tag, then merges two tags: stories move, old addresses redirect, search follows', async ({ browser }) => {
  const db = sqlite()
  const tagA = { name: `Maraîchage ${RUN}`, slug: `maraichage-${RUN}` }
  const renamed = { name: `Cultures maraîchères ${RUN}`, slug: `cultures-maraicheres-${RUN}` }
  const tagB = { name: `Jardins ${RUN}`, slug: `jardins-${RUN}` }
  const insertTag = db.prepare('INSERT INTO tags (slug, name) VALUES (?, ?)')
  const aId = Number(insertTag.run(tagA.slug, tagA.name).lastInsertRowid)
  const bId = Number(insertTag.run(tagB.slug, tagB.name).lastInsertRowid)
  const storyA = { slug: `les-salades-de-kati-${RUN}`, title: `Les salades de Kati arrivent à Bamako ${RUN}` }
  const storyB = { slug: `un-potager-scolaire-a-segou-${RUN}`, title: `Un potager scolaire à Ségou ${RUN}` }
  const storyIds = [insertStory(db, storyA.slug, storyA.title, null, [aId]), insertStory(db, storyB.slug, storyB.title, null, [bId])]
  const page = await signedIn(browser, EDITOR)
  try {
    // Found by a search without accents, among hundreds of tags.
    await page.goto('/admin/rubriques')
    await page.getByRole('link', { name: 'Gérer les tags' }).click()
    await page.getByLabel('Rechercher un tag').fill(`maraichage ${RUN}`)
    await page.getByRole('button', { name: 'Rechercher' }).click()
    await expect(page.getByText(`1 tag pour « maraichage ${RUN} »`)).toBeVisible()
    await page.getByRole('link', { name: tagA.name }).click()

    const reader = await browser.newPage({ baseURL: E2E.baseUrl })
    await reader.goto(`/articles/${storyA.slug}`)
    await expect(reader.getByRole('navigation', { name: 'Mots-clés' })).toContainText(tagA.name)

    await page.getByLabel('Nom du tag').fill(renamed.name)
    await page.getByRole('button', { name: `Proposer l’adresse d’après le nom (${renamed.slug})` }).click()
    await page.getByRole('button', { name: 'Enregistrer le tag' }).click()
    await expect(page.getByText(`L’ancienne adresse /tags/${tagA.slug} mène désormais à /tags/${renamed.slug}.`)).toBeVisible()

    expect(await redirectOf(reader, `/tags/${tagA.slug}`)).toEqual({ status: 308, location: `/tags/${renamed.slug}` })
    await reader.goto(`/tags/${tagA.slug}`)
    await expect(reader).toHaveURL(`/tags/${renamed.slug}`)
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText(renamed.name)
    await reader.goto(`/articles/${storyA.slug}`)
    await expect(reader.getByRole('navigation', { name: 'Mots-clés' }).getByRole('link', { name: renamed.name })).toHaveAttribute('href', `/tags/${renamed.slug}`)

    // Merge into B: choose, read what will happen, confirm.
    await page.getByLabel('Fusionner dans le tag').fill(tagB.name)
    await page.getByRole('button', { name: 'Préparer la fusion' }).click()
    const confirm = page.getByRole('group', { name: 'Confirmer la fusion' })
    await expect(confirm).toContainText(`L’adresse /tags/${renamed.slug} mènera à /tags/${tagB.slug}`)
    await confirm.getByRole('button', { name: `Fusionner dans « ${tagB.name} »` }).click()
    await expect(page).toHaveURL(new RegExp(`/admin/rubriques/tags/${bId}\\?fusion=`))
    await expect(page.getByText('Fusion faite')).toBeVisible()
    await expect(page.getByRole('region', { name: 'Anciennes adresses' })).toContainText(`/tags/${renamed.slug}`)

    await reader.goto(`/tags/${tagB.slug}`)
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText(tagB.name)
    await expect(reader.locator('.article-list')).toContainText(storyA.title)
    await expect(reader.locator('.article-list')).toContainText(storyB.title)
    expect(await redirectOf(reader, `/tags/${renamed.slug}`)).toEqual({ status: 308, location: `/tags/${tagB.slug}` })
    expect(await redirectOf(reader, `/tags/${tagA.slug}`)).toEqual({ status: 308, location: `/tags/${tagB.slug}` })
    await reader.goto(`/articles/${storyA.slug}`)
    await expect(reader.getByRole('navigation', { name: 'Mots-clés' }).getByRole('link', { name: tagB.name })).toBeVisible()
    await expect(reader.getByRole('navigation', { name: 'Mots-clés' })).not.toContainText(renamed.name)
    // Search finds the merged story under the tag's name (it is not in its title or text).
    await reader.goto(`/recherche?q=${encodeURIComponent(`jardins ${RUN}`)}`)
    await expect(reader.locator('.search-results')).toContainText(storyA.title)
    await expect(reader.locator('.search-results')).toContainText(storyB.title)
    expect(db.prepare('SELECT count(*) AS n FROM tags WHERE id = ?').get(aId)).toEqual({ n: 0 })
    expect(db.prepare('SELECT tag_id FROM article_tags WHERE article_id IN (?, ?) ORDER BY article_id').all(...storyIds)).toEqual([{ tag_id: bId }, { tag_id: bId }])

    // B is used: no deletion offered. Once unused, it can be deleted.
    await expect(page.getByRole('button', { name: 'Supprimer le tag' })).toHaveCount(0)
    await expect(page.getByText('seul un tag inutilisé peut être supprimé')).toBeVisible()
    db.prepare(`DELETE FROM articles WHERE id IN (${storyIds.join(',')})`).run()
    await page.reload()
    await page.getByRole('button', { name: 'Supprimer le tag' }).click()
    await page.getByRole('button', { name: 'Confirmer la suppression' }).click()
    await expect(page.getByText('Le tag est supprimé.')).toBeVisible()
    expect((await redirectOf(reader, `/tags/${tagA.slug}`)).status).toBe(404)
    await reader.close()
  } finally {
    db.prepare(`DELETE FROM articles WHERE id IN (${storyIds.join(',')})`).run()
    db.prepare('DELETE FROM tags WHERE id IN (?, ?)').run(aId, bId)
    db.prepare("DELETE FROM taxonomy_redirects WHERE kind = 'tag' AND old_slug IN (?, ?)").run(tagA.slug, renamed.slug)
    db.close()
    await page.context().close()
  }
})

test('a journalist gets no access to rubriques and tags, and their actions refuse a journalist', async ({ browser, playwright }) => {
  const db = sqlite()
  const tag = { name: `Essai ${RUN}`, slug: `essai-${RUN}` }
  const tagId = Number(db.prepare('INSERT INTO tags (slug, name) VALUES (?, ?)').run(tag.slug, tag.name).lastInsertRowid)
  const other = Number(db.prepare('INSERT INTO tags (slug, name) VALUES (?, ?)').run(`autre-essai-${RUN}`, `Autre essai ${RUN}`).lastInsertRowid)
  const editor = await signedIn(browser, EDITOR)
  const journalist = await signedIn(browser, JOURNALIST)
  const rubrique = `Interdite ${RUN}`
  try {
    // The pages: no link, and a redirect with a notice.
    await expect(journalist.getByRole('navigation', { name: 'Rédaction' }).getByRole('link', { name: 'Rubriques et tags' })).toHaveCount(0)
    for (const path of ['/admin/rubriques', '/admin/rubriques/nouvelle', '/admin/rubriques/tags', `/admin/rubriques/tags/${tagId}`]) {
      await journalist.goto(path)
      await expect(journalist, path).toHaveURL('/admin?refus=1')
      await expect(journalist.getByText('Cette page est réservée à un autre rôle que le vôtre.')).toBeVisible()
    }

    // The actions: the editor's real requests, held back, then sent with the journalist's session.
    await editor.goto('/admin/rubriques/nouvelle')
    await editor.getByLabel('Nom de la rubrique').fill(rubrique)
    await editor.getByRole('button', { name: 'Créer la rubrique' }).click()
    await expect(editor.getByText(`La rubrique « ${rubrique} » est créée.`)).toBeVisible()
    const categoryId = (db.prepare('SELECT id FROM categories WHERE name = ?').get(rubrique) as { id: number }).id
    const move = await captureAction(editor, () => editor.getByRole('button', { name: `Monter ${rubrique}` }).click())
    await editor.goto(`/admin/rubriques/${categoryId}`)
    await editor.getByRole('button', { name: 'Supprimer la rubrique' }).click()
    const remove = await captureAction(editor, () => editor.getByRole('button', { name: 'Confirmer la suppression' }).click())
    await editor.goto(`/admin/rubriques/tags/${tagId}`)
    await editor.getByLabel('Nom du tag').fill(`Piraté ${RUN}`)
    const rename = await captureAction(editor, () => editor.getByRole('button', { name: 'Enregistrer le tag' }).click())
    await editor.reload()
    await editor.getByLabel('Fusionner dans le tag').fill(`Autre essai ${RUN}`)
    await editor.getByRole('button', { name: 'Préparer la fusion' }).click()
    const merge = await captureAction(editor, () => editor.getByRole('button', { name: `Fusionner dans « Autre essai ${RUN} »` }).click())
    await editor.reload()
    await editor.getByRole('button', { name: 'Supprimer le tag' }).click()
    const deleteTag = await captureAction(editor, () => editor.getByRole('button', { name: 'Confirmer la suppression' }).click())

    const state = () => ({
      category: db.prepare('SELECT name, slug, position FROM categories WHERE id = ?').get(categoryId),
      tags: db.prepare('SELECT id, name, slug FROM tags WHERE id IN (?, ?) ORDER BY id').all(tagId, other),
      audit: db.prepare("SELECT count(*) AS n FROM audit_log WHERE action LIKE 'category.%' OR action LIKE 'tag.%'").get(),
    })
    const before = state()
    const anonymous = await playwright.request.newContext({ baseURL: E2E.baseUrl })
    for (const [what, action] of Object.entries({ move, remove, rename, merge, deleteTag })) {
      const asJournalist = await journalist.request.post(action.url, { headers: { ...action.headers, origin: E2E.baseUrl }, data: action.body, maxRedirects: 0 })
      expect(await asJournalist.text(), what).toContain('Vous n’avez pas les droits pour cette action.')
      const asAnonymous = await anonymous.post(action.url, { headers: { ...action.headers, origin: E2E.baseUrl }, data: action.body, maxRedirects: 0 })
      expect(await asAnonymous.text(), what).toContain('Vous devez être connecté.')
    }
    await anonymous.dispose()
    expect(state()).toEqual(before)
    expect(before.tags).toEqual([
      { id: tagId, name: tag.name, slug: tag.slug },
      { id: other, name: `Autre essai ${RUN}`, slug: `autre-essai-${RUN}` },
    ])

    // The same request from the editor does go through: the refusal above was about the role.
    const done = await editor.request.post(remove.url, { headers: { ...remove.headers, origin: E2E.baseUrl }, data: remove.body, maxRedirects: 0 })
    expect(done.status()).toBe(200)
    expect(db.prepare('SELECT count(*) AS n FROM categories WHERE id = ?').get(categoryId)).toEqual({ n: 0 })
  } finally {
    // The rubrique, if still there, goes through the newsroom so the site's caches forget it.
    const left = db.prepare('SELECT id FROM categories WHERE name = ?').get(rubrique) as { id: number } | undefined
    if (left) {
      await editor.goto(`/admin/rubriques/${left.id}`)
      await editor.getByRole('button', { name: 'Supprimer la rubrique' }).click()
      await editor.getByRole('button', { name: 'Confirmer la suppression' }).click()
      await expect(editor).toHaveURL('/admin/rubriques?ok=supprimee')
    }
    db.prepare('DELETE FROM tags WHERE id IN (?, ?)').run(tagId, other)
    db.close()
    await editor.context().close()
    await journalist.context().close()
  }
})
