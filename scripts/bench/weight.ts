// Page weight: bytes over the wire of the HTML, CSS and JavaScript a page needs before its
// images, uncompressed, gzip and brotli; and what a phone actually requests (chromium).
import zlib from 'node:zlib'
import type { Browser } from '@playwright/test'
import { pageAssets } from './html'
import { rawGet } from './server'

type Encoding = 'gzip' | 'br'

export interface Sized {
  raw: number
  gzip: number
  br: number
}

export interface ResourceWeight extends Sized {
  url: string
  kind: 'html' | 'css' | 'js' | 'font'
  /** How each compressed figure was obtained: served by the server, or computed here with zlib. */
  gzipFrom: 'served' | 'computed' | 'not compressible'
  brFrom: 'served' | 'computed' | 'not compressible'
}

export interface PageWeight {
  path: string
  resources: ResourceWeight[]
  totals: { html: Sized; css: Sized; js: Sized; font: Sized; all: Sized }
  /** What chromium requests while loading the page on a phone-sized screen. */
  browser: {
    viewport: string
    requestsBeforeImages: number
    byType: Record<string, number>
    images: { url: string; contentType: string; bytes: number }[]
    /** Requests made after the load event (beacons, prefetches). */
    afterLoad: string[]
  }
}

const compressors: Record<Encoding, (b: Buffer) => Buffer> = {
  // zlib's defaults: gzip level 6 (what Node's compression middleware uses), brotli quality 11
  // (what a build step or a CDN pre-compressing static files would use).
  gzip: (b) => zlib.gzipSync(b, { level: 6 }),
  br: (b) => zlib.brotliCompressSync(b),
}

// Hashed static files are the same on every page: measured (and brotli-compressed, which is slow
// at quality 11) once.
const staticFiles = new Map<string, Promise<ResourceWeight>>()

function measure(origin: string, url: string, kind: ResourceWeight['kind']): Promise<ResourceWeight> {
  if (!url.includes('/_next/static/')) return measureOnce(origin, url, kind)
  const key = `${origin} ${url}`
  if (!staticFiles.has(key)) staticFiles.set(key, measureOnce(origin, url, kind))
  return staticFiles.get(key) as Promise<ResourceWeight>
}

async function measureOnce(origin: string, url: string, kind: ResourceWeight['kind']): Promise<ResourceWeight> {
  const full = new URL(url, origin).toString()
  const identity = await rawGet(full, { 'accept-encoding': 'identity' })
  if (identity.status !== 200) throw new Error(`Poids : ${url} répond ${identity.status}.`)
  const raw = identity.body
  const out: ResourceWeight = { url, kind, raw: raw.length, gzip: raw.length, br: raw.length, gzipFrom: 'not compressible', brFrom: 'not compressible' }
  if (kind === 'font') return out // woff2 is already compressed; servers send it as is
  for (const encoding of ['gzip', 'br'] as const) {
    const served = await rawGet(full, { 'accept-encoding': encoding })
    if (served.headers['content-encoding'] === encoding) {
      out[encoding] = served.body.length
      out[`${encoding}From`] = 'served'
    } else {
      out[encoding] = compressors[encoding](raw).length
      out[`${encoding}From`] = 'computed'
    }
  }
  return out
}

const sum = (list: Sized[]): Sized => list.reduce((a, r) => ({ raw: a.raw + r.raw, gzip: a.gzip + r.gzip, br: a.br + r.br }), { raw: 0, gzip: 0, br: 0 })

export async function pageWeight(origin: string, path: string, browser: Browser): Promise<PageWeight> {
  const html = await measure(origin, path, 'html')
  const page = (await rawGet(new URL(path, origin).toString(), { 'accept-encoding': 'identity' })).body.toString('utf8')
  const assets = pageAssets(page)
  const resources = [
    html,
    ...(await Promise.all(assets.stylesheets.map((u) => measure(origin, u, 'css')))),
    ...(await Promise.all(assets.scripts.map((u) => measure(origin, u, 'js')))),
    ...(await Promise.all(assets.preloads.filter((p) => p.as === 'font').map((p) => measure(origin, p.href, 'font')))),
  ]
  const of = (kind: ResourceWeight['kind']) => sum(resources.filter((r) => r.kind === kind))
  return {
    path,
    resources,
    totals: { html: of('html'), css: of('css'), js: of('js'), font: of('font'), all: sum(resources) },
    browser: await browserRequests(origin, path, browser),
  }
}

/** Lighthouse's mobile screen (Moto G Power): 412 × 823 CSS pixels at 1.75 device pixels each. */
async function browserRequests(origin: string, path: string, browser: Browser): Promise<PageWeight['browser']> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true, locale: 'fr-FR' })
  try {
    const page = await context.newPage()
    const requests: { url: string; type: string; afterLoad: boolean }[] = []
    let loaded = false
    page.on('request', (r) => requests.push({ url: r.url().replace(origin, ''), type: r.resourceType(), afterLoad: loaded }))
    const images: { url: string; contentType: string; bytes: number }[] = []
    page.on('requestfinished', async (r) => {
      if (r.resourceType() !== 'image') return
      const sizes = await r.sizes().catch(() => null)
      const response = await r.response().catch(() => null)
      images.push({ url: r.url().replace(origin, ''), contentType: response?.headers()['content-type'] ?? '', bytes: sizes?.responseBodySize ?? 0 })
    })
    await page.goto(new URL(path, origin).toString(), { waitUntil: 'load' })
    loaded = true
    await page.waitForTimeout(1500) // beacons and anything started after load
    const before = requests.filter((r) => !r.afterLoad)
    const byType: Record<string, number> = {}
    for (const r of before) byType[r.type] = (byType[r.type] ?? 0) + 1
    return {
      viewport: '412×823 @1.75x',
      requestsBeforeImages: before.filter((r) => r.type !== 'image' && r.type !== 'media').length,
      byType,
      images,
      afterLoad: requests.filter((r) => r.afterLoad).map((r) => `${r.type} ${r.url}`),
    }
  } finally {
    await context.close()
  }
}
