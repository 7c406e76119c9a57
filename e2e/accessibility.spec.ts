import AxeBuilder from '@axe-core/playwright'
import { expect, test } from './fixtures'
import { findDemo } from './demo'

// WCAG 2.1 A and AA rules checked by axe-core on every kind of reader page.
const story = findDemo((a) => /\[\[image:/.test(a.body), 'avec une image')
const pages = ['/installation', '/', `/articles/${story.slug}`, '/rubriques/politique', '/tags/bamako', '/auteurs/aminata-diallo', '/recherche?q=kidal', '/recherche?q=zzzz', '/radios', '/a-propos', '/page-inconnue']

for (const path of pages) {
  test(`no WCAG A/AA violation on ${path}`, async ({ page }) => {
    await page.goto(path)
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)
    expect(summary).toEqual([])
  })
}

test('keyboard: the skip link is first and moves focus to the content', async ({ page }) => {
  await page.goto('/')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Aller au contenu' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#contenu$/)
  await page.keyboard.press('Tab')
  const focusedInMain = await page.evaluate(() => !!document.activeElement?.closest('main'))
  expect(focusedInMain).toBe(true)
})
