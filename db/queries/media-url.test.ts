import { describe, expect, it } from 'vitest'
import type { MediaVariant } from '../schema'
import { mediaSrcSet, mediaUrl, pictureImage, responsiveImage } from './media-url'

const variant = (width: number, format: MediaVariant['format'], purpose: MediaVariant['purpose'] = 'responsive'): MediaVariant => ({
  path: `2026/11/abc-${purpose === 'share' ? 'partage' : width}.${format === 'jpeg' ? 'jpg' : format}`,
  width,
  height: Math.round((width * 9) / 16),
  format,
  bytes: 1000,
  purpose,
})

// As lib/media/process.ts stores them for a 1600 × 900 upload, in its order (width by width).
const variants = [480, 800, 1200, 1600].flatMap((w) => [variant(w, 'avif'), variant(w, 'webp')]).concat(variant(1200, 'jpeg', 'share'))
const row = { path: '2026/11/abc.jpg', width: 1600, height: 900, variants }

describe('media URLs', () => {
  it('encodes each segment of a stored path', () => {
    expect(mediaUrl('2026/11/a b#c.jpg')).toBe('/media/2026/11/a%20b%23c.jpg')
  })

  it('lists one format of responsive copies, narrowest first', () => {
    expect(mediaSrcSet([...variants].reverse(), 'webp')).toBe('/media/2026/11/abc-480.webp 480w, /media/2026/11/abc-800.webp 800w, /media/2026/11/abc-1200.webp 1200w, /media/2026/11/abc-1600.webp 1600w')
    expect(mediaSrcSet(null, 'avif')).toBe('')
  })

  it('gives AVIF before WebP, and the share crop apart', () => {
    const image = responsiveImage(row)
    expect(image.sources.map((s) => s.type)).toEqual(['image/avif', 'image/webp'])
    expect(image.sources[0]?.srcSet).toMatch(/^\/media\/2026\/11\/abc-480\.avif 480w, /)
    expect(image.share).toEqual({ src: '/media/2026/11/abc-partage.jpg', width: 1200, height: 675 })
  })
})

describe('pictureImage', () => {
  it('carries the stored copies of an upload', () => {
    const image = pictureImage(row, 'Le fleuve Niger à Ségou')
    expect(image).toMatchObject({ src: '/media/2026/11/abc.jpg', width: 1600, height: 900, alt: 'Le fleuve Niger à Ségou' })
    expect(image.sources).toHaveLength(2)
  })

  it('is the bare original for an image without copies (demo images, old uploads)', () => {
    expect(pictureImage({ ...row, variants: null }, '')).toEqual({ src: '/media/2026/11/abc.jpg', width: 1600, height: 900, alt: '' })
    expect(pictureImage({ ...row, variants: [variant(1200, 'jpeg', 'share')] }, '')).not.toHaveProperty('sources')
  })
})
