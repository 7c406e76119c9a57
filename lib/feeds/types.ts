// Plain data the feed and sitemap builders take: what db/queries/feeds.ts returns, JSON-safe
// (ISO strings for dates) so it can live in Next's data cache. Paths are site-relative; the
// builders make them absolute on the public origin.

export interface FeedArticle {
  id: number
  slug: string
  title: string
  /** The chapô, plain text. */
  standfirst: string
  publishedAt: string
  modifiedAt: string | null
  category: { slug: string; name: string } | null
  tags: { slug: string; name: string }[]
  /** Ordered bylines. */
  bylines: { slug: string; name: string }[]
  /** The cover's original file: its public path (/media/…), MIME type and size in bytes. */
  cover: { path: string; type: string; bytes: number } | null
}

export interface SitemapUrl {
  /** Site-relative path (/articles/…) or absolute URL. */
  path: string
  /** Last change the page shows (ISO string or epoch milliseconds), when known. */
  lastmod?: string | number | null
}

export interface NewsSitemapStory {
  path: string
  title: string
  publishedAt: string
}
