// Turns an uploaded file into what the library stores: a clean original (oriented, every
// metadata block such as EXIF, GPS, XMP or comments dropped by re-encoding) and its variants
// (responsive sizes in AVIF and WebP, a 1200×630 JPEG share crop). Works on buffers only: writing
// them to disk is storage.ts's job, recording them the database's.
import sharp, { type Metadata, type Sharp, type SharpOptions } from 'sharp'
import type { MediaVariant } from '@/db/schema'
import { IMAGE_TYPES, sniffImage, UPLOAD_ERRORS, type ImageType } from './sniff'

/** Widths of the responsive copies. None is ever wider than the original. */
export const RESPONSIVE_WIDTHS = [480, 800, 1200, 1600] as const
export const SHARE_WIDTH = 1200
export const SHARE_HEIGHT = 630
/** WhatsApp drops link previews whose image is larger than this. */
export const SHARE_MAX_BYTES = 300 * 1024
/** Decoding bombs: a small file that unpacks to gigabytes of pixels is refused before decoding. */
export const MAX_PIXELS = 60_000_000
/**
 * Animated GIFs and WebPs: frames times pixels, all decoded to re-encode them without metadata.
 * Re-encoding costs about 0.2 s of CPU per million pixels here (300 frames of 480×270, 39 million
 * pixels: 8 s), and uploads are processed one at a time: the budget keeps one upload under ~15 s.
 */
export const MAX_ANIMATED_PIXELS = 50_000_000
/**
 * Frames of an animation. Each frame costs its own decode, palette and encode whatever its size, so
 * the pixel budget alone lets through ten thousand tiny frames; an animated GIF in a story (a few
 * seconds of a clip) has far fewer than this.
 */
export const MAX_FRAMES = 500

const SHARE_QUALITIES = [82, 76, 70, 62, 54, 46, 38, 30]

/** A refusal the uploader can act on, with the HTTP status a route should answer with. */
export class UploadRefused extends Error {
  constructor(
    message: string,
    readonly status: 400 | 413 | 415 | 422,
  ) {
    super(message)
    this.name = 'UploadRefused'
  }
}

export interface ProcessedVariant extends Omit<MediaVariant, 'path' | 'bytes'> {
  /** Added to the stored name: "<name>-<suffix>.<ext>". */
  suffix: string
  ext: string
  data: Buffer
}

export interface ProcessedImage {
  type: ImageType
  mimeType: string
  ext: string
  width: number
  height: number
  animated: boolean
  original: Buffer
  variants: ProcessedVariant[]
}

/** sharp's name for the decoder each accepted type must use: the magic bytes and the decoder agree. */
const DECODER: Record<ImageType, string> = { jpeg: 'jpeg', png: 'png', webp: 'webp', avif: 'heif', gif: 'gif' }

/** Checks what the file is, from its content only. Throws UploadRefused with a French message. */
export async function inspectUpload(input: Buffer, maxBytes: number) {
  if (input.length === 0) throw new UploadRefused(UPLOAD_ERRORS.empty, 400)
  if (input.length > maxBytes) throw new UploadRefused(UPLOAD_ERRORS.tooLarge(maxBytes, input.length), 413)
  const sniffed = sniffImage(input.subarray(0, 1024))
  if (sniffed.kind === 'svg') throw new UploadRefused(UPLOAD_ERRORS.svg, 415)
  if (sniffed.kind === 'unknown') throw new UploadRefused(UPLOAD_ERRORS.unknownType, 415)
  const type = sniffed.type
  let meta: Metadata
  try {
    // The header only, nothing decoded: the size checks below refuse with their own message (with
    // sharp's default pixel limit, a 50 000 × 50 000 PNG would come back as "illisible").
    meta = await sharp(input, { animated: type === 'gif' || type === 'webp', failOn: 'error', limitInputPixels: false }).metadata()
  } catch {
    throw new UploadRefused(UPLOAD_ERRORS.unreadable, 422)
  }
  // A file whose first bytes say one thing and whose body another is not what it claims to be.
  if (meta.format !== DECODER[type]) throw new UploadRefused(UPLOAD_ERRORS.unreadable, 422)
  // HEIC shares AVIF's container: only the AV1 flavour is AVIF.
  if (type === 'avif' && meta.compression !== 'av1') throw new UploadRefused(UPLOAD_ERRORS.unknownType, 415)
  const pageHeight = meta.pageHeight ?? meta.height
  const pages = meta.pages ?? 1
  if (!meta.width || !pageHeight) throw new UploadRefused(UPLOAD_ERRORS.unreadable, 422)
  if (meta.width * pageHeight > MAX_PIXELS) throw new UploadRefused(UPLOAD_ERRORS.tooManyPixels(MAX_PIXELS / 1_000_000), 413)
  const animated = (type === 'gif' || type === 'webp') && pages > 1
  if (animated && pages > MAX_FRAMES) throw new UploadRefused(UPLOAD_ERRORS.tooManyFrames(MAX_FRAMES, pages), 413)
  if (animated && meta.width * pageHeight * pages > MAX_ANIMATED_PIXELS) throw new UploadRefused(UPLOAD_ERRORS.animationTooLarge(MAX_ANIMATED_PIXELS / 1_000_000), 413)
  return { type, meta, animated }
}

/** Widths of the responsive copies of an image this wide: the standard ones below it, then its own. */
export function responsiveWidths(width: number): number[] {
  const widths: number[] = RESPONSIVE_WIDTHS.filter((w) => w < width)
  if (width <= RESPONSIVE_WIDTHS[RESPONSIVE_WIDTHS.length - 1]!) widths.push(width)
  return widths
}

/**
 * The stored original: decoded, oriented from EXIF, re-encoded in its own format. Encoders write
 * no metadata unless asked to, so EXIF (with GPS), XMP, IPTC and comments are gone; colours are
 * converted to sRGB first. Animated GIFs (and WebPs) keep every frame.
 */
async function cleanOriginal(input: Buffer, type: ImageType, animated: boolean, isPalette: boolean): Promise<{ data: Buffer; width: number; height: number }> {
  const options: SharpOptions = { failOn: 'error', limitInputPixels: animated ? MAX_ANIMATED_PIXELS : MAX_PIXELS, animated }
  let image: Sharp = sharp(input, options)
  if (!animated) image = image.rotate()
  switch (type) {
    case 'jpeg':
      image = image.jpeg({ quality: 88, mozjpeg: true })
      break
    case 'png':
      image = image.png({ compressionLevel: 8, palette: isPalette, quality: 100 })
      break
    case 'webp':
      image = image.webp({ quality: 90 })
      break
    case 'avif':
      image = image.avif({ quality: 70, effort: 3 })
      break
    case 'gif':
      image = image.gif({ reuse: true })
      break
  }
  const { data, info } = await image.toBuffer({ resolveWithObject: true })
  return { data, width: info.width, height: animated ? (info.pageHeight ?? info.height) : info.height }
}

/** The share crop: 1200×630 around the most salient part, a JPEG under 300 KB, without alpha. */
export async function shareCrop(input: Buffer): Promise<Buffer> {
  const { data, info } = await sharp(input, { failOn: 'error', limitInputPixels: MAX_PIXELS })
    .rotate()
    .resize(SHARE_WIDTH, SHARE_HEIGHT, { fit: 'cover', position: sharp.strategy.attention })
    .flatten({ background: '#ffffff' })
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true })
  const pixels = () => sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } })
  for (const quality of SHARE_QUALITIES) {
    const out = await pixels().jpeg({ quality, mozjpeg: true, progressive: true }).toBuffer()
    if (out.length <= SHARE_MAX_BYTES) return out
  }
  // Only pure noise gets here: soften it, then encode at the lowest quality.
  return pixels().blur(1.2).jpeg({ quality: 30, mozjpeg: true, progressive: true }).toBuffer()
}

/**
 * Everything to store for one upload. Throws UploadRefused (French message) for anything that is
 * not an accepted image; other errors are server failures.
 */
export async function processImage(input: Buffer, maxBytes: number): Promise<ProcessedImage> {
  const { type, meta, animated } = await inspectUpload(input, maxBytes)
  let original: Awaited<ReturnType<typeof cleanOriginal>>
  try {
    original = await cleanOriginal(input, type, animated, meta.isPalette)
  } catch {
    throw new UploadRefused(UPLOAD_ERRORS.unreadable, 422)
  }

  // One decode, oriented and reduced to the largest responsive width; every size comes from it.
  // Animated images give their first frame.
  const largest = Math.min(original.width, RESPONSIVE_WIDTHS[RESPONSIVE_WIDTHS.length - 1]!)
  const master = await sharp(input, { failOn: 'error', limitInputPixels: MAX_PIXELS })
    .rotate()
    .resize({ width: largest, withoutEnlargement: true })
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true })
  const fromMaster = () => sharp(master.data, { raw: { width: master.info.width, height: master.info.height, channels: master.info.channels } })

  const variants: ProcessedVariant[] = []
  for (const width of responsiveWidths(original.width)) {
    const resized = width >= master.info.width ? fromMaster() : fromMaster().resize({ width })
    const height = width >= master.info.width ? master.info.height : Math.max(1, Math.round((master.info.height * width) / master.info.width))
    const avif = await resized.clone().avif({ quality: 55, effort: 2 }).toBuffer({ resolveWithObject: true })
    variants.push({ suffix: `${width}`, ext: 'avif', format: 'avif', purpose: 'responsive', width: avif.info.width, height: avif.info.height || height, data: avif.data })
    const webp = await resized.clone().webp({ quality: 78, effort: 4 }).toBuffer({ resolveWithObject: true })
    variants.push({ suffix: `${width}`, ext: 'webp', format: 'webp', purpose: 'responsive', width: webp.info.width, height: webp.info.height || height, data: webp.data })
  }
  variants.push({ suffix: 'partage', ext: 'jpg', format: 'jpeg', purpose: 'share', width: SHARE_WIDTH, height: SHARE_HEIGHT, data: await shareCrop(input) })

  const { mime, ext } = IMAGE_TYPES[type]
  return { type, mimeType: mime, ext, width: original.width, height: original.height, animated, original: original.data, variants }
}
