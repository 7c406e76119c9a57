import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { buildNewsSitemap, NEWS_MAX_STORIES } from './news-sitemap'

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'url' })
const origin = 'https://kibaru.ml'
const pub = { name: 'Kibaru', language: 'fr' }

describe('buildNewsSitemap', () => {
  it('gives each story its publication, language, date and title', () => {
    const xml = buildNewsSitemap(origin, pub, [{ path: '/articles/convoi-kidal', title: 'Le convoi & les <civils>', publishedAt: '2026-11-27T10:15:00.000Z' }])
    expect(XMLValidator.validate(xml)).toBe(true)
    const doc = parser.parse(xml)
    expect(doc.urlset['@xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9')
    expect(doc.urlset['@xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9')
    expect(doc.urlset.url).toEqual([
      {
        loc: 'https://kibaru.ml/articles/convoi-kidal',
        'news:news': {
          'news:publication': { 'news:name': 'Kibaru', 'news:language': 'fr' },
          'news:publication_date': '2026-11-27T10:15:00Z',
          'news:title': 'Le convoi & les <civils>',
        },
      },
    ])
  })

  it('is valid when empty and stops at 1,000 stories', () => {
    expect(XMLValidator.validate(buildNewsSitemap(origin, pub, []))).toBe(true)
    expect(parser.parse(buildNewsSitemap(origin, pub, [])).urlset.url).toBeUndefined()
    const many = Array.from({ length: NEWS_MAX_STORIES + 5 }, (_, i) => ({ path: `/articles/a-${i}`, title: `A ${i}`, publishedAt: '2026-11-27T10:15:00.000Z' }))
    expect(parser.parse(buildNewsSitemap(origin, pub, many)).urlset.url).toHaveLength(NEWS_MAX_STORIES)
  })
})
