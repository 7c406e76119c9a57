import { expect, test } from './fixtures'
import { findDemo } from './demo'

// Every response carries the security headers, cached reader pages included, and the browser
// enforces the content security policy: nothing from a foreign host runs, no plugin, no framing.
// The second test provokes violations on purpose.
test.use({ allowCspViolations: true })

const PAGES = ['/', `/articles/${findDemo((a) => a.category === 'culture', 'culture').slug}`, '/rubriques/sport', '/recherche?q=mali', '/connexion', '/feed.xml', '/articles/introuvable-ici']

test('every page carries the security headers, from the page cache or not', async ({ request }) => {
  for (const url of PAGES) {
    // Twice: the second answer of a reader page comes from the page cache.
    for (let i = 0; i < 2; i++) {
      const headers = (await request.get(url)).headers()
      expect(headers['x-content-type-options'], url).toBe('nosniff')
      expect(headers['x-frame-options'], url).toBe('SAMEORIGIN')
      expect(headers['referrer-policy'], url).toBe('strict-origin-when-cross-origin')
      expect(headers['permissions-policy'], url).toContain('geolocation=()')
      const csp = headers['content-security-policy'] ?? ''
      for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'self'"]) expect(csp, url).toContain(directive)
      expect(csp, url).not.toMatch(/script-src[^;]*(\*|https?:|data:)/)
    }
  }
})

test('the browser refuses a script and a frame from another origin', async ({ page }) => {
  const foreign: string[] = []
  await page.route(/evil\.example/, (route) => {
    foreign.push(route.request().url())
    return route.fulfill({ status: 200, contentType: 'text/javascript', body: 'window.__xss = 1' })
  })
  await page.goto('/')
  const violations = await page.evaluate(async () => {
    const seen: string[] = []
    document.addEventListener('securitypolicyviolation', (e) => seen.push(e.effectiveDirective))
    const script = document.createElement('script')
    script.src = 'https://evil.example/x.js'
    document.body.append(script)
    const frame = document.createElement('iframe')
    frame.src = 'https://evil.example/frame'
    document.body.append(frame)
    await new Promise((resolve) => setTimeout(resolve, 500))
    return seen
  })
  expect(violations).toEqual(expect.arrayContaining(['script-src-elem', 'frame-src']))
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined()
  expect(foreign).toEqual([])
})
