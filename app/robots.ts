// robots.txt: everything readers see may be crawled; the newsroom, search results and the API
// may not. Names both sitemaps on the public origin (read at request time, not at build time).
import type { MetadataRoute } from 'next'
import { absoluteUrl } from '@/lib/site-url'

export const dynamic = 'force-dynamic'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/apercu', '/recherche', '/api'] },
    sitemap: [absoluteUrl('/sitemap.xml'), absoluteUrl('/news-sitemap.xml')],
  }
}
