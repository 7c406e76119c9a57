// @ts-check
// Which requests the page cache may answer, and under which key. A key names what the page
// depends on and nothing else: `fbclid`, `gclid`, `utm_*` and any other parameter a page does not
// read never make a second entry (a thousand shares on Facebook are one cached page), and a path
// that does not look exactly like a reader page is never cached (it goes to Next as it came).

import { cleanQuery } from '../search-query.mjs'

const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*'

/** Reader pages: a pattern, and the query parameters the page really reads. */
const ROUTES = /** @type {const} */ ([
  [/^\/$/, []],
  [new RegExp(`^/articles/${SLUG}$`), []],
  [new RegExp(`^/(?:rubriques|tags|auteurs)/${SLUG}$`), ['page']],
  [new RegExp(`^/rubriques/${SLUG}/feed\\.xml$`), []],
  [/^\/(?:radios|a-propos|contact|mentions-legales)$/, []],
  [/^\/(?:feed\.xml|sitemap\.xml|news-sitemap\.xml|robots\.txt)$/, []],
  [/^\/sitemaps\/[a-z0-9-]+\.xml$/, []],
])

/**
 * Whether a request may be a reader's page load: a GET or HEAD of a sane address, not a
 * client-side navigation (those ask for the React Server Components payload of a page, which
 * depends on the router state they send, and go to Next).
 * @param {string | undefined} method
 * @param {string | undefined} url
 * @param {Record<string, string | string[] | undefined>} headers
 * @returns {url is string}
 */
function isPageLoad(method, url, headers) {
  if (method !== 'GET' && method !== 'HEAD') return false
  if (headers.rsc !== undefined || headers['next-router-state-tree'] !== undefined || headers['next-router-prefetch'] !== undefined) return false
  return !!url && url.length <= 2048 && url.startsWith('/')
}

/**
 * The cache key of a request, or null when the page cache must not answer it.
 * @param {string | undefined} method
 * @param {string | undefined} url the request target, e.g. `/articles/x?fbclid=1`
 * @param {Record<string, string | string[] | undefined>} headers
 * @returns {string | null}
 */
export function pageCacheKey(method, url, headers) {
  if (!isPageLoad(method, url, headers)) return null
  const q = url.indexOf('?')
  const pathname = q === -1 ? url : url.slice(0, q)
  for (const [pattern, params] of ROUTES) {
    if (!pattern.test(pathname)) continue
    if (params.length === 0 || q === -1) return pathname
    const search = new URLSearchParams(url.slice(q + 1))
    const kept = new URLSearchParams()
    for (const name of params) {
      // The page reads the parameter as parsePage() does: so does the key, so "?page=abc",
      // "?page=1" and "?page=01" are the page itself, not thousands of entries to render.
      const page = listingPage(search.get(name) ?? undefined)
      if (page > 1) kept.set(name, String(page))
    }
    const rest = kept.toString()
    return rest ? `${pathname}?${rest}` : pathname
  }
  return null
}

/**
 * The cache key of a search (`/recherche`), or null: the query as the page reads it (cleanQuery),
 * its filters and its page number, nothing else. The key is also the address rendered, so what
 * the page cannot tell apart ("mali" and " mali  ", an unknown parameter) is one entry.
 * @param {string | undefined} method
 * @param {string | undefined} url
 * @param {Record<string, string | string[] | undefined>} headers
 * @returns {string | null}
 */
export function searchCacheKey(method, url, headers) {
  if (!isPageLoad(method, url, headers)) return null
  const q = url.indexOf('?')
  if ((q === -1 ? url : url.slice(0, q)) !== '/recherche') return null
  const search = new URLSearchParams(q === -1 ? '' : url.slice(q + 1))
  const kept = new URLSearchParams()
  const query = cleanQuery(search.getAll('q'))
  if (query) kept.set('q', query)
  // The page reads a filter only when it is given once (a repeated one is an array, ignored).
  for (const name of ['rubrique', 'du', 'au']) {
    const values = search.getAll(name)
    if (values.length === 1 && values[0]) kept.set(name, values[0])
  }
  const page = listingPage(search.get('page') ?? undefined)
  if (query && page > 1) kept.set('page', String(page))
  const rest = kept.toString()
  return rest ? `/recherche?${rest}` : '/recherche'
}

/** Whether a cache key is a search's (kept apart from the pages: see scripts/server.mjs). */
export function isSearchKey(/** @type {string} */ key) {
  return key === '/recherche' || key.startsWith('/recherche?')
}

/**
 * The page number a listing shows for this parameter: the rule of parsePage()
 * (components/ui/pagination.tsx, which this plain-JS module cannot import; a test keeps the two
 * equal). Anything that is not a whole number from 1 to 100,000 is page 1.
 * @param {string | undefined} raw
 */
export function listingPage(raw) {
  const n = Number(raw)
  return Number.isSafeInteger(n) && n >= 1 && n <= 100_000 ? n : 1
}

/**
 * Whether an Accept-Encoding header accepts a coding (and does not refuse it with q=0).
 * @param {string} header
 * @param {string} coding
 */
export function acceptsEncoding(header, coding) {
  for (const part of header.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';')
    if (name !== coding) continue
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    return !q || Number(q.slice(2)) > 0
  }
  return false
}
