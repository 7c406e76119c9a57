// Sitemaps (https://www.sitemaps.org/protocol.html): an index pointing to chunk files, each a
// urlset well under the protocol's 50,000 URLs and 50 MB.
import type { SitemapUrl } from './types'
import { absoluteOn, escapeXml, w3cDate } from './xml'

export const XML_CONTENT_TYPE = 'application/xml; charset=utf-8'
export const SITEMAP_CACHE_CONTROL = 'public, max-age=300'
const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9'

/** Stories per article chunk: chunk n holds the published stories with ids in ((n-1)·size, n·size]. */
export const ARTICLE_CHUNK_SIZE = 10_000
/** The protocol's limit; lists that could grow (tags) are cut here. */
export const MAX_URLS_PER_SITEMAP = 50_000

export type SitemapFile = { kind: 'pages' } | { kind: 'tags' } | { kind: 'articles'; chunk: number }

/** File name of a chunk under /sitemaps/. */
export function sitemapFileName(file: SitemapFile): string {
  return file.kind === 'articles' ? `articles-${file.chunk}.xml` : `${file.kind}.xml`
}

/** The chunk a file name stands for, or null (unknown names answer 404). */
export function parseSitemapFileName(name: string): SitemapFile | null {
  if (name === 'pages.xml') return { kind: 'pages' }
  if (name === 'tags.xml') return { kind: 'tags' }
  const m = /^articles-([1-9]\d{0,6})\.xml$/.exec(name)
  return m ? { kind: 'articles', chunk: Number(m[1]) } : null
}

/** Id range (inclusive) of an article chunk. */
export function chunkIdRange(chunk: number, size = ARTICLE_CHUNK_SIZE): { first: number; last: number } {
  return { first: (chunk - 1) * size + 1, last: chunk * size }
}

const head = '<?xml version="1.0" encoding="UTF-8"?>\n'

function entry(tag: 'url' | 'sitemap', origin: string, u: SitemapUrl): string {
  const lastmod = w3cDate(u.lastmod)
  return `<${tag}><loc>${escapeXml(absoluteOn(origin, u.path))}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</${tag}>`
}

export function buildSitemapIndex(origin: string, sitemaps: SitemapUrl[]): string {
  return `${head}<sitemapindex xmlns="${NS}">\n${sitemaps.map((s) => entry('sitemap', origin, s)).join('\n')}\n</sitemapindex>\n`
}

export function buildUrlset(origin: string, urls: SitemapUrl[]): string {
  if (urls.length > MAX_URLS_PER_SITEMAP) throw new Error(`Un sitemap contient au plus ${MAX_URLS_PER_SITEMAP} adresses (${urls.length} données).`)
  return `${head}<urlset xmlns="${NS}">\n${urls.map((u) => entry('url', origin, u)).join('\n')}\n</urlset>\n`
}
