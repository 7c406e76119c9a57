// One sitemap file of the index: pages.xml, tags.xml or articles-N.xml.
import { getArticleChunk, getArticleChunks, getPageUrls, getTagUrls } from '@/db/queries/feeds'
import { env } from '@/lib/env'
import { buildUrlset, parseSitemapFileName, SITEMAP_CACHE_CONTROL, XML_CONTENT_TYPE } from '@/lib/feeds/sitemap'
import type { SitemapUrl } from '@/lib/feeds/types'

export const dynamic = 'force-dynamic'

const notFound = () => new Response('Sitemap introuvable', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const file = parseSitemapFileName((await params).file)
  if (!file) return notFound()
  let urls: SitemapUrl[]
  if (file.kind === 'pages') urls = await getPageUrls()
  else if (file.kind === 'tags') urls = await getTagUrls()
  else {
    if (!(await getArticleChunks()).includes(file.chunk)) return notFound()
    urls = await getArticleChunk(file.chunk)
  }
  return new Response(buildUrlset(env().siteUrl, urls), { headers: { 'content-type': XML_CONTENT_TYPE, 'cache-control': SITEMAP_CACHE_CONTROL } })
}
