import 'server-only'
import { revalidateTag } from 'next/cache'
import { TAGS } from '@/lib/cache-tags'
import { purgePages } from '@/lib/page-cache/bridge'

// `expire: 0`: the next reader gets fresh content at once rather than a stale page while it
// regenerates, so a story is live within a second of being published.
function expire(tag: string) {
  // Whole pages first: the next reader's request renders again from the fresh data.
  purgePages([tag])
  try {
    revalidateTag(tag, { expire: 0 })
  } catch (error) {
    // Outside a request (scripts, tests) there is no cache to invalidate.
    if (!(error instanceof Error && /static generation store|outside a request|workStore/i.test(error.message))) throw error
  }
}

/** After a story is created, edited, published, unpublished or renamed. */
export function invalidateArticle(article: { id: number; slug: string; previousSlug?: string | null }) {
  expire(TAGS.article(article.id))
  expire(TAGS.articleSlug(article.slug))
  if (article.previousSlug) expire(TAGS.articleSlug(article.previousSlug))
  expire(TAGS.articles)
  expire(TAGS.site)
}

/** After rubriques, tags, authors or settings change. */
export function invalidateSite() {
  expire(TAGS.site)
  expire(TAGS.articles)
}

export function invalidateRadios() {
  expire(TAGS.radios)
}
