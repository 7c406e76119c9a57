import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { buildSitemapIndex, buildUrlset, chunkIdRange, MAX_URLS_PER_SITEMAP, parseSitemapFileName, sitemapFileName } from './sitemap'

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['url', 'sitemap'].includes(name) })
const origin = 'https://kibaru.ml'

describe('sitemap index', () => {
  it('lists the chunk files with absolute URLs', () => {
    const xml = buildSitemapIndex(origin, [{ path: '/sitemaps/pages.xml' }, { path: '/sitemaps/articles-1.xml', lastmod: '2026-11-27T10:15:00.123Z' }])
    expect(XMLValidator.validate(xml)).toBe(true)
    const doc = parser.parse(xml)
    expect(doc.sitemapindex['@xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9')
    expect(doc.sitemapindex.sitemap).toEqual([
      { loc: 'https://kibaru.ml/sitemaps/pages.xml' },
      { loc: 'https://kibaru.ml/sitemaps/articles-1.xml', lastmod: '2026-11-27T10:15:00Z' },
    ])
  })
})

describe('urlset', () => {
  it('escapes URLs and dates pages in W3C format', () => {
    const xml = buildUrlset(origin, [
      { path: '/', lastmod: '2026-11-27T10:15:00.000Z' },
      { path: '/recherche?q=a&b=<c>' },
      { path: '/articles/x', lastmod: 'pas une date' },
    ])
    expect(XMLValidator.validate(xml)).toBe(true)
    const urls = parser.parse(xml).urlset.url
    expect(urls).toEqual([
      { loc: 'https://kibaru.ml/', lastmod: '2026-11-27T10:15:00Z' },
      { loc: 'https://kibaru.ml/recherche?q=a&b=%3Cc%3E' },
      { loc: 'https://kibaru.ml/articles/x' },
    ])
    expect(xml).toContain('q=a&amp;b=')
  })

  it('refuses more URLs than the protocol allows', () => {
    const many = Array.from({ length: MAX_URLS_PER_SITEMAP + 1 }, (_, i) => ({ path: `/articles/a-${i}` }))
    expect(() => buildUrlset(origin, many)).toThrow(/50000/)
    expect(() => buildUrlset(origin, many.slice(1))).not.toThrow()
  })
})

describe('chunk files', () => {
  it('round-trips names and rejects anything else', () => {
    for (const f of [{ kind: 'pages' as const }, { kind: 'tags' as const }, { kind: 'articles' as const, chunk: 3 }]) {
      expect(parseSitemapFileName(sitemapFileName(f))).toEqual(f)
    }
    for (const bad of ['articles-0.xml', 'articles-01.xml', 'articles-1', 'articles-x.xml', '../pages.xml', 'pages.xml.gz', '', 'articles-99999999.xml']) {
      expect(parseSitemapFileName(bad)).toBeNull()
    }
  })

  it('maps a chunk to an id range of the chunk size', () => {
    expect(chunkIdRange(1)).toEqual({ first: 1, last: 10_000 })
    expect(chunkIdRange(3)).toEqual({ first: 20_001, last: 30_000 })
    expect(chunkIdRange(2, 5)).toEqual({ first: 6, last: 10 })
  })
})
