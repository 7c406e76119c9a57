import { expect, test } from './fixtures'

// The newsroom's pages check the session themselves (no proxy to get around), so no header and no
// spelling of their addresses shows an anonymous visitor anything of them: not the header that
// once let requests skip Next's middleware, not the payload addresses of client navigations, not
// case or percent-encoded variants.
// What only the newsroom's pages print (their static <title> may travel with a redirect: it says
// nothing a visitor could use).
const ADMIN_CONTENT = [/Bonjour, /, /Mes brouillons/, /En attente de relecture/, /Voir le site/, /admin-nav/, /Corps de l’article/, /Soumettre à la relecture/, /Enregistrer/]

const VARIANTS: [string, Record<string, string>][] = [
  ['/admin', { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' }],
  ['/admin/articles/new', { 'x-middleware-subrequest': 'src/middleware:src/middleware:src/middleware:src/middleware:src/middleware' }],
  ['/admin/articles/new', { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' }],
  ['/admin', { rsc: '1' }],
  ['/admin/articles/new', { rsc: '1', 'next-router-prefetch': '1' }],
  ['/admin?_rsc=abc12', {}],
  ['/admin.rsc', {}],
  ['/admin/articles/new.rsc', {}],
  ['/Admin', {}],
  ['/ADMIN/articles/new', {}],
  ['/%61dmin', {}],
  ['/%61dmin/articles/new', {}],
  ['/admin/', {}],
  ['/admin/articles/new/', {}],
  ['/admin;x=1', {}],
]

test('no header or spelling of a newsroom address shows its content to an anonymous visitor', async ({ request }) => {
  for (const [url, headers] of VARIANTS) {
    const response = await request.get(url, { headers, maxRedirects: 0 })
    const label = `${url} ${JSON.stringify(headers)} → ${response.status()}`
    const body = await response.text()
    for (const marker of ADMIN_CONTENT) expect(body, label).not.toMatch(marker)
    // Either a way to the sign-in page (or the first-run page while no account exists, or Next's
    // own normalisation of the address), never elsewhere; or no page at all.
    if (response.status() >= 300 && response.status() < 400) expect(response.headers()['location'] ?? '', label).toMatch(/^\/(connexion|installation|admin)\b/)
    else expect([200, 404, 400], label).toContain(response.status())
    // Nothing private is ever stored by a shared cache.
    expect(response.headers()['x-kibaru-cache'], label).toBeUndefined()
  }
})
