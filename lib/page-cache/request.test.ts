import { describe, expect, it } from 'vitest'
import { parsePage } from '@/components/ui/pagination'
import { acceptsEncoding, listingPage, pageCacheKey, uncachedReaderPage } from './request.mjs'

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

describe('uncachedReaderPage', () => {
  it('renders search for each request (never stored), so it too goes out without Next’s runtime', () => {
    expect(uncachedReaderPage('GET', '/recherche?q=mali', {})).toBe('/recherche?q=mali')
    expect(uncachedReaderPage('GET', '/recherche', {})).toBe('/recherche')
    expect(pageCacheKey('GET', '/recherche?q=mali', {})).toBeNull()
    expect(uncachedReaderPage('POST', '/recherche?q=mali', {})).toBeNull()
    expect(uncachedReaderPage('GET', '/recherche?q=mali', { rsc: '1' })).toBeNull()
    expect(uncachedReaderPage('GET', '/recherches', {})).toBeNull()
    expect(uncachedReaderPage('GET', '/admin', {})).toBeNull()
    expect(uncachedReaderPage('GET', `/recherche?q=${'a'.repeat(3000)}`, {})).toBeNull()
  })
})
