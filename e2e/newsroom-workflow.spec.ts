import { hash } from '@node-rs/argon2'
import Database from 'better-sqlite3'
import { expect, test } from './fixtures'
import { E2E } from './env'
import { signedIn } from './staff'

// The rest of the way of a story: autosave, notes from the editor, scheduling and the scheduler's
// catch-up, history with diff and restore, preview with its share card, the list's filters.
test.describe.configure({ mode: 'serial' })

const JOURNALIST = { email: 'kadiatou.kone@kibaru.test', password: 'les pirogues de Mopti au matin', name: 'Kadiatou Koné' }
const EDITOR = { email: 'seydou.keita@kibaru.test', password: 'la route de Kayes sous la pluie', name: 'Seydou Keïta' }

function sql() {
  return new Database(E2E.databasePath)
}

test.beforeAll(async () => {
  const db = sql()
  db.prepare('DELETE FROM login_attempts').run()
  const insert = db.prepare('INSERT OR IGNORE INTO users (email, name, role, password_hash) VALUES (?, ?, ?, ?)')
  insert.run(JOURNALIST.email, JOURNALIST.name, 'journalist', await hash(JOURNALIST.password))
  insert.run(EDITOR.email, EDITOR.name, 'editor', await hash(EDITOR.password))
  const journalistId = (db.prepare('SELECT id FROM users WHERE email = ?').get(JOURNALIST.email) as { id: number }).id
  db.prepare('INSERT OR IGNORE INTO authors (slug, name, user_id) VALUES (?, ?, ?)').run('kadiatou-kone', JOURNALIST.name, journalistId)
  db.close()
})


const TITLE = 'Ségou : la pêche reprend sur le Niger après la crue'
const SLUG = 'segou-la-peche-reprend-sur-le-niger-apres-la-crue'
let articlePath = ''

test('a draft saves itself a few seconds after the last keystroke, and survives a reload', async ({ browser }) => {
  const page = await signedIn(browser, JOURNALIST)
  await page.goto('/admin/articles/new')
  await page.getByLabel('Titre').fill(TITLE)
  await page.getByLabel('Chapô').fill('Les pêcheurs bozos retrouvent leurs zones après trois mois d’eaux hautes.')
  const body = page.getByRole('textbox', { name: 'Corps de l’article' })
  await body.click()
  await page.keyboard.type('Sur la berge, les filets sèchent au soleil du matin.')
  // Nobody presses "Enregistrer".
  await expect(page.getByText(/^Enregistré à \d{1,2} h \d{2}$/)).toBeVisible({ timeout: 15_000 })
  await expect(page).toHaveURL(/\/admin\/articles\/\d+$/)
  articlePath = new URL(page.url()).pathname
  // Typing goes on in the same editor (no reload); the next autosave carries it.
  await body.click()
  await page.keyboard.press('End')
  await page.keyboard.type(' Les prix du poisson baissent déjà.')
  await expect(page.getByText('Modifications non enregistrées')).toBeVisible()
  await expect(page.getByText(/^Enregistré à \d{1,2} h \d{2}$/)).toBeVisible({ timeout: 15_000 })
  await expect(page.getByText('Modifications non enregistrées')).toHaveCount(0)
  await page.reload()
  await expect(page.getByLabel('Titre')).toHaveValue(TITLE)
  await expect(page.getByRole('textbox', { name: 'Corps de l’article' })).toContainText('Les prix du poisson baissent déjà.')
  // Consecutive autosaves by one person fold into a single revision.
  const db = sql()
  const id = Number(articlePath.split('/').pop())
  const revisions = db.prepare('SELECT reason FROM article_revisions WHERE article_id = ?').all(id) as { reason: string }[]
  db.close()
  expect(revisions).toEqual([{ reason: 'autosave' }])
  // The journalist signs it; readers see nothing.
  expect((await page.request.get(`/articles/${SLUG}`)).status()).toBe(404)
  await page.getByLabel('Rubrique').selectOption({ label: 'Société' })
  await page.getByRole('button', { name: 'Soumettre à la relecture' }).click()
  await expect(page.locator('.status-badge').first()).toHaveText('En relecture')
  await page.context().close()
})

test('the editor previews it with its share card, then sends it back with a note the journalist reads', async ({ browser }) => {
  const editor = await signedIn(browser, EDITOR)
  const id = articlePath.split('/').pop()
  await editor.goto(`/apercu/${id}`)
  await expect(editor.getByRole('note', { name: 'Aperçu' })).toContainText('les lecteurs ne voient pas encore cet article')
  await expect(editor.getByRole('heading', { level: 1 })).toContainText('la pêche reprend sur le Niger')
  await expect(editor.locator('.article-body')).toContainText('Les prix du poisson baissent déjà.')
  const card = editor.getByLabel('Carte de partage')
  await expect(card).toContainText(TITLE)
  await expect(card).toContainText('Les pêcheurs bozos retrouvent leurs zones')
  const image = await editor.request.get(`/admin/articles/${id}/partage`)
  expect(image.status()).toBe(200)
  expect(image.headers()['content-type']).toBe('image/jpeg')
  expect(image.headers()['cache-control']).toContain('no-store')
  // Nobody outside sees a preview or its image.
  const anonymous = await browser.newContext({ baseURL: E2E.baseUrl })
  const outsider = await anonymous.newPage()
  await outsider.goto(`/apercu/${id}`)
  await expect(outsider).toHaveURL(/\/connexion/)
  expect((await outsider.request.get(`/admin/articles/${id}/partage`)).status()).toBe(401)
  await anonymous.close()

  await editor.goto(articlePath)
  await editor.getByLabel('Note pour le journaliste').fill('Ajoutez le témoignage d’un pêcheur et le prix du kilo de capitaine.')
  await editor.getByRole('button', { name: 'Renvoyer avec cette note' }).click()
  await expect(editor.locator('.status-badge').first()).toHaveText('Brouillon')
  await editor.context().close()

  const journalist = await signedIn(browser, JOURNALIST)
  await journalist.goto(articlePath)
  const notes = journalist.getByRole('region', { name: 'Notes de relecture' })
  await expect(notes).toContainText('Ajoutez le témoignage d’un pêcheur')
  await expect(notes).toContainText(`Note de relecture de ${EDITOR.name}`)
  await journalist.getByLabel('Chapô').fill('Après trois mois d’eaux hautes, les pêcheurs bozos retrouvent leurs zones et leurs prix.')
  await journalist.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(journalist.getByText(/^Enregistré à/)).toBeVisible()
  await journalist.context().close()
})

test('the history shows what changed and restores an earlier version', async ({ browser }) => {
  const editor = await signedIn(browser, EDITOR)
  await editor.goto(`${articlePath}/historique`)
  const versions = editor.getByRole('navigation', { name: 'Versions' }).getByRole('listitem')
  // The autosaved draft, the save that came with the submission, the journalist's correction.
  await expect(versions).toHaveCount(3)
  await expect(versions.first()).toContainText(JOURNALIST.name)
  await expect(versions.first()).toContainText('Version actuelle')
  // The newest version compared with the autosaved one: the new chapô words are marked.
  await expect(editor.getByLabel('Chapô').locator('ins').first()).toBeVisible()
  await expect(editor.getByLabel('Chapô')).toContainText('leurs prix')
  // Restore the first (autosaved) text.
  await versions.last().getByRole('link').click()
  editor.once('dialog', (dialog) => void dialog.accept())
  await editor.getByRole('button', { name: 'Restaurer cette version' }).click()
  await expect(editor).toHaveURL(articlePath)
  await expect(editor.getByLabel('Chapô')).toHaveValue('Les pêcheurs bozos retrouvent leurs zones après trois mois d’eaux hautes.')
  await editor.goto(`${articlePath}/historique`)
  await expect(versions).toHaveCount(4)
  await expect(versions.first()).toContainText('Restauration')
  await editor.context().close()
})

test('a scheduled story goes online by itself at its time, on the homepage and at its URL', async ({ browser }) => {
  const editor = await signedIn(browser, EDITOR)
  await editor.goto(articlePath)
  await editor.getByLabel('Date et heure de publication (heure de Bamako)').fill('2020-01-01T08:00')
  await editor.getByRole('button', { name: 'Programmer', exact: true }).click()
  await expect(editor.locator('.form-error').first()).toContainText('heure de publication à venir')
  const inOneHour = new Date(Date.now() + 3_600_000).toISOString().slice(0, 16)
  await editor.getByLabel('Date et heure de publication (heure de Bamako)').fill(inOneHour)
  await editor.getByRole('button', { name: 'Programmer', exact: true }).click()
  await expect(editor.locator('.status-badge').first()).toHaveText('Programmé')
  await editor.goto('/admin')
  await expect(editor.getByRole('region', { name: 'Programmés' })).toContainText('la pêche reprend sur le Niger')
  expect((await editor.request.get(`/articles/${SLUG}`)).status()).toBe(404)

  // Its time comes (the clock is moved, not waited for): the scheduler publishes it within seconds.
  const db = sql()
  const id = Number(articlePath.split('/').pop())
  db.prepare('UPDATE articles SET scheduled_at = ? WHERE id = ?').run(Date.now() - 30_000, id)
  db.close()
  await expect.poll(async () => (await editor.request.get(`/articles/${SLUG}`)).status(), { timeout: 15_000 }).toBe(200)
  const reader = await browser.newPage({ baseURL: E2E.baseUrl })
  await reader.goto('/')
  await expect(reader.getByRole('region', { name: 'Dernières nouvelles' })).toContainText('la pêche reprend sur le Niger')
  await reader.close()
  // On time: no "Publication en retard".
  await editor.goto('/admin')
  await expect(editor.getByRole('region', { name: 'Publication en retard' })).toHaveCount(0)
  await editor.context().close()
})

test('a story whose time passed while the server was down goes out late and is flagged until an editor clears it', async ({ browser }) => {
  const db = sql()
  const category = (db.prepare("SELECT id FROM categories WHERE slug = 'societe'").get() as { id: number }).id
  const threeHoursAgo = Date.now() - 3 * 3_600_000
  const { lastInsertRowid } = db
    .prepare("INSERT INTO articles (slug, title, standfirst, category_id, status, body, body_text, scheduled_at) VALUES (?, ?, ?, ?, 'scheduled', ?, ?, ?)")
    .run('kayes-la-foire-aux-mangues-ouvre-ses-portes', 'Kayes : la foire aux mangues ouvre ses portes', 'Producteurs et exportateurs se retrouvent pour trois jours.', category, JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'La foire s’ouvre.' }] }] }), 'La foire s’ouvre.', threeHoursAgo)
  db.close()
  const id = Number(lastInsertRowid)
  const editor = await signedIn(browser, EDITOR)
  await expect.poll(async () => (await editor.request.get('/articles/kayes-la-foire-aux-mangues-ouvre-ses-portes')).status(), { timeout: 15_000 }).toBe(200)
  await editor.goto('/admin')
  const late = editor.getByRole('region', { name: 'Publication en retard' })
  await expect(late).toContainText('Kayes : la foire aux mangues')
  await expect(late).toContainText(/Mis en ligne avec 3 h de retard/)
  await late.getByRole('button', { name: 'C’est noté' }).click()
  await expect(editor.getByRole('region', { name: 'Publication en retard' })).toHaveCount(0)
  const check = sql()
  expect((check.prepare('SELECT schedule_missed_ms AS m FROM articles WHERE id = ?').get(id) as { m: number | null }).m).toBeNull()
  check.close()
  await editor.context().close()
})

test('the articles list filters by title, status, rubrique and author', async ({ browser }) => {
  const page = await signedIn(browser, EDITOR)
  await page.goto('/admin/articles')
  await page.getByRole('searchbox', { name: 'Titre' }).fill('pêche reprend')
  await page.getByRole('button', { name: 'Filtrer' }).click()
  await expect(page.locator('.admin-table tbody tr')).toHaveCount(1)
  await expect(page.locator('.admin-table tbody')).toContainText(TITLE)
  await expect(page.locator('.admin-table tbody')).toContainText(JOURNALIST.name)
  await page.getByLabel('Statut').selectOption({ label: 'Brouillon' })
  await page.getByRole('button', { name: 'Filtrer' }).click()
  await expect(page.locator('.admin-table tbody tr')).toHaveCount(0)
  await page.goto('/admin/articles')
  await page.getByLabel('Auteur').selectOption({ label: JOURNALIST.name })
  await page.getByLabel('Rubrique').selectOption({ label: 'Société' })
  await page.getByRole('button', { name: 'Filtrer' }).click()
  await expect(page.locator('.admin-table tbody tr')).toHaveCount(1)
  await page.context().close()
})

test('an editor illustrates a story (cover from the library, an uploaded image in the text) and links a "Lire aussi"', async ({ browser }) => {
  test.setTimeout(90_000)
  const sharp = (await import('sharp')).default
  const photo = await sharp({ create: { width: 900, height: 600, channels: 3, background: { r: 190, g: 120, b: 40 } } }).jpeg().toBuffer()
  const page = await signedIn(browser, EDITOR)
  await page.goto('/admin/articles/new')
  await page.getByLabel('Titre').fill('Tombouctou : les manuscrits reviennent à la bibliothèque')
  await page.getByLabel('Chapô').fill('Après des années à Bamako, une partie des manuscrits regagne la ville.')
  await page.getByLabel('Rubrique').selectOption({ label: 'Culture' })

  // Cover: chosen in the library.
  await page.getByRole('button', { name: 'Choisir une image', exact: true }).click()
  const coverDialog = page.getByRole('dialog', { name: 'Image principale' })
  await expect(coverDialog).toBeVisible()
  await coverDialog.locator('.media-picker-item').first().click()
  await expect(coverDialog).toBeHidden()
  await expect(page.getByRole('group', { name: 'Image principale' }).locator('img')).toBeVisible()
  await page.getByLabel('Légende (pour cet article)').fill('La salle de lecture, restaurée cette année.')

  // Text, then an image uploaded from the editor, with its caption for this use.
  const body = page.getByRole('textbox', { name: 'Corps de l’article' })
  await body.click()
  await page.keyboard.type('Les caisses sont arrivées par la route, escortées jusqu’aux portes de la ville.')
  await page.getByRole('toolbar', { name: 'Mise en forme' }).getByRole('button', { name: 'Image', exact: true }).click()
  const imageDialog = page.getByRole('dialog', { name: 'Insérer une image dans le texte' })
  await imageDialog.getByRole('button', { name: 'Téléverser', exact: true }).click()
  await imageDialog.locator('input[type=file]').setInputFiles({ name: 'caisses.jpg', mimeType: 'image/jpeg', buffer: photo })
  await imageDialog.getByLabel('Texte alternatif').fill('Des caisses de manuscrits devant la bibliothèque')
  await imageDialog.getByLabel('Crédit photo').fill('Kibaru / Awa Cissé')
  await imageDialog.getByRole('button', { name: 'Téléverser et utiliser' }).click()
  await expect(imageDialog).toBeHidden({ timeout: 20_000 })
  const figure = page.locator('.body-node-image')
  await expect(figure.locator('img')).toHaveAttribute('alt', 'Des caisses de manuscrits devant la bibliothèque')
  await figure.getByLabel('Légende').fill('Les caisses à leur arrivée.')

  // "Lire aussi": a published story found by its words.
  await page.getByRole('toolbar', { name: 'Mise en forme' }).getByRole('button', { name: 'Lire aussi' }).click()
  const linkDialog = page.getByRole('dialog', { name: 'Lier un article (« Lire aussi »)' })
  await linkDialog.getByLabel('Rechercher un article publié').fill('Kidal')
  const first = linkDialog.locator('.picker-results button').first()
  await expect(first).toBeVisible()
  const linkedTitle = (await first.locator('.picker-result-title').textContent())!.trim()
  await first.click()
  await expect(page.locator('.body-node-read-also')).toContainText(`Lire aussi : ${linkedTitle}`)

  await page.getByRole('button', { name: 'Publier' }).click()
  await expect(page.locator('.status-badge').first()).toHaveText('Publié')

  const reader = await browser.newPage({ baseURL: E2E.baseUrl })
  await reader.goto('/articles/tombouctou-les-manuscrits-reviennent-a-la-bibliotheque')
  await expect(reader.locator('figure.cover figcaption')).toContainText('La salle de lecture, restaurée cette année.')
  const inline = reader.locator('.article-body figure')
  await expect(inline.locator('img')).toHaveAttribute('alt', 'Des caisses de manuscrits devant la bibliothèque')
  await expect(inline.locator('figcaption')).toContainText('Les caisses à leur arrivée.')
  await expect(inline.locator('figcaption')).toContainText('Kibaru / Awa Cissé')
  const readAlso = reader.locator('.article-body').getByRole('link', { name: linkedTitle })
  await expect(readAlso).toBeVisible()
  await reader.close()
  await page.context().close()
})
