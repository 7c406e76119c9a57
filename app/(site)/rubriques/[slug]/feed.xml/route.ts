// RSS 2.0 of one rubrique's latest published stories; 404 for an unknown rubrique.
import { getCategoryFeed } from '@/db/queries/feeds'
import { getSettings } from '@/db/queries/site'
import { getCategoryRedirect } from '@/db/queries/taxonomy'
import { isSlug } from '@/lib/slug'
import { env } from '@/lib/env'
import { buildRss, FEED_CACHE_CONTROL, RSS_CONTENT_TYPE } from '@/lib/feeds/rss'

export const dynamic = 'force-dynamic'

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const [settings, data] = await Promise.all([getSettings(), getCategoryFeed(slug)])
  if (!data) {
    // A renamed rubrique's old feed leads to its current one, so subscribers keep receiving it.
    const moved = isSlug(slug) ? await getCategoryRedirect(slug) : null
    if (moved) return new Response(null, { status: 308, headers: { location: `/rubriques/${moved}/feed.xml` } })
    return new Response('Rubrique introuvable', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })
  }
  const { category, articles } = data
  const xml = buildRss(
    {
      origin: env().siteUrl,
      title: `${settings.siteName} – ${category.name}`,
      path: `/rubriques/${category.slug}`,
      feedPath: `/rubriques/${category.slug}/feed.xml`,
      description: category.description || `Les derniers articles de la rubrique ${category.name} sur ${settings.siteName}.`,
    },
    articles,
  )
  return new Response(xml, { headers: { 'content-type': RSS_CONTENT_TYPE, 'cache-control': FEED_CACHE_CONTROL } })
}
