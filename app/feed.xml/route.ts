// RSS 2.0 of the latest published stories.
import { getFeedArticles } from '@/db/queries/feeds'
import { getSettings } from '@/db/queries/site'
import { env } from '@/lib/env'
import { buildRss, FEED_CACHE_CONTROL, RSS_CONTENT_TYPE } from '@/lib/feeds/rss'

export const dynamic = 'force-dynamic'

export async function GET() {
  const [settings, articles] = await Promise.all([getSettings(), getFeedArticles()])
  const xml = buildRss(
    { origin: env().siteUrl, title: `${settings.siteName} – toute l’actualité`, path: '/', feedPath: '/feed.xml', description: settings.tagline },
    articles,
  )
  return new Response(xml, { headers: { 'content-type': RSS_CONTENT_TYPE, 'cache-control': FEED_CACHE_CONTROL } })
}
