import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { breadcrumbJsonLd, JsonLd, newsArticleJsonLd, serializeJsonLd, websiteJsonLd } from './json-ld'

describe('JSON-LD', () => {
  it('cannot be broken out of by a hostile headline', () => {
    const html = renderToStaticMarkup(<JsonLd data={{ headline: '</script><script>alert(1)</script> & \u2028' }} />)
    expect(html).not.toContain('</script><script>')
    expect(html.match(/<\/script>/g)).toHaveLength(1)
    const json = html.replace(/^<script type="application\/ld\+json">/, '').replace(/<\/script>$/, '')
    expect(JSON.parse(json)).toEqual({ headline: '</script><script>alert(1)</script> & \u2028' })
  })

  it('describes a news article with authors as people and a publisher with a logo', () => {
    const data = newsArticleJsonLd({
      url: 'https://kibaru.ml/articles/a',
      headline: 'Titre',
      description: 'Chapô',
      images: ['https://kibaru.ml/partage/a/0123456789.jpg'],
      datePublished: '2026-11-28T10:00:00.000Z',
      dateModified: '2026-11-28T11:00:00.000Z',
      authors: [{ name: 'Awa Diallo', url: 'https://kibaru.ml/auteurs/awa-diallo' }],
      section: 'Politique',
      keywords: ['Bamako', 'Kidal'],
      publisher: { name: 'Kibaru', url: 'https://kibaru.ml/', logo: { url: 'https://kibaru.ml/logo.png', width: 600, height: 120 } },
    }) as Record<string, unknown>
    expect(data['@type']).toBe('NewsArticle')
    expect(data.author).toEqual([{ '@type': 'Person', name: 'Awa Diallo', url: 'https://kibaru.ml/auteurs/awa-diallo' }])
    expect(data.keywords).toBe('Bamako, Kidal')
    expect(data.articleSection).toBe('Politique')
    expect((data.publisher as Record<string, unknown>)['@type']).toBe('Organization')
  })

  it('describes breadcrumbs and the site search', () => {
    const crumbs = breadcrumbJsonLd([{ name: 'Accueil', url: 'https://kibaru.ml/' }, { name: 'Sport', url: 'https://kibaru.ml/rubriques/sport' }]) as Record<string, unknown>
    expect((crumbs.itemListElement as unknown[]).length).toBe(2)
    const site = websiteJsonLd('https://kibaru.ml', 'Kibaru') as { potentialAction: { target: { urlTemplate: string } } }
    expect(site.potentialAction.target.urlTemplate).toBe('https://kibaru.ml/recherche?q={search_term_string}')
    expect(serializeJsonLd({ a: '<>' })).toBe('{"a":"\\u003c\\u003e"}')
  })
})
