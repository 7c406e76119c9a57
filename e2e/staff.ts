// Staff accounts for end-to-end tests: made straight in the test database (each spec has its own,
// so specs never depend on one another's accounts), and a browser context signed in as one.
import { hash } from '@node-rs/argon2'
import Database from 'better-sqlite3'
import { expect, type Browser, type Page } from '@playwright/test'
import { E2E } from './env'

export type StaffAccount = { email: string; password: string; name: string; role: 'journalist' | 'editor' | 'admin' }

/** Makes sure these accounts exist (an existing one is left as it is) and clears sign-in throttling. */
export async function ensureStaff(...accounts: StaffAccount[]): Promise<void> {
  const sqlite = new Database(E2E.databasePath)
  try {
    sqlite.prepare('DELETE FROM login_attempts').run()
    const insert = sqlite.prepare('INSERT OR IGNORE INTO users (email, name, role, password_hash) VALUES (?, ?, ?, ?)')
    for (const account of accounts) insert.run(account.email, account.name, account.role, await hash(account.password))
  } finally {
    sqlite.close()
  }
}

export async function signIn(page: Page, who: { email: string; password: string }): Promise<void> {
  await page.goto('/connexion')
  await page.getByLabel('Adresse e-mail').fill(who.email)
  await page.getByLabel('Mot de passe').fill(who.password)
  await page.getByRole('button', { name: 'Se connecter' }).click()
}

/** A new browser context signed in as this account, on the dashboard. */
export async function signedIn(browser: Browser, who: { email: string; password: string }): Promise<Page> {
  const context = await browser.newContext({ baseURL: E2E.baseUrl })
  const page = await context.newPage()
  await signIn(page, who)
  await expect(page).toHaveURL('/admin')
  return page
}
