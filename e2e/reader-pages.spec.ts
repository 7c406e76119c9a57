import { expect, test } from './fixtures'
import { demoAuthors, findDemo } from './demo'

// Reader pages go out without React or the Next.js runtime (docs/adr/005): the server takes
// Next's scripts out of each page it renders, and public/reader.js (a few KB) does the rest.
const story = findDemo((a) => a.category === 'politique' && !a.breaking, 'politique')
const READER_PAGES = ['/', `/articles/${story.slug}`, '/rubriques/politique', '/tags/bamako', `/auteurs/${demoAuthors[0]!.slug}`, '/recherche?q=bamako', '/radios', '/a-propos', '/articles/cet-article-n-existe-pas']

test('reader pages load one small script of ours and none of Next’s', async ({ page }) => {
  const scripts: string[] = []
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname)
  })
  for (const path of READER_PAGES) {
    scripts.length = 0
    const response = await page.goto(path)
    expect([200, 404], path).toContain(response!.status())
    await page.waitForLoadState('load')
    expect(scripts, path).toEqual(['/reader.js'])
    const html = await response!.text()
    expect(html, path).not.toContain('self.__next_f')
    expect(html, path).not.toMatch(/<script[^>]+src="\/_next\//)
    expect(await page.evaluate(() => 'next' in window || '__next_f' in window), path).toBe(false)
  }
  // The script is versioned by its content and kept a year.
  const src = await page.locator('script[data-reader-runtime]').getAttribute('src')
  expect(src).toMatch(/^\/reader\.js\?v=[\w-]{12}$/)
  const script = await page.request.get(src!)
  expect(script.headers()['cache-control']).toBe('public, max-age=31536000, immutable')
  expect((await script.body()).length).toBeLessThan(12_000)

  // The newsroom keeps React: it is an application.
  scripts.length = 0
  await page.goto('/connexion')
  await page.waitForLoadState('load')
  expect(scripts.some((s) => s.startsWith('/_next/'))).toBe(true)
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('an unknown story, rubrique, tag or author gives the whole French 404 page', async ({ page }) => {
    // Next leaves these pages empty until its runtime fills them in (vercel/next.js#62228); the
    // server in front renders them in full.
    for (const path of ['/articles/cet-article-n-existe-pas', '/rubriques/inexistante', '/tags/inexistant', '/auteurs/personne']) {
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(404)
      await expect(page.getByRole('heading', { level: 1 }), path).toHaveText('Page introuvable')
      await expect(page.getByRole('navigation', { name: 'Rubriques' }), path).toBeVisible()
      await expect(page.locator('meta[name="robots"]'), path).toHaveAttribute('content', /noindex/)
    }
  })
})

test('with no station on, links are ordinary page loads', async ({ page }) => {
  await page.goto('/')
  await page.evaluate(() => ((window as unknown as { __same?: boolean }).__same = true))
  await page.getByRole('navigation', { name: 'Rubriques' }).getByRole('link', { name: 'Politique' }).click()
  await expect(page).toHaveURL('/rubriques/politique')
  expect(await page.evaluate(() => (window as unknown as { __same?: boolean }).__same)).toBeUndefined()
})

test('while a station plays, pages are swapped around the player: title, focus, search, Back and Forward', async ({ page }) => {
  await page.goto('/radios')
  await page.getByRole('link', { name: 'Écouter Radio Mali – Chaîne nationale' }).click()
  const player = page.getByRole('region', { name: 'Lecteur radio' })
  await expect(player).toContainText('En direct : Radio Mali – Chaîne nationale')
  await page.evaluate(() => ((window as unknown as { __same?: boolean }).__same = true))

  await page.getByRole('navigation', { name: 'Rubriques' }).getByRole('link', { name: 'Politique' }).click()
  await expect(page).toHaveURL('/rubriques/politique')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Politique')
  await expect(page).toHaveTitle(/^Politique – /)
  // A keyboard or screen reader user starts at the content, as after a page load.
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('contenu')
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/rubriques\/politique$/)

  const first = page.locator('.article-list article h2 a').first()
  const headline = (await first.textContent())!
  const href = (await first.getAttribute('href'))!
  await first.click()
  await expect(page).toHaveURL(href)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline)

  // The search form, too.
  const search = page.getByRole('search').first()
  await search.getByRole('searchbox').fill('Bamako')
  await search.getByRole('searchbox').press('Enter')
  await expect(page).toHaveURL('/recherche?q=Bamako')
  await expect(page.locator('.search-results li').first()).toBeVisible()

  await page.goBack()
  await expect(page).toHaveURL(href)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline)
  await page.goBack()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Politique')
  await page.goForward()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline)

  // The same document all along, and the stream still playing.
  expect(await page.evaluate(() => (window as unknown as { __same?: boolean }).__same)).toBe(true)
  await expect.poll(() => player.locator('audio').evaluate((el: HTMLAudioElement) => !el.paused)).toBe(true)
  // Scrolled to the end, the footer's last line (its bottom padding leaves room) sits above the bar.
  const overlap = await page.evaluate(() => {
    window.scrollTo(0, document.documentElement.scrollHeight)
    const footer = document.querySelector('.site-footer .copyright')!.getBoundingClientRect()
    const bar = document.querySelector('[data-radio-player]')!.getBoundingClientRect()
    return footer.bottom - bar.top
  })
  expect(overlap).toBeLessThanOrEqual(0)
  // Closed, the player lets links load pages again.
  await player.getByRole('button', { name: 'Fermer' }).click()
  await expect(player).toBeHidden()
  await page.getByRole('navigation', { name: 'Rubriques' }).getByRole('link', { name: 'Sport' }).click()
  await expect(page).toHaveURL('/rubriques/sport')
  expect(await page.evaluate(() => (window as unknown as { __same?: boolean }).__same)).toBeUndefined()
})
