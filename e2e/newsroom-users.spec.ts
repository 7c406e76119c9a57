import { hash } from '@node-rs/argon2'
import Database from 'better-sqlite3'
import { expect, test, type Page, type Request } from './fixtures'
import { E2E } from './env'
import { signIn, signedIn } from './staff'

// Accounts of the newsroom: an administrator invites a journalist by a one-time link, changes
// their role, disables them, and hands out a password-reset link; the audit log tells it all in
// French; journalists and editors see none of it. One story in order, on accounts of its own.
test.describe.configure({ mode: 'serial' })

const ADMIN = { email: 'kadidia.maiga@kibaru.test', password: 'les pirogues de Djenné au matin', name: 'Kadidia Maïga' }
const EDITOR = { email: 'sekou.sanogo@kibaru.test', password: 'la grande mosquée de Djenné', name: 'Sékou Sanogo' }
const JOURNALIST = { email: 'mariam.tounkara@kibaru.test', password: 'les dunes de Tombouctou au soir', name: 'Mariam Tounkara' }
const INVITEE = { email: 'aissata.cisse@kibaru.test', name: 'Aïssata Cissé', password: 'le pont des martyrs sous la pluie', newPassword: 'la falaise de Bandiagara en hiver' }

let inviteLink = ''
let disableRequest: { url: string; headers: Record<string, string>; body: Buffer } | null = null

function database() {
  return new Database(E2E.databasePath)
}

function invitee(): { id: number; role: string; disabledAt: number | null; sessionVersion: number } {
  const sqlite = database()
  try {
    return sqlite.prepare('SELECT id, role, disabled_at AS disabledAt, session_version AS sessionVersion FROM users WHERE email = ?').get(INVITEE.email) as ReturnType<typeof invitee>
  } finally {
    sqlite.close()
  }
}

test.beforeAll(async () => {
  const sqlite = database()
  // A fresh start even when this file runs again on the same database.
  sqlite.prepare('DELETE FROM login_attempts').run()
  sqlite.prepare('DELETE FROM authors WHERE user_id IN (SELECT id FROM users WHERE email = ?)').run(INVITEE.email)
  sqlite.prepare('DELETE FROM users WHERE email = ?').run(INVITEE.email)
  const insert = sqlite.prepare('INSERT OR IGNORE INTO users (email, name, role, password_hash) VALUES (?, ?, ?, ?)')
  insert.run(ADMIN.email, ADMIN.name, 'admin', await hash(ADMIN.password))
  insert.run(EDITOR.email, EDITOR.name, 'editor', await hash(EDITOR.password))
  insert.run(JOURNALIST.email, JOURNALIST.name, 'journalist', await hash(JOURNALIST.password))
  sqlite.close()
})



function card(page: Page, name: string) {
  return page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name }) })
}

test('an administrator invites a journalist and copies the one-time link', async ({ browser }) => {
  const admin = await signedIn(browser, ADMIN)
  await admin.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: E2E.baseUrl })
  await admin.getByRole('navigation', { name: 'Rédaction' }).getByRole('link', { name: 'Utilisateurs' }).click()
  await expect(admin.getByRole('heading', { level: 1 })).toHaveText('Utilisateurs')

  await admin.getByLabel('Nom complet').fill(INVITEE.name)
  await admin.getByLabel('Adresse e-mail').fill(INVITEE.email)
  await admin.getByLabel('Rôle', { exact: true }).selectOption({ label: 'Journaliste' })
  await admin.getByRole('button', { name: 'Créer l’invitation' }).click()

  const field = admin.getByLabel(`Lien d’invitation pour ${INVITEE.name}`)
  await expect(field).toHaveValue(new RegExp(`^${E2E.baseUrl}/invitation/[A-Za-z0-9_-]{43}$`))
  await expect(field).toHaveAttribute('readonly', '')
  inviteLink = await field.inputValue()
  await admin.getByRole('button', { name: 'Copier le lien' }).click()
  await expect(admin.getByText('Lien copié.')).toBeVisible()
  expect(await admin.evaluate(() => navigator.clipboard.readText())).toBe(inviteLink)

  const account = card(admin, INVITEE.name)
  await expect(account).toContainText(INVITEE.email)
  await expect(account).toContainText('Invitation en attente')
  await expect(account.locator('.user-role')).toHaveText('Journaliste')
  await expect(account.getByRole('link', { name: '/auteurs/aissata-cisse' })).toBeVisible()

  // The same address twice is refused beside the field, and what was typed stays.
  await admin.getByLabel('Nom complet').fill('Une autre personne')
  await admin.getByLabel('Adresse e-mail').fill(INVITEE.email.toUpperCase())
  await admin.getByRole('button', { name: 'Créer l’invitation' }).click()
  await expect(admin.getByText('Un compte existe déjà avec cette adresse e-mail.')).toBeVisible()
  await expect(admin.getByLabel('Nom complet')).toHaveValue('Une autre personne')

  // Only the SHA-256 of the link is stored; the account has no password yet and a byline profile.
  const token = inviteLink.split('/').at(-1)!
  const sqlite = database()
  const stored = sqlite.prepare('SELECT token_hash AS hash FROM user_tokens WHERE user_id = (SELECT id FROM users WHERE email = ?)').all(INVITEE.email) as { hash: string }[]
  const account_ = sqlite.prepare('SELECT password_hash AS hash FROM users WHERE email = ?').get(INVITEE.email) as { hash: string | null }
  const author = sqlite.prepare('SELECT slug FROM authors WHERE user_id = (SELECT id FROM users WHERE email = ?)').get(INVITEE.email) as { slug: string }
  sqlite.close()
  expect(stored).toHaveLength(1)
  expect(stored[0]!.hash).toMatch(/^[0-9a-f]{64}$/)
  expect(JSON.stringify(stored)).not.toContain(token)
  expect(account_.hash).toBeNull()
  expect(author.slug).toBe('aissata-cisse')
  await admin.context().close()
})

test('the invitee chooses a password (a weak one is refused first), signs in, and the link is spent', async ({ browser }) => {
  const context = await browser.newContext({ baseURL: E2E.baseUrl })
  const page = await context.newPage()
  await page.goto(inviteLink)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bienvenue dans la rédaction')
  await expect(page.getByText(INVITEE.name)).toBeVisible()
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)

  await page.getByLabel('Nouveau mot de passe').fill('motdepasse1234')
  await page.getByLabel('Confirmer le mot de passe').fill('motdepasse1234')
  await page.getByRole('button', { name: 'Activer mon compte' }).click()
  await expect(page.getByText('Ce mot de passe est trop courant : choisissez une phrase que vous seul connaissez.')).toBeVisible()
  await page.getByLabel('Nouveau mot de passe').fill('court')
  await page.getByLabel('Confirmer le mot de passe').fill('court')
  await page.getByRole('button', { name: 'Activer mon compte' }).click()
  await expect(page.getByText('Le mot de passe doit contenir au moins 12 caractères.')).toBeVisible()

  await page.getByLabel('Nouveau mot de passe').fill(INVITEE.password)
  await page.getByLabel('Confirmer le mot de passe').fill(INVITEE.password)
  await page.getByRole('button', { name: 'Activer mon compte' }).click()
  await expect(page).toHaveURL('/connexion?compte=active')
  await expect(page.getByRole('status')).toContainText('Votre compte est activé.')
  await page.getByLabel('Adresse e-mail').fill(INVITEE.email)
  await page.getByLabel('Mot de passe').fill(INVITEE.password)
  await page.getByRole('button', { name: 'Se connecter' }).click()
  await expect(page).toHaveURL('/admin')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Bonjour, ${INVITEE.name}`)
  await expect(page.locator('.admin-user')).toContainText('Journaliste')
  await context.close()

  // Used: the link no longer works, and answers exactly like a link that never existed.
  const stranger = await browser.newContext({ baseURL: E2E.baseUrl })
  const again = await stranger.newPage()
  const used = await again.goto(inviteLink)
  expect(used?.status()).toBe(404)
  await expect(again.getByRole('heading', { level: 1 })).toHaveText('Ce lien n’est plus valable')
  await expect(again.getByLabel('Nouveau mot de passe')).toHaveCount(0)
  const usedText = await again.locator('main').innerText()
  const forged = await again.goto(`/invitation/${'A'.repeat(43)}`)
  expect(forged?.status()).toBe(404)
  expect(await again.locator('main').innerText()).toBe(usedText)
  expect((await again.goto('/invitation/pas-un-lien'))?.status()).toBe(404)
  await stranger.close()
})

test('a new role shows at the person’s next page; disabling sends their next request to sign-in', async ({ browser }) => {
  const journalist = await signedIn(browser, INVITEE)
  const nav = journalist.getByRole('navigation', { name: 'Rédaction' })
  await expect(nav.getByRole('link', { name: 'Rubriques et tags' })).toHaveCount(0)
  await expect(journalist.getByRole('region', { name: 'En attente de relecture' })).toHaveCount(0)
  const before = invitee()

  const admin = await signedIn(browser, ADMIN)
  await admin.goto('/admin/utilisateurs')
  const account = card(admin, INVITEE.name)
  await expect(account).toContainText('Actif')
  await account.getByLabel(`Rôle d’${INVITEE.name}`).selectOption({ label: 'Éditeur' })
  await account.getByRole('button', { name: 'Changer le rôle' }).click()
  await expect(account.getByText(`Le rôle d’${INVITEE.name} est modifié.`)).toBeVisible()
  await expect(account.locator('.user-role')).toHaveText('Éditeur')

  // The same session, its next page: the editor's controls are there.
  await journalist.reload()
  await expect(journalist.locator('.admin-user')).toContainText('Éditeur')
  await expect(nav.getByRole('link', { name: 'Rubriques et tags' })).toBeVisible()
  await expect(journalist.getByRole('region', { name: 'En attente de relecture' })).toBeVisible()
  // A role change alone ends no session.
  expect(invitee().sessionVersion).toBe(before.sessionVersion)

  // Keep the request of the disabling click, to replay it later as other people.
  const captured = admin.waitForRequest((r: Request) => r.method() === 'POST' && !!r.headers()['next-action'])
  await account.getByRole('button', { name: 'Désactiver le compte' }).click()
  const request = await captured
  disableRequest = { url: request.url(), headers: request.headers(), body: request.postDataBuffer()! }
  await expect(account.getByText(`Le compte d’${INVITEE.name} est désactivé : ses sessions sont fermées.`)).toBeVisible()
  await expect(account).toContainText('Désactivé')
  expect(invitee().disabledAt).not.toBeNull()
  expect(invitee().sessionVersion).toBe(before.sessionVersion + 1)

  await journalist.goto('/admin/articles')
  await expect(journalist).toHaveURL(/\/connexion/)
  await signIn(journalist, INVITEE)
  await expect(journalist.locator('.form-error')).toHaveText('Adresse e-mail ou mot de passe incorrect.')

  await account.getByRole('button', { name: 'Réactiver le compte' }).click()
  await expect(account.getByText(`Le compte d’${INVITEE.name} est réactivé.`)).toBeVisible()
  await expect(account).toContainText('Actif')
  expect(invitee().disabledAt).toBeNull()
  await journalist.context().close()
  await admin.context().close()
})

test('a reset link sets a new password: the old one and the open sessions stop working', async ({ browser }) => {
  const openSession = await signedIn(browser, INVITEE)
  const admin = await signedIn(browser, ADMIN)
  await admin.goto('/admin/utilisateurs')
  const account = card(admin, INVITEE.name)
  await account.getByRole('button', { name: 'Lien de réinitialisation' }).click()
  const field = account.getByLabel(`Lien de réinitialisation pour ${INVITEE.name}`)
  await expect(field).toHaveValue(new RegExp(`^${E2E.baseUrl}/reinitialisation/[A-Za-z0-9_-]{43}$`))
  const first = await field.inputValue()
  // A second link replaces the first.
  await account.getByRole('button', { name: 'Lien de réinitialisation' }).click()
  await expect(field).not.toHaveValue(first)
  const resetLink = await field.inputValue()
  await admin.context().close()

  const context = await browser.newContext({ baseURL: E2E.baseUrl })
  const page = await context.newPage()
  expect((await page.goto(first))?.status()).toBe(404)
  await page.goto(resetLink)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choisir un nouveau mot de passe')
  await page.getByLabel('Nouveau mot de passe').fill(INVITEE.newPassword)
  await page.getByLabel('Confirmer le mot de passe').fill(`${INVITEE.newPassword} `)
  await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click()
  await expect(page.getByText('Les deux mots de passe ne sont pas identiques.')).toBeVisible()
  await page.getByLabel('Nouveau mot de passe').fill(INVITEE.newPassword)
  await page.getByLabel('Confirmer le mot de passe').fill(INVITEE.newPassword)
  await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click()
  await expect(page).toHaveURL('/connexion?compte=mot-de-passe')
  await expect(page.getByRole('status')).toContainText('Votre nouveau mot de passe est enregistré.')

  await signIn(page, INVITEE)
  await expect(page.locator('.form-error')).toHaveText('Adresse e-mail ou mot de passe incorrect.')
  await signIn(page, { email: INVITEE.email, password: INVITEE.newPassword })
  await expect(page).toHaveURL('/admin')
  await context.close()

  await openSession.reload()
  await expect(openSession).toHaveURL(/\/connexion/)
  await openSession.context().close()
})

test('journalists and editors get nothing from the users page, the journal or the account actions', async ({ browser, playwright }) => {
  const secrets = ['Inviter une personne', 'Lien d’invitation', ADMIN.email, INVITEE.email, 'a ouvert une session', 'Adresse IP']
  for (const who of [JOURNALIST, EDITOR]) {
    const page = await signedIn(browser, who)
    for (const path of ['/admin/utilisateurs', '/admin/journal', '/admin/journal?action=user.invite']) {
      const response = await page.request.get(path, { maxRedirects: 0 })
      expect(response.status(), `${who.email} ${path}`).toBeGreaterThanOrEqual(300)
      expect(response.status()).toBeLessThan(400)
      expect(response.headers()['location']).toContain('/admin?refus=1')
      const body = await response.text()
      for (const secret of secrets) expect(body, `${who.email} ${path}`).not.toContain(secret)
      await page.goto(path)
      await expect(page).toHaveURL('/admin?refus=1')
      await expect(page.getByText('Cette page est réservée à un autre rôle que le vôtre.')).toBeVisible()
    }
    await expect(page.getByRole('navigation', { name: 'Rédaction' }).getByRole('link', { name: 'Utilisateurs' })).toHaveCount(0)
    await expect(page.getByRole('navigation', { name: 'Rédaction' }).getByRole('link', { name: 'Journal' })).toHaveCount(0)

    // The administrator's "disable" request, replayed with this person's session: refused, nothing changes.
    expect(disableRequest).not.toBeNull()
    const { url, headers, body } = disableRequest!
    const replay = await page.request.post(url, {
      headers: { 'next-action': headers['next-action']!, 'content-type': headers['content-type']!, accept: headers['accept'] ?? 'text/x-component', origin: E2E.baseUrl },
      data: body,
    })
    expect(replay.status()).toBeLessThan(500)
    expect(await replay.text()).toContain('Vous n’avez pas les droits pour cette action.')
    expect(invitee().disabledAt).toBeNull()
    await page.context().close()
  }
  // And anonymously.
  const anonymous = await playwright.request.newContext({ baseURL: E2E.baseUrl })
  const { url, headers, body } = disableRequest!
  const replay = await anonymous.post(url, { headers: { 'next-action': headers['next-action']!, 'content-type': headers['content-type']!, origin: E2E.baseUrl }, data: body })
  expect(await replay.text()).toContain('Vous devez être connecté.')
  expect(invitee().disabledAt).toBeNull()
  await anonymous.dispose()
})

test('the journal tells the invitation and the role change in French, filtered by action and by person', async ({ browser }) => {
  const admin = await signedIn(browser, ADMIN)
  await admin.getByRole('navigation', { name: 'Rédaction' }).getByRole('link', { name: 'Journal' }).click()
  await expect(admin.getByRole('heading', { level: 1 })).toHaveText('Journal')
  const rows = admin.locator('.journal-table tbody tr')
  // Newest first: the administrator's own sign-in just now is on top.
  await expect(rows.first()).toContainText(`${ADMIN.name} a ouvert une session`)
  await expect(rows.first().locator('time')).toHaveText(/^\d{1,2}(er)?\s\S+\s\d{4}\sà\s\d{1,2}\sh\s\d{2}$/)

  await admin.getByLabel('Personne', { exact: true }).selectOption({ label: `${INVITEE.name} (${INVITEE.email})` })
  await admin.getByRole('button', { name: 'Filtrer' }).click()
  await expect(admin).toHaveURL(/personne=\d+/)
  const story = admin.locator('.journal-table tbody')
  await expect(story).toContainText(`${ADMIN.name} a invité ${INVITEE.name} comme journaliste`)
  await expect(story).toContainText(`${ADMIN.name} a changé le rôle d’${INVITEE.name} : journaliste → éditeur`)
  await expect(story).toContainText(`${ADMIN.name} a désactivé le compte d’${INVITEE.name}`)
  await expect(story).toContainText(`${ADMIN.name} a réactivé le compte d’${INVITEE.name}`)
  await expect(story).toContainText(`${ADMIN.name} a créé un lien de réinitialisation du mot de passe pour ${INVITEE.name}`)
  await expect(story).toContainText(`${INVITEE.name} a accepté l’invitation et choisi son mot de passe`)
  await expect(story).toContainText(`${INVITEE.name} a choisi un nouveau mot de passe par un lien de réinitialisation`)
  // The person's own actions are there too, but nobody else's.
  await expect(story).toContainText(`${INVITEE.name} a ouvert une session`)
  await expect(story).not.toContainText(`${EDITOR.name} a ouvert une session`)

  await admin.getByLabel('Action', { exact: true }).selectOption({ label: 'Changement de rôle' })
  await admin.getByRole('button', { name: 'Filtrer' }).click()
  await expect(admin).toHaveURL(/action=user\.role-change/)
  await expect(rows.first()).toContainText(`${ADMIN.name} a changé le rôle d’${INVITEE.name}`)
  for (const row of await rows.all()) await expect(row.locator('.journal-action')).toHaveText('Changement de rôle')
  await expect(rows.first().locator('.journal-ip')).toHaveText('127.0.0.1')
  await admin.getByRole('link', { name: 'Effacer les filtres' }).click()
  await expect(admin).toHaveURL('/admin/journal')
  await admin.context().close()
})
