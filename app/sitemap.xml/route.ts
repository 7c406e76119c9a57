// The sitemap index: pages, tags and one file per chunk of published stories.
import { getArticleChunks } from '@/db/queries/feeds'
import { env } from '@/lib/env'
import { buildSitemapIndex, SITEMAP_CACHE_CONTROL, sitemapFileName, XML_CONTENT_TYPE } from '@/lib/feeds/sitemap'

export const dynamic = 'force-dynamic'

export async function GET() {
  const chunks = await getArticleChunks()
  const files = [{ kind: 'pages' as const }, { kind: 'tags' as const }, ...chunks.map((chunk) => ({ kind: 'articles' as const, chunk }))]
  const xml = buildSitemapIndex(
    env().siteUrl,
    files.map((f) => ({ path: `/sitemaps/${sitemapFileName(f)}` })),
  )
  return new Response(xml, { headers: { 'content-type': XML_CONTENT_TYPE, 'cache-control': SITEMAP_CACHE_CONTROL } })
}
