import { XMLParser, XMLValidator } from 'fast-xml-parser'
import Parser from 'rss-parser'
import { describe, expect, it } from 'vitest'
import { articleGuid, buildRss, lastChange, type RssChannel } from './rss'
import type { FeedArticle } from './types'

const origin = 'https://kibaru.ml'
const channel: RssChannel = { origin, title: 'Kibaru – toute l’actualité', path: '/', feedPath: '/feed.xml', description: "L'actualité du Mali et du Sahel" }

const story = (over: Partial<FeedArticle> = {}): FeedArticle => ({
  id: 42,
  slug: 'convoi-arrive-a-kidal',
  title: 'Le convoi arrive à Kidal',
  standfirst: 'Après trois jours de route, le convoi humanitaire a atteint la ville.',
  publishedAt: '2026-11-27T10:15:00.000Z',
  modifiedAt: null,
  category: { slug: 'securite', name: 'Sécurité' },
  tags: [
    { slug: 'kidal', name: 'Kidal' },
    { slug: 'aide-humanitaire', name: 'Aide humanitaire' },
  ],
  bylines: [
    { slug: 'awa-diallo', name: 'Awa Diallo' },
    { slug: 'moussa-keita', name: 'Moussa Keïta' },
  ],
  cover: { path: '/media/demo/cover-kidal.jpg', type: 'image/jpeg', bytes: 48213 },
  ...over,
})

const xmlParser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['item', 'category', 'dc:creator'].includes(name) })
const rssParser = new Parser<{ language: string; lastBuildDate: string }, { creators: string[] }>({
  customFields: { feed: ['language', 'lastBuildDate'], item: [['dc:creator', 'creators', { keepArray: true }]] },
})

describe('buildRss', () => {
  const xml = buildRss(channel, [story(), story({ id: 7, slug: 'match-a-bamako', title: 'Match à Bamako', publishedAt: '2026-11-26T08:00:00.000Z', modifiedAt: '2026-11-27T12:00:00.000Z', cover: null, tags: [], bylines: [], category: null })])

  it('is well-formed RSS 2.0 with the required channel elements', async () => {
    expect(XMLValidator.validate(xml)).toBe(true)
    const doc = xmlParser.parse(xml)
    expect(doc.rss['@version']).toBe('2.0')
    const ch = doc.rss.channel
    expect(ch.title).toBe('Kibaru – toute l’actualité')
    expect(ch.link).toBe('https://kibaru.ml/')
    expect(ch.description).toBe("L'actualité du Mali et du Sahel")
    expect(ch.language).toBe('fr')
    expect(ch['atom:link']).toMatchObject({ '@href': 'https://kibaru.ml/feed.xml', '@rel': 'self', '@type': 'application/rss+xml' })
    expect(doc.rss['@xmlns:atom']).toBe('http://www.w3.org/2005/Atom')
    expect(doc.rss['@xmlns:dc']).toBe('http://purl.org/dc/elements/1.1/')

    const feed = await rssParser.parseString(xml)
    expect(feed.title).toBe('Kibaru – toute l’actualité')
    expect(feed.language).toBe('fr')
    expect(feed.items).toHaveLength(2)
  })

  it('dates the channel by its latest change, in RFC 822', () => {
    const ch = xmlParser.parse(xml).rss.channel
    // The second story was edited after the first one was published.
    expect(ch.lastBuildDate).toBe('Fri, 27 Nov 2026 12:00:00 GMT')
    expect(ch.item[0].pubDate).toBe('Fri, 27 Nov 2026 10:15:00 GMT')
  })

  it('gives each item an absolute link, a stable guid, bylines, categories, the chapô and the cover', async () => {
    const [item, bare] = (await rssParser.parseString(xml)).items
    expect(item!.title).toBe('Le convoi arrive à Kidal')
    expect(item!.link).toBe('https://kibaru.ml/articles/convoi-arrive-a-kidal')
    expect(item!.guid).toBe('tag:kibaru.ml,2026:article-42')
    expect(new Date(item!.pubDate!).toISOString()).toBe('2026-11-27T10:15:00.000Z')
    expect(item!.creators).toEqual(['Awa Diallo', 'Moussa Keïta'])
    expect(item!.creator).toBe('Awa Diallo')
    expect(item!.content).toBe('Après trois jours de route, le convoi humanitaire a atteint la ville.')
    expect(item!.enclosure).toEqual({ url: 'https://kibaru.ml/media/demo/cover-kidal.jpg', type: 'image/jpeg', length: '48213' })

    const raw = xmlParser.parse(xml).rss.channel.item[0]
    expect(raw.guid).toEqual({ '#text': 'tag:kibaru.ml,2026:article-42', '@isPermaLink': 'false' })
    expect(raw.category).toEqual([
      { '#text': 'Sécurité', '@domain': 'https://kibaru.ml/rubriques/securite' },
      { '#text': 'Kidal', '@domain': 'https://kibaru.ml/tags/kidal' },
      { '#text': 'Aide humanitaire', '@domain': 'https://kibaru.ml/tags/aide-humanitaire' },
    ])
    // No <author>: RSS wants an e-mail address there; bylines are dc:creator.
    expect(raw.author).toBeUndefined()

    // A story without cover, tags, bylines or rubrique still has the required item elements.
    expect(bare!.link).toBe('https://kibaru.ml/articles/match-a-bamako')
    expect(bare!.enclosure).toBeUndefined()
    expect(bare!.categories).toBeUndefined()
  })

  it('keeps the guid when the slug changes, and differs per story', () => {
    expect(articleGuid(origin, 42)).toBe(articleGuid('https://kibaru.ml', 42))
    const renamed = xmlParser.parse(buildRss(channel, [story({ slug: 'nouveau-titre' })])).rss.channel.item[0]
    expect(renamed.guid['#text']).toBe('tag:kibaru.ml,2026:article-42')
    expect(renamed.link).toBe('https://kibaru.ml/articles/nouveau-titre')
    expect(articleGuid(origin, 43)).not.toBe(articleGuid(origin, 42))
  })

  it('survives hostile text: markup, ampersands, CDATA ends and control characters', async () => {
    const nasty = buildRss({ ...channel, title: 'A & B <c>', description: 'x \u0001 y' }, [
      story({
        title: 'Pourquoi ]]> et ]]> cassent <b>tout</b> & le reste\u0007',
        standfirst: 'R&D : <script>alert(1)</script> ]]> fin',
        tags: [{ slug: 'r-d', name: 'R&D <1>' }],
        bylines: [{ slug: 'x', name: 'Tom & "Jerry"' }],
      }),
    ])
    expect(XMLValidator.validate(nasty)).toBe(true)
    const feed = await rssParser.parseString(nasty)
    expect(feed.title).toBe('A & B <c>')
    expect(feed.description).toBe('x  y')
    const item = feed.items[0]!
    expect(item.title).toBe('Pourquoi ]] > et ]] > cassent <b>tout</b> & le reste')
    // The chapô is text: escaped as HTML so a reader shows it rather than running it.
    expect(item.content).toBe('R&amp;D : &lt;script&gt;alert(1)&lt;/script&gt; ]]&gt; fin')
    expect(item.creators).toEqual(['Tom & "Jerry"'])
    expect(xmlParser.parse(nasty).rss.channel.item[0].category[1]['#text']).toBe('R&D <1>')
  })

  it('makes an empty channel valid too, dated by the fallback', () => {
    const empty = buildRss(channel, [], new Date('2026-01-02T03:04:05Z'))
    expect(XMLValidator.validate(empty)).toBe(true)
    expect(xmlParser.parse(empty).rss.channel.lastBuildDate).toBe('Fri, 02 Jan 2026 03:04:05 GMT')
  })
})

describe('lastChange', () => {
  it('takes the latest publication or edit', () => {
    const fallback = new Date(0)
    expect(lastChange([story(), story({ publishedAt: '2026-11-28T00:00:00.000Z' })], fallback).toISOString()).toBe('2026-11-28T00:00:00.000Z')
    expect(lastChange([story({ modifiedAt: '2026-12-01T00:00:00.000Z' })], fallback).toISOString()).toBe('2026-12-01T00:00:00.000Z')
    expect(lastChange([], fallback)).toBe(fallback)
  })
})
