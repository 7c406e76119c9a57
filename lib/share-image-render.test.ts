import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { ReactElement, ReactNode } from 'react'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

// env() reads UPLOADS_DIR once: set it before anything calls it.
const uploads = fs.mkdtempSync(path.join(os.tmpdir(), 'kibaru-share-'))
process.env.UPLOADS_DIR = uploads

const { buildShareCard, cardText, coverFile, getShareImage, renderShareCard, shareCacheDir } = await import('./share-image-render')
const { shareImageVersion } = await import('./share-image')

const LIMIT = 300 * 1024

/** Every piece of text in an element tree. */
function textOf(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === 'boolean') return ''
  if (typeof node === 'string' || typeof node === 'number') return String(node)
  if (Array.isArray(node)) return node.map(textOf).join(' ')
  const el = node as ReactElement<{ children?: ReactNode }>
  return textOf(el.props?.children)
}

/** No request may leave the machine: next/og would fetch fonts or emoji for unknown glyphs. */
const realFetch = globalThis.fetch
const fetchSpy = vi.fn(async (input: string | URL | Request, init?: RequestInit) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
  // next/og loads its own WebAssembly through data: URLs; anything else would be the network.
  if (url.startsWith('data:')) return realFetch(input, init)
  throw new Error(`hors ligne : ${url}`)
})
const networkCalls = () => fetchSpy.mock.calls.map(([input]) => String(input instanceof Request ? input.url : input)).filter((u) => !u.startsWith('data:'))

beforeAll(async () => {
  vi.stubGlobal('fetch', fetchSpy)
  fs.mkdirSync(path.join(uploads, '2026', '05'), { recursive: true })
  // A 1600×900 photo-like picture: a gradient with a bright subject off-centre, and some noise.
  const width = 1600
  const height = 900
  const pixels = Buffer.alloc(width * height * 3)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3
      const subject = (x - 1150) ** 2 + (y - 420) ** 2 < 180 ** 2
      const n = (Math.sin(x * 12.9898 + y * 78.233) * 43758.5453) % 1
      pixels[i] = subject ? 230 : 40 + (x / width) * 120 + n * 30
      pixels[i + 1] = subject ? 180 : 60 + (y / height) * 100 + n * 30
      pixels[i + 2] = subject ? 40 : 90 + n * 30
    }
  }
  await sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 92 }).toFile(path.join(uploads, '2026', '05', 'couverture.jpg'))
  // Pure noise: the worst case for JPEG size.
  await sharp(Buffer.from(Array.from({ length: width * height * 3 }, () => Math.floor(Math.random() * 256))), { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 95 })
    .toFile(path.join(uploads, '2026', '05', 'bruit.jpg'))
})

afterAll(() => {
  vi.unstubAllGlobals()
  fs.rmSync(uploads, { recursive: true, force: true })
})

async function expectShareJpeg(data: Buffer) {
  const meta = await sharp(data).metadata()
  expect(meta.format).toBe('jpeg')
  expect([meta.width, meta.height]).toEqual([1200, 630])
  expect(data.length).toBeLessThan(LIMIT)
  expect(meta.exif).toBeUndefined()
  return meta
}

describe('cardText', () => {
  it('keeps French and Bambara letters, drops emoji and other scripts', () => {
    expect(cardText('Goïta à Ségou 🇲🇱🎉 !')).toBe('Goïta à Ségou !')
    expect(cardText('Œuvre, « ɲɔgɔn » et ŋ – 12 € …')).toBe('Œuvre, « ɲɔgɔn » et ŋ – 12 € …')
    expect(cardText('Famille 👨‍👩‍👧 ✈️ مالي 马里')).toBe('Famille')
    expect(cardText('Cafe\u0301')).toBe('Café')
    expect(cardText('Hà Nội')).toBe('Hà Noi')
    expect(cardText('Victoire\u202f! ‐ 2025‑2026')).toBe('Victoire\u00a0! - 2025-2026')
  })

  it('lets through only characters the bundled fonts draw: next/og never looks for another font', async () => {
    let all = ''
    for (let code = 0x20; code < 0x2200; code++) {
      const char = String.fromCodePoint(code)
      if (cardText(char) === char) all += `${char} `
    }
    expect(all.length).toBeGreaterThan(1000)
    const [, options] = await buildShareCard({ title: 'x', rubrique: null })
    const { ImageResponse } = await import('next/og')
    const { createElement } = await import('react')
    fetchSpy.mockClear()
    for (const [weight, fontSize] of [[700, 14], [400, 14]] as const) {
      const element = createElement('div', { style: { display: 'flex', width: '100%', height: '100%', fontFamily: '"Noto Serif", "Noto Serif Ext"', fontWeight: weight, fontSize, backgroundColor: '#fff' } }, all)
      await new ImageResponse(element, options).arrayBuffer()
    }
    expect(networkCalls()).toEqual([])
  }, 30_000)
})

describe('coverFile', () => {
  it('maps a media URL to its file inside UPLOADS_DIR, and nothing outside', () => {
    expect(coverFile('/media/2026/05/couverture.jpg')).toBe(path.join(uploads, '2026', '05', 'couverture.jpg'))
    expect(coverFile('/media/demo/cover%20a.jpg')).toBe(path.join(uploads, 'demo', 'cover a.jpg'))
    expect(coverFile('/media/../secret.jpg')).toBeNull()
    expect(coverFile('/media/%2e%2e/secret.jpg')).toBeNull()
    expect(coverFile('/media/..%2Fsecret.jpg')).toBeNull()
    expect(coverFile('/media/.share-cache/x.jpg')).toBeNull()
    expect(coverFile('/etc/passwd')).toBeNull()
    expect(coverFile('/media/%E0%A4%A.jpg')).toBeNull()
  })
})

describe('buildShareCard', () => {
  it('gives next/og the headline, the rubrique and the site name, with local fonts only', async () => {
    const [element, options] = await buildShareCard({ title: 'Goïta à Ségou : le fleuve 🚣 se lève', rubrique: 'Société 🌍' })
    const text = textOf(element)
    expect(text).toContain('Goïta à Ségou\u00a0: le fleuve se lève')
    expect(text).toContain('Société')
    expect(text).toContain('Kibaru')
    expect(text).not.toMatch(/\p{Extended_Pictographic}/u)
    expect(options?.width).toBe(1200)
    expect(options?.height).toBe(630)
    expect(options?.fonts?.map((f) => [f.name, f.weight])).toEqual([
      ['Noto Serif', 700],
      ['Noto Serif Ext', 700],
      ['Noto Serif', 400],
      ['Noto Serif Ext', 400],
    ])
    expect(options?.fonts?.every((f) => f.data.byteLength > 10_000)).toBe(true)
  })

  it('clips a very long headline with an ellipsis', async () => {
    const [element] = await buildShareCard({ title: 'mot '.repeat(100), rubrique: null })
    const text = textOf(element)
    expect(text).toContain('mot '.repeat(40))
    expect(text).not.toContain('mot '.repeat(50))
    expect(text).toMatch(/mot…/)
  })
})

describe('renderShareCard (next/og, offline)', () => {
  it('draws a 1200×630 JPEG under 300 KB from a headline with accents and an emoji, without the network', async () => {
    fetchSpy.mockClear()
    const data = await renderShareCard({ title: 'Goïta à Ségou 🎉 : ɲɔgɔn, « Œuvre » – l’été…', rubrique: 'Politique' })
    await expectShareJpeg(data)
    expect(networkCalls()).toEqual([])
    // Mostly paper, with dark text on it: not a blank image.
    const stats = await sharp(data).stats()
    expect(stats.channels[0]?.min).toBeLessThan(60)
    expect(stats.channels[0]?.max).toBeGreaterThan(230)
  }, 30_000)
})

describe('getShareImage', () => {
  it('crops the cover to a 1200×630 JPEG under 300 KB and caches it on disk', async () => {
    const article = { slug: 'goita-a-segou', title: 'Goïta à Ségou', category: { name: 'Politique' }, cover: { src: '/media/2026/05/couverture.jpg' } }
    const first = await getShareImage(article)
    expect(first.cached).toBe(false)
    expect(first.version).toBe(shareImageVersion({ title: article.title, coverSrc: article.cover.src }))
    await expectShareJpeg(first.data)
    const file = path.join(shareCacheDir(), `goita-a-segou-${first.version}.jpg`)
    expect(fs.existsSync(file)).toBe(true)
    // The bright subject on the right is kept by the crop.
    const { dominant } = await sharp(first.data).extract({ left: 700, top: 150, width: 400, height: 300 }).stats()
    expect(dominant.r).toBeGreaterThan(150)

    const second = await getShareImage(article)
    expect(second.cached).toBe(true)
    expect(second.data.equals(first.data)).toBe(true)

    // A new title: a new version, and the older file is pruned.
    const renamed = await getShareImage({ ...article, title: 'Goïta à Ségou, suite' })
    expect(renamed.version).not.toBe(first.version)
    expect(fs.existsSync(file)).toBe(false)
    expect(fs.readdirSync(shareCacheDir()).filter((n) => n.endsWith('.tmp'))).toEqual([])
  }, 30_000)

  it('renders a story only once when asked many times at once', async () => {
    const article = { slug: 'une-seule-fois', title: 'Une seule fois', category: null, cover: { src: '/media/2026/05/couverture.jpg' } }
    const results = await Promise.all(Array.from({ length: 8 }, () => getShareImage(article)))
    expect(results.filter((r) => !r.cached).length).toBeGreaterThanOrEqual(1)
    expect(new Set(results.map((r) => r.data))).toHaveProperty('size', 1)
  }, 30_000)

  it('keeps even pure noise under 300 KB', async () => {
    const { data } = await getShareImage({ slug: 'bruit', title: 'Bruit', category: null, cover: { src: '/media/2026/05/bruit.jpg' } })
    await expectShareJpeg(data)
  }, 30_000)

  it('generates the card for a story without a cover, offline', async () => {
    fetchSpy.mockClear()
    const { data, cached } = await getShareImage({ slug: 'sans-couverture', title: 'Goïta à Ségou 🇲🇱', category: { name: 'Sécurité' }, cover: null })
    expect(cached).toBe(false)
    await expectShareJpeg(data)
    expect(networkCalls()).toEqual([])
  }, 30_000)

  it('falls back to the card, uncached, when the cover file is missing', async () => {
    const { data } = await getShareImage({ slug: 'couverture-perdue', title: 'Couverture perdue', category: null, cover: { src: '/media/2026/05/absente.jpg' } })
    await expectShareJpeg(data)
    expect(fs.readdirSync(shareCacheDir()).some((n) => n.startsWith('couverture-perdue-'))).toBe(false)
  }, 30_000)

  it('refuses a malformed slug', async () => {
    await expect(getShareImage({ slug: '../x', title: 'x', category: null, cover: null })).rejects.toThrow()
  })
})
