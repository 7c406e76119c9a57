import { hash } from '@node-rs/argon2'
import Database from 'better-sqlite3'
import { expect, test, type Page } from './fixtures'
import { E2E } from './env'

// The newsroom's front door: first run, sign-in, sign-out, disabled accounts and brute force.
// One story in order: the first test creates the first administrator of the fresh database.
test.describe.configure({ mode: 'serial' })

const ADMIN = { name: 'Awa Traoré', email: 'awa.traore@kibaru.test', password: 'le fleuve Niger à Ségou 2026' }

async function signIn(page: Page, email: string, password: string) {
  await page.goto('/connexion')
  await page.getByLabel('Adresse e-mail').fill(email)
  await page.getByLabel('Mot de passe').fill(password)
  await page.getByRole('button', { name: 'Se connecter' }).click()
}

test('with no account yet, /admin leads to the one-time creation of the first administrator', async ({ page }) => {
  await page.goto('/admin')
  await expect(page).toHaveURL('/installation')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Créer le premier compte administrateur')
  await page.goto('/connexion')
  await expect(page).toHaveURL('/installation')

  // Bad input: clear French errors beside the fields, and what was typed is kept.
  await page.getByLabel('Votre nom').fill(ADMIN.name)
  await page.getByLabel('Adresse e-mail').fill(ADMIN.email)
  await page.getByLabel('Mot de passe', { exact: true }).fill('court')
  await page.getByLabel('Confirmer le mot de passe').fill('court')
  await page.getByRole('button', { name: 'Créer le compte administrateur' }).click()
  await expect(page.getByText('Le mot de passe doit contenir au moins 12 caractères.')).toBeVisible()
  await expect(page.getByLabel('Adresse e-mail')).toHaveValue(ADMIN.email)

  await page.getByLabel('Mot de passe', { exact: true }).fill(ADMIN.password)
  await page.getByLabel('Confirmer le mot de passe').fill(`${ADMIN.password}!`)
  await page.getByRole('button', { name: 'Créer le compte administrateur' }).click()
  await expect(page.getByText('Les deux mots de passe ne sont pas identiques.')).toBeVisible()

  await page.getByLabel('Mot de passe', { exact: true }).fill(ADMIN.password)
  await page.getByLabel('Confirmer le mot de passe').fill(ADMIN.password)
  await page.getByRole('button', { name: 'Créer le compte administrateur' }).click()
  await expect(page).toHaveURL('/admin')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Bonjour, ${ADMIN.name}`)
  await expect(page.getByText('Administrateur', { exact: false }).first()).toBeVisible()
  await expect(page.getByRole('region', { name: 'Publiés récemment' }).getByRole('listitem').first()).toBeVisible()

  // The page is gone once an account exists.
  expect((await page.goto('/installation'))?.status()).toBe(404)
  const sqlite = new Database(E2E.databasePath, { readonly: true })
  const row = sqlite.prepare('SELECT role, password_hash FROM users WHERE email = ?').get(ADMIN.email) as { role: string; password_hash: string }
  sqlite.close()
  expect(row.role).toBe('admin')
  expect(row.password_hash).toMatch(/^\$argon2id\$/)
})

test('anonymous visitors are sent to the sign-in page, and wrong credentials get one French message', async ({ page }) => {
  await page.goto('/admin')
  await expect(page).toHaveURL(/\/connexion\?retour=%2Fadmin$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Connexion')
  const response = await page.request.get('/admin', { maxRedirects: 0 })
  expect(response.status()).toBeGreaterThanOrEqual(300)
  const body = await response.text()
  for (const secret of ['Bonjour', 'Mes brouillons', 'Publiés récemment', 'Se déconnecter']) expect(body).not.toContain(secret)

  await signIn(page, ADMIN.email, 'pas le bon mot de passe')
  await expect(page.locator('.form-error')).toHaveText('Adresse e-mail ou mot de passe incorrect.')
  await expect(page.getByLabel('Adresse e-mail')).toHaveValue(ADMIN.email)
  await signIn(page, 'inconnu@kibaru.test', 'pas le bon mot de passe')
  await expect(page.locator('.form-error')).toHaveText('Adresse e-mail ou mot de passe incorrect.')

  await signIn(page, ADMIN.email, ADMIN.password)
  await expect(page).toHaveURL('/admin')
  const cookies = await page.context().cookies()
  const session = cookies.find((c) => c.name.includes('session-token'))
  expect(session?.httpOnly).toBe(true)
  expect(session?.sameSite).toBe('Lax')
})

test('signing out makes the old cookie useless', async ({ page, browser }) => {
  await signIn(page, ADMIN.email, ADMIN.password)
  await expect(page).toHaveURL('/admin')
  const saved = await page.context().storageState()
  await page.getByRole('button', { name: 'Se déconnecter' }).click()
  await expect(page).toHaveURL('/connexion')

  const replay = await browser.newContext({ storageState: saved, baseURL: E2E.baseUrl })
  const old = await replay.newPage()
  await old.goto('/admin')
  await expect(old).toHaveURL(/\/connexion/)
  await replay.close()
})

test('a disabled account loses access at its next request', async ({ page }) => {
  const sqlite = new Database(E2E.databasePath)
  const email = 'moussa.keita@kibaru.test'
  const password = 'une longue phrase de passe'
  sqlite.prepare("INSERT INTO users (email, name, role, password_hash) VALUES (?, 'Moussa Keïta', 'journalist', ?)").run(email, await hash(password))
  try {
    await signIn(page, email, password)
    await expect(page).toHaveURL('/admin')
    await expect(page.getByText('Journaliste')).toBeVisible()
    // A journalist sees no review queue.
    await expect(page.getByRole('region', { name: 'En attente de relecture' })).toHaveCount(0)
    sqlite.prepare('UPDATE users SET disabled_at = ? WHERE email = ?').run(Date.now(), email)
    await page.reload()
    await expect(page).toHaveURL(/\/connexion/)
    await signIn(page, email, password)
    await expect(page.locator('.form-error')).toHaveText('Adresse e-mail ou mot de passe incorrect.')
  } finally {
    sqlite.prepare('DELETE FROM users WHERE email = ?').run(email)
    sqlite.close()
  }
})

test('after 5 failed attempts the account is locked for a while, the right password included', async ({ page }) => {
  // Runs last: it locks this account from this address for a minute. Earlier tests' failures
  // from the same address are cleared first, so exactly five count here.
  const clear = new Database(E2E.databasePath)
  clear.prepare('DELETE FROM login_attempts').run()
  clear.close()
  for (let i = 0; i < 5; i++) {
    await signIn(page, ADMIN.email, `mauvais mot de passe ${i}`)
    await expect(page.locator('.form-error')).toHaveText('Adresse e-mail ou mot de passe incorrect.')
  }
  await signIn(page, ADMIN.email, ADMIN.password)
  await expect(page.locator('.form-error')).toHaveText('Trop de tentatives ont échoué. Par sécurité, réessayez dans 1 minute.')
  await expect(page).toHaveURL(/\/connexion/)
  const sqlite = new Database(E2E.databasePath)
  sqlite.prepare('DELETE FROM login_attempts').run()
  sqlite.close()
  await signIn(page, ADMIN.email, ADMIN.password)
  await expect(page).toHaveURL('/admin')
})
