import { describe, expect, it } from 'vitest'
import { formatBytes, sniffImage, UPLOAD_ERRORS } from './sniff'

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)))

/** An ISO-BMFF "ftyp" box with a major brand and compatible brands. */
function ftyp(major: string, ...compatible: string[]) {
  const size = 16 + compatible.length * 4
  return bytes([0, 0, 0, size], 'ftyp', major, [0, 0, 0, 0], ...compatible, [0, 0, 0, 8], 'meta')
}

describe('sniffImage', () => {
  it('recognises each accepted type by its first bytes', () => {
    expect(sniffImage(bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF'))).toEqual({ kind: 'image', type: 'jpeg' })
    expect(sniffImage(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toEqual({ kind: 'image', type: 'png' })
    expect(sniffImage(bytes('GIF89a', [1, 0, 1, 0]))).toEqual({ kind: 'image', type: 'gif' })
    expect(sniffImage(bytes('GIF87a', [1, 0, 1, 0]))).toEqual({ kind: 'image', type: 'gif' })
    expect(sniffImage(bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '))).toEqual({ kind: 'image', type: 'webp' })
    expect(sniffImage(ftyp('avif', 'mif1', 'miaf'))).toEqual({ kind: 'image', type: 'avif' })
    expect(sniffImage(ftyp('avis', 'msf1'))).toEqual({ kind: 'image', type: 'avif' })
    // An AVIF brand among the compatible ones counts too.
    expect(sniffImage(ftyp('mif1', 'avif', 'miaf'))).toEqual({ kind: 'image', type: 'avif' })
  })

  it('refuses look-alikes: HEIC, a RIFF that is not WebP, a truncated PNG signature, video', () => {
    expect(sniffImage(ftyp('heic', 'mif1', 'heic'))).toEqual({ kind: 'unknown' })
    expect(sniffImage(ftyp('isom', 'mp41'))).toEqual({ kind: 'unknown' })
    expect(sniffImage(bytes('RIFF', [0x24, 0, 0, 0], 'WAVEfmt '))).toEqual({ kind: 'unknown' })
    expect(sniffImage(bytes([0x89], 'PNG'))).toEqual({ kind: 'unknown' })
    expect(sniffImage(bytes([0xff, 0xd8]))).toEqual({ kind: 'unknown' })
    expect(sniffImage(new Uint8Array())).toEqual({ kind: 'unknown' })
  })

  it('names SVG, whatever its prologue, and leaves other text unknown', () => {
    expect(sniffImage(bytes('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toEqual({ kind: 'svg' })
    expect(sniffImage(bytes([0xef, 0xbb, 0xbf], '  <?xml version="1.0"?><svg/>'))).toEqual({ kind: 'svg' })
    expect(sniffImage(bytes('<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN">'))).toEqual({ kind: 'svg' })
    expect(sniffImage(bytes('<!-- Inkscape --><svg></svg>'))).toEqual({ kind: 'svg' })
    expect(sniffImage(bytes('Bonjour, ceci est un texte.'))).toEqual({ kind: 'unknown' })
    expect(sniffImage(bytes('<html><img src=x onerror=alert(1)></html>'))).toEqual({ kind: 'unknown' })
  })
})

describe('French sizes and messages', () => {
  it('writes sizes the French way', () => {
    expect(formatBytes(10 * 1024 * 1024)).toBe('10 Mo')
    expect(formatBytes(1.5 * 1024 * 1024)).toBe('1,5 Mo')
    expect(formatBytes(300 * 1024)).toBe('300 Ko')
    expect(formatBytes(12)).toBe('12 octets')
  })
  it('says what the limit is', () => {
    expect(UPLOAD_ERRORS.tooLarge(10 * 1024 * 1024, 11 * 1024 * 1024)).toBe('Ce fichier pèse 11 Mo : la limite est de 10 Mo.')
    expect(UPLOAD_ERRORS.tooLarge(10 * 1024 * 1024, 10 * 1024 * 1024 + 10)).toBe('Ce fichier pèse plus de 10 Mo : la limite est de 10 Mo.')
  })
})
