// What an upload really is, read from its first bytes: never from its name or the type the browser
// declared, which anyone can set. Pure, so it is tested byte by byte.

export const IMAGE_TYPES = {
  jpeg: { mime: 'image/jpeg', ext: 'jpg', label: 'JPEG' },
  png: { mime: 'image/png', ext: 'png', label: 'PNG' },
  webp: { mime: 'image/webp', ext: 'webp', label: 'WebP' },
  avif: { mime: 'image/avif', ext: 'avif', label: 'AVIF' },
  gif: { mime: 'image/gif', ext: 'gif', label: 'GIF' },
} as const

export type ImageType = keyof typeof IMAGE_TYPES

/** What the first bytes say: an accepted image type, an SVG drawing (refused), or something else. */
export type Sniffed = { kind: 'image'; type: ImageType } | { kind: 'svg' } | { kind: 'unknown' }

/** Bytes enough to recognise every accepted type (an ISO-BMFF "ftyp" box lists its brands early). */
export const SNIFF_BYTES = 64

const ascii = (bytes: Uint8Array, start: number, end: number): string => String.fromCharCode(...bytes.subarray(start, end))

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false
  return signature.every((b, i) => bytes[offset + i] === b)
}

/** An AVIF still image or sequence: an ISO-BMFF file whose "ftyp" box names an AVIF brand. */
function isAvif(bytes: Uint8Array): boolean {
  if (bytes.length < 16 || ascii(bytes, 4, 8) !== 'ftyp') return false
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const boxSize = Math.min(view.getUint32(0), bytes.length)
  // Major brand at 8, minor version at 12, then compatible brands, four bytes each.
  const brands = [ascii(bytes, 8, 12)]
  for (let at = 16; at + 4 <= boxSize; at += 4) brands.push(ascii(bytes, at, at + 4))
  return brands.includes('avif') || brands.includes('avis')
}

/** SVG or other XML: refused by name in the error message, since people expect SVG to work. */
function looksLikeSvg(bytes: Uint8Array): boolean {
  const text = new TextDecoder('utf-8', { fatal: false })
    .decode(bytes.subarray(0, Math.min(bytes.length, 1024)))
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase()
  return text.startsWith('<svg') || text.startsWith('<?xml') || (text.startsWith('<!doctype svg')) || (text.startsWith('<!--') && text.includes('<svg'))
}

export function sniffImage(bytes: Uint8Array): Sniffed {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { kind: 'image', type: 'jpeg' }
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { kind: 'image', type: 'png' }
  if (bytes.length >= 6 && (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a')) return { kind: 'image', type: 'gif' }
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return { kind: 'image', type: 'webp' }
  if (isAvif(bytes)) return { kind: 'image', type: 'avif' }
  if (looksLikeSvg(bytes)) return { kind: 'svg' }
  return { kind: 'unknown' }
}

/** "10 Mo", "1,5 Mo", "300 Ko": sizes as French readers write them. */
export function formatBytes(bytes: number): string {
  const number = (n: number) => new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(n)
  if (bytes < 1024) return `${bytes} octets`
  if (bytes < 1024 * 1024) return `${number(Math.round(bytes / 1024))} Ko`
  return `${number(Math.round((bytes / (1024 * 1024)) * 10) / 10)} Mo`
}

/** The French messages an uploader sees. One place, so the page, the picker and the tests agree. */
export const UPLOAD_ERRORS = {
  svg: 'Les images SVG ne sont pas acceptées : enregistrez-la en PNG ou en JPEG, puis réessayez.',
  unknownType: 'Ce fichier n’est pas une image acceptée. Formats acceptés : JPEG, PNG, WebP, AVIF et GIF.',
  unreadable: 'Cette image est endommagée ou illisible. Enregistrez-la de nouveau, puis réessayez.',
  tooManyPixels: (megapixels: number) => `Cette image est trop grande : ${megapixels} millions de pixels au plus.`,
  tooManyFrames: (max: number, actual: number) =>
    `Cette animation compte trop d’images (${new Intl.NumberFormat('fr-FR').format(actual)}) : ${new Intl.NumberFormat('fr-FR').format(max)} au plus. Raccourcissez-la, puis réessayez.`,
  animationTooLarge: (megapixels: number) => `Cette animation est trop grande : ${megapixels} millions de pixels au plus, toutes images comprises. Réduisez sa taille ou son nombre d’images.`,
  tooLarge: (maxBytes: number, actual?: number) => {
    if (actual === undefined) return `Ce fichier est trop lourd : la limite est de ${formatBytes(maxBytes)}.`
    const size = formatBytes(actual)
    // "pèse 10 Mo : la limite est de 10 Mo" would read as a contradiction once rounded.
    return `Ce fichier pèse ${size === formatBytes(maxBytes) ? `plus de ${size}` : size} : la limite est de ${formatBytes(maxBytes)}.`
  },
  missingFile: 'Choisissez une image à téléverser.',
  empty: 'Ce fichier est vide.',
} as const
