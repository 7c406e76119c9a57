// The share image of an article (Facebook, WhatsApp): its address carries a version derived from
// what the image shows, so editing the title or changing the cover gives a new URL and social
// networks fetch the new picture instead of their cached one. Pure: used by pages and the route.
import { createHash } from 'node:crypto'

export const SHARE_IMAGE_WIDTH = 1200
export const SHARE_IMAGE_HEIGHT = 630
/** WhatsApp drops link previews whose image is larger than this. */
export const SHARE_IMAGE_MAX_BYTES = 300 * 1024
/** The file part of a share image URL: the version and the extension. */
export const SHARE_IMAGE_FILE = /^([0-9a-f]{10})\.jpg$/

/** A short hash of what the image shows: the headline and the cover. */
export function shareImageVersion(input: { title: string; coverSrc: string | null }): string {
  return createHash('sha256')
    .update(JSON.stringify([input.title, input.coverSrc]))
    .digest('hex')
    .slice(0, 10)
}

/** Path (from the site's origin) of an article's share image, served by app/partage/[slug]/[file]. */
export function shareImagePath(article: { slug: string; title: string; cover: { src: string } | null }): string {
  return `/partage/${article.slug}/${shareImageVersion({ title: article.title, coverSrc: article.cover?.src ?? null })}.jpg`
}
