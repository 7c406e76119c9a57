import { hash } from '@node-rs/argon2'
import Database from 'better-sqlite3'
import { expect, test } from './fixtures'
import { E2E } from './env'
import { signedIn } from './staff'

// The way of a story: a journalist writes and submits, an editor publishes, readers see it at
// once everywhere it belongs, the editor unpublishes and it is gone just as fast.
test.describe.configure({ mode: 'serial' })

const JOURNALIST = { email: 'fatou.sidibe@kibaru.test', password: 'la saison des pluies à Mopti', name: 'Fatou Sidibé' }
const EDITOR = { email: 'oumar.diarra@kibaru.test', password: 'le marché rose de Bamako', name: 'Oumar Diarra' }
const TITLE = 'Marché de nuit à Bamako : les commerçantes de Médina-Coura s’organisent'
const SLUG = 'marche-de-nuit-a-bamako-les-commercantes-de-medina-coura-s-organisent'

let articleUrl = ''

test.beforeAll(async () => {
  const sqlite = new Database(E2E.databasePath)
  sqlite.prepare('DELETE FROM login_attempts').run()
  const insert = sqlite.prepare('INSERT OR IGNORE INTO users (email, name, role, password_hash) VALUES (?, ?, ?, ?)')
  insert.run(JOURNALIST.email, JOURNALIST.name, 'journalist', await hash(JOURNALIST.password))
  insert.run(EDITOR.email, EDITOR.name, 'editor', await hash(EDITOR.password))
  sqlite.close()
})


test('a journalist writes a story, saves it and submits it, without any publish control', async ({ browser }) => {
  const page = await signedIn(browser, JOURNALIST)
  await page.getByRole('navigation', { name: 'Rédaction' }).getByRole('link', { name: 'Nouvel article' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nouvel article')

  // The server HTML holds the fields disabled until React owns them (nothing typed is lost).
  const html = await (await page.request.get('/admin/articles/new')).text()
  expect(html).toMatch(/<fieldset class="hydration-gate" disabled=""/)
  await expect(page.getByLabel('Titre')).toBeEnabled()

  await page.getByLabel('Titre').fill(TITLE)
  await expect(page.getByLabel('Adresse de l’article')).toHaveValue(SLUG)
  await page.getByLabel('Chapô').fill('Chaque soir, des centaines de vendeuses animent le marché. Elles réclament de l’éclairage et des toilettes.')
  await page.getByLabel('Rubrique').selectOption({ label: 'Société' })
  await page.getByLabel('Tags').fill('Bamako, Marché de nuit')
  await page.getByLabel('Lieu (avant le premier paragraphe)').fill('Bamako')

  const body = page.getByRole('textbox', { name: 'Corps de l’article' })
  await body.click()
  await page.keyboard.type('À la tombée de la nuit, les étals s’allument un à un.')
  await page.keyboard.press('Enter')
  await page.getByRole('button', { name: 'Intertitre' }).click()
  await page.keyboard.type('Une association pour parler d’une seule voix')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Les commerçantes ont fondé une association en octobre.')
  await expect(page.getByText(/\d+ mots/).first()).toBeVisible()

  // No publish control for a journalist.
  await expect(page.getByRole('button', { name: 'Publier' })).toHaveCount(0)
  await page.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(page.getByText(/^Enregistré à \d{1,2} h \d{2}$/)).toBeVisible()
  await expect(page).toHaveURL(/\/admin\/articles\/\d+$/)
  articleUrl = new URL(page.url()).pathname

  await page.getByRole('button', { name: 'Soumettre à la relecture' }).click()
  await expect(page.locator('.status-badge')).toHaveText('En relecture')
  // Once submitted, the journalist may read but no longer edit it.
  await page.reload()
  await expect(page.getByText('seul un éditeur peut le modifier maintenant')).toBeVisible()

  // Readers see nothing yet.
  expect((await page.request.get(`/articles/${SLUG}`)).status()).toBe(404)
  await page.context().close()
})

test('an editor publishes it: it is live at once on its URL, the homepage, its rubrique and its tag', async ({ browser }) => {
  const page = await signedIn(browser, EDITOR)
  await expect(page.getByRole('region', { name: 'En attente de relecture' }).getByRole('link', { name: TITLE })).toBeVisible()
  await page.goto(articleUrl)
  await page.getByRole('checkbox', { name: 'Flash info' }).check()
  await page.getByRole('button', { name: 'Publier' }).click()
  await expect(page.locator('.status-badge')).toHaveText('Publié')

  const reader = await browser.newPage({ baseURL: E2E.baseUrl })
  await reader.goto(`/articles/${SLUG}`)
  await expect(reader.getByRole('heading', { level: 1 })).toContainText('Marché de nuit à Bamako')
  await expect(reader.locator('.article-body h2')).toHaveText('Une association pour parler d’une seule voix')
  await expect(reader.locator('.article-body .dateline')).toHaveText('BAMAKO – ')
  await reader.goto('/')
  await expect(reader.getByRole('complementary', { name: 'Flash info' })).toContainText('Marché de nuit à Bamako')
  await expect(reader.getByRole('region', { name: 'Dernières nouvelles' })).toContainText('Marché de nuit à Bamako')
  await reader.goto('/rubriques/societe')
  await expect(reader.locator('.article-list article').first()).toContainText('Marché de nuit à Bamako')
  await reader.goto('/tags/marche-de-nuit')
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Marché de nuit')
  await expect(reader.locator('.article-list')).toContainText('Marché de nuit à Bamako')
  await reader.close()
  await page.context().close()
})

test('a refused save keeps the text; a stale save is refused instead of overwriting', async ({ browser }) => {
  const first = await signedIn(browser, EDITOR)
  const second = await signedIn(browser, EDITOR)
  await first.goto(articleUrl)
  await second.goto(articleUrl)

  await first.getByLabel('Titre').fill('')
  await first.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(first.getByText('Donnez un titre à l’article.')).toBeVisible()
  await expect(first.getByRole('textbox', { name: 'Corps de l’article' })).toContainText('les étals s’allument')
  await first.getByLabel('Titre').fill(`${TITLE} (mise à jour)`)
  await first.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(first.getByText(/^Enregistré à/)).toBeVisible()

  await second.getByLabel('Chapô').fill('Une autre version du chapô.')
  await second.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(second.locator('.form-error')).toContainText('Quelqu’un a enregistré cet article')
  await expect(second.getByLabel('Chapô')).toHaveValue('Une autre version du chapô.')
  await first.context().close()
  await second.context().close()
})

test('the editor unpublishes it and readers get a 404 at once', async ({ browser }) => {
  const page = await signedIn(browser, EDITOR)
  await page.goto(articleUrl)
  await page.getByRole('button', { name: 'Dépublier' }).click()
  await expect(page.locator('.status-badge')).toHaveText('Brouillon')
  const reader = await browser.newPage({ baseURL: E2E.baseUrl })
  expect((await reader.goto(`/articles/${SLUG}`))?.status()).toBe(404)
  await reader.goto('/')
  await expect(reader.getByRole('region', { name: 'Dernières nouvelles' })).not.toContainText('Marché de nuit à Bamako')
  await expect(reader.getByRole('complementary', { name: 'Flash info' })).not.toContainText('Marché de nuit')
  await reader.close()
  await page.context().close()
})
