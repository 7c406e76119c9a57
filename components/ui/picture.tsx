import { getImageProps } from 'next/image'
import type { PictureImage } from '@/db/queries/media-url'
import { closestCandidate, formatSrcSet, keepWidths, parseSrcSet } from './srcset'

/**
 * 'priority': the one image a page is about (article cover, homepage lead): fetched first, never lazy.
 * 'eager': visible on a phone's first screen, fetched at normal priority.
 * 'lazy': everything else, fetched as the reader scrolls near it.
 */
export type ImageUrgency = 'priority' | 'eager' | 'lazy'

interface Props {
  image: PictureImage
  /** Printed width of the slot at each viewport, taken from the CSS layout. */
  sizes: string
  /**
   * Optimiser widths worth offering in this slot, narrowest first: the first one covers the slot
   * on the smallest phone at density 1. Each must be in next.config's deviceSizes or imageSizes.
   */
  widths: readonly number[]
  urgency?: ImageUrgency
  /** Cards repeat their title in the image link, so their image is decorative (''). */
  alt?: string
}

const QUALITY = 70
/** Plain `src` of a <picture>: only browsers that read neither AVIF nor WebP fetch it (old KaiOS phones). */
const LEGACY_WIDTH = 640

/**
 * An image at the right size for its slot, with width and height (no layout shift). Uploads with
 * stored AVIF/WebP copies become a <picture> of them, read straight from disk; images without
 * (demo images, uploads from before variants existed) go through Next's image optimiser, which
 * resizes them and answers WebP to browsers that take it. So do thumbnails far narrower than the
 * smallest stored copy (480 px): a phone would fetch four times the pixels it shows.
 */
export function Picture({ image, sizes, widths, urgency = 'lazy', alt = image.alt }: Props) {
  const { props } = getImageProps({
    src: image.src,
    width: image.width,
    height: image.height,
    alt,
    sizes,
    quality: QUALITY,
    loading: urgency === 'lazy' ? 'lazy' : 'eager',
    fetchPriority: urgency === 'priority' ? 'high' : undefined,
    // Decoding off the main thread can hold the main image back by a frame; the others gain from it.
    decoding: urgency === 'priority' ? 'auto' : 'async',
  })
  const candidates = keepWidths(parseSrcSet(props.srcSet), widths)

  if (image.sources?.length && fitsSlot(image.sources, widths)) {
    return (
      <picture>
        {image.sources.map((s) => (
          <source key={s.type} type={s.type} srcSet={s.srcSet} sizes={sizes} />
        ))}
        <img
          alt={alt}
          loading={props.loading}
          fetchPriority={props.fetchPriority}
          width={image.width}
          height={image.height}
          decoding={props.decoding}
          src={closestCandidate(candidates, LEGACY_WIDTH)?.url ?? props.src}
        />
      </picture>
    )
  }
  // srcSet and sizes stay before src (their order in `props`): Safari starts fetching at src.
  return <img {...props} srcSet={formatSrcSet(candidates) || undefined} src={candidates[candidates.length - 1]?.url ?? props.src} />
}

/** The narrowest stored copy is no wider than what the slot needs on a phone of density 2. */
function fitsSlot(sources: NonNullable<PictureImage['sources']>, widths: readonly number[]): boolean {
  const narrowest = Math.min(...sources.flatMap((s) => parseSrcSet(s.srcSet).map((c) => c.width)))
  return widths.length === 0 || narrowest <= 2 * Math.min(...widths)
}
