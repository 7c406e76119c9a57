import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { encode } from 'next-auth/jwt'
import { expect, test } from './fixtures'
import { E2E } from './env'
import { ensureStaff, type StaffAccount } from './staff'

// A staff session ends twelve hours after sign-in, however active: the limit is read from the
// signed token at every request. Tokens are made here with the server's real key, so the only
// difference between the two cases below is the sign-in time they carry.
const EDITOR: StaffAccount = { email: 'boubacar.coulibaly.session@kibaru.test', password: 'les rives du Bani à Mopti', name: 'Boubacar Coulibaly', role: 'editor' }
const COOKIE = 'authjs.session-token'

async function sessionCookie(signedInAt: number): Promise<string> {
  const secret = fs.readFileSync(path.join(E2E.dir, '.auth-secret'), 'utf8').trim()
  const sqlite = new Database(E2E.databasePath, { readonly: true })
  const user = sqlite.prepare('SELECT id, session_version AS sv FROM users WHERE email = ?').get(EDITOR.email) as { id: number; sv: number }
  sqlite.close()
  return encode({ secret, salt: COOKIE, token: { sub: String(user.id), uid: user.id, sv: user.sv, at: signedInAt }, maxAge: 24 * 3600 })
}

test.beforeAll(async () => {
  await ensureStaff(EDITOR)
})

for (const [label, age, allowed] of [
  ['signed in a minute ago: the newsroom opens', 60_000, true],
  ['signed in thirteen hours ago: sign in again', 13 * 3600_000, false],
] as const) {
  test(`a session ${label}`, async ({ browser }) => {
    const context = await browser.newContext({ baseURL: E2E.baseUrl })
    await context.addCookies([{ name: COOKIE, value: await sessionCookie(Date.now() - age), url: E2E.baseUrl, httpOnly: true, sameSite: 'Lax' }])
    const page = await context.newPage()
    await page.goto('/admin')
    if (allowed) await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Bonjour, ${EDITOR.name}`)
    else await expect(page).toHaveURL(/\/connexion\?retour=/)
    await context.close()
  })
}
