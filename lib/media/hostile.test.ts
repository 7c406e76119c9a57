// Hostile uploads (issue 6): files made to exhaust the server (huge dimensions in a tiny file,
// ten thousand frames) and polyglots (an image that is also an HTML page). Each is refused from its
// header, before any pixel is decoded, or re-encoded so that nothing but pixels is kept. Time and
// peak memory are printed; memory gets a generous bound, time none (shared cores).
import zlib from 'node:zlib'
import sharp from 'sharp'
import { describe, expect, it, vi } from 'vitest'
import { inspectUpload, MAX_FRAMES, processImage, UploadRefused } from './process'
import { UPLOAD_ERRORS } from './sniff'

vi.setConfig({ testTimeout: 60_000 })
const MB = 1024 * 1024

/** Runs the work while sampling the process's resident memory: its duration and peak growth. */
async function measured<T>(label: string, work: () => Promise<T>): Promise<{ result: T | Error; ms: number; peakMb: number }> {
  const before = process.memoryUsage.rss()
  let peak = before
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 2)
  const started = performance.now()
  let result: T | Error
  try {
    result = await work()
  } catch (error) {
    result = error as Error
  } finally {
    clearInterval(sampler)
  }
  peak = Math.max(peak, process.memoryUsage.rss())
  const figures = { result, ms: performance.now() - started, peakMb: (peak - before) / MB }
  console.log(`[media] ${label} : ${figures.ms.toFixed(0)} ms, mémoire de pointe +${figures.peakMb.toFixed(1)} Mo`)
  return figures
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff
  for (const byte of bytes) {
    crc ^= byte
    for (let k = 0; k < 8; k++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1
  }
  return (crc ^ 0xffffffff) >>> 0
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/** A well-formed PNG header announcing width × height RGB pixels, with the first rows of zeros. */
function hugePng(width: number, height: number): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 8 // bits per sample
  header[9] = 2 // RGB
  const rows = zlib.deflateSync(Buffer.alloc((width * 3 + 1) * 4))
  return Buffer.concat([PNG_SIGNATURE, pngChunk('IHDR', header), pngChunk('IDAT', rows), pngChunk('IEND', Buffer.alloc(0))])
}

/** A GIF89a of `frames` 1×1 frames, looping: a few bytes each. */
function manyFrameGif(frames: number): Buffer {
  const header = Buffer.from('GIF89a', 'latin1')
  const screen = Buffer.from([1, 0, 1, 0, 0x80, 0, 0, 0xff, 0xff, 0xff, 0, 0, 0]) // 1×1, two-colour palette
  const loop = Buffer.from([0x21, 0xff, 0x0b, ...Buffer.from('NETSCAPE2.0', 'latin1'), 0x03, 0x01, 0x00, 0x00, 0x00])
  // Graphic control (5/100 s), image descriptor 1×1, LZW data for one pixel.
  const frame = Buffer.from([0x21, 0xf9, 0x04, 0x00, 0x05, 0x00, 0x00, 0x00, 0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0x00, 0x02, 0x02, 0x44, 0x01, 0x00])
  return Buffer.concat([header, screen, loop, ...Array.from({ length: frames }, () => frame), Buffer.from([0x3b])])
}

const SCRIPT = '<html><body><script>alert(document.cookie)</script></body></html>'

function refused(result: unknown): UploadRefused {
  expect(result).toBeInstanceOf(UploadRefused)
  return result as UploadRefused
}

describe('dimension bombs', () => {
  it('refuses a 50 000 × 50 000 PNG from its header, without decoding 7,5 Go of pixels', async () => {
    const png = hugePng(50_000, 50_000)
    expect(png.length).toBeLessThan(2048)
    // A real image: sharp reads its header as such.
    expect(await sharp(png, { limitInputPixels: false }).metadata()).toMatchObject({ format: 'png', width: 50_000, height: 50_000 })
    const { result, peakMb } = await measured('PNG 50 000 × 50 000', () => processImage(png, 10 * MB))
    const error = refused(result)
    expect(error.status).toBe(413)
    expect(error.message).toBe(UPLOAD_ERRORS.tooManyPixels(60))
    expect(peakMb).toBeLessThan(200)
  })

  it('refuses a GIF of 10 000 frames from its header', async () => {
    const gif = manyFrameGif(10_000)
    expect((await sharp(gif, { animated: true }).metadata()).pages).toBe(10_000)
    const { result, peakMb } = await measured('GIF de 10 000 images', () => processImage(gif, 10 * MB))
    const error = refused(result)
    expect(error.status).toBe(413)
    expect(error.message).toBe('Cette animation compte trop d’images (10\u202f000) : 500 au plus. Raccourcissez-la, puis réessayez.')
    expect(peakMb).toBeLessThan(200)
  })

  it('still accepts an animation within the frame limit', async () => {
    const gif = manyFrameGif(MAX_FRAMES)
    const { result } = await measured(`GIF de ${MAX_FRAMES} images`, () => processImage(gif, 10 * MB))
    expect(result).toMatchObject({ type: 'gif', animated: true, width: 1, height: 1 })
  })

  it('refuses an animation whose frames add up to too many pixels', async () => {
    // 400 frames of 400 × 400: 64 million pixels to decode, from a small file.
    const frames = await Promise.all(['#c0392b', '#27ae60'].map((background) => sharp({ create: { width: 400, height: 400, channels: 3, background } }).png().toBuffer()))
    const two = await sharp(frames, { join: { animated: true } }).gif().toBuffer()
    const meta = await sharp(two, { animated: true }).metadata()
    expect(meta.pages).toBe(2)
    // Passing inspectUpload's frame check but not its pixel budget needs many frames: claim them.
    const error = await inspectUpload(twoToMany(two, 400), 10 * MB).then(
      () => null,
      (e: unknown) => e,
    )
    expect(refused(error).message).toMatch(/^Cette animation est trop grande : 50 millions de pixels au plus/)
  })
})

/** Repeats the frames of a GIF made by sharp until it has `count` of them. */
function twoToMany(gif: Buffer, count: number): Buffer {
  const skipSubBlocks = (at: number) => {
    while (gif[at] !== 0) at += gif[at]! + 1
    return at + 1
  }
  let at = 13
  if (gif[10]! & 0x80) at += 3 * 2 ** ((gif[10]! & 7) + 1)
  let headEnd = at
  const frames: Buffer[] = []
  let start = at
  while (gif[at] !== 0x3b) {
    if (gif[at] === 0x21) {
      const label = gif[at + 1]
      at = skipSubBlocks(at + 2)
      if (label === 0xff) headEnd = start = at // the looping extension belongs to the head
    } else if (gif[at] === 0x2c) {
      let p = at + 10
      if (gif[at + 9]! & 0x80) p += 3 * 2 ** ((gif[at + 9]! & 7) + 1)
      at = skipSubBlocks(p + 1)
      frames.push(gif.subarray(start, at))
      start = at
    } else throw new Error(`bloc GIF inattendu ${gif[at]}`)
  }
  return Buffer.concat([gif.subarray(0, headEnd), ...Array.from({ length: count }, (_, i) => frames[i % frames.length]!), Buffer.from([0x3b])])
}

describe('polyglots: an image that is also a page', () => {
  const noScript = (bytes: Buffer) => {
    expect(bytes.includes(Buffer.from('<script'))).toBe(false)
    expect(bytes.includes(Buffer.from('alert('))).toBe(false)
  }

  it('re-encodes a JPEG or a PNG followed by HTML: the stored files hold pixels only', async () => {
    const photo = sharp({ create: { width: 640, height: 400, channels: 3, background: '#2d4a7a' } })
    for (const image of [await photo.clone().jpeg().toBuffer(), await photo.clone().png().toBuffer()]) {
      const polyglot = Buffer.concat([image, Buffer.from(SCRIPT)])
      const { result } = await measured(`polyglotte ${polyglot[0] === 0xff ? 'JPEG' : 'PNG'} + HTML`, () => processImage(polyglot, 10 * MB))
      if (result instanceof Error) throw result
      expect(result.width).toBe(640)
      noScript(result.original)
      for (const variant of result.variants) noScript(variant.data)
    }
  })

  it('drops script hidden inside the image: a JPEG comment, a PNG text chunk', async () => {
    const jpeg = await sharp({ create: { width: 320, height: 200, channels: 3, background: '#b23f2c' } }).jpeg().toBuffer()
    const comment = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from([0, SCRIPT.length + 2]), Buffer.from(SCRIPT)])
    const commented = Buffer.concat([jpeg.subarray(0, 2), comment, jpeg.subarray(2)])
    const png = await sharp({ create: { width: 320, height: 200, channels: 3, background: '#b23f2c' } }).png().toBuffer()
    const text = pngChunk('tEXt', Buffer.from(`Comment\0${SCRIPT}`, 'latin1'))
    const withText = Buffer.concat([png.subarray(0, 33), text, png.subarray(33)]) // after the signature and IHDR
    for (const input of [commented, withText]) {
      expect(input.includes(Buffer.from('<script'))).toBe(true)
      const out = await processImage(input, 10 * MB)
      noScript(out.original)
      for (const variant of out.variants) noScript(variant.data)
    }
  })

  it('refuses an HTML page that only starts like an image', async () => {
    for (const start of ['GIF89a', '\x89PNG\r\n\x1a\n', '\xff\xd8\xff\xe0']) {
      const page = Buffer.concat([Buffer.from(start, 'latin1'), Buffer.from(`/*${SCRIPT}*/`)])
      const { result } = await measured(`page HTML déguisée (${JSON.stringify(start.slice(0, 4))})`, () => processImage(page, 10 * MB))
      const error = refused(result)
      expect(error.message).toBe(UPLOAD_ERRORS.unreadable)
      expect(error.status).toBe(422)
    }
  })
})
