import { describe, expect, it } from 'vitest'
import { parsePage } from '@/components/ui/pagination'
import { cleanQuery, MAX_QUERY_LENGTH } from '@/lib/search'
import { acceptsEncoding, isSearchKey, listingPage, pageCacheKey, searchCacheKey } from './request.mjs'

const key = (url: string, method = 'GET', headers: Record<string, string> = {}) => pageCacheKey(method, url, headers)

describe('pageCacheKey', () => {
  it('keys reader pages by their path alone, whatever tracking parameters they carry', () => {
    expect(key('/')).toBe('/')
    expect(key('/?fbclid=IwAR0abc')).toBe('/')
    expect(key('/articles/goita-a-segou?fbclid=1&utm_source=facebook&gclid=2')).toBe('/articles/goita-a-segou')
    expect(key('/articles/goita-a-segou?page=3')).toBe('/articles/goita-a-segou')
    expect(key('/feed.xml?utm_medium=rss')).toBe('/feed.xml')
    expect(key('/rubriques/sport/feed.xml')).toBe('/rubriques/sport/feed.xml')
    expect(key('/sitemaps/articles-1.xml')).toBe('/sitemaps/articles-1.xml')
    expect(key('/radios')).toBe('/radios')
  })

  it('keeps the page number of listings, and only it', () => {
    expect(key('/rubriques/politique?page=2&fbclid=x')).toBe('/rubriques/politique?page=2')
    expect(key('/tags/bamako?utm_campaign=a&page=4&page=9')).toBe('/tags/bamako?page=4')
    expect(key('/auteurs/awa-traore?fbclid=z')).toBe('/auteurs/awa-traore')
  })

  it('reads the page number as the page does, so its spellings share one entry', () => {
    for (const spelling of ['1', '01', 'abc', '-3', '2.5', '', '0', `${'9'.repeat(500)}`]) expect(key(`/rubriques/politique?page=${spelling}`), spelling).toBe('/rubriques/politique')
    expect(key('/rubriques/politique?page=07')).toBe('/rubriques/politique?page=7')
    for (const raw of ['1', '2', '07', ' 3', 'abc', '-1', '0', '2.5', '100000', '100001', '', undefined]) expect(listingPage(raw), String(raw)).toBe(parsePage(raw))
  })

  it('answers HEAD like GET and leaves every other method to Next', () => {
    expect(key('/', 'HEAD')).toBe('/')
    expect(key('/', 'POST')).toBeNull()
    expect(key('/articles/x', 'PUT')).toBeNull()
  })

  it('never caches the newsroom, search, previews, the API, media or anything that only looks like a page', () => {
    for (const url of ['/admin', '/admin/articles/3', '/Admin', '/%61dmin', '/admin.rsc', '/recherche?q=mali', '/apercu/12', '/api/vues', '/connexion', '/media/2026/x.webp', '/partage/x/1.jpg', '/_next/static/chunks/a.js', '/articles/', '/articles/Goita', '/articles/a/b', '/articles/../admin', '/articles/%2e%2e', '//evil.example/', 'http://evil.example/']) {
      expect(key(url), url).toBeNull()
    }
  })

  it('leaves client-side navigations (React Server Components payloads) to Next', () => {
    expect(key('/articles/x', 'GET', { rsc: '1' })).toBeNull()
    expect(key('/articles/x', 'GET', { 'next-router-state-tree': '%5B%5D' })).toBeNull()
    expect(key('/articles/x', 'GET', { 'next-router-prefetch': '1' })).toBeNull()
  })
})

describe('acceptsEncoding', () => {
  it('reads codings and their weights', () => {
    expect(acceptsEncoding('gzip, deflate, br, zstd', 'br')).toBe(true)
    expect(acceptsEncoding('gzip, deflate', 'br')).toBe(false)
    expect(acceptsEncoding('br;q=0, gzip', 'br')).toBe(false)
    expect(acceptsEncoding('br;q=0.5, gzip;q=1.0', 'gzip')).toBe(true)
    expect(acceptsEncoding('GZIP', 'gzip')).toBe(true)
    expect(acceptsEncoding('', 'gzip')).toBe(false)
  })
})

describe('searchCacheKey', () => {
  it('keys a search by what the page reads: the cleaned query, its filters, its page', () => {
    expect(searchCacheKey('GET', '/recherche?q=mali', {})).toBe('/recherche?q=mali')
    expect(searchCacheKey('GET', '/recherche', {})).toBe('/recherche')
    expect(searchCacheKey('GET', '/recherche?q=', {})).toBe('/recherche')
    // What the page cannot tell apart is one entry: spaces, unknown parameters, page "1".
    expect(searchCacheKey('GET', '/recherche?q=%20%20mali%0A%20kidal%20&fbclid=x&page=1', {})).toBe('/recherche?q=mali+kidal')
    expect(searchCacheKey('GET', '/recherche?fbclid=1&q=mali&nocache=2', {})).toBe('/recherche?q=mali')
    expect(searchCacheKey('GET', '/recherche?q=mali&page=02', {})).toBe('/recherche?q=mali&page=2')
    expect(searchCacheKey('GET', '/recherche?page=3', {})).toBe('/recherche')
    expect(searchCacheKey('GET', '/recherche?au=2026-03-01&q=eau&rubrique=societe&du=2026-01-01', {})).toBe('/recherche?q=eau&rubrique=societe&du=2026-01-01&au=2026-03-01')
    // A repeated filter is ignored by the page (an array), so by the key; a repeated q is its first.
    expect(searchCacheKey('GET', '/recherche?q=eau&rubrique=a&rubrique=b', {})).toBe('/recherche?q=eau')
    expect(searchCacheKey('GET', '/recherche?q=eau&q=riz', {})).toBe('/recherche?q=eau')
    expect(searchCacheKey('GET', `/recherche?q=${'a'.repeat(300)}`, {})).toBe(`/recherche?q=${'a'.repeat(MAX_QUERY_LENGTH)}`)
    // Case is the reader's: "Mali" is shown back as typed, so it is its own entry.
    expect(searchCacheKey('GET', '/recherche?q=Mali', {})).toBe('/recherche?q=Mali')
  })

  it('answers only reader GETs of /recherche', () => {
    expect(pageCacheKey('GET', '/recherche?q=mali', {})).toBeNull()
    expect(searchCacheKey('HEAD', '/recherche?q=mali', {})).toBe('/recherche?q=mali')
    expect(searchCacheKey('POST', '/recherche?q=mali', {})).toBeNull()
    expect(searchCacheKey('GET', '/recherche?q=mali', { rsc: '1' })).toBeNull()
    expect(searchCacheKey('GET', '/recherches', {})).toBeNull()
    expect(searchCacheKey('GET', '/recherche/x', {})).toBeNull()
    expect(searchCacheKey('GET', '/admin', {})).toBeNull()
    expect(searchCacheKey('GET', `/recherche?q=${'a'.repeat(3000)}`, {})).toBeNull()
  })

  it('renders the key as the page would the original address', () => {
    // The key is the address rendered: the page must read from it what it read from the original.
    const original = new URLSearchParams('q=%20Tombouctou%09%20manuscrits&page=2&utm_source=fb')
    const key = new URLSearchParams(searchCacheKey('GET', `/recherche?${original}`, {})!.split('?')[1])
    expect(cleanQuery(key.get('q') ?? undefined)).toBe(cleanQuery(original.get('q') ?? undefined))
    expect(listingPage(key.get('page') ?? undefined)).toBe(listingPage(original.get('page') ?? undefined))
  })

  it('tells search keys from page keys', () => {
    expect(isSearchKey('/recherche')).toBe(true)
    expect(isSearchKey('/recherche?q=mali')).toBe(true)
    expect(isSearchKey('/rubriques/recherche')).toBe(false)
    expect(isSearchKey('/recherches')).toBe(false)
  })
})
