import sharp from 'sharp'
import { describe, expect, it, vi } from 'vitest'
import { inspectUpload, processImage, responsiveWidths, SHARE_MAX_BYTES, UploadRefused } from './process'
import { UPLOAD_ERRORS } from './sniff'

const MB = 1024 * 1024
// Image encoding is CPU work on shared cores: generous limits, no timing assertions.
vi.setConfig({ testTimeout: 60_000 })

/** A photo-like picture: smooth noise, so encoders have real work to do. */
async function picture(width: number, height: number) {
  return sharp({ create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 50 } } })
    .blur(2)
    .png()
    .toBuffer()
}

async function refusal(run: Promise<unknown>): Promise<UploadRefused> {
  const error = await run.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(UploadRefused)
  return error as UploadRefused
}

describe('processImage', () => {
  it('strips EXIF and GPS from a JPEG and applies its orientation first', async () => {
    const input = await sharp(await picture(1000, 600))
      .withMetadata({ orientation: 6 })
      .withExif({ IFD0: { Make: 'Kibaru Test', Copyright: 'secret' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '12/1 39/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '8/1 0/1 0/1' } })
      .jpeg({ quality: 90 })
      .toBuffer()
    const before = await sharp(input).metadata()
    expect(before.exif?.includes(Buffer.from('Kibaru Test'))).toBe(true)
    expect(before.orientation).toBe(6)

    const out = await processImage(input, 10 * MB)
    expect(out.mimeType).toBe('image/jpeg')
    // Orientation 6 is a quarter turn: the stored image is upright, portrait.
    expect([out.width, out.height]).toEqual([600, 1000])
    const after = await sharp(out.original).metadata()
    expect([after.width, after.height]).toEqual([600, 1000])
    expect(after.exif).toBeUndefined()
    expect(after.xmp).toBeUndefined()
    expect(after.orientation).toBeUndefined()
    expect(out.original.includes(Buffer.from('Kibaru Test'))).toBe(false)
    for (const variant of out.variants) expect((await sharp(variant.data).metadata()).exif).toBeUndefined()
  })

  it('judges the type from the content: PNG bytes are a PNG, whatever the name', async () => {
    const out = await processImage(await picture(640, 400), 10 * MB)
    expect(out).toMatchObject({ type: 'png', mimeType: 'image/png', ext: 'png', width: 640, height: 400 })
    expect((await sharp(out.original).metadata()).format).toBe('png')
  })

  it('drops PNG text chunks', async () => {
    const input = await sharp(await picture(300, 200)).png().withMetadata().toBuffer()
    const tagged = await sharp(input).withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF/>Lieu secret</x:xmpmeta>').png().toBuffer()
    expect((await sharp(tagged).metadata()).xmp).toBeDefined()
    const out = await processImage(tagged, 10 * MB)
    expect((await sharp(out.original).metadata()).xmp).toBeUndefined()
    expect(out.original.includes(Buffer.from('Lieu secret'))).toBe(false)
  })

  it('makes responsive AVIF and WebP copies, never wider than the original, and a 1200×630 share crop', async () => {
    const out = await processImage(await sharp(await picture(2000, 1000)).jpeg().toBuffer(), 10 * MB)
    const responsive = out.variants.filter((v) => v.purpose === 'responsive')
    expect(responsive.map((v) => `${v.format}:${v.width}x${v.height}`).sort()).toEqual(
      ['avif:480x240', 'avif:800x400', 'avif:1200x600', 'avif:1600x800', 'webp:480x240', 'webp:800x400', 'webp:1200x600', 'webp:1600x800'].sort(),
    )
    for (const v of responsive) {
      const meta = await sharp(v.data).metadata()
      expect(meta.format).toBe(v.format === 'avif' ? 'heif' : 'webp')
      expect([meta.width, meta.height]).toEqual([v.width, v.height])
    }
    const share = out.variants.find((v) => v.purpose === 'share')!
    const meta = await sharp(share.data).metadata()
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 1200, 630])
    expect(share.data.length).toBeLessThanOrEqual(SHARE_MAX_BYTES)
  })

  it('never upscales a small image', async () => {
    const out = await processImage(await picture(300, 200), 10 * MB)
    expect(out.variants.filter((v) => v.purpose === 'responsive').map((v) => v.width)).toEqual([300, 300])
    expect(responsiveWidths(1000)).toEqual([480, 800, 1000])
    expect(responsiveWidths(1600)).toEqual([480, 800, 1200, 1600])
    expect(responsiveWidths(5000)).toEqual([480, 800, 1200, 1600])
  })

  it('keeps every frame of an animated GIF, and makes its variants from the first', async () => {
    const frames = await Promise.all(['#c0392b', '#27ae60', '#2980b9'].map((background) => sharp({ create: { width: 120, height: 80, channels: 3, background } }).png().toBuffer()))
    const gif = await sharp(frames, { join: { animated: true } }).gif({ delay: [100, 100, 100] }).toBuffer()
    expect((await sharp(gif).metadata()).pages).toBe(3)
    const out = await processImage(gif, 10 * MB)
    expect(out).toMatchObject({ type: 'gif', animated: true, width: 120, height: 80 })
    expect((await sharp(out.original, { animated: true }).metadata()).pages).toBe(3)
    const webp = out.variants.find((v) => v.format === 'webp')!
    const { data } = await sharp(webp.data).raw().toBuffer({ resolveWithObject: true })
    // The first frame is red.
    expect(data[0]).toBeGreaterThan(150)
    expect(data[1]).toBeLessThan(100)
  })

  it('accepts WebP and AVIF uploads', async () => {
    const webp = await processImage(await sharp(await picture(500, 300)).webp().toBuffer(), 10 * MB)
    expect(webp.mimeType).toBe('image/webp')
    const avif = await processImage(await sharp(await picture(500, 300)).avif({ effort: 1 }).toBuffer(), 10 * MB)
    expect(avif).toMatchObject({ mimeType: 'image/avif', ext: 'avif', width: 500, height: 300 })
  })
})

describe('refusals, with the French message the uploader sees', () => {
  it('refuses a text file, whatever its name says', async () => {
    const error = await refusal(processImage(Buffer.from('Ceci n’est pas une image, même nommé photo.jpg\n'), 10 * MB))
    expect(error.message).toBe(UPLOAD_ERRORS.unknownType)
    expect(error.message).toMatch(/n’est pas une image acceptée/)
    expect(error.status).toBe(415)
  })

  it('refuses SVG by name', async () => {
    const svg = Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>')
    const error = await refusal(processImage(svg, 10 * MB))
    expect(error.message).toBe(UPLOAD_ERRORS.svg)
    expect(error.message).toMatch(/SVG ne sont pas acceptées/)
  })

  it('refuses a file over the limit before decoding it', async () => {
    const big = await sharp(await picture(400, 400)).png().toBuffer()
    const error = await refusal(processImage(big, big.length - 1))
    expect(error.status).toBe(413)
    expect(error.message).toMatch(/^Ce fichier pèse .+ : la limite est de .+\.$/)
  })

  it('refuses a file whose first bytes lie about the rest', async () => {
    const fake = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('pas du tout un JPEG '.repeat(20))])
    expect((await refusal(processImage(fake, 10 * MB))).message).toBe(UPLOAD_ERRORS.unreadable)
    // PNG signature, GIF content.
    const gif = await sharp(await picture(20, 20)).gif().toBuffer()
    const chimera = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), gif])
    expect((await refusal(processImage(chimera, 10 * MB))).message).toBe(UPLOAD_ERRORS.unreadable)
  })

  it('refuses an empty file and a decompression bomb', async () => {
    expect((await refusal(processImage(Buffer.alloc(0), 10 * MB))).message).toBe(UPLOAD_ERRORS.empty)
    // 10 000 × 10 000 pixels of one colour: a tiny PNG that would decode to 300 MB.
    const bomb = await sharp({ create: { width: 10_000, height: 10_000, channels: 3, background: '#fff' } }).png({ compressionLevel: 9 }).toBuffer()
    expect(bomb.length).toBeLessThan(MB)
    const error = await refusal(inspectUpload(bomb, 10 * MB))
    expect(error.message).toMatch(/trop grande/)
  })
})
