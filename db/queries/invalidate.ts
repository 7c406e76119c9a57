import 'server-only'
import { revalidateTag } from 'next/cache'
import { TAGS } from '@/lib/cache-tags'
import { purgePages } from '@/lib/page-cache/bridge'

function expireData(tag: string) {
  try {
    // `expire: 0`: the next read gets fresh data at once, never a stale copy while it refreshes.
    revalidateTag(tag, { expire: 0 })
  } catch (error) {
    // Outside a request (scripts, tests) there is no cache to invalidate.
    if (!(error instanceof Error && /static generation store|outside a request|workStore/i.test(error.message))) throw error
  }
}

/**
 * Expires tags in Next's data cache, and the whole pages that read them (the page cache of
 * scripts/server.mjs), so the next reader gets a page rendered from the fresh data.
 */
function expire(tags: string[]) {
  // Whole pages first: a render starting now must not store a page from the old data.
  purgePages(tags)
  for (const tag of tags) expireData(tag)
}

export type ChangedArticle = {
  id: number
  slug: string
  /** The address it had before this change, when the change renamed it. */
  previousSlug?: string | null
  /** It is, or was before this change, a breaking story: the banner on every page may change. */
  breaking: boolean
  /** It left the site (unpublished): no page may link to it any more. */
  removed?: boolean
}

/**
 * After a story is published, edited, unpublished or renamed. Its own page and the lists go at
 * once (the story is live on `/` and at its URL within a second); the banner on every page only
 * when a breaking story changed. Other stories' pages are not emptied: their related stories and
 * "Les plus lus" are re-read (data cache) and reach readers when those pages next refresh, within
 * their lifetime (a minute); a page cache emptied by every publish made readers wait for renders
 * during a newsroom's busiest hour. A story taken down leaves every page at once.
 */
export function invalidateArticle(article: ChangedArticle) {
  const now = [TAGS.article(article.id), TAGS.articleSlug(article.slug), TAGS.articles]
  if (article.previousSlug) now.push(TAGS.articleSlug(article.previousSlug))
  if (article.breaking) now.push(TAGS.breaking)
  if (article.removed) now.push(TAGS.storyLinks)
  expire(now)
  if (!article.removed) expireData(TAGS.storyLinks)
}

/** After rubriques, tags, authors or settings change: every reader page. */
export function invalidateSite() {
  expire([TAGS.site, TAGS.articles, TAGS.breaking, TAGS.storyLinks])
}

export function invalidateRadios() {
  expire([TAGS.radios])
}
