// Renders and caches the share image of an article (see lib/share-image.ts for its URL): the cover
// cropped to 1200×630 with sharp, or, for a story without a cover, a card drawn with next/og (the
// headline, its rubrique, the site's name). Always a JPEG under 300 KB, since WhatsApp drops larger
// previews. Rendered images are kept on disk in UPLOADS_DIR/.share-cache (a folder the media route
// never serves, its name starting with a dot), keyed by slug and version.
import 'server-only'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import { ImageResponse } from 'next/og'
import { createElement as h, type ReactElement } from 'react'
import sharp, { type Sharp } from 'sharp'
import { env } from '@/lib/env'
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_MAX_BYTES, SHARE_IMAGE_WIDTH, shareImageVersion } from '@/lib/share-image'
import { isSlug } from '@/lib/slug'
import { frenchSpacing } from '@/lib/typography'

export const SITE_NAME = 'Kibaru'
const COLORS = { accent: '#8c1c13', ink: '#1b1a17', paper: '#f7f2e8', muted: '#5e594f' }
/** JPEG qualities tried in turn until the file fits under SHARE_IMAGE_MAX_BYTES. */
const QUALITIES = [82, 76, 70, 62, 54, 46, 38, 30]
/** A next/og render that takes longer than this is abandoned for a plain-ASCII retry. */
const CARD_TIMEOUT_MS = 15_000
/** Renders running at once in this process (they are CPU-bound; the servers have two cores). */
const MAX_PARALLEL_RENDERS = 2

export interface ShareImageArticle {
  slug: string
  title: string
  category: { name: string } | null
  cover: { src: string } | null
}

// ---------------------------------------------------------------------------------------------
// Text for the generated card.

/**
 * Characters the card may print: those the bundled Noto Serif files (latin and latin-ext subsets)
 * really draw (checked glyph by glyph, see the unit test). Anything else (emoji, other scripts,
 * symbols) would make next/og download a font or an emoji image from the internet, which these
 * servers cannot reach: emoji make the render fail, missing letters would be left blank.
 */
const PRINTABLE =
  /[\u0020-\u007e\u00a0-\u00ac\u00ae-\u024f\u0250-\u02af\u02bb\u02bc\u1e00-\u1e9f\u1ef2-\u1eff\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020\u2022\u2026\u2039\u203a\u20ac]/u

/** Stand-ins the fonts have for characters they lack. */
const SUBSTITUTES: Record<string, string> = {
  '\u202f': '\u00a0', // narrow no-break space (French typography) → no-break space
  '\u2007': '\u00a0',
  '\u2009': ' ',
  '\u200a': ' ',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '–',
  '\u2015': '—',
  '\u201b': '‘',
  '\u201f': '“',
  '\u2212': '-',
}

function printable(char: string): string {
  if (PRINTABLE.test(char)) return char
  const substitute = SUBSTITUTES[char]
  if (substitute) return substitute
  // A letter with a mark the fonts lack (Vietnamese ạ, ệ…) keeps its base letter.
  const base = char.normalize('NFD')
  return base !== char && PRINTABLE.test(base.charAt(0)) ? base.charAt(0) : ' '
}

/** The text made safe for the card: NFC, only printable characters, spaces collapsed. */
export function cardText(text: string): string {
  let out = ''
  for (const char of text.normalize('NFC')) out += printable(char)
  // Runs of spaces left by removed emoji collapse; a no-break space in the run is kept.
  return out
    .replace(/[ \u00a0]{2,}/g, (s) => (s.includes('\u00a0') ? '\u00a0' : ' '))
    .replace(/^[ \u00a0]+|[ \u00a0]+$/g, '')
}

/** Folded to ASCII: the last resort when a render with the full text failed. */
function asciiText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‘’]/g, "'")
    .replace(/[“”«»]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/[^\u0020-\u007e]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Cut a long headline on a word boundary, ending with an ellipsis. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max)
  const space = cut.lastIndexOf(' ')
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.\-–—]+$/, '')}…`
}

/** Headline size by length, so one to about six lines fill the card without overflowing. */
function headlineSize(length: number): number {
  if (length <= 45) return 78
  if (length <= 80) return 66
  if (length <= 130) return 58
  return 48
}

// ---------------------------------------------------------------------------------------------
// The generated card (next/og).

type Font = { name: string; data: ArrayBuffer; weight: 400 | 700; style: 'normal' }
let fontsPromise: Promise<Font[]> | undefined

/** Noto Serif from @fontsource (woff: satori reads ttf, otf and woff, not woff2), read once. */
function loadFonts(): Promise<Font[]> {
  fontsPromise ??= Promise.all(
    (
      [
        ['latin', 700],
        ['latin-ext', 700],
        ['latin', 400],
        ['latin-ext', 400],
      ] as const
    ).map(async ([subset, weight]) => {
      const file = path.join(process.cwd(), 'node_modules', '@fontsource', 'noto-serif', 'files', `noto-serif-${subset}-${weight}-normal.woff`)
      const data = await fs.readFile(file)
      // One family per subset: satori keeps a single font per name and weight.
      return { name: subset === 'latin' ? 'Noto Serif' : 'Noto Serif Ext', data: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer, weight, style: 'normal' as const }
    }),
  ).catch((error: unknown) => {
    fontsPromise = undefined
    throw error
  })
  return fontsPromise
}

export interface ShareCardContent {
  title: string
  rubrique: string | null
}

/** The card's element tree for a headline and a rubrique already made safe with cardText. */
export function shareCardElement({ title, rubrique }: ShareCardContent): ReactElement {
  const headline = clip(title || SITE_NAME, 190)
  return h(
    'div',
    {
      style: {
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        backgroundColor: COLORS.paper,
        color: COLORS.ink,
        fontFamily: '"Noto Serif", "Noto Serif Ext"',
      },
    },
    h('div', { style: { display: 'flex', width: '100%', height: 14, backgroundColor: COLORS.accent } }),
    h(
      'div',
      { style: { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '52px 80px 44px 80px' } },
      h(
        'div',
        { style: { display: 'flex', fontSize: 28, fontWeight: 700, letterSpacing: 3, textTransform: 'uppercase', color: COLORS.accent, minHeight: 38 } },
        rubrique ?? '',
      ),
      h(
        'div',
        { style: { display: 'flex', flexGrow: 1, alignItems: 'center', paddingTop: 12, paddingBottom: 24 } },
        h('div', { style: { fontSize: headlineSize(headline.length), fontWeight: 700, lineHeight: 1.14, letterSpacing: -0.5 } }, headline),
      ),
      h(
        'div',
        { style: { display: 'flex', alignItems: 'center', borderTop: `2px solid ${COLORS.ink}`, paddingTop: 22 } },
        h('div', { style: { display: 'flex', width: 18, height: 18, backgroundColor: COLORS.accent, marginRight: 16 } }),
        h('div', { style: { fontSize: 40, fontWeight: 700, letterSpacing: -0.5 } }, SITE_NAME),
        h('div', { style: { fontSize: 24, fontWeight: 400, color: COLORS.muted, marginLeft: 22, paddingTop: 6 } }, 'L’actualité du Mali et du Sahel'),
      ),
    ),
  )
}

/**
 * Everything handed to next/og's ImageResponse for a story without a cover: the element (text
 * cleaned of anything the bundled fonts cannot draw) and the options (size, local fonts only).
 */
export async function buildShareCard(input: { title: string; rubrique: string | null }, fold = false): Promise<ConstructorParameters<typeof ImageResponse>> {
  const clean = (s: string) => (fold ? asciiText(s) : cardText(frenchSpacing(s)))
  const rubrique = input.rubrique ? clean(input.rubrique) || null : null
  const element = shareCardElement({ title: clean(input.title), rubrique })
  return [element, { width: SHARE_IMAGE_WIDTH, height: SHARE_IMAGE_HEIGHT, fonts: await loadFonts() }]
}

async function renderCardPng(input: ShareCardContent, fold: boolean): Promise<Buffer> {
  const args = await buildShareCard(input, fold)
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('next/og: rendu trop long')), CARD_TIMEOUT_MS)
  })
  try {
    const response = new ImageResponse(...args)
    return Buffer.from(await Promise.race([response.arrayBuffer(), timeout]))
  } finally {
    clearTimeout(timer)
  }
}

/** The generated card as a JPEG. If the render fails, it is retried with the text folded to ASCII. */
export async function renderShareCard(input: ShareCardContent): Promise<Buffer> {
  let png: Buffer
  try {
    png = await renderCardPng(input, false)
  } catch (error) {
    console.error('Image de partage : rendu du titre impossible, nouvel essai sans accents', error)
    png = await renderCardPng(input, true)
  }
  return encodeJpeg(sharp(png).flatten({ background: COLORS.paper }))
}

// ---------------------------------------------------------------------------------------------
// The cover (sharp).

/** The file of a cover from its public URL (/media/…), only if it lies inside UPLOADS_DIR. */
export function coverFile(src: string, uploadsDir = env().uploadsDir): string | null {
  if (!src.startsWith('/media/')) return null
  let parts: string[]
  try {
    parts = src.slice('/media/'.length).split('/').map(decodeURIComponent)
  } catch {
    return null
  }
  if (parts.some((p) => p === '' || p === '.' || p === '..' || p.startsWith('.') || p.includes('\\') || p.includes('\0'))) return null
  const root = path.resolve(uploadsDir)
  const file = path.resolve(root, ...parts)
  return file.startsWith(root + path.sep) ? file : null
}

/** The cover cropped to 1200×630 around its most salient part, as a JPEG. */
export async function renderShareCover(file: string): Promise<Buffer> {
  const input = await fs.readFile(file)
  const { data, info } = await sharp(input, { failOn: 'error' })
    .rotate()
    .resize(SHARE_IMAGE_WIDTH, SHARE_IMAGE_HEIGHT, { fit: 'cover', position: sharp.strategy.attention })
    .flatten({ background: COLORS.paper })
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true })
  return encodeJpeg(sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } }))
}

/** Encode as a progressive mozjpeg JPEG (no metadata), lowering quality until under the limit. */
async function encodeJpeg(image: Sharp): Promise<Buffer> {
  const encode = (img: Sharp, quality: number) => img.jpeg({ quality, mozjpeg: true, progressive: true }).toBuffer()
  for (const quality of QUALITIES) {
    const out = await encode(image.clone(), quality)
    if (out.length <= SHARE_IMAGE_MAX_BYTES) return out
  }
  // Only pure noise gets here: soften it, then encode at the lowest quality.
  return encode(image.clone().blur(1.2), QUALITIES[QUALITIES.length - 1] ?? 30)
}

// ---------------------------------------------------------------------------------------------
// Rendering with the disk cache.

/**
 * The share image of an article, as a JPEG. Uses the cover when its file is readable, otherwise
 * the generated card. `persist` is false when a cover was expected but could not be used: that
 * image must not be cached under a version that promises the cover.
 */
export async function renderShareImage(article: Omit<ShareImageArticle, 'slug'>): Promise<{ data: Buffer; persist: boolean }> {
  if (article.cover) {
    const file = coverFile(article.cover.src)
    if (file) {
      try {
        return { data: await renderShareCover(file), persist: true }
      } catch (error) {
        console.error(`Image de partage : couverture illisible (${article.cover.src})`, error)
      }
    }
  }
  const data = await renderShareCard({ title: article.title, rubrique: article.category?.name ?? null })
  return { data, persist: !article.cover }
}

const inFlight = new Map<string, Promise<Buffer>>()
let running = 0
const waiting: (() => void)[] = []

async function limited<T>(work: () => Promise<T>): Promise<T> {
  // A finished render hands its slot straight to the next waiting one.
  if (running >= MAX_PARALLEL_RENDERS) await new Promise<void>((resolve) => waiting.push(resolve))
  else running++
  try {
    return await work()
  } finally {
    const next = waiting.shift()
    if (next) next()
    else running--
  }
}

export function shareCacheDir(): string {
  return path.join(env().uploadsDir, '.share-cache')
}

async function writeAtomically(file: string, data: Buffer): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true })
  const temp = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`
  try {
    await fs.writeFile(temp, data)
    await fs.rename(temp, file)
  } catch (error) {
    await fs.rm(temp, { force: true })
    throw error
  }
}

/** Remove the cached images of earlier versions of the same story (best effort). */
async function pruneOlderVersions(dir: string, slug: string, keep: string): Promise<void> {
  const mine = new RegExp(`^${slug}-[0-9a-f]{10}\\.jpg$`)
  try {
    for (const name of await fs.readdir(dir)) if (mine.test(name) && name !== keep) await fs.rm(path.join(dir, name), { force: true })
  } catch {
    // Another process may prune at the same time: nothing to do.
  }
}

export interface ShareImage {
  version: string
  data: Buffer
  /** True when it came from the disk cache. */
  cached: boolean
}

/**
 * The current share image of a published article: from the disk cache when present, otherwise
 * rendered (one render per story and version at a time), cached, and returned.
 */
export async function getShareImage(article: ShareImageArticle): Promise<ShareImage> {
  if (!isSlug(article.slug)) throw new Error(`Slug invalide : ${article.slug}`)
  const version = shareImageVersion({ title: article.title, coverSrc: article.cover?.src ?? null })
  const dir = shareCacheDir()
  const name = `${article.slug}-${version}.jpg`
  const file = path.join(dir, name)
  try {
    return { version, data: await fs.readFile(file), cached: true }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  let pending = inFlight.get(name)
  if (!pending) {
    pending = limited(async () => {
      const { data, persist } = await renderShareImage(article)
      if (persist) {
        await writeAtomically(file, data)
        await pruneOlderVersions(dir, article.slug, name)
      }
      return data
    }).finally(() => inFlight.delete(name))
    inFlight.set(name, pending)
  }
  return { version, data: await pending, cached: false }
}
