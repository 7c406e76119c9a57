import { hash } from '@node-rs/argon2'
import Database from 'better-sqlite3'
import { expect, test, type Request, type Route } from './fixtures'
import { E2E } from './env'
import { signedIn } from './staff'

// Réglages and radios: an administrator changes the tagline and the default share image and adds
// a station, and readers see each change at once; an editor gets no access, and the actions
// refuse an editor. Whatever a test changes it puts back, so other specs find the demo settings.

const ADMIN = { email: 'kadiatou.sow.reglages@kibaru.test', password: 'le pont des martyrs au matin', name: 'Kadiatou Sow' }
const EDITOR = { email: 'ibrahim.toure.reglages@kibaru.test', password: 'la corniche de Mopti le soir', name: 'Ibrahim Touré' }
const RUN = Date.now().toString(36).slice(-5)

const sqlite = () => new Database(E2E.databasePath)

// Each test walks a whole story through several browsers; on a busy two-core machine that takes
// longer than the default budget (a budget only: nothing here measures speed).
test.describe.configure({ timeout: 120_000 })

test.beforeAll(async () => {
  const db = sqlite()
  db.prepare('DELETE FROM login_attempts').run()
  const insert = db.prepare('INSERT OR IGNORE INTO users (email, name, role, password_hash) VALUES (?, ?, ?, ?)')
  insert.run(ADMIN.email, ADMIN.name, 'admin', await hash(ADMIN.password))
  insert.run(EDITOR.email, EDITOR.name, 'editor', await hash(EDITOR.password))
  db.close()
})


function headOf(html: string): string {
  return html.slice(0, html.indexOf('</head>'))
}

test('an administrator changes the tagline and the share image: the site shows them at once', async ({ browser }) => {
  const admin = await signedIn(browser, ADMIN)
  const reader = await browser.newPage({ baseURL: E2E.baseUrl })
  const audits = () => {
    const db = sqlite()
    const row = db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'settings.update' AND user_id = (SELECT id FROM users WHERE email = ?)").get(ADMIN.email) as { n: number }
    db.close()
    return row.n
  }
  const auditsBefore = audits()
  await reader.goto('/')
  const original = (await reader.locator('.brand-tagline').textContent())!.trim()
  const tagline = `Le Mali au quotidien, édition ${RUN}`

  await admin.getByRole('navigation', { name: 'Rédaction' }).getByRole('link', { name: 'Réglages' }).click()
  await expect(admin.getByRole('heading', { level: 1 })).toHaveText('Réglages du site')
  const field = admin.getByLabel('Slogan')
  const stored = await field.inputValue()
  expect(stored.replace(/'/g, '’')).toBe(original.replace(/[\u202f\u00a0]/g, ' '))
  try {
    // A wrong value is refused beside its field, and nothing typed is lost.
    await field.fill(tagline)
    await admin.getByLabel('Adresse de la page Facebook').fill('https://exemple.ml/kibaru')
    await admin.getByRole('button', { name: 'Enregistrer les réglages' }).click()
    await expect(admin.getByText('Indiquez l’adresse complète de la page Facebook')).toBeVisible()
    await expect(field).toHaveValue(tagline)
    await reader.reload()
    await expect(reader.locator('.brand-tagline')).toHaveText(original)

    await admin.getByLabel('Adresse de la page Facebook').fill('https://www.facebook.com/kibaru.ml')
    await admin.getByRole('button', { name: 'Enregistrer les réglages' }).click()
    await expect(admin.getByText('Réglages enregistrés : le site les affiche dès maintenant.')).toBeVisible()
    await reader.reload()
    await expect(reader.locator('.brand-tagline')).toHaveText(tagline)
    await expect(reader).toHaveTitle(`Kibaru – ${tagline}`)
    // Every page's header, not only the homepage.
    await reader.goto('/radios')
    await expect(reader.locator('.brand-tagline')).toHaveText(tagline)

    // The default share image: chosen among the library's images, used by pages without their own.
    const choices = admin.getByRole('group', { name: 'Image de partage par défaut' }).getByRole('radio')
    expect(await choices.count()).toBeGreaterThan(1)
    await choices.nth(1).check()
    const chosenId = await choices.nth(1).getAttribute('value')
    await admin.getByRole('button', { name: 'Enregistrer les réglages' }).click()
    await expect(admin.getByText('Réglages enregistrés')).toBeVisible()
    const db = sqlite()
    const chosen = db.prepare('SELECT path FROM media WHERE id = ?').get(Number(chosenId)) as { path: string }
    db.close()
    const head = headOf(await (await reader.request.get('/rubriques/sport')).text())
    expect(head).toContain(`<meta property="og:image" content="${E2E.baseUrl}/media/${chosen.path}"/>`)
    expect(headOf(await (await reader.request.get('/')).text())).toContain(`/media/${chosen.path}"/>`)
  } finally {
    // Back to the demo settings, through the newsroom so the caches follow.
    await admin.goto('/admin/reglages')
    await admin.getByLabel('Slogan').fill(stored)
    await admin.getByRole('radio', { name: 'Image Kibaru intégrée' }).check()
    await admin.getByRole('button', { name: 'Enregistrer les réglages' }).click()
    await expect(admin.getByText('Réglages enregistrés')).toBeVisible()
  }
  await reader.goto('/')
  await expect(reader.locator('.brand-tagline')).toHaveText(original)
  expect(headOf(await (await reader.request.get('/rubriques/sport')).text())).toContain(`<meta property="og:image" content="${E2E.baseUrl}/kibaru-partage.jpg"/>`)
  // Three saves went through (the refused one wrote nothing), each in the journal.
  expect(audits() - auditsBefore).toBe(3)
  await reader.close()
  await admin.context().close()
})

test('an administrator adds, orders, edits and removes a radio: /radios and the player follow at once', async ({ browser }) => {
  const admin = await signedIn(browser, ADMIN)
  const reader = await browser.newPage({ baseURL: E2E.baseUrl })
  const name = `Radio Kayes ${RUN}`
  const db = sqlite()
  const stream = (db.prepare("SELECT stream_url FROM radios WHERE slug = 'radio-mali'").get() as { stream_url: string }).stream_url
  try {
    await reader.goto('/radios')
    const firstBefore = (await reader.locator('.radio-card h2').allTextContents())
    await expect(reader.getByRole('heading', { name })).toHaveCount(0)

    await admin.goto('/admin/reglages')
    await admin.getByRole('link', { name: 'Radios et télévisions' }).first().click()
    await admin.getByRole('link', { name: 'Ajouter une station' }).click()
    await admin.getByLabel('Nom de la station').fill(name)
    await admin.getByLabel('Radio', { exact: true }).check()
    await admin.getByLabel('Adresse du flux').fill('javascript:alert(1)')
    await admin.getByLabel('Ville (facultatif)').fill('Kayes')
    await admin.getByLabel('Fréquence (facultatif)').fill('98.5 MHz')
    await admin.getByLabel('Description').fill('La radio des jeunes de la région de Kayes.')
    await admin.getByRole('button', { name: 'Ajouter la station' }).click()
    await expect(admin.getByText('L’adresse du flux doit commencer par https://')).toBeVisible()
    await expect(admin.getByLabel('Nom de la station')).toHaveValue(name)
    await admin.getByLabel('Adresse du flux').fill(stream)
    await admin.getByRole('button', { name: 'Ajouter la station' }).click()
    await expect(admin.getByText(`« ${name} » est ajoutée : elle s’écoute dès maintenant sur la page Radios du site.`)).toBeVisible()

    await reader.goto('/radios')
    const card = reader.locator('.radio-card').filter({ has: reader.getByRole('heading', { name }) })
    await expect(card).toContainText('Kayes · 98.5 MHz')
    await expect(reader.locator('.radio-card h2').last()).toHaveText(name)
    await card.getByRole('link', { name: `Écouter ${name}` }).click()
    const player = reader.getByRole('region', { name: 'Lecteur radio' })
    await expect(player).toContainText(`En direct : ${name}`)
    await expect.poll(() => player.locator('audio').evaluate((el: HTMLAudioElement) => !el.paused && el.currentTime > 0)).toBe(true)
    await player.getByRole('button', { name: 'Pause' }).click()

    // First place, with the keyboard.
    const up = admin.getByRole('button', { name: `Monter ${name}` })
    for (let i = 0; i < firstBefore.length; i++) {
      await up.focus()
      await admin.keyboard.press('Enter')
      await expect(admin.getByRole('status').filter({ hasText: `« ${name} » est maintenant en position ${firstBefore.length - i} sur ${firstBefore.length + 1}.` })).toBeAttached()
    }
    await reader.goto('/radios')
    await expect(reader.locator('.radio-card h2')).toHaveText([name, ...firstBefore])

    // Offline: gone from the site, kept in the newsroom.
    await admin.getByRole('link', { name, exact: true }).click()
    await admin.getByLabel('En ligne : visible sur la page Radios du site').uncheck()
    await admin.getByRole('button', { name: 'Enregistrer la station' }).click()
    await expect(admin.getByText('Station enregistrée.')).toBeVisible()
    await reader.goto('/radios')
    await expect(reader.locator('.radio-card h2')).toHaveText(firstBefore)

    await admin.getByRole('button', { name: 'Retirer la station' }).click()
    await admin.getByRole('button', { name: 'Confirmer la suppression' }).click()
    await expect(admin).toHaveURL('/admin/reglages/radios?ok=supprimee')
    await expect(admin.getByRole('link', { name, exact: true })).toHaveCount(0)
    expect(db.prepare('SELECT count(*) AS n FROM radios WHERE name = ?').get(name)).toEqual({ n: 0 })
    const actions = db.prepare("SELECT action FROM audit_log WHERE action LIKE 'radio.%' AND user_id = (SELECT id FROM users WHERE email = ?) ORDER BY id").all(ADMIN.email).map((r) => (r as { action: string }).action)
    expect(actions.slice(-(firstBefore.length + 3))).toEqual(['radio.create', ...firstBefore.map(() => 'radio.reorder'), 'radio.update', 'radio.delete'])
  } finally {
    // If a step failed, the station goes through the newsroom so the caches forget it.
    const left = db.prepare('SELECT id FROM radios WHERE name = ?').get(name) as { id: number } | undefined
    if (left) {
      await admin.goto(`/admin/reglages/radios/${left.id}`)
      await admin.getByRole('button', { name: 'Retirer la station' }).click()
      await admin.getByRole('button', { name: 'Confirmer la suppression' }).click()
      await expect(admin).toHaveURL('/admin/reglages/radios?ok=supprimee')
    }
    db.close()
    await reader.close()
    await admin.context().close()
  }
})

test('an editor gets no access to Réglages, and the settings actions refuse an editor', async ({ browser }) => {
  const editor = await signedIn(browser, EDITOR)
  await expect(editor.getByRole('navigation', { name: 'Rédaction' }).getByRole('link', { name: 'Réglages' })).toHaveCount(0)
  for (const path of ['/admin/reglages', '/admin/reglages/radios', '/admin/reglages/radios/nouvelle', '/admin/reglages/radios/1']) {
    await editor.goto(path)
    await expect(editor, path).toHaveURL('/admin?refus=1')
    await expect(editor.getByText('Cette page est réservée à un autre rôle que le vôtre.')).toBeVisible()
  }

  // The administrator's real request, held back before it reaches the server, sent by the editor.
  const admin = await signedIn(browser, ADMIN)
  await admin.goto('/admin/reglages')
  await admin.getByLabel('Slogan').fill(`Slogan pirate ${RUN}`)
  let captured: { url: string; headers: Record<string, string>; body: Buffer } | null = null
  await admin.route('**/admin/reglages', async (route: Route) => {
    const request: Request = route.request()
    if (request.method() === 'POST' && request.headers()['next-action'] && !captured) {
      const { cookie: _cookie, ...headers } = request.headers()
      captured = { url: request.url(), headers, body: request.postDataBuffer() ?? Buffer.alloc(0) }
      return route.abort()
    }
    return route.continue()
  })
  await admin.getByRole('button', { name: 'Enregistrer les réglages' }).click()
  await expect.poll(() => captured !== null).toBe(true)
  // The newsroom says the request did not go through, and keeps what was typed.
  await expect(admin.getByText('Le serveur ne répond pas')).toBeVisible()
  await expect(admin.getByLabel('Slogan')).toHaveValue(`Slogan pirate ${RUN}`)
  const request = captured!

  const db = sqlite()
  const before = db.prepare('SELECT key, value FROM settings ORDER BY key').all()
  const response = await editor.request.post(request.url, { headers: { ...request.headers, origin: E2E.baseUrl }, data: request.body, maxRedirects: 0 })
  expect(await response.text()).toContain('Vous n’avez pas les droits pour cette action.')
  expect(db.prepare('SELECT key, value FROM settings ORDER BY key').all()).toEqual(before)
  db.close()
  const reader = await browser.newPage({ baseURL: E2E.baseUrl })
  await reader.goto('/')
  await expect(reader.locator('.brand-tagline')).not.toContainText('pirate')
  await reader.close()
  await admin.context().close()
  await editor.context().close()
})
