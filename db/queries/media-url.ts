// Public URLs of uploads, and the responsive sources of an image for <picture>/<img srcset>.
// Pure (no database access), so reader pages, admin pages and client components can all use it.
import type { MediaVariant } from '../schema'

/** Public URL of a stored upload (served by app/media/[...path]/route.ts). */
export function mediaUrl(path: string): string {
  return `/media/${path.split('/').map(encodeURIComponent).join('/')}`
}

export type ResponsiveFormat = 'avif' | 'webp'

const MIME: Record<ResponsiveFormat, 'image/avif' | 'image/webp'> = { avif: 'image/avif', webp: 'image/webp' }

/** A media row as far as its files are concerned. */
export interface MediaFiles {
  path: string
  width: number
  height: number
  variants: MediaVariant[] | null
}

export interface ResponsiveSource {
  type: 'image/avif' | 'image/webp'
  /** "…-480.avif 480w, …-800.avif 800w" */
  srcSet: string
}

export interface ResponsiveImage {
  /** The original: the fallback <img src>. */
  src: string
  width: number
  height: number
  /** Best format first, for <source> elements in this order; empty when no variant exists. */
  sources: ResponsiveSource[]
  /** The 1200×630 share crop, when generated. */
  share: { src: string; width: number; height: number } | null
}

function responsive(variants: MediaVariant[] | null | undefined, format: ResponsiveFormat): MediaVariant[] {
  return (variants ?? []).filter((v) => v.purpose === 'responsive' && v.format === format).sort((a, b) => a.width - b.width)
}

/** The srcset string of one format ("" when there is no variant in it). */
export function mediaSrcSet(variants: MediaVariant[] | null | undefined, format: ResponsiveFormat): string {
  return responsive(variants, format)
    .map((v) => `${mediaUrl(v.path)} ${v.width}w`)
    .join(', ')
}

/**
 * Everything a page needs to print an uploaded image responsively:
 * `<picture>{sources.map(s => <source type={s.type} srcSet={s.srcSet} sizes=…/>)}<img src={src} …/></picture>`.
 * Demo images and uploads from before variants existed have no variants: only `src` then.
 */
export function responsiveImage(row: MediaFiles): ResponsiveImage {
  const sources: ResponsiveSource[] = []
  for (const format of ['avif', 'webp'] as const) {
    const srcSet = mediaSrcSet(row.variants, format)
    if (srcSet) sources.push({ type: MIME[format], srcSet })
  }
  const share = (row.variants ?? []).find((v) => v.purpose === 'share')
  return {
    src: mediaUrl(row.path),
    width: row.width,
    height: row.height,
    sources,
    share: share ? { src: mediaUrl(share.path), width: share.width, height: share.height } : null,
  }
}

/**
 * An image as reader pages print it (components/ui/picture.tsx): the original, and its stored
 * AVIF/WebP copies when it has any. A query can hand over `{ src, width, height, alt }` alone.
 */
export interface PictureImage {
  src: string
  width: number
  height: number
  alt: string
  /** Best format first; absent or empty for demo images and uploads from before variants existed. */
  sources?: ResponsiveSource[]
}

/** A media row as an image to print: what a card or a cover query returns. */
export function pictureImage(row: MediaFiles, alt: string): PictureImage {
  const { src, width, height, sources } = responsiveImage(row)
  // No empty array in the cached JSON of every card that has no variant.
  return sources.length ? { src, width, height, alt, sources } : { src, width, height, alt }
}

/** The smallest responsive copy at least `minWidth` wide in WebP (thumbnails), else the original. */
export function mediaThumbnail(row: MediaFiles, minWidth = 320): string {
  const webp = responsive(row.variants, 'webp')
  const pick = webp.find((v) => v.width >= minWidth) ?? webp[webp.length - 1]
  return mediaUrl(pick?.path ?? row.path)
}
