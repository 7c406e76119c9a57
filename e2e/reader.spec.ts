import { expect, test } from './fixtures'
import { demoArticles, demoAuthors, findDemo, fullAnatomyArticle, plain, printed } from './demo'
import { E2E } from './env'

const featured = findDemo((a) => !!a.featured, 'à la une')
const breaking = findDemo((a) => !!a.breaking, 'flash info')

test.describe('homepage', () => {
  test('shows À la une, latest stories, a block per rubrique, Les plus lus and Flash info', async ({ page }) => {
    const response = await page.goto('/')
    expect(response?.status()).toBe(200)
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr')

    const une = page.getByRole('region', { name: 'À la une' })
    await expect(une.getByRole('heading', { name: printed(featured.title) })).toBeVisible()
    await expect(une.locator('img')).toHaveCount(1)

    const latest = page.getByRole('region', { name: 'Dernières nouvelles' })
    await expect(latest.getByRole('article')).toHaveCount(8)

    for (const name of ['Politique', 'Sécurité', 'Économie', 'Société', 'International', 'Sport', 'Culture']) {
      const block = page.getByRole('region', { name, exact: true })
      await expect(block.getByRole('article').first()).toBeVisible()
    }

    const mostRead = page.getByRole('region', { name: 'Les plus lus' })
    await expect(mostRead.getByRole('region', { name: 'Ces dernières 24 heures' }).getByRole('listitem')).toHaveCount(5)
    await expect(mostRead.getByRole('region', { name: 'Ces 7 derniers jours' }).getByRole('listitem')).toHaveCount(5)

    const flash = page.getByRole('complementary', { name: 'Flash info' })
    await expect(flash.getByRole('link', { name: printed(breaking.title) })).toHaveAttribute('href', `/articles/${breaking.slug}`)
  })
})

test.describe('article page', () => {
  test('carries every element of the anatomy', async ({ page }) => {
    const demo = fullAnatomyArticle()
    await page.goto('/')
    // Reach it as a reader would: through its rubrique page.
    await page.goto(`/articles/${demo.slug}`)
    const article = page.getByRole('article').first()

    expect(plain(await page.getByRole('heading', { level: 1 }).textContent())).toBe(plain(demo.title))
    await expect(article.locator('.kicker a')).toHaveAttribute('href', `/rubriques/${demo.category}`)
    await expect(article.locator('.standfirst')).toBeVisible()

    const published = article.locator('.dates time').first()
    await expect(published).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/)
    await expect(published).toHaveText(/^(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) \d{1,2}(er)? \S+ \d{4} à \d{1,2} h \d{2}$/)
    await expect(article.locator('.dates')).toContainText('Publié le')

    for (const slug of demo.authors) {
      const author = demoAuthors.find((a) => a.slug === slug)!
      await expect(article.locator('.byline').getByRole('link', { name: author.name })).toHaveAttribute('href', `/auteurs/${slug}`)
    }
    await expect(article.locator('.reading-time')).toHaveText(/^Lecture : \d+ min$/)

    const cover = article.locator('figure.cover')
    await expect(cover.locator('img')).toHaveAttribute('alt', demo.cover.alt)
    await expect(cover.locator('figcaption .caption')).toContainText(demo.cover.caption.slice(0, 20))
    await expect(cover.locator('figcaption .credit')).toHaveText(demo.cover.credit)
    // Served resized through the image optimiser, as WebP.
    const src = await cover.locator('img').evaluate((img: HTMLImageElement) => img.currentSrc)
    expect(src).toContain('/_next/image')
    const image = await page.request.get(src, { headers: { accept: 'image/avif,image/webp,image/*,*/*;q=0.8' } })
    expect(image.headers()['content-type']).toBe('image/webp')

    const body = article.locator('.article-body')
    await expect(body.locator('.dateline')).toHaveText(`${demo.dateline!.toUpperCase()} – `)
    await expect(body.locator('p').first()).toContainText(`${demo.dateline!.toUpperCase()} –`)
    await expect(body.locator('h2').first()).toBeVisible()
    await expect(body.locator('blockquote').first()).toBeVisible()
    const readAlso = body.locator('aside.read-also').first()
    await expect(readAlso).toContainText('Lire aussi')
    const target = /\[\[lire:([a-z0-9-]+)\]\]/.exec(demo.body)![1]
    await expect(readAlso.getByRole('link')).toHaveAttribute('href', `/articles/${target}`)
    if (/\[\[image:/.test(demo.body)) await expect(body.locator('figure.body-figure figcaption')).toBeVisible()

    await expect(article.locator('.source')).toContainText(`Source : ${demo.source!.name}`)
    for (const tag of demo.tags.slice(0, 2)) {
      await expect(article.getByRole('navigation', { name: 'Mots-clés' }).getByRole('link', { name: tag, exact: true })).toHaveAttribute('href', /^\/tags\//)
    }

    const url = `${E2E.baseUrl}/articles/${demo.slug}`
    const share = page.getByRole('navigation', { name: 'Partager cet article' })
    await expect(share.getByRole('link', { name: 'Facebook' })).toHaveAttribute('href', `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`)
    await expect(share.getByRole('link', { name: 'WhatsApp' })).toHaveAttribute('href', /^https:\/\/wa\.me\/\?text=/)
    const xHref = await share.getByRole('link', { name: 'X' }).getAttribute('href')
    expect(xHref?.startsWith(`https://x.com/intent/post?url=${encodeURIComponent(url)}&text=`)).toBe(true)
    await expect(share.getByRole('link', { name: 'Telegram' })).toBeVisible()

    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
    await share.getByRole('link', { name: 'Copier le lien' }).click()
    await expect(share.getByRole('status')).toHaveText('Lien copié !')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url)

    await expect(page.getByRole('link', { name: 'Suivez-nous sur Facebook' }).first()).toBeVisible()
    const related = page.getByRole('region', { name: 'À lire aussi' })
    await expect(related.getByRole('article').first()).toBeVisible()
    await expect(related.getByRole('link', { name: printed(demo.title) })).toHaveCount(0)
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', url)
  })

  test('is reached from the homepage and says when it was updated', async ({ page }) => {
    const updated = findDemo((a) => a.updatedHoursAgo !== undefined && a.hoursAgo < 48, 'mis à jour récemment')
    await page.goto('/')
    await page.getByRole('link', { name: printed(featured.title) }).first().click()
    await expect(page).toHaveURL(`/articles/${featured.slug}`)
    await page.goto(`/articles/${updated.slug}`)
    await expect(page.locator('.dates')).toContainText('Mis à jour le')
    await expect(page.locator('.dates time')).toHaveCount(2)
  })

  test('an unknown story gives the French 404 page with status 404', async ({ page }) => {
    const response = await page.goto('/articles/cet-article-n-existe-pas')
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable')
    await expect(page.getByRole('navigation', { name: 'Rubriques' })).toBeVisible()
    const other = await page.goto('/une/adresse/inconnue')
    expect(other?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable')
  })
})

test.describe('listings', () => {
  test('a rubrique paginates with previous and next links', async ({ page }) => {
    await page.goto('/rubriques/politique')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Politique')
    const first = page.locator('.article-list article')
    await expect(first).toHaveCount(12)
    const firstTitles = await first.locator('h2').allTextContents()
    await expect(page.getByRole('link', { name: 'Page précédente' })).toHaveCount(0)
    await page.getByRole('link', { name: /Page suivante/ }).click()
    await expect(page).toHaveURL('/rubriques/politique?page=2')
    await expect(page.getByText(/Page 2 sur \d+/)).toBeVisible()
    const secondTitles = await page.locator('.article-list article h2').allTextContents()
    expect(secondTitles.length).toBeGreaterThan(0)
    expect(secondTitles.some((t) => firstTitles.includes(t))).toBe(false)
    await page.getByRole('link', { name: /Page précédente/ }).click()
    await expect(page).toHaveURL('/rubriques/politique')
    // Nonsense page numbers fall back to a real page rather than an error.
    expect((await page.goto('/rubriques/politique?page=abc'))?.status()).toBe(200)
    expect((await page.goto('/rubriques/politique?page=99999'))?.status()).toBe(200)
    expect((await page.goto('/rubriques/inconnue'))?.status()).toBe(404)
  })

  test('tag and author pages list their stories', async ({ page }) => {
    // The most recent story with the tag is on the first page of the listing.
    const newestFirst = [...demoArticles].sort((a, b) => a.hoursAgo - b.hoursAgo)
    const story = newestFirst.find((a) => a.tags.includes('Bamako')) ?? newestFirst[0]!
    const tag = story.tags.includes('Bamako') ? 'Bamako' : story.tags[0]!
    await page.goto(`/articles/${story.slug}`)
    await page.getByRole('navigation', { name: 'Mots-clés' }).getByRole('link', { name: tag, exact: true }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(tag)
    await expect(page.getByRole('link', { name: printed(story.title) })).toBeVisible()

    const author = demoAuthors[0]!
    await page.goto(`/auteurs/${author.slug}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(author.name)
    expect(plain(await page.locator('.author-bio').textContent())).toBe(plain(author.bio))
    await expect(page.getByRole('img', { name: `Portrait de ${author.name}` })).toBeVisible()
    const theirs = newestFirst.find((a) => a.authors.includes(author.slug))!
    await expect(page.getByRole('link', { name: printed(theirs.title) })).toBeVisible()
  })
})

test.describe('search', () => {
  test('is accent- and case-insensitive', async ({ page }) => {
    const goita = findDemo((a) => /Goïta/.test(a.title + a.standfirst + a.body), 'mentionne Goïta')
    await page.goto('/')
    await page.getByRole('search').first().getByLabel('Rechercher un article').fill('goita')
    await page.getByRole('search').first().getByRole('button', { name: 'Rechercher' }).click()
    await expect(page).toHaveURL(/\/recherche\?q=goita/)
    await expect(page.getByText(/\d+ résultats? pour « goita »/)).toBeVisible()
    await page.goto(`/recherche?q=${encodeURIComponent('GOITA')}`)
    const results = page.locator('.search-results')
    await expect(results.locator('mark').first()).toBeVisible()
    const titles = await results.locator('h2').allTextContents()
    expect(titles.length).toBeGreaterThan(0)
    // Every hit mentions Goïta somewhere; one of them is our story if it is on the first page.
    if (titles.length < 10) expect(titles.map(plain)).toContain(plain(goita.title))

    await page.goto('/recherche?q=securite')
    await expect(page.getByText(/\d+ résultats? pour « securite »/)).toBeVisible()
    await page.goto('/recherche?q=tombouc')
    await expect(page.getByText(/\d+ résultats? pour « tombouc »/)).toBeVisible()
  })

  test('answers hostile queries with a page, never an error', async ({ page }) => {
    const hostile = ['"', '*', 'NEAR(a b)', '(((', 'a OR', '" OR 1=1 --', "'; DROP TABLE articles; --", 'title:kidal', '^x', '\u0000', 'x'.repeat(10_000), '🙂', 'AND']
    for (const q of hostile) {
      const response = await page.goto(`/recherche?q=${encodeURIComponent(q)}`)
      expect(response?.status(), q.slice(0, 20)).toBe(200)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Recherche')
      await expect(page.locator('body')).not.toContainText(/SQLITE|syntax error|fts5/i)
    }
    await page.goto('/recherche?q=zzzxqw')
    await expect(page.getByRole('heading', { name: 'Aucun article ne correspond à « zzzxqw ».' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Sport' }).last()).toBeVisible()
  })
})

test.describe('radios', () => {
  test('a stream keeps playing while the reader moves from article to article', async ({ page }) => {
    await page.goto('/radios')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Écoutez les radios du Mali')
    await page.getByRole('link', { name: 'Écouter Radio Mali – Chaîne nationale' }).click()
    const player = page.getByRole('region', { name: 'Lecteur radio' })
    await expect(player).toContainText('En direct : Radio Mali – Chaîne nationale')
    const audio = player.locator('audio')
    await expect.poll(() => audio.evaluate((el: HTMLAudioElement) => !el.paused && el.currentTime > 0)).toBe(true)
    await audio.evaluate((el) => ((el as HTMLAudioElement & { dataset: DOMStringMap }).dataset.marker = 'same-element'))

    // Move around the site with ordinary links.
    await page.getByRole('navigation', { name: 'Rubriques' }).getByRole('link', { name: 'Sport' }).click()
    await expect(page).toHaveURL('/rubriques/sport')
    await page.locator('.article-list article h2 a').first().click()
    await expect(page).toHaveURL(/\/articles\//)
    await page.locator('.article-aside a[href^="/articles/"]').first().click()
    await expect(page).toHaveURL(/\/articles\//)

    await expect(player.locator('audio')).toHaveAttribute('data-marker', 'same-element')
    const before = await player.locator('audio').evaluate((el: HTMLAudioElement) => el.currentTime)
    await expect.poll(() => player.locator('audio').evaluate((el: HTMLAudioElement) => !el.paused && el.currentTime)).toBeGreaterThan(before)
    await player.getByRole('button', { name: 'Pause' }).click()
    await expect(player).toContainText('En pause')
  })
})

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

  test('the menu opens and leads to a rubrique', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('search').first()).toBeHidden()
    await page.getByText('Menu', { exact: true }).click()
    const menu = page.getByRole('navigation', { name: 'Menu' })
    await expect(menu).toBeVisible()
    await menu.getByRole('link', { name: 'Culture' }).click()
    await expect(page).toHaveURL('/rubriques/culture')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Culture')
    // Nothing is wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  })
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('home, menu and article are complete', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('region', { name: 'À la une' }).getByRole('heading', { name: printed(featured.title) })).toBeVisible()
    await page.goto(`/articles/${featured.slug}`)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    expect(await page.locator('.article-body p').count()).toBeGreaterThan(3)
    await expect(page.locator('figure.cover img')).toBeVisible()
    await expect(page.getByRole('link', { name: 'WhatsApp' })).toHaveAttribute('href', /wa\.me/)
    await page.goto(`/recherche?q=${encodeURIComponent('Tombouctou')}`)
    await expect(page.locator('.search-results li').first()).toBeVisible()
  })

  test('the phone menu works as a plain disclosure', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } })
    const page = await context.newPage()
    await page.goto(`${E2E.baseUrl}/`)
    await page.getByText('Menu', { exact: true }).click()
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Économie' }).click()
    await expect(page).toHaveURL(`${E2E.baseUrl}/rubriques/economie`)
    await context.close()
  })
})
