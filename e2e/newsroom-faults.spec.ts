import Database from 'better-sqlite3'
import { expect, test, type Page } from './fixtures'
import { E2E } from './env'
import { ensureStaff, signedIn, type StaffAccount } from './staff'

// The database locked by another process for longer than a save may wait (issue 6, faults and
// durability): a second connection on the test database holds BEGIN IMMEDIATE, as a script or a
// restore run by mistake would. The journalist gets a clear French message and keeps the text,
// readers are still served meanwhile, nothing half-written reaches the database, and the next
// save once the lock is gone goes through. The same for an editor's publication.
test.describe.configure({ mode: 'serial' })

const JOURNALIST: StaffAccount = { email: 'awa.kone@kibaru.test', password: 'le verrou de la base de données', name: 'Awa Koné', role: 'journalist' }
const EDITOR: StaffAccount = { email: 'moussa.traore@kibaru.test', password: 'la publication attend son tour', name: 'Moussa Traoré', role: 'editor' }
const BUSY = 'La base de données est momentanément occupée.'

test.beforeAll(async () => {
  await ensureStaff(JOURNALIST, EDITOR)
})

/** Another process takes the write lock and keeps it until released. */
function holdWriteLock() {
  const holder = new Database(E2E.databasePath)
  holder.exec('BEGIN IMMEDIATE')
  return {
    release: () => {
      if (holder.inTransaction) holder.exec('ROLLBACK')
      holder.close()
    },
  }
}

function readStory(id: number) {
  const db = new Database(E2E.databasePath, { readonly: true })
  try {
    return db.prepare('SELECT id, title, status, version, body_text AS bodyText FROM articles WHERE id = ?').get(id) as { id: number; title: string; status: string; version: number; bodyText: string } | undefined
  } finally {
    db.close()
  }
}

function publishedSlug(): string {
  const db = new Database(E2E.databasePath, { readonly: true })
  try {
    return (db.prepare("SELECT slug FROM articles WHERE status = 'published' ORDER BY published_at DESC LIMIT 1").get() as { slug: string }).slug
  } finally {
    db.close()
  }
}

/** Days after 1 January 1900 of the searches' start dates: each search asks a day of its own. */
let searchDay = Math.floor(Math.random() * 30_000)

/** What readers get while the lock is held: a story's page and a search that reads the database. */
async function readersServed(page: Page) {
  const slug = publishedSlug()
  const article = await page.request.get(`/articles/${slug}`)
  expect(article.status()).toBe(200)
  // Searches are cached by what the page reads: a start date never asked before (a day of the
  // 20th century, before every story) makes this one a new search, run against the locked database.
  const since = new Date(Date.UTC(1900, 0, 1 + searchDay++)).toISOString().slice(0, 10)
  const search = await page.request.get(`/recherche?q=Bamako&du=${since}`)
  expect(search.headers()['x-kibaru-cache']).toBe('MISS')
  expect(search.status()).toBe(200)
  // Stories found, not just the query shown back.
  expect(await search.text()).toContain('<ol class="search-results">')
}

/** "Enregistré à 9 h 05", perhaps followed by a note on the address (a rerun finds its old slug taken). */
const SAVED = /^Enregistré à \d{1,2} h \d{2}/

/** Writes and saves a new story; its id. */
async function newDraft(page: Page, title: string, text: string): Promise<number> {
  await page.goto('/admin/articles/new')
  await expect(page.getByLabel('Titre')).toBeEnabled()
  await page.getByLabel('Titre').fill(title)
  await page.getByLabel('Chapô').fill('Un chapô écrit avant la panne.')
  await page.getByLabel('Rubrique').selectOption({ label: 'Société' })
  await page.getByRole('textbox', { name: 'Corps de l’article' }).click()
  await page.keyboard.type(text)
  await page.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(page.getByText(SAVED)).toBeVisible()
  await expect(page).toHaveURL(/\/admin\/articles\/\d+$/)
  return Number(/(\d+)$/.exec(page.url())![1])
}

test('a journalist’s save while the database is locked: a French message, the text kept, readers served, saved once released', async ({ browser }) => {
  test.setTimeout(60_000)
  const page = await signedIn(browser, JOURNALIST)
  const title = 'Le fleuve Niger en crue à Ségou'
  const id = await newDraft(page, title, 'Les eaux montent depuis lundi.')
  const before = readStory(id)!
  expect(before).toMatchObject({ status: 'draft', bodyText: 'Les eaux montent depuis lundi.' })

  const lock = holdWriteLock()
  try {
    const body = page.getByRole('textbox', { name: 'Corps de l’article' })
    await body.click()
    await page.keyboard.press('End')
    await page.keyboard.type(' Trois quartiers sont évacués.')
    await page.getByLabel('Titre').fill(`${title} : trois quartiers évacués`)
    await page.getByRole('button', { name: 'Enregistrer' }).click()
    // Readers are served while the save waits for the lock (it does not freeze the server).
    await readersServed(page)
    // The save gives up after its wait (5 s) with the message, not a generic error.
    await expect(page.locator('.editor-status .form-error')).toContainText(BUSY, { timeout: 15_000 })
    await expect(page.locator('.editor-status .form-error')).toContainText('Votre texte est conservé')
    // What was typed is still in the editor.
    await expect(page.getByLabel('Titre')).toHaveValue(`${title} : trois quartiers évacués`)
    await expect(body).toContainText('Les eaux montent depuis lundi. Trois quartiers sont évacués.')
    // The earlier version is intact, nothing half-written.
    expect(readStory(id)).toEqual(before)
    await readersServed(page)
  } finally {
    lock.release()
  }

  await page.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(page.getByText(SAVED)).toBeVisible()
  expect(readStory(id)).toMatchObject({ title: `${title} : trois quartiers évacués`, version: before.version + 1, bodyText: 'Les eaux montent depuis lundi. Trois quartiers sont évacués.' })
  await page.context().close()
})

test('an editor’s publication while the database is locked: refused with a French message, nothing online, published once released', async ({ browser }) => {
  test.setTimeout(60_000)
  const page = await signedIn(browser, EDITOR)
  const title = 'Coupure d’électricité dans trois communes de Bamako'
  const id = await newDraft(page, title, 'La société d’électricité annonce un retour du courant dans la soirée.')
  const before = readStory(id)!

  const lock = holdWriteLock()
  try {
    await page.getByRole('button', { name: 'Publier', exact: true }).click()
    await readersServed(page)
    await expect(page.locator('.editor-status .form-error')).toContainText(`${BUSY} Rien n’a été modifié`, { timeout: 15_000 })
    await expect(page.locator('.status-badge')).toHaveText('Brouillon')
    expect(readStory(id)).toEqual(before)
  } finally {
    lock.release()
  }
  const slug = (await page.getByLabel('Adresse de l’article').inputValue()).trim()
  expect((await page.request.get(`/articles/${slug}`)).status()).toBe(404)

  await page.getByRole('button', { name: 'Publier', exact: true }).click()
  await expect(page.locator('.status-badge')).toHaveText('Publié')
  expect(readStory(id)).toMatchObject({ status: 'published', version: before.version + 1 })
  expect((await page.request.get(`/articles/${slug}`)).status()).toBe(200)
  await page.context().close()
})
