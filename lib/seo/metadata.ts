// Complete share and search metadata for every page: canonical URL, Open Graph, Twitter card,
// RSS alternates. Pages describe themselves; this turns that into Next's Metadata, so no page
// can forget a field (Next replaces, not merges, a layout's `openGraph` or `alternates`).
import type { Metadata } from 'next'

export const SITE_NAME = 'Kibaru'
export const DEFAULT_SHARE_IMAGE = { url: '/kibaru-partage.jpg', width: 1200, height: 630, alt: 'Kibaru, l’actualité du Mali et du Sahel' }
export const SITE_FEED = { url: '/feed.xml', title: 'Kibaru – toute l’actualité' }

export interface ShareImage {
  url: string
  width: number
  height: number
  alt: string
}

export interface PageDescription {
  title: string
  description: string
  /** Path of the canonical URL, without fbclid, utm_* or any other sharing parameter. */
  path: string
  image?: ShareImage
  /** More RSS feeds than the site's own (a rubrique's). */
  feeds?: { url: string; title: string }[]
  noindex?: boolean
  facebookAppId?: string | null
  article?: {
    publishedTime: string
    modifiedTime: string
    section: string | null
    tags: string[]
    /** Absolute URLs of the authors' pages. */
    authors: string[]
  }
  /** Set for the homepage, whose title is the site's own. */
  absoluteTitle?: boolean
  /** The site's name and default share image from the settings (SITE_NAME and DEFAULT_SHARE_IMAGE otherwise). */
  siteName?: string
  defaultImage?: ShareImage | null
}

export function pageMetadata(page: PageDescription): Metadata {
  const image = page.image ?? page.defaultImage ?? DEFAULT_SHARE_IMAGE
  const siteName = page.siteName ?? SITE_NAME
  const feeds = [page.siteName ? { ...SITE_FEED, title: `${siteName} – toute l’actualité` } : SITE_FEED, ...(page.feeds ?? [])]
  const openGraphBase = {
    title: page.title,
    description: page.description,
    url: page.path,
    siteName,
    locale: 'fr_FR',
    images: [image],
  }
  return {
    title: page.absoluteTitle ? { absolute: page.title } : page.title,
    description: page.description,
    alternates: { canonical: page.path, types: { 'application/rss+xml': feeds } },
    openGraph: page.article
      ? {
          ...openGraphBase,
          type: 'article',
          publishedTime: page.article.publishedTime,
          modifiedTime: page.article.modifiedTime,
          section: page.article.section ?? undefined,
          tags: page.article.tags,
          authors: page.article.authors,
        }
      : { ...openGraphBase, type: 'website' },
    twitter: { card: 'summary_large_image', title: page.title, description: page.description, images: [image] },
    ...(page.facebookAppId ? { facebook: { appId: page.facebookAppId } } : {}),
    ...(page.noindex ? { robots: { index: false, follow: true } } : {}),
  }
}
