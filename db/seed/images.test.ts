import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { seedAuthors } from './content/authors'
import { COVER_MOTIFS } from './content/types'
import { renderCover, renderPortrait } from './images'

const isJpeg = (buf: Buffer) => buf[0] === 0xff && buf[1] === 0xd8

describe('renderCover', () => {
  it.each(COVER_MOTIFS)('draws "%s" as a 1600x900 JPEG under 250 KB', async (motif) => {
    const buf = await renderCover(motif, 0)
    expect(isJpeg(buf)).toBe(true)
    const meta = await sharp(buf).metadata()
    expect(meta.format).toBe('jpeg')
    expect(meta.width).toBe(1600)
    expect(meta.height).toBe(900)
    expect(buf.length).toBeLessThan(250 * 1024)
  }, 30_000)

  it.each(COVER_MOTIFS)('is deterministic and variant-dependent for "%s"', async (motif) => {
    const [a, b, c] = await Promise.all([renderCover(motif, 1), renderCover(motif, 1), renderCover(motif, 2)])
    expect(a.equals(b)).toBe(true)
    expect(a.equals(c)).toBe(false)
  }, 30_000)

  it('honours a custom size', async () => {
    const buf = await renderCover('river', 3, 800, 600)
    const meta = await sharp(buf).metadata()
    expect([meta.width, meta.height]).toEqual([800, 600])
  })
})

describe('renderPortrait', () => {
  it.each(seedAuthors.map((a) => [a.slug, a.portrait] as const))('draws %s as a square JPEG', async (_slug, portrait) => {
    const buf = await renderPortrait(portrait)
    expect(isJpeg(buf)).toBe(true)
    const meta = await sharp(buf).metadata()
    expect(meta.format).toBe('jpeg')
    expect(meta.width).toBe(480)
    expect(meta.height).toBe(480)
    expect((await renderPortrait(portrait)).equals(buf)).toBe(true)
  }, 30_000)

  it('honours a custom width', async () => {
    const meta = await sharp(await renderPortrait({ skin: '#6b4226', background: '#e9c7d4', clothes: '#6a3d8f' }, 200)).metadata()
    expect([meta.width, meta.height]).toEqual([200, 200])
  })
})
