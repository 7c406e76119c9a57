import { expect, test } from './fixtures'
import { ensureStaff, signIn, signedIn, type StaffAccount } from './staff'

// A member changes their own password from "Mon compte": the current password is required, the
// rules are the sign-up rules, and the change closes every other session at once while this one
// stays signed in.
const JOURNALIST: StaffAccount = { email: 'kadiatou.sangare.compte@kibaru.test', password: 'le fleuve Niger à Ségou', name: 'Kadiatou Sangaré', role: 'journalist' }
const NEW_PASSWORD = 'les manguiers de Kayes en avril'

test('a journalist changes her password with the current one; her other sessions end, the old password stops working', async ({ browser }) => {
  await ensureStaff(JOURNALIST)
  const page = await signedIn(browser, JOURNALIST)
  const phone = await signedIn(browser, JOURNALIST)

  // From the bar, by keyboard.
  await page.getByRole('link', { name: /Kadiatou Sangaré · Journaliste/ }).focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL('/admin/compte')
  await expect(page.getByRole('heading', { name: 'Mon compte' })).toBeVisible()

  // A wrong current password: refused, in French, on the field.
  await page.getByLabel('Mot de passe actuel').fill('ce n’est pas le mien')
  await page.getByLabel('Nouveau mot de passe', { exact: true }).fill(NEW_PASSWORD)
  await page.getByLabel('Confirmer le nouveau mot de passe').fill(NEW_PASSWORD)
  await page.getByRole('button', { name: 'Changer le mot de passe' }).click()
  await expect(page.locator('#current-error')).toHaveText('Le mot de passe actuel est incorrect.')
  await expect(page.getByLabel('Mot de passe actuel')).toHaveAttribute('aria-invalid', 'true')

  // A common password: refused.
  await page.getByLabel('Mot de passe actuel').fill(JOURNALIST.password)
  await page.getByLabel('Nouveau mot de passe', { exact: true }).fill('motdepasse123')
  await page.getByLabel('Confirmer le nouveau mot de passe').fill('motdepasse123')
  await page.getByRole('button', { name: 'Changer le mot de passe' }).click()
  await expect(page.locator('#password-error')).toContainText('trop courant')

  await page.getByLabel('Mot de passe actuel').fill(JOURNALIST.password)
  await page.getByLabel('Nouveau mot de passe', { exact: true }).fill(NEW_PASSWORD)
  await page.getByLabel('Confirmer le nouveau mot de passe').fill(NEW_PASSWORD)
  await page.getByRole('button', { name: 'Changer le mot de passe' }).click()
  await expect(page).toHaveURL('/admin/compte?modifie=1')
  await expect(page.getByRole('status')).toContainText('Votre mot de passe est changé')

  // This session goes on; the other one is over.
  await page.goto('/admin')
  await expect(page).toHaveURL('/admin')
  await phone.goto('/admin')
  await expect(phone).toHaveURL(/\/connexion/)

  // The old password no longer opens the account; the new one does.
  await signIn(phone, JOURNALIST)
  await expect(phone.locator('.form-error')).toHaveText('Adresse e-mail ou mot de passe incorrect.')
  await signIn(phone, { email: JOURNALIST.email, password: NEW_PASSWORD })
  await expect(phone).toHaveURL('/admin')
})
