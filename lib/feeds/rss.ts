// RSS 2.0 from plain data, through the `feed` library. What the library leaves to the caller is
// done here: absolute URLs, a stable guid, XML-safe text, the chapô escaped as HTML, bylines as
// dc:creator (RSS's <author> must be an e-mail address) and the namespace they need.
import { Feed, type Item } from 'feed'
import type { FeedArticle } from './types'
import { absoluteOn, xmlSafe } from './xml'

export const RSS_CONTENT_TYPE = 'application/rss+xml; charset=utf-8'
export const FEED_CACHE_CONTROL = 'public, max-age=300'
const DC_NAMESPACE = 'http://purl.org/dc/elements/1.1/'

export interface RssChannel {
  /** Public origin, e.g. https://kibaru.ml */
  origin: string
  title: string
  /** Path of the page the feed mirrors (/ or /rubriques/politique). */
  path: string
  /** Path of the feed itself, announced as atom:link rel="self". */
  feedPath: string
  description: string
}

/**
 * A guid that never changes for a story, even when its slug (and so its link) changes: a tag URI
 * (RFC 4151) on the site's host name and the story's id. Readers use it to know an item is not new.
 */
export function articleGuid(origin: string, id: number): string {
  return `tag:${new URL(origin).hostname},2026:article-${id}`
}

/** Plain text as HTML text: a chapô that mentions "<b>" or "R&D" stays text in a reader. */
function htmlText(text: string): string {
  return xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/**
 * Text for a CDATA section. The library splits only the first "]]>" of a value, so every
 * occurrence is broken up here (a headline never needs one).
 */
function cdataText(text: string): string {
  return xmlSafe(text).replace(/]]>/g, ']] >')
}

/** Attribute values the library writes unescaped (category domain). Our URLs carry no quotes. */
function attrUrl(url: string): string {
  return url.replace(/&/g, '&amp;')
}

/** The latest change among the items (publication or edit), for lastBuildDate. */
export function lastChange(articles: FeedArticle[], fallback: Date): Date {
  let latest = 0
  for (const a of articles) {
    for (const iso of [a.publishedAt, a.modifiedAt]) {
      const t = iso ? Date.parse(iso) : NaN
      if (Number.isFinite(t) && t > latest) latest = t
    }
  }
  return latest > 0 ? new Date(latest) : fallback
}

export function rssItem(origin: string, a: FeedArticle): Item {
  const link = absoluteOn(origin, `/articles/${a.slug}`)
  const categories = [
    ...(a.category ? [{ name: xmlSafe(a.category.name), domain: attrUrl(absoluteOn(origin, `/rubriques/${a.category.slug}`)) }] : []),
    ...a.tags.map((t) => ({ name: xmlSafe(t.name), domain: attrUrl(absoluteOn(origin, `/tags/${t.slug}`)) })),
  ]
  return {
    title: cdataText(a.title),
    link,
    guid: articleGuid(origin, a.id),
    date: new Date(a.publishedAt),
    description: a.standfirst ? htmlText(a.standfirst) : undefined,
    category: categories,
    enclosure: a.cover ? { url: absoluteOn(origin, a.cover.path), length: a.cover.bytes, type: a.cover.type } : undefined,
    // Extensions are written in xml-js's compact form, where an array repeats the element: one
    // dc:creator per byline. The library's type only admits an object, hence the cast.
    extensions: a.bylines.length
      ? [{ name: 'dc:creator', objects: a.bylines.map((b) => ({ _text: xmlSafe(b.name) })) as unknown as Record<string, unknown> }]
      : undefined,
  }
}

/** The RSS 2.0 document of a channel and its stories (newest first, as given). */
export function buildRss(channel: RssChannel, articles: FeedArticle[], now: Date = new Date()): string {
  const link = absoluteOn(channel.origin, channel.path)
  const feed = new Feed({
    id: link,
    title: xmlSafe(channel.title),
    link,
    description: xmlSafe(channel.description),
    language: 'fr',
    updated: lastChange(articles, now),
    generator: 'Kibaru',
    ttl: 5,
    feedLinks: { rss: absoluteOn(channel.origin, channel.feedPath) },
  })
  for (const a of articles) feed.addItem(rssItem(channel.origin, a))
  const xml = feed.rss2()
  // dc:creator needs its namespace; the library declares it only along with content:encoded.
  return xml.includes(`xmlns:dc="${DC_NAMESPACE}"`) ? xml : xml.replace('<rss version="2.0"', `<rss version="2.0" xmlns:dc="${DC_NAMESPACE}"`)
}
