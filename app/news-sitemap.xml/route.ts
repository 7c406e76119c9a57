// Google News sitemap: the stories published in the last 48 hours.
import { getNewsStories } from '@/db/queries/feeds'
import { getSettings } from '@/db/queries/site'
import { env } from '@/lib/env'
import { buildNewsSitemap } from '@/lib/feeds/news-sitemap'
import { SITEMAP_CACHE_CONTROL, XML_CONTENT_TYPE } from '@/lib/feeds/sitemap'

export const dynamic = 'force-dynamic'

export async function GET() {
  const [settings, stories] = await Promise.all([getSettings(), getNewsStories()])
  const xml = buildNewsSitemap(env().siteUrl, { name: settings.siteName, language: 'fr' }, stories)
  return new Response(xml, { headers: { 'content-type': XML_CONTENT_TYPE, 'cache-control': SITEMAP_CACHE_CONTROL } })
}
