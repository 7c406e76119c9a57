// Demo illustrations for the seed: nothing can be downloaded here, so covers and author
// portraits are drawn as SVG and rendered to JPEG with sharp. Everything is deterministic:
// the same motif and variant always give the same bytes (seeded PRNG, seeded grain).
// No text is ever drawn (librsvg has no reliable fonts on this machine).

import sharp from 'sharp'
import { mulberry32 } from '@/lib/seeded-random'

import type { SeedAuthor } from './content/authors'
import type { CoverMotif } from './content/types'

// ---------------------------------------------------------------------------------------------
// Primitives: PRNG, numbers, colours
// ---------------------------------------------------------------------------------------------

type Rng = () => number
type Pt = readonly [number, number]

/** Design space of every cover; the output size only scales it (slice, centred). */
const W = 1600
const H = 900

function hashString(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

const rand = (rng: Rng, min: number, max: number): number => min + rng() * (max - min)
const randInt = (rng: Rng, min: number, max: number): number => Math.floor(rand(rng, min, max + 1))
function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length) % items.length] as T
}
function at<T>(items: readonly T[], i: number): T {
  const n = items.length
  return items[((i % n) + n) % n] as T
}

/** Short, stable number formatting for SVG attributes. */
function f(n: number): string {
  const v = Math.round(n * 10) / 10
  return Object.is(v, -0) ? '0' : String(v)
}

function parseHex(hex: string): [number, number, number] {
  let h = hex.replace('#', '')
  if (h.length === 3) h = h.replace(/./g, (c) => c + c)
  const n = Number.parseInt(h.slice(0, 6), 16)
  if (!Number.isFinite(n)) return [128, 128, 128]
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255]
}

function toHex([r, g, b]: readonly number[]): string {
  const c = (v: number | undefined) =>
    Math.max(0, Math.min(255, Math.round(v ?? 0)))
      .toString(16)
      .padStart(2, '0')
  return `#${c(r)}${c(g)}${c(b)}`
}

/** Linear mix of two colours, t = 0 gives a, t = 1 gives b. */
function mix(a: string, b: string, t: number): string {
  const ca = parseHex(a)
  const cb = parseHex(b)
  return toHex(ca.map((v, i) => v + ((cb[i] ?? 0) - v) * t))
}

/** amount > 0 lightens towards white, amount < 0 darkens towards black. */
function shade(c: string, amount: number): string {
  return amount >= 0 ? mix(c, '#ffffff', amount) : mix(c, '#000000', -amount)
}

// ---------------------------------------------------------------------------------------------
// Palettes: warm Sahelian colour sets. Every motif uses the same roles.
// ---------------------------------------------------------------------------------------------

interface Palette {
  skyTop: string
  skyBottom: string
  sun: string
  far: string
  mid: string
  near: string
  ground: string
  accent: string
  accent2: string
  accent3: string
  dark: string
  light: string
}

const PALETTES: readonly Palette[] = [
  {
    // ochre afternoon
    skyTop: '#e79a55',
    skyBottom: '#f8dcaa',
    sun: '#fff3d6',
    far: '#dc9a62',
    mid: '#c56f3e',
    near: '#9a4b2b',
    ground: '#e9c48f',
    accent: '#b23f2c',
    accent2: '#2d4a7a',
    accent3: '#e8b13a',
    dark: '#3a2029',
    light: '#fcefd8',
  },
  {
    // indigo dusk
    skyTop: '#2c3a6e',
    skyBottom: '#eb9a68',
    sun: '#ffd89c',
    far: '#8a5a78',
    mid: '#5d3f66',
    near: '#33284c',
    ground: '#c98d5c',
    accent: '#e2663d',
    accent2: '#f2b84b',
    accent3: '#4f8f8a',
    dark: '#1b1832',
    light: '#fde4c2',
  },
  {
    // sage morning
    skyTop: '#9fc6bb',
    skyBottom: '#f3e6c6',
    sun: '#fcd995',
    far: '#98b79e',
    mid: '#5f8f6d',
    near: '#3c664b',
    ground: '#dcc291',
    accent: '#c8553d',
    accent2: '#2f5d7c',
    accent3: '#e6a93a',
    dark: '#22342b',
    light: '#fbf4e2',
  },
  {
    // terracotta noon
    skyTop: '#eda56f',
    skyBottom: '#fbe7ca',
    sun: '#fff7e3',
    far: '#e3a06f',
    mid: '#c9633a',
    near: '#8b3a26',
    ground: '#f1cf9c',
    accent: '#1f6e77',
    accent2: '#e3b13a',
    accent3: '#7a3e6b',
    dark: '#3e1f1a',
    light: '#fff5e6',
  },
  {
    // Niger blue hour
    skyTop: '#5689b0',
    skyBottom: '#f5d4a4',
    sun: '#ffe6ae',
    far: '#8ea6b8',
    mid: '#4f7192',
    near: '#2c4766',
    ground: '#d9b27b',
    accent: '#d96d3a',
    accent2: '#f0c05a',
    accent3: '#a33b3b',
    dark: '#1b2a3c',
    light: '#fdf0da',
  },
  {
    // harmattan haze
    skyTop: '#d6bd9b',
    skyBottom: '#f5ead6',
    sun: '#fbf5e8',
    far: '#cbab84',
    mid: '#ae8760',
    near: '#7a593b',
    ground: '#e7d3af',
    accent: '#a83c28',
    accent2: '#356c65',
    accent3: '#d99a2b',
    dark: '#3a2a20',
    light: '#fcf7ed',
  },
]

const SKIN_TONES = ['#5a3520', '#6e4128', '#7e4c2d', '#4a2b18', '#8b5835', '#3f2415'] as const
/** Cloth colours worn by the small figures (mixed with the palette's accents). */
const CLOTH = ['#2d4a7a', '#e8b13a', '#b23f2c', '#1f6e77', '#f3ead8', '#7a3e6b', '#3c664b', '#d96d3a'] as const
/** Banco (sun-dried earth) colour, always earthy whatever the palette. */
const banco = (pal: Palette): string => mix('#c47f4a', pal.mid, 0.18)

const MALI = { green: '#1b9a4a', gold: '#f2c630', red: '#c9262c' } as const

// ---------------------------------------------------------------------------------------------
// Scene and SVG helpers
// ---------------------------------------------------------------------------------------------

interface Scene {
  rng: Rng
  pal: Palette
  variant: number
  defs: string[]
  ids: number
}

function uid(s: Scene, prefix: string): string {
  s.ids += 1
  return `${prefix}${s.ids}`
}

type Stop = readonly [color: string, offset: number, opacity?: number]

function stopsSvg(stops: readonly Stop[]): string {
  return stops
    .map(
      ([c, o, op]) => `<stop offset="${f(o)}" stop-color="${c}"${op === undefined ? '' : ` stop-opacity="${f(op)}"`}/>`,
    )
    .join('')
}

/** A linear gradient in the shape's bounding box (default: top to bottom). Returns url(#id). */
function linear(s: Scene, stops: readonly Stop[], x1 = 0, y1 = 0, x2 = 0, y2 = 1): string {
  const id = uid(s, 'l')
  s.defs.push(`<linearGradient id="${id}" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}">${stopsSvg(stops)}</linearGradient>`)
  return `url(#${id})`
}

/** A radial gradient in the shape's bounding box. Returns url(#id). */
function radial(s: Scene, stops: readonly Stop[], cx = 0.5, cy = 0.5, r = 0.5): string {
  const id = uid(s, 'r')
  s.defs.push(`<radialGradient id="${id}" cx="${cx}" cy="${cy}" r="${r}">${stopsSvg(stops)}</radialGradient>`)
  return `url(#${id})`
}

const rect = (x: number, y: number, w: number, h: number, fill: string, extra = ''): string =>
  `<rect x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${f(h)}" fill="${fill}"${extra ? ` ${extra}` : ''}/>`
const rrect = (x: number, y: number, w: number, h: number, r: number, fill: string, extra = ''): string =>
  `<rect x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${f(h)}" rx="${f(r)}" fill="${fill}"${extra ? ` ${extra}` : ''}/>`
const circle = (cx: number, cy: number, r: number, fill: string, extra = ''): string =>
  `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(r)}" fill="${fill}"${extra ? ` ${extra}` : ''}/>`
const ellipse = (cx: number, cy: number, rx: number, ry: number, fill: string, extra = ''): string =>
  `<ellipse cx="${f(cx)}" cy="${f(cy)}" rx="${f(rx)}" ry="${f(ry)}" fill="${fill}"${extra ? ` ${extra}` : ''}/>`
const path = (d: string, fill: string, extra = ''): string =>
  `<path d="${d}" fill="${fill}"${extra ? ` ${extra}` : ''}/>`
const poly = (points: readonly Pt[], fill: string, extra = ''): string =>
  `<polygon points="${points.map(([x, y]) => `${f(x)},${f(y)}`).join(' ')}" fill="${fill}"${extra ? ` ${extra}` : ''}/>`
const line = (x1: number, y1: number, x2: number, y2: number, stroke: string, width: number, extra = ''): string =>
  `<line x1="${f(x1)}" y1="${f(y1)}" x2="${f(x2)}" y2="${f(y2)}" stroke="${stroke}" stroke-width="${f(width)}" stroke-linecap="round"${extra ? ` ${extra}` : ''}/>`
const stroke = (d: string, color: string, width: number, extra = ''): string =>
  `<path d="${d}" fill="none" stroke="${color}" stroke-width="${f(width)}" stroke-linecap="round" stroke-linejoin="round"${extra ? ` ${extra}` : ''}/>`
const group = (content: string, extra = ''): string => `<g${extra ? ` ${extra}` : ''}>${content}</g>`

/** Smooth curve through points (Catmull-Rom converted to cubic Béziers), as path data. */
function smooth(points: readonly Pt[], move = true): string {
  if (points.length === 0) return ''
  const first = points[0] as Pt
  let d = move ? `M${f(first[0])} ${f(first[1])}` : `L${f(first[0])} ${f(first[1])}`
  for (let i = 0; i < points.length - 1; i++) {
    const p0 = points[i - 1] ?? (points[i] as Pt)
    const p1 = points[i] as Pt
    const p2 = points[i + 1] as Pt
    const p3 = points[i + 2] ?? p2
    const c1x = p1[0] + (p2[0] - p0[0]) / 6
    const c1y = p1[1] + (p2[1] - p0[1]) / 6
    const c2x = p2[0] - (p3[0] - p1[0]) / 6
    const c2y = p2[1] - (p3[1] - p1[1]) / 6
    d += ` C${f(c1x)} ${f(c1y)} ${f(c2x)} ${f(c2y)} ${f(p2[0])} ${f(p2[1])}`
  }
  return d
}

/** Wavy horizon points from x0 to x1 around y. */
function wave(rng: Rng, y: number, amp: number, n: number, x0 = -80, x1 = W + 80): Pt[] {
  const pts: Pt[] = []
  for (let i = 0; i <= n; i++) {
    const x = x0 + ((x1 - x0) * i) / n + (i > 0 && i < n ? rand(rng, -0.25, 0.25) * ((x1 - x0) / n) : 0)
    pts.push([x, y + rand(rng, -1, 1) * amp])
  }
  return pts
}

/** A filled band under a smooth ridge line. */
function ridge(points: readonly Pt[], bottom = H + 20): string {
  const first = points[0] as Pt
  const last = points[points.length - 1] as Pt
  return `${smooth(points)} L${f(last[0])} ${f(bottom)} L${f(first[0])} ${f(bottom)} Z`
}

// ---------------------------------------------------------------------------------------------
// Shared scenery
// ---------------------------------------------------------------------------------------------

function skyRect(s: Scene, horizon = H, top = s.pal.skyTop, bottom = s.pal.skyBottom): string {
  return rect(0, 0, W, H, linear(s, [[top, 0], [mix(top, bottom, 0.55), (horizon / H) * 0.6], [bottom, horizon / H]]))
}

function sunDisc(s: Scene, x: number, y: number, r: number, color = s.pal.sun): string {
  const glow = radial(s, [
    [color, 0, 0.6],
    [color, 0.3, 0.22],
    [color, 1, 0],
  ])
  return circle(x, y, r * 3.4, glow) + circle(x, y, r * 1.45, color, 'opacity="0.22"') + circle(x, y, r, color)
}

function birds(s: Scene, n: number, x0: number, y0: number, spread: number, color = s.pal.dark): string {
  let out = ''
  for (let i = 0; i < n; i++) {
    const x = x0 + rand(s.rng, -spread, spread)
    const y = y0 + rand(s.rng, -spread * 0.35, spread * 0.35)
    const w = rand(s.rng, 7, 14)
    out += stroke(
      `M${f(x - w)} ${f(y - w * 0.1)} Q${f(x - w * 0.5)} ${f(y - w * 0.55)} ${f(x)} ${f(y)} Q${f(x + w * 0.5)} ${f(y - w * 0.55)} ${f(x + w)} ${f(y - w * 0.1)}`,
      color,
      2.2,
      'opacity="0.75"',
    )
  }
  return out
}

function acacia(x: number, y: number, k: number, trunk: string, leaves: string): string {
  const p = (dx: number, dy: number) => `${f(x + dx * k)} ${f(y + dy * k)}`
  const wood = path(
    `M${p(-7, 0)} C${p(-5, -40)} ${p(-12, -75)} ${p(-48, -118)} L${p(-40, -123)} C${p(-10, -92)} ${p(-2, -84)} ${p(2, -78)} C${p(12, -98)} ${p(32, -116)} ${p(58, -128)} L${p(62, -121)} C${p(36, -104)} ${p(14, -76)} ${p(8, 0)} Z`,
    trunk,
  )
  const crown =
    ellipse(x - 58 * k, y - 132 * k, 78 * k, 17 * k, leaves) +
    ellipse(x + 46 * k, y - 138 * k, 92 * k, 19 * k, leaves) +
    ellipse(x - 6 * k, y - 152 * k, 86 * k, 17 * k, leaves) +
    ellipse(x + 20 * k, y - 124 * k, 60 * k, 10 * k, shade(leaves, -0.25), 'opacity="0.6"')
  return wood + crown
}

function palmTree(x: number, y: number, k: number, trunk: string, leaves: string, lean = 0): string {
  const tx = x + lean * 40 * k
  const ty = y - 260 * k
  let out = stroke(`M${f(x)} ${f(y)} Q${f(x + lean * 10 * k)} ${f(y - 150 * k)} ${f(tx)} ${f(ty)}`, trunk, 12 * k)
  for (let i = 0; i < 7; i++) {
    const a = -Math.PI + (i / 6) * Math.PI
    const ex = tx + Math.cos(a) * 120 * k
    const ey = ty + Math.sin(a) * 60 * k + 55 * k
    const mx = tx + Math.cos(a) * 70 * k
    const my = ty + Math.sin(a) * 70 * k - 10 * k
    out += path(
      `M${f(tx)} ${f(ty)} Q${f(mx)} ${f(my - 14 * k)} ${f(ex)} ${f(ey)} Q${f(mx)} ${f(my + 12 * k)} ${f(tx)} ${f(ty + 4 * k)} Z`,
      leaves,
    )
  }
  return out
}

interface FigureOpts {
  skin: string
  cloth: string
  wrap?: string
  load?: string
  facing?: 1 | -1
}

/** A standing, robed figure (boubou), feet at (x, y), height h. */
function figure(x: number, y: number, h: number, o: FigureOpts): string {
  const sw = h * 0.13
  const hem = h * 0.17
  const top = y - h * 0.8
  let out = ellipse(x, y, h * 0.16, h * 0.025, '#000', 'opacity="0.18"')
  out += path(
    `M${f(x - sw)} ${f(top + h * 0.05)} Q${f(x - sw)} ${f(top)} ${f(x - sw * 0.5)} ${f(top - h * 0.01)} L${f(x + sw * 0.5)} ${f(top - h * 0.01)} Q${f(x + sw)} ${f(top)} ${f(x + sw)} ${f(top + h * 0.05)} L${f(x + hem)} ${f(y - h * 0.03)} Q${f(x)} ${f(y)} ${f(x - hem)} ${f(y - h * 0.03)} Z`,
    o.cloth,
  )
  out += path(
    `M${f(x + sw * 0.2)} ${f(top)} L${f(x + sw)} ${f(top + h * 0.05)} L${f(x + hem)} ${f(y - h * 0.03)} Q${f(x + hem * 0.6)} ${f(y - h * 0.01)} ${f(x + hem * 0.3)} ${f(y - h * 0.02)} Z`,
    '#000',
    'opacity="0.14"',
  )
  out += rect(x - h * 0.025, top - h * 0.05, h * 0.05, h * 0.06, shade(o.skin, -0.15))
  out += circle(x, top - h * 0.085, h * 0.062, o.skin)
  if (o.wrap) {
    out += path(
      `M${f(x - h * 0.066)} ${f(top - h * 0.095)} Q${f(x - h * 0.07)} ${f(top - h * 0.19)} ${f(x)} ${f(top - h * 0.19)} Q${f(x + h * 0.08)} ${f(top - h * 0.19)} ${f(x + h * 0.066)} ${f(top - h * 0.095)} Z`,
      o.wrap,
    )
  }
  if (o.load) {
    const ly = top - h * (o.wrap ? 0.19 : 0.15)
    out += path(
      `M${f(x - h * 0.13)} ${f(ly - h * 0.05)} L${f(x + h * 0.13)} ${f(ly - h * 0.05)} L${f(x + h * 0.09)} ${f(ly)} L${f(x - h * 0.09)} ${f(ly)} Z`,
      o.load,
    )
    out += ellipse(x, ly - h * 0.05, h * 0.13, h * 0.018, shade(o.load, 0.2))
  }
  return out
}

/** Head and shoulders seen from the front or back (crowds, audiences). (x, y) is the base. */
function bust(x: number, y: number, k: number, skin: string, cloth: string, wrap?: string, back = false): string {
  let out = path(
    `M${f(x - 46 * k)} ${f(y)} C${f(x - 46 * k)} ${f(y - 40 * k)} ${f(x - 36 * k)} ${f(y - 52 * k)} ${f(x)} ${f(y - 54 * k)} C${f(x + 36 * k)} ${f(y - 52 * k)} ${f(x + 46 * k)} ${f(y - 40 * k)} ${f(x + 46 * k)} ${f(y)} Z`,
    cloth,
  )
  out += rect(x - 9 * k, y - 62 * k, 18 * k, 12 * k, shade(skin, -0.2))
  out += ellipse(x, y - 80 * k, 21 * k, 25 * k, back ? shade(skin, -0.35) : skin)
  if (wrap) {
    out += path(
      `M${f(x - 23 * k)} ${f(y - 82 * k)} Q${f(x - 26 * k)} ${f(y - 118 * k)} ${f(x + 2 * k)} ${f(y - 116 * k)} Q${f(x + 30 * k)} ${f(y - 112 * k)} ${f(x + 23 * k)} ${f(y - 82 * k)} Q${f(x)} ${f(y - 92 * k)} ${f(x - 23 * k)} ${f(y - 82 * k)} Z`,
      wrap,
    )
  } else if (back) {
    out += path(
      `M${f(x - 21 * k)} ${f(y - 78 * k)} Q${f(x - 22 * k)} ${f(y - 106 * k)} ${f(x)} ${f(y - 106 * k)} Q${f(x + 22 * k)} ${f(y - 106 * k)} ${f(x + 21 * k)} ${f(y - 78 * k)} Z`,
      '#1c1410',
    )
  }
  return out
}

/** A repeating bogolan-style textile pattern. Returns url(#id). */
function bogolan(s: Scene, fg: string, bg: string, size = 48): string {
  const id = uid(s, 'p')
  const q = size / 4
  s.defs.push(
    `<pattern id="${id}" width="${size}" height="${size}" patternUnits="userSpaceOnUse">` +
      rect(0, 0, size, size, bg) +
      stroke(`M0 ${f(q)} L${f(q)} 0 L${f(2 * q)} ${f(q)} L${f(3 * q)} 0 L${f(size)} ${f(q)}`, fg, size / 16) +
      circle(q, 2.4 * q, size / 14, fg) +
      circle(3 * q, 2.4 * q, size / 14, fg) +
      rect(2 * q - size / 16, 2 * q, size / 8, size / 8, fg) +
      line(0, 3.5 * q, size, 3.5 * q, fg, size / 24) +
      `</pattern>`,
  )
  return `url(#${id})`
}

/** Simple perspective camera over a ground plane (used by field, stadium, road, solar). */
function camera(cx: number, horizon: number, focal: number, height: number) {
  return (X: number, Z: number, Y = 0): Pt => [cx + (X * focal) / Z, horizon + ((height - Y) * focal) / Z]
}

// ---------------------------------------------------------------------------------------------
// Motifs: each returns the SVG of a 1600x900 scene (defs go through the Scene).
// ---------------------------------------------------------------------------------------------

function sahelSunset(s: Scene): string {
  const { pal, rng } = s
  let out = skyRect(s, 620)
  const sx = rand(rng, 980, 1240)
  const sy = rand(rng, 380, 470)
  out += sunDisc(s, sx, sy, rand(rng, 95, 120))
  // thin high clouds
  for (let i = 0; i < 3; i++) {
    const cy = rand(rng, 150, 330)
    const cx = rand(rng, 150, 1300)
    out += rrect(cx, cy, rand(rng, 180, 380), 10, 5, pal.light, 'opacity="0.35"')
    out += rrect(cx + 60, cy + 18, rand(rng, 120, 240), 8, 4, pal.light, 'opacity="0.25"')
  }
  const layers = [
    { y: 560, amp: 28, c: mix(pal.far, pal.skyBottom, 0.45) },
    { y: 630, amp: 40, c: pal.far },
    { y: 715, amp: 45, c: pal.mid },
    { y: 810, amp: 50, c: pal.near },
  ]
  layers.forEach((L, i) => {
    const pts = wave(rng, L.y, L.amp, 5 + i)
    out += path(ridge(pts), linear(s, [[shade(L.c, 0.12), 0], [shade(L.c, -0.12), 1]]))
    out += stroke(smooth(pts), shade(L.c, 0.3), 3, 'opacity="0.55"')
    if (i === 1) {
      // a caravan walking on the far dune
      const [cx, cy] = at(pts, 2)
      for (let j = 0; j < 4; j++) out += camel(cx + j * 62, cy + 6 + j * 2, 0.55, shade(pal.near, -0.3))
    }
    if (i === 3) {
      for (let j = 0; j < 7; j++) {
        const ry = L.y + 40 + j * 14
        out += stroke(smooth(wave(rng, ry, 6, 6)), shade(L.c, -0.25), 2, 'opacity="0.35"')
      }
    }
  })
  const ax = rng() < 0.5 ? rand(rng, 160, 420) : rand(rng, 1150, 1420)
  out += acacia(ax, 790, 1.25, shade(pal.dark, 0.05), shade(pal.dark, 0.12))
  out += birds(s, 4, sx - 320, sy - 160, 90)
  return out
}

function camel(x: number, y: number, k: number, color: string): string {
  const p = (dx: number, dy: number) => `${f(x + dx * k)} ${f(y + dy * k)}`
  return path(
    `M${p(8, 0)} L${p(12, -36)} C${p(4, -42)} ${p(4, -54)} ${p(14, -58)} C${p(22, -76)} ${p(44, -80)} ${p(54, -62)} C${p(60, -56)} ${p(66, -56)} ${p(70, -62)} L${p(80, -82)} C${p(84, -90)} ${p(96, -90)} ${p(100, -84)} L${p(102, -78)} L${p(90, -76)} L${p(80, -54)} C${p(76, -44)} ${p(72, -40)} ${p(68, -38)} L${p(70, 0)} L${p(65, 0)} L${p(61, -33)} L${p(54, -34)} L${p(56, 0)} L${p(51, 0)} L${p(48, -34)} L${p(30, -34)} L${p(26, 0)} L${p(21, 0)} L${p(20, -33)} L${p(17, -34)} L${p(13, 0)} Z`,
    color,
  )
}

function river(s: Scene): string {
  const { pal, rng } = s
  const hz = 470
  let out = skyRect(s, hz)
  const sx = rand(rng, 560, 1080)
  out += sunDisc(s, sx, hz - rand(rng, 90, 150), 78)
  // far bank with trees
  const bank = wave(rng, hz - 8, 6, 8)
  let trees = ''
  for (let x = -40; x < W + 40; x += rand(rng, 26, 60)) {
    const r = rand(rng, 14, 34)
    trees += circle(x, hz - 8 - r * 0.6, r, pal.far)
  }
  out += group(trees + path(ridge(bank, hz + 12), pal.far))
  out += rect(0, hz + 4, W, 8, shade(pal.far, -0.1))
  // water
  const waterTop = mix(pal.skyBottom, pal.mid, 0.35)
  const waterBottom = mix(pal.dark, pal.accent2 === '#f2b84b' ? pal.near : pal.accent2, 0.45)
  out += rect(0, hz + 10, W, H - hz, linear(s, [[waterTop, 0], [mix(waterTop, waterBottom, 0.6), 0.45], [waterBottom, 1]]))
  out += group(trees + path(ridge(bank, hz + 12), pal.far), `transform="translate(0 ${f(2 * hz + 22)}) scale(1 -1)" opacity="0.18"`)
  // sun glitter
  for (let i = 0; i < 16; i++) {
    const y = hz + 22 + i * i * 1.6 + i * 6
    const w = rand(rng, 40, 140) * (1 - i / 22)
    out += rrect(sx - w / 2 + rand(rng, -30, 30), y, w, 5, 2.5, pal.sun, `opacity="${f(0.7 - i * 0.035)}"`)
  }
  for (let i = 0; i < 38; i++) {
    const y = rand(rng, hz + 30, H)
    const w = rand(rng, 20, 90) * (y / H)
    out += rrect(rand(rng, 0, W), y, w, 3, 1.5, pal.light, 'opacity="0.18"')
  }
  // a distant pirogue
  out += pirogue(s, rand(rng, 200, 420), hz + 60, 0.32, shade(pal.dark, 0.1), false)
  // the main pirogue with a fisherman
  const px = rand(rng, 760, 980)
  out += pirogue(s, px, 690, 1, pal.dark, true)
  // reeds in the foreground
  for (const side of [0, 1]) {
    const bx = side === 0 ? rand(rng, -20, 80) : rand(rng, 1480, 1600)
    for (let i = 0; i < 14; i++) {
      const x = bx + rand(rng, -60, 60)
      const h = rand(rng, 120, 260)
      const lean = rand(rng, -50, 50)
      out += path(
        `M${f(x - 4)} ${H + 5} Q${f(x + lean * 0.3)} ${f(H - h * 0.6)} ${f(x + lean)} ${f(H - h)} Q${f(x + lean * 0.3 + 6)} ${f(H - h * 0.6)} ${f(x + 5)} ${H + 5} Z`,
        i % 3 === 0 ? shade(pal.near, -0.35) : shade(pal.dark, 0.1),
      )
    }
  }
  out += birds(s, 5, sx + 180, hz - 250, 120)
  return out
}

function pirogue(s: Scene, x: number, y: number, k: number, hull: string, crew: boolean): string {
  const { pal } = s
  const L = 290 * k
  const tipL: Pt = [x - L, y - 42 * k]
  const tipR: Pt = [x + L, y - 50 * k]
  const upper = `M${f(tipL[0])} ${f(tipL[1])} Q${f(x)} ${f(y + 14 * k)} ${f(tipR[0])} ${f(tipR[1])}`
  const shape = `${upper} Q${f(x)} ${f(y + 62 * k)} ${f(tipL[0])} ${f(tipL[1])} Z`
  let out = ''
  if (crew) {
    // reflection
    out += path(shape, hull, `transform="translate(0 ${f(2 * y + 40 * k)}) scale(1 -1)" opacity="0.22"`)
    out += stroke(
      `M${f(x + 150 * k)} ${f(y - 30 * k)} L${f(x + 300 * k)} ${f(y + 120 * k)}`,
      shade(pal.dark, 0.2),
      6 * k,
      'opacity="0.15"',
    )
  }
  out += path(shape, hull)
  out += stroke(
    `M${f(tipL[0] + 30 * k)} ${f(tipL[1] + 18 * k)} Q${f(x)} ${f(y + 30 * k)} ${f(tipR[0] - 30 * k)} ${f(tipR[1] + 20 * k)}`,
    pal.accent,
    7 * k,
  )
  out += stroke(
    `M${f(tipL[0] + 40 * k)} ${f(tipL[1] + 27 * k)} Q${f(x)} ${f(y + 40 * k)} ${f(tipR[0] - 40 * k)} ${f(tipR[1] + 30 * k)}`,
    pal.accent3,
    4 * k,
  )
  if (crew) {
    // standing fisherman with a long pole
    const fx = x + 120 * k
    out += stroke(`M${f(fx - 30)} ${f(y - 120)} L${f(fx - 200)} ${f(y + 90)}`, shade(pal.dark, 0.15), 6)
    out += figure(fx, y + 8, 190, { skin: '#4a2b18', cloth: pal.accent2, wrap: pal.light })
    out += stroke(`M${f(fx - 8)} ${f(y - 125)} L${f(fx - 34)} ${f(y - 118)}`, pal.accent2, 12)
    // seated passenger
    const sx = x - 130 * k
    out += path(
      `M${f(sx - 30)} ${f(y + 10)} Q${f(sx - 30)} ${f(y - 60)} ${f(sx)} ${f(y - 62)} Q${f(sx + 30)} ${f(y - 60)} ${f(sx + 30)} ${f(y + 10)} Z`,
      pal.accent,
    )
    out += circle(sx, y - 78, 16, '#5a3520')
    out += path(
      `M${f(sx - 17)} ${f(y - 80)} Q${f(sx - 18)} ${f(y - 108)} ${f(sx + 2)} ${f(y - 104)} Q${f(sx + 22)} ${f(y - 100)} ${f(sx + 17)} ${f(y - 80)} Z`,
      pal.accent3,
    )
    // a few baskets of fish
    out += ellipse(x - 20, y - 8, 30, 14, shade(pal.ground, -0.2))
    out += ellipse(x + 40, y - 4, 22, 10, shade(pal.ground, -0.05))
  }
  return out
}

function city(s: Scene): string {
  const { pal, rng } = s
  const waterY = 640
  let out = skyRect(s, waterY)
  const sx = rand(rng, 300, 1300)
  out += sunDisc(s, sx, rand(rng, 210, 300), 70)
  // the Koulouba plateau behind the city
  const hill: Pt[] = [
    [-80, 470],
    [160, 430],
    [320, 372],
    [620, 360],
    [820, 380],
    [1000, 430],
    [1260, 448],
    [1680, 470],
  ]
  out += path(ridge(hill, waterY), mix(pal.far, pal.skyBottom, 0.35))
  // far buildings
  const farC = mix(pal.far, pal.skyBottom, 0.1)
  for (let x = -20; x < W; ) {
    const w = rand(rng, 40, 110)
    const h = rand(rng, 40, 150)
    out += rect(x, waterY - 60 - h, w, h + 60, farC)
    x += w + rand(rng, 2, 14)
  }
  // mid buildings with windows
  const earth = banco(pal)
  const mids = [mix(earth, pal.mid, 0.3), mix('#efe4d0', pal.mid, 0.2), mix(earth, '#ffffff', 0.3), mix(pal.mid, earth, 0.5), mix('#d9cbb0', pal.far, 0.3)]
  const towerX = rand(rng, 420, 1120)
  for (let x = -30; x < W; ) {
    const w = rand(rng, 70, 150)
    const h = rand(rng, 70, 210)
    if (x < towerX && x + w > towerX - 60) {
      x += 130
      continue
    }
    const top = waterY - 30 - h
    const c = pick(rng, mids)
    out += rect(x, top, w, h + 30, c)
    out += rect(x + w * 0.72, top, w * 0.28, h + 30, '#000', 'opacity="0.12"')
    const cols = Math.max(2, Math.floor(w / 26))
    for (let r = 0; r < Math.floor(h / 34); r++) {
      for (let c2 = 0; c2 < cols; c2++) {
        const lit = rng() < 0.22
        out += rect(x + 10 + c2 * ((w - 20) / cols), top + 16 + r * 34, (w - 20) / cols - 10, 14, lit ? pal.sun : shade(c, -0.22), lit ? 'opacity="0.9"' : '')
      }
    }
    if (rng() < 0.3) out += rect(x + w * 0.3, top - 24, 4, 24, shade(c, -0.3))
    x += w + rand(rng, 4, 30)
  }
  // the tall tower with its stepped crown (BCEAO-like)
  const tw = 110
  const tTop = 150
  const tc = shade(pal.near, 0.15)
  out += rect(towerX - tw / 2, tTop, tw, waterY - tTop, tc)
  out += rect(towerX + tw * 0.15, tTop, tw * 0.35, waterY - tTop, '#000', 'opacity="0.16"')
  out += poly(
    [
      [towerX - tw / 2 - 8, tTop],
      [towerX - 30, tTop - 50],
      [towerX - 8, tTop - 90],
      [towerX + 8, tTop - 90],
      [towerX + 30, tTop - 50],
      [towerX + tw / 2 + 8, tTop],
    ],
    shade(tc, -0.1),
  )
  out += line(towerX, tTop - 90, towerX, tTop - 140, shade(tc, -0.2), 4)
  for (let r = 0; r < 22; r++) out += rect(towerX - tw / 2 + 8, tTop + 12 + r * 20, tw - 16, 8, mix(tc, pal.sun, 0.35), 'opacity="0.7"')
  // trees along the bank
  for (let x = -30; x < W + 30; x += rand(rng, 30, 55)) out += circle(x, waterY - 8, rand(rng, 14, 28), shade(pal.near, -0.15))
  // water
  out += rect(0, waterY, W, H - waterY, linear(s, [[mix(pal.skyBottom, pal.mid, 0.45), 0], [mix(pal.dark, pal.mid, 0.35), 1]]))
  for (let i = 0; i < 40; i++) {
    const y = rand(rng, waterY + 10, H)
    out += rrect(rand(rng, 0, W), y, rand(rng, 20, 110), 3, 1.5, pal.light, 'opacity="0.2"')
  }
  // the bridge (deck on piers, lamps, traffic)
  const dy = 690
  const deckC = shade(pal.dark, 0.12)
  for (let x = 60; x < W; x += 220) {
    out += poly(
      [
        [x - 16, dy],
        [x + 16, dy],
        [x + 12, H],
        [x - 12, H],
      ],
      shade(deckC, 0.08),
    )
    out += rect(x - 12, dy + 60, 24, H - dy, '#000', 'opacity="0.25"')
  }
  out += rect(0, dy - 16, W, 30, deckC)
  out += rect(0, dy - 22, W, 6, shade(deckC, 0.3))
  for (let x = 30; x < W; x += 120) {
    out += line(x, dy - 22, x, dy - 70, deckC, 3)
    out += circle(x + 6, dy - 72, 5, pal.sun)
  }
  const cars = [pal.accent, pal.light, pal.accent3, pal.accent2, '#f1f1ef']
  for (let i = 0; i < 8; i++) {
    const cx = i * 200 + rand(rng, 0, 120)
    const c = pick(rng, cars)
    out += rrect(cx, dy - 44, 54, 18, 6, c)
    out += rrect(cx + 10, dy - 56, 32, 14, 6, c)
    out += rect(cx + 14, dy - 53, 24, 7, shade(pal.dark, 0.2), 'opacity="0.7"')
  }
  out += birds(s, 4, sx + 220, 230, 80)
  return out
}

function assembly(s: Scene): string {
  const { pal, rng } = s
  let out = rect(0, 0, W, H, linear(s, [[shade(pal.near, -0.35), 0], [shade(pal.near, -0.15), 0.55], [pal.near, 1]]))
  // wall panels
  for (let x = 0; x < W; x += 100) {
    out += rect(x + 8, 30, 84, 430, shade(pal.near, 0.08), 'opacity="0.5"')
    out += rect(x + 46, 30, 8, 430, shade(pal.near, -0.2), 'opacity="0.4"')
  }
  // the tricolour drapes behind the presidium
  const fw = 70
  const fx = 800 - fw * 1.5
  out += rect(fx, 60, fw, 330, MALI.green) + rect(fx + fw, 60, fw, 330, MALI.gold) + rect(fx + 2 * fw, 60, fw, 330, MALI.red)
  out += rect(fx, 60, fw * 3, 330, linear(s, [['#000', 0, 0.25], ['#000', 0.5, 0], ['#000', 1, 0.35]], 0, 0, 1, 0))
  out += circle(800, 470, 380, radial(s, [[pal.sun, 0, 0.35], [pal.sun, 1, 0]]))
  // the presidium desk
  out += rect(560, 380, 480, 70, shade(pal.mid, -0.25))
  out += rect(560, 380, 480, 10, shade(pal.mid, 0.1))
  for (let i = 0; i < 5; i++) out += bust(620 + i * 90, 392, 0.55, pick(rng, SKIN_TONES), i === 2 ? pal.light : pick(rng, CLOTH))
  out += rect(560, 392, 480, 58, shade(pal.mid, -0.25))
  // hemicycle: rows of seats on ellipse arcs around the tribune
  const cx = 800
  const cy = 1000
  const seatA = mix(pal.accent, '#000000', 0.15)
  const seatB = shade(pal.accent, 0.12)
  const rows = 7
  let back = ''
  for (let r = rows - 1; r >= 0; r--) {
    const rx = 330 + r * 120
    const ry = rx * 0.5
    const k = 0.95 - r * 0.06
    // desk band
    const aMin = Math.PI * 1.06
    const aMax = Math.PI * 1.94
    const arc: Pt[] = []
    for (let i = 0; i <= 40; i++) {
      const a = aMin + ((aMax - aMin) * i) / 40
      arc.push([cx + Math.cos(a) * rx, cy + Math.sin(a) * ry])
    }
    back += stroke(smooth(arc), shade(pal.mid, -0.1), 26 * k)
    back += stroke(smooth(arc), shade(pal.mid, 0.2), 5 * k, `transform="translate(0 ${f(-12 * k)})"`)
    const n = Math.floor((rx * (aMax - aMin)) / (62 * k))
    for (let i = 0; i < n; i++) {
      const a = aMin + ((aMax - aMin) * (i + 0.5)) / n
      const x = cx + Math.cos(a) * (rx - 40 * k)
      const y = cy + Math.sin(a) * (ry - 20 * k)
      back += rrect(x - 22 * k, y - 62 * k, 44 * k, 50 * k, 10 * k, i % 2 ? seatA : seatB)
      if (rng() < 0.78) {
        const wrap = rng() < 0.3 ? pick(rng, CLOTH) : undefined
        back += bust(x, y - 2 * k, 0.55 * k, pick(rng, SKIN_TONES), pick(rng, CLOTH), wrap)
      }
    }
  }
  out += back
  // the tribune in front
  out += path('M640 900 L660 790 Q800 770 940 790 L960 900 Z', shade(pal.mid, -0.3))
  out += path('M660 790 Q800 770 940 790 L936 806 Q800 788 664 806 Z', pal.accent3)
  out += circle(800, 840, 26, pal.accent3, 'opacity="0.85"')
  out += rect(0, 0, W, H, radial(s, [['#000', 0.55, 0], ['#000', 1, 0.35]], 0.5, 0.5, 0.75))
  return out
}

function crowd(s: Scene): string {
  const { pal, rng } = s
  let out = skyRect(s, 560)
  out += sunDisc(s, rand(rng, 300, 1300), rand(rng, 160, 260), 80)
  // city silhouette far behind
  for (let x = -20; x < W; ) {
    const w = rand(rng, 60, 160)
    const h = rand(rng, 40, 140)
    out += rect(x, 470 - h, w, h + 200, mix(pal.far, pal.skyBottom, 0.3))
    x += w + rand(rng, 0, 20)
  }
  const rows = 8
  for (let r = 0; r < rows; r++) {
    const t = r / (rows - 1)
    const y = 450 + t * t * 330 + t * 140
    const k = 0.42 + t * 1.15
    const haze = 0.6 * (1 - t)
    const step = 78 * k
    let x = -40 + rand(rng, 0, step)
    while (x < W + 60) {
      const skin = mix(pick(rng, SKIN_TONES), pal.skyBottom, haze)
      const cloth = mix(pick(rng, CLOTH), pal.skyBottom, haze)
      const wrap = rng() < 0.35 ? mix(pick(rng, CLOTH), pal.skyBottom, haze) : undefined
      const yy = y + rand(rng, -8, 8) * k
      if (rng() < 0.1 && r < rows - 1) {
        // a raised arm holding a small tricolour
        const hx = x + 30 * k
        out += stroke(`M${f(hx)} ${f(yy - 40 * k)} L${f(hx + 12 * k)} ${f(yy - 150 * k)}`, skin, 12 * k)
        out += line(hx + 12 * k, yy - 140 * k, hx + 12 * k, yy - 240 * k, mix('#3a2a20', pal.skyBottom, haze), 4 * k)
        const fl = 30 * k
        const fy = yy - 240 * k
        out += rect(hx + 12 * k, fy, fl, 50 * k, mix(MALI.green, pal.skyBottom, haze))
        out += rect(hx + 12 * k + fl, fy, fl, 50 * k, mix(MALI.gold, pal.skyBottom, haze))
        out += rect(hx + 12 * k + 2 * fl, fy, fl, 50 * k, mix(MALI.red, pal.skyBottom, haze))
      }
      out += bust(x, yy, k, skin, cloth, wrap, true)
      x += step * rand(rng, 0.8, 1.15)
    }
  }
  out += rect(0, 0, W, H, radial(s, [['#000', 0.6, 0], ['#000', 1, 0.3]], 0.5, 0.45, 0.75))
  return out
}

function market(s: Scene): string {
  const { pal, rng } = s
  let out = skyRect(s, 420)
  out += sunDisc(s, rand(rng, 200, 1400), 120, 60)
  // banco buildings
  const wall = mix(banco(pal), pal.far, 0.25)
  for (let x = -30; x < W; ) {
    const w = rand(rng, 160, 320)
    const h = rand(rng, 170, 280)
    const top = 520 - h
    const c = rng() < 0.5 ? wall : shade(wall, -0.08)
    out += rect(x, top, w, h + 100, c)
    for (let px = x + 10; px < x + w - 10; px += 34) out += rrect(px, top - 18, 18, 26, 9, c)
    out += path(`M${f(x + w * 0.4)} 520 L${f(x + w * 0.4)} ${f(top + h * 0.45)} Q${f(x + w * 0.5)} ${f(top + h * 0.3)} ${f(x + w * 0.6)} ${f(top + h * 0.45)} L${f(x + w * 0.6)} 520 Z`, shade(c, -0.35))
    for (let tx = x + 20; tx < x + w - 20; tx += 44) out += rect(tx, top + 26, 16, 6, shade(c, -0.4))
    x += w + rand(rng, 0, 10)
  }
  // ground
  out += rect(0, 500, W, 400, linear(s, [[pal.ground, 0], [shade(pal.ground, -0.15), 1]]))
  // shoppers between the stalls
  for (let i = 0; i < 7; i++) {
    out += figure(rand(rng, 40, 1560), rand(rng, 540, 570), rand(rng, 130, 160), {
      skin: pick(rng, SKIN_TONES),
      cloth: pick(rng, CLOTH),
      wrap: rng() < 0.5 ? pick(rng, CLOTH) : undefined,
      load: rng() < 0.35 ? pick(rng, ['#c9ccd1', pal.accent3, pal.accent]) : undefined,
    })
  }
  // stalls with parasols, back to front
  const produce = [
    ['#d8392b', '#b5271d'],
    ['#f0a42a', '#e08a1c'],
    ['#7b3b6e', '#9a4a86'],
    ['#5f9b3c', '#487e2c'],
    ['#e9d27a', '#d9b955'],
  ] as const
  const stalls = [
    { cx: 130, tableY: 640, rx: 200 },
    { cx: 560, tableY: 620, rx: 190 },
    { cx: 1010, tableY: 650, rx: 215 },
    { cx: 1440, tableY: 625, rx: 195 },
    { cx: 340, tableY: 760, rx: 260 },
    { cx: 1230, tableY: 770, rx: 265 },
  ]
  for (const st of stalls) {
    const cx = st.cx + rand(rng, -40, 40)
    const rx = st.rx
    const k = rx / 220
    const tableY = st.tableY
    const cy = tableY - 250 * k
    const ry = 85 * k
    const tilt = rand(rng, -5, 5)
    const c1 = pick(rng, [pal.accent, pal.accent2, pal.accent3, MALI.green, '#1f6e77'])
    const c2 = rng() < 0.7 ? pal.light : pick(rng, [pal.accent3, '#f3ead8'])
    const tw = rx * 1.35
    // shade on the ground
    out += ellipse(cx, tableY + 110 * k, rx * 1.05, 36 * k, '#000', 'opacity="0.14"')
    // vendor behind the table
    out += bust(cx + rand(rng, -60, 60) * k, tableY + 6, 1.15 * k, pick(rng, SKIN_TONES), pick(rng, CLOTH), pick(rng, CLOTH))
    out += line(cx, cy - ry + 10, cx, tableY + 100 * k, shade(pal.dark, 0.1), 7 * k)
    let canopy = ''
    const segs = 8
    for (let j = 0; j < segs; j++) {
      const a0 = Math.PI + (Math.PI * j) / segs
      const a1 = Math.PI + (Math.PI * (j + 1)) / segs
      const p0: Pt = [cx + Math.cos(a0) * rx, cy + Math.sin(a0) * 20 * k + 10 * k]
      const p1: Pt = [cx + Math.cos(a1) * rx, cy + Math.sin(a1) * 20 * k + 10 * k]
      const mx = (p0[0] + p1[0]) / 2
      const my = (p0[1] + p1[1]) / 2 + 26 * k
      canopy += path(`M${f(cx)} ${f(cy - ry)} L${f(p0[0])} ${f(p0[1])} Q${f(mx)} ${f(my)} ${f(p1[0])} ${f(p1[1])} Z`, j % 2 ? c1 : c2)
    }
    canopy += path(`M${f(cx)} ${f(cy - ry)} L${f(cx + rx)} ${f(cy + 10 * k)} Q${f(cx + rx * 0.5)} ${f(cy + 34 * k)} ${f(cx)} ${f(cy + 30 * k)} Z`, '#000', 'opacity="0.13"')
    canopy += circle(cx, cy - ry, 7 * k, shade(pal.dark, 0.2))
    out += group(canopy, `transform="rotate(${f(tilt)} ${f(cx)} ${f(cy)})"`)
    // the table, dressed with a bogolan cloth
    const th = 110 * k
    out += rect(cx - tw / 2, tableY, tw, th, bogolan(s, pal.dark, shade(pal.ground, 0.15), 40 * k))
    out += rect(cx - tw / 2, tableY, tw, th, linear(s, [['#000', 0, 0], ['#000', 1, 0.28]]))
    out += rect(cx - tw / 2 - 6, tableY - 10 * k, tw + 12, 14 * k, shade(pal.near, -0.1))
    // produce piles
    const piles = 3
    for (let p = 0; p < piles; p++) {
      const [pc, pd] = pick(rng, produce)
      const px = cx - tw / 2 + (tw * (p + 0.5)) / piles
      const rr = 15 * k
      const base = Math.max(3, Math.floor(tw / piles / (rr * 2.1)))
      for (let level = 0; level < base; level++) {
        const count = base - level
        for (let q = 0; q < count; q++) {
          const x = px + (q - (count - 1) / 2) * rr * 1.95
          const y = tableY - 12 * k - level * rr * 1.55
          out += circle(x, y, rr, q % 2 ? pd : pc)
          out += circle(x - rr * 0.35, y - rr * 0.35, rr * 0.3, '#fff', 'opacity="0.3"')
        }
      }
    }
  }
  // foreground baskets
  for (let i = 0; i < 3; i++) {
    const bx = 260 + i * 540 + rand(rng, -80, 80)
    const by = rand(rng, 845, 860)
    const [pc, pd] = pick(rng, produce)
    out += ellipse(bx, by, 120, 34, shade(pal.near, -0.1))
    for (let q = 0; q < 9; q++) out += circle(bx - 90 + q * 22, by - 10 - Math.sin((q / 8) * Math.PI) * 20, 16, q % 2 ? pd : pc)
    out += path(`M${f(bx - 125)} ${f(by - 6)} Q${f(bx)} ${f(by + 50)} ${f(bx + 125)} ${f(by - 6)} L${f(bx + 110)} ${f(by + 40)} Q${f(bx)} ${f(by + 70)} ${f(bx - 110)} ${f(by + 40)} Z`, pal.accent3)
    for (let q = 0; q < 6; q++) out += line(bx - 100 + q * 40, by + 18, bx - 90 + q * 40, by + 50, shade(pal.accent3, -0.3), 3)
  }
  return out
}

function field(s: Scene): string {
  const { pal, rng } = s
  const hz = 430
  const cotton = s.variant % 2 === 0
  let out = skyRect(s, hz)
  out += sunDisc(s, rand(rng, 200, 1400), rand(rng, 180, 300), 75)
  // tree line on the horizon
  for (let x = -30; x < W + 30; x += rand(rng, 20, 60)) {
    const r = rand(rng, 8, 22)
    out += ellipse(x, hz - r * 0.5, r * 1.4, r, mix(pal.far, pal.near, 0.4))
  }
  const shea = rand(rng, 200, 1400)
  out += acacia(shea, hz + 4, 0.55, mix(pal.near, pal.dark, 0.5), mix(pal.near, pal.dark, 0.3))
  const soil = cotton ? shade(pal.mid, -0.05) : mix(pal.ground, '#8aa35a', 0.15)
  out += rect(0, hz, W, H - hz, linear(s, [[mix(soil, pal.skyBottom, 0.35), 0], [shade(soil, -0.2), 1]]))
  const cam = camera(W / 2 + rand(rng, -220, 220), hz, 700, 1.7)
  const crop = cotton ? '#3f7a3a' : '#7fae3c'
  const cropDark = cotton ? '#2e5e2b' : '#5a8e2a'
  for (let i = -30; i <= 30; i++) {
    const X0 = i * 1.1 - 0.35
    const X1 = i * 1.1 + 0.35
    const pts: Pt[] = [cam(X0, 1.1), cam(X1, 1.1), cam(X1, 160), cam(X0, 160)]
    out += poly(pts, linear(s, [[mix(cropDark, pal.skyBottom, 0.5), 0], [crop, 1]]))
  }
  // plants along the rows (far to near)
  for (let z = 40; z >= 2.2; z /= 1.12) {
    for (let i = -12; i <= 12; i++) {
      const [x, y] = cam(i * 1.1, z)
      if (x < -60 || x > W + 60) continue
      const k = 9 / z
      if (cotton) {
        out += circle(x, y - 20 * k, 26 * k, mix(crop, pal.skyBottom, Math.min(0.5, z / 80)))
        out += circle(x - 8 * k, y - 30 * k, 14 * k, shade(crop, 0.12), 'opacity="0.6"')
        if (k > 0.3) {
          out += circle(x - 12 * k, y - 32 * k, 5 * k, '#fbf7ee')
          out += circle(x + 12 * k, y - 22 * k, 4.5 * k, '#fbf7ee')
          out += circle(x + 1 * k, y - 40 * k, 4 * k, '#f4efe4')
        }
      } else {
        for (let b = -2; b <= 2; b++)
          out += stroke(`M${f(x + b * 3 * k)} ${f(y)} Q${f(x + b * 8 * k)} ${f(y - 30 * k)} ${f(x + b * 16 * k)} ${f(y - 55 * k)}`, b % 2 ? cropDark : crop, 4 * k)
      }
    }
  }
  // a farmer with a hoe
  const fx = rand(rng, 1150, 1400)
  out += stroke(`M${f(fx + 20)} ${f(640)} L${f(fx + 90)} ${f(780)}`, shade(pal.dark, 0.1), 7)
  out += path(`M${f(fx + 80)} 776 L${f(fx + 120)} 790 L${f(fx + 96)} 800 Z`, '#6d6d6d')
  out += figure(fx, 800, 240, { skin: '#5a3520', cloth: pal.accent2, wrap: pal.accent3 })
  out += birds(s, 4, 400, 200, 100)
  return out
}

function stadium(s: Scene): string {
  const { pal, rng } = s
  const hz = 250
  let out = skyRect(s, 300, shade(pal.skyTop, -0.25), pal.skyBottom)
  // far stands
  out += rect(0, 110, W, 200, shade(pal.near, -0.1))
  out += path('M0 110 L1600 110 L1600 70 Q800 40 0 70 Z', shade(pal.dark, 0.05))
  for (let r = 0; r < 7; r++) {
    for (let x = (r % 2) * 9; x < W; x += 18) {
      out += rect(x, 124 + r * 18, 10, 10, pick(rng, [pal.accent, pal.light, pal.accent3, MALI.green, pal.accent2]), 'opacity="0.75"')
    }
  }
  // floodlights
  for (const x of [120, 1480]) {
    out += line(x, 100, x, 0, shade(pal.dark, 0.1), 10)
    out += rect(x - 60, -10, 120, 60, shade(pal.dark, 0.2))
    for (let i = 0; i < 4; i++) for (let j = 0; j < 2; j++) out += circle(x - 42 + i * 28, 8 + j * 26, 10, '#fffbe8')
    out += circle(x, 20, 260, radial(s, [['#fffbe8', 0, 0.5], ['#fffbe8', 1, 0]]))
  }
  // pitch surroundings
  out += rect(0, 300, W, 600, '#2f6a3a')
  const cam = camera(W / 2, hz, 900, 18)
  const Z0 = 40
  const Z1 = 108
  const L = 52.5
  const grassA = '#3f8f4a'
  const grassB = '#4b9e55'
  for (let i = 0; i < 14; i++) {
    const x0 = -L + (i * 2 * L) / 14
    const x1 = x0 + (2 * L) / 14
    out += poly([cam(x0, Z0), cam(x1, Z0), cam(x1, Z1), cam(x0, Z1)], i % 2 ? grassA : grassB)
  }
  const chalk = 'rgba(255,255,255,0.9)'
  const pl = (pts: Pt[], close = false) =>
    `<polyline points="${pts.map(([x, y]) => `${f(x)},${f(y)}`).join(' ')}${close ? ` ${f((pts[0] as Pt)[0])},${f((pts[0] as Pt)[1])}` : ''}" fill="none" stroke="${chalk}" stroke-width="4" stroke-linejoin="round"/>`
  const mid = (Z0 + Z1) / 2
  out += pl([cam(-L, Z0), cam(L, Z0), cam(L, Z1), cam(-L, Z1)], true)
  out += pl([cam(0, Z0), cam(0, Z1)])
  const circ: Pt[] = []
  for (let i = 0; i <= 48; i++) {
    const a = (i / 48) * Math.PI * 2
    circ.push(cam(Math.cos(a) * 9.15, mid + Math.sin(a) * 9.15))
  }
  out += pl(circ)
  for (const side of [-1, 1]) {
    out += pl([cam(side * L, mid - 20.16), cam(side * (L - 16.5), mid - 20.16), cam(side * (L - 16.5), mid + 20.16), cam(side * L, mid + 20.16)])
    out += pl([cam(side * L, mid - 9.16), cam(side * (L - 5.5), mid - 9.16), cam(side * (L - 5.5), mid + 9.16), cam(side * L, mid + 9.16)])
    // goal
    const g0 = cam(side * L, mid - 3.66)
    const g1 = cam(side * L, mid + 3.66)
    const g0t = cam(side * L, mid - 3.66, 2.44)
    const g1t = cam(side * L, mid + 3.66, 2.44)
    out += poly([g0, g0t, g1t, g1], '#ffffff', 'opacity="0.25"')
    out += `<polyline points="${f(g0[0])},${f(g0[1])} ${f(g0t[0])},${f(g0t[1])} ${f(g1t[0])},${f(g1t[1])} ${f(g1[0])},${f(g1[1])}" fill="none" stroke="#fff" stroke-width="4"/>`
  }
  // players
  const teamA = pal.accent3 === '#e8b13a' ? MALI.gold : pal.accent3
  const teamB = pal.light
  for (let i = 0; i < 14; i++) {
    const X = rand(rng, -45, 45)
    const Z = rand(rng, Z0 + 4, Z1 - 4)
    const [x, y] = cam(X, Z)
    const h = (1.8 * 900) / Z
    const team = i % 2 ? teamA : teamB
    out += ellipse(x + h * 0.25, y, h * 0.3, h * 0.06, '#000', 'opacity="0.25"')
    out += rect(x - h * 0.1, y - h * 0.5, h * 0.08, h * 0.5, '#2a1a10')
    out += rect(x + h * 0.02, y - h * 0.5, h * 0.08, h * 0.5, '#2a1a10')
    out += rrect(x - h * 0.15, y - h * 0.85, h * 0.3, h * 0.42, h * 0.08, team)
    out += circle(x, y - h * 0.93, h * 0.1, '#4a2b18')
  }
  const [bx, by] = cam(rand(rng, -20, 20), mid + rand(rng, -10, 10))
  out += circle(bx, by - 5, 5, '#fff')
  // near stands and spectators seen from behind
  out += rect(0, 700, W, 200, shade(pal.dark, 0.1))
  out += rect(0, 700, W, 12, pal.accent)
  for (let r = 0; r < 2; r++) {
    const y = 800 + r * 100
    for (let x = -20 + r * 60; x < W + 60; x += rand(rng, 100, 130)) {
      out += bust(x, y + rand(rng, -6, 6), 1.25, pick(rng, SKIN_TONES), pick(rng, [...CLOTH, MALI.green, MALI.gold]), rng() < 0.25 ? pick(rng, CLOTH) : undefined, true)
    }
  }
  out += rect(0, 0, W, H, radial(s, [['#000', 0.6, 0], ['#000', 1, 0.3]], 0.5, 0.45, 0.75))
  return out
}

function mosque(s: Scene): string {
  const { pal, rng } = s
  let out = skyRect(s, 760)
  out += sunDisc(s, rand(rng, 1180, 1420), rand(rng, 160, 260), 70)
  const earth = banco(pal)
  const lit = shade(earth, 0.1)
  const dark = shade(earth, -0.22)
  const toron = shade(pal.dark, 0.15)
  out += rect(0, 740, W, 160, linear(s, [[pal.ground, 0], [shade(pal.ground, -0.18), 1]]))
  // palms behind
  out += palmTree(160, 770, 1.1, shade(pal.near, -0.2), shade(mix(pal.near, '#3c664b', 0.5), -0.2), -0.3)
  out += palmTree(1470, 770, 1.0, shade(pal.near, -0.2), shade(mix(pal.near, '#3c664b', 0.5), -0.2), 0.4)
  // platform
  out += rect(180, 690, 1240, 80, shade(earth, -0.08))
  out += rect(180, 690, 1240, 10, lit)
  for (let x = 200; x < 1380; x += 120) out += rect(x, 712, 60, 40, dark, 'opacity="0.5"')
  // main wall
  const wallTop = 440
  out += rect(250, wallTop, 1100, 250, earth)
  out += rect(250, wallTop, 1100, 250, linear(s, [['#000', 0, 0], ['#000', 1, 0.14]]))
  // crenellations
  for (let x = 262; x < 1340; x += 46) {
    out += path(`M${f(x)} ${wallTop} L${f(x)} ${wallTop - 30} Q${f(x + 12)} ${wallTop - 58} ${f(x + 24)} ${wallTop - 30} L${f(x + 24)} ${wallTop} Z`, earth)
    out += circle(x + 12, wallTop - 55, 5, pal.light)
  }
  // pilasters along the wall
  for (let x = 290; x < 1330; x += 92) {
    out += path(`M${f(x)} 690 L${f(x)} ${wallTop - 50} Q${f(x + 17)} ${wallTop - 92} ${f(x + 34)} ${wallTop - 50} L${f(x + 34)} 690 Z`, lit)
    out += rect(x + 22, wallTop - 60, 12, 750 - wallTop, dark, 'opacity="0.55"')
  }
  // doors
  for (const x of [420, 1120]) {
    out += path(`M${f(x - 34)} 690 L${f(x - 34)} 610 Q${f(x)} 560 ${f(x + 34)} 610 L${f(x + 34)} 690 Z`, shade(pal.dark, 0.05))
  }
  // the three towers
  const towers = [
    { x: 560, top: 250, w: 150 },
    { x: 800, top: 170, w: 190 },
    { x: 1040, top: 250, w: 150 },
  ]
  for (const t of towers) {
    const bw = t.w
    const tw = t.w * 0.72
    const base = 690
    const body = `M${f(t.x - bw / 2)} ${base} L${f(t.x - tw / 2)} ${t.top + 40} Q${f(t.x)} ${t.top - 40} ${f(t.x + tw / 2)} ${t.top + 40} L${f(t.x + bw / 2)} ${base} Z`
    out += path(body, lit)
    out += path(`M${f(t.x + bw * 0.12)} ${base} L${f(t.x + tw * 0.1)} ${t.top} Q${f(t.x + tw * 0.35)} ${t.top + 10} ${f(t.x + tw / 2)} ${t.top + 40} L${f(t.x + bw / 2)} ${base} Z`, dark, 'opacity="0.55"')
    // vertical ribs
    for (const dx of [-0.28, 0, 0.28]) {
      const xb = t.x + dx * bw
      const xt = t.x + dx * tw
      out += path(`M${f(xb - 9)} ${base} L${f(xt - 7)} ${t.top + 10} Q${f(xt)} ${t.top - 14} ${f(xt + 7)} ${t.top + 10} L${f(xb + 9)} ${base} Z`, dx > 0 ? shade(dark, 0.05) : shade(lit, 0.06))
    }
    // finials (ostrich eggs)
    for (const dx of [-0.28, 0, 0.28]) {
      const xt = t.x + dx * tw
      out += line(xt, t.top - 8, xt, t.top - 34, dark, 5)
      out += ellipse(xt, t.top - 42, 9, 12, pal.light)
    }
    // toron beams in rows
    for (let y = t.top + 70; y < base - 20; y += 56) {
      const frac = (y - t.top) / (base - t.top)
      const halfW = (tw + (bw - tw) * frac) / 2
      for (let x = t.x - halfW + 16; x < t.x + halfW - 10; x += 34) {
        out += rect(x, y, 22, 7, toron)
        out += rect(x, y + 7, 22, 5, '#000', 'opacity="0.15"')
      }
    }
  }
  // toron rows on the wall between towers
  for (let y = 480; y < 680; y += 60) for (let x = 262; x < 1340; x += 46) out += rect(x, y, 18, 6, toron, 'opacity="0.85"')
  // banco streaks
  for (let i = 0; i < 60; i++) {
    const x = rand(rng, 250, 1350)
    const y = rand(rng, 470, 640)
    out += rect(x, y, 3, rand(rng, 20, 50), dark, 'opacity="0.18"')
  }
  // people walking to the mosque
  for (let i = 0; i < 6; i++) {
    out += figure(rand(rng, 120, 1480), rand(rng, 820, 880), rand(rng, 110, 140), {
      skin: pick(rng, SKIN_TONES),
      cloth: pick(rng, [pal.light, pal.accent2, '#f3ead8', pal.accent, '#2d4a7a']),
      wrap: rng() < 0.5 ? pick(rng, CLOTH) : undefined,
    })
  }
  out += birds(s, 6, 420, 170, 120)
  return out
}

function desertRoad(s: Scene): string {
  const { pal, rng } = s
  const hz = 380
  let out = skyRect(s, hz)
  const sx = rand(rng, 300, 1300)
  out += sunDisc(s, sx, rand(rng, 150, 230), 75)
  // mesas on the horizon (Hombori-like)
  const mesaC = mix(pal.far, pal.skyBottom, 0.25)
  for (let i = 0; i < 4; i++) {
    const mx = rand(rng, 0, W)
    const mw = rand(rng, 120, 280)
    const mh = rand(rng, 50, 150)
    out += path(`M${f(mx - mw)} ${hz + 2} L${f(mx - mw * 0.45)} ${f(hz - mh)} L${f(mx + mw * 0.4)} ${f(hz - mh - rand(rng, -12, 12))} L${f(mx + mw)} ${hz + 2} Z`, mesaC)
    out += path(`M${f(mx + mw * 0.1)} ${f(hz - mh)} L${f(mx + mw * 0.4)} ${f(hz - mh)} L${f(mx + mw)} ${hz + 2} L${f(mx + mw * 0.45)} ${hz + 2} Z`, '#000', 'opacity="0.08"')
  }
  out += rect(0, hz, W, H - hz, linear(s, [[mix(pal.ground, pal.skyBottom, 0.3), 0], [shade(pal.ground, -0.12), 1]]))
  // dune waves
  for (let i = 0; i < 5; i++) {
    const y = hz + 20 + i * i * 28 + i * 20
    out += path(ridge(wave(rng, y, 10 + i * 6, 6), y + 120), shade(pal.ground, -0.02 - i * 0.03), 'opacity="0.6"')
  }
  const cam = camera(W / 2 + rand(rng, -100, 100), hz, 1400, 8)
  const bend = (rng() < 0.5 ? -1 : 1) * rand(rng, 14, 22)
  const cxOf = (Z: number) => bend * Math.pow(Math.max(0, Z - 12) / 80, 1.7)
  const zs: number[] = []
  for (let z = 9; z < 900; z *= 1.08) zs.push(z)
  const edge = (off: number): Pt[] => zs.map((z) => cam(cxOf(z) + off, z))
  const road = (a: number, b: number) => [...edge(a), ...edge(b).reverse()]
  out += poly(road(-4.2, 4.2), mix(pal.ground, pal.near, 0.3), 'opacity="0.5"')
  out += poly(road(-3.6, 3.6), mix('#4a433d', pal.near, 0.25))
  out += poly(road(-3.5, -3.3), pal.light, 'opacity="0.55"')
  out += poly(road(3.3, 3.5), pal.light, 'opacity="0.55"')
  for (let z = 9; z < 400; z *= 1.35) {
    const z2 = z * 1.14
    out += poly([cam(cxOf(z) - 0.1, z), cam(cxOf(z) + 0.1, z), cam(cxOf(z2) + 0.1, z2), cam(cxOf(z2) - 0.1, z2)], pal.light, 'opacity="0.85"')
  }
  // scrub and stones beside the road
  for (let i = 0; i < 24; i++) {
    const z = 9 * Math.pow(1.12, randInt(rng, 0, 30))
    const side = rng() < 0.5 ? -1 : 1
    const [x, y] = cam(cxOf(z) + side * rand(rng, 6, 30), z)
    const r = (rand(rng, 0.3, 0.6) * 1400) / z
    const bush = mix(pal.near, '#4d6b3a', 0.45)
    out += ellipse(x + r * 0.4, y, r * 1.3, r * 0.25, '#000', 'opacity="0.15"')
    out += circle(x - r * 0.5, y - r * 0.45, r * 0.6, shade(bush, -0.1)) + circle(x + r * 0.4, y - r * 0.5, r * 0.65, shade(bush, -0.05)) + circle(x, y - r * 0.8, r * 0.7, bush)
  }
  // convoy going away from the viewer, with dust
  const colors = [mix('#556b2f', pal.near, 0.2), '#efe9dc', mix('#8a7a52', pal.ground, 0.2), '#5d6b6f']
  const convoy = [130, 88, 62, 44, 32]
  convoy.forEach((z, i) => {
    const [x, y] = cam(cxOf(z) + 1.8, z)
    const k = 1400 / z
    const w = 2.4 * k
    const h = 2.6 * k
    const c = at(colors, i + s.variant)
    out += ellipse(x - w * 0.2, y - h * 0.25, w * 1.6, h * 0.55, radial(s, [[pal.light, 0, 0.6], [pal.ground, 0.6, 0.35], [pal.ground, 1, 0]]))
    out += rect(x - w / 2 - 0.05 * k, y - 0.5 * k, 0.5 * k, 0.5 * k, '#1d1a18')
    out += rect(x + w / 2 - 0.45 * k, y - 0.5 * k, 0.5 * k, 0.5 * k, '#1d1a18')
    // roof seen from slightly above, then the rear face
    out += poly([[x - w / 2, y - h + 0.1 * k], [x - w * 0.42, y - h - 0.45 * k], [x + w * 0.42, y - h - 0.45 * k], [x + w / 2, y - h + 0.1 * k]], shade(c, 0.22))
    out += rrect(x - w / 2, y - h, w, h - 0.3 * k, 0.1 * k, c)
    out += rect(x - w / 2, y - 0.7 * k, w, 0.38 * k, shade(c, -0.35))
    out += rect(x - w / 2 + 0.15 * k, y - 0.64 * k, 0.3 * k, 0.14 * k, '#d62a1f')
    out += rect(x + w / 2 - 0.45 * k, y - 0.64 * k, 0.3 * k, 0.14 * k, '#d62a1f')
    out += rect(x - w * 0.04, y - h * 0.92, w * 0.08, h * 0.6, shade(c, -0.15))
  })
  out += birds(s, 3, sx - 200, 180, 80)
  return out
}

function microphone(s: Scene): string {
  const { pal, rng } = s
  const bg = at([pal.accent2, pal.near, pal.accent, mix(pal.mid, pal.dark, 0.3)], s.variant)
  let out = rect(0, 0, W, H, linear(s, [[bg, 0], [shade(bg, -0.35), 1]], 0, 0, 1, 1))
  // concentric rings behind
  const cx = 800 + rand(rng, -120, 120)
  for (let i = 7; i >= 1; i--) out += circle(cx, 440, i * 95, i % 2 ? shade(bg, 0.08) : shade(bg, 0.02), 'opacity="0.8"')
  out += circle(cx, 440, 250, radial(s, [[pal.sun, 0, 0.55], [pal.sun, 1, 0]]))
  // sound waves
  for (let i = 0; i < 4; i++) {
    const r = 250 + i * 55
    for (const side of [-1, 1]) {
      const x0 = cx + side * r * 0.55
      out += stroke(`M${f(x0)} ${f(300 - i * 30)} Q${f(cx + side * r)} 330 ${f(x0)} ${f(360 + i * 30)}`, mix(bg, '#fff8e6', 0.75), 10, `opacity="${f(0.9 - i * 0.2)}"`)
    }
  }
  // press microphones leaning in
  const press = [pal.accent, pal.light, MALI.green, pal.accent3]
  for (let i = 0; i < 4; i++) {
    const side = i % 2 ? 1 : -1
    const ang = side * (22 + i * 9)
    const bx = cx + side * (300 + i * 70)
    const by = 980
    const len = 520 - i * 40
    out += group(
      rrect(-22, -len, 44, len * 0.8, 20, '#1e1e22') +
        ellipse(0, -len, 46, 58, '#2b2b31') +
        rect(-44, -len + 70, 88, 70, at(press, i + s.variant)) +
        rect(-44, -len + 70, 20, 70, '#000', 'opacity="0.15"') +
        ellipse(-14, -len - 20, 12, 22, '#fff', 'opacity="0.12"'),
      `transform="translate(${f(bx)} ${f(by)}) rotate(${f(ang)})"`,
    )
  }
  // central studio microphone on a stand
  const capTop = 200
  out += rect(cx - 14, 560, 28, 400, linear(s, [['#2a2a30', 0], ['#55555e', 0.4], ['#1f1f24', 1]], 0, 0, 1, 0))
  out += stroke(`M${f(cx - 140)} 420 L${f(cx - 140)} 500 Q${f(cx - 140)} 580 ${f(cx)} 580 Q${f(cx + 140)} 580 ${f(cx + 140)} 500 L${f(cx + 140)} 420`, '#2a2a30', 22)
  const capsule = linear(s, [['#4a4a52', 0], ['#b8b8c2', 0.35], ['#6a6a74', 0.7], ['#2e2e34', 1]], 0, 0, 1, 0)
  out += rrect(cx - 105, capTop, 210, 330, 105, capsule)
  // grille
  const gid = uid(s, 'c')
  s.defs.push(`<clipPath id="${gid}"><rect x="${f(cx - 105)}" y="${capTop}" width="210" height="330" rx="105"/></clipPath>`)
  let grille = ''
  for (let y = capTop + 10; y < capTop + 330; y += 16) grille += line(cx - 110, y, cx + 110, y, '#1e1e22', 4, 'opacity="0.45"')
  for (let x = cx - 100; x < cx + 110; x += 16) grille += line(x, capTop, x, capTop + 330, '#1e1e22', 2, 'opacity="0.25"')
  out += group(grille, `clip-path="url(#${gid})"`)
  out += rect(cx - 112, capTop + 150, 224, 34, linear(s, [['#8a8a94', 0], ['#e2e2ea', 0.35], ['#5a5a64', 1]], 0, 0, 1, 0))
  out += ellipse(cx - 48, capTop + 70, 18, 50, '#fff', 'opacity="0.25"')
  // table edge
  out += rect(0, 830, W, 70, shade(pal.near, -0.2))
  out += rect(0, 830, W, 10, shade(pal.near, 0.1))
  return out
}

function chart(s: Scene): string {
  const { pal, rng } = s
  let out = rect(0, 0, W, H, linear(s, [[pal.light, 0], [mix(pal.light, pal.ground, 0.6), 1]]))
  out += circle(1250, 260, 330, pal.skyBottom, 'opacity="0.7"')
  out += circle(1250, 260, 200, mix(pal.skyBottom, pal.sun, 0.5), 'opacity="0.7"')
  // grid
  for (let y = 170; y <= 770; y += 100) out += line(170, y, 1450, y, shade(pal.ground, -0.2), 2, 'opacity="0.5"')
  out += line(170, 770, 1450, 770, pal.dark, 4)
  // bars
  const n = 7
  const heights: number[] = []
  let v = rand(rng, 110, 170)
  for (let i = 0; i < n; i++) {
    heights.push(v)
    v += rand(rng, 20, 95) * (i === 2 ? -0.4 : 1)
  }
  const bw = 110
  const gap = (1280 - n * bw) / (n + 1)
  const tops: Pt[] = []
  heights.forEach((h, i) => {
    const x = 170 + gap + i * (bw + gap)
    const top = 770 - h
    const c = i === n - 1 ? pal.accent : i % 2 ? pal.mid : shade(pal.mid, 0.15)
    out += rrect(x + 16, top + 12, bw, h - 12, 12, '#000', 'opacity="0.1"')
    out += rrect(x, top, bw, h + 10, 14, linear(s, [[shade(c, 0.12), 0], [shade(c, -0.1), 1]]))
    out += rect(x, top + 14, bw * 0.3, h - 14, '#fff', 'opacity="0.12"')
    tops.push([x + bw / 2, top - 70 - i * 10])
  })
  out += rect(150, 770, 1320, 30, pal.ground)
  // rising line
  out += stroke(smooth(tops), pal.accent2, 22, 'opacity="0.2"')
  out += stroke(smooth(tops), pal.accent2, 8)
  for (const [x, y] of tops) {
    out += circle(x, y, 16, pal.light)
    out += circle(x, y, 10, pal.accent2)
  }
  const last = at(tops, -1)
  const prev = at(tops, -2)
  const a = Math.atan2(last[1] - prev[1], last[0] - prev[0])
  const ax = last[0] + Math.cos(a) * 80
  const ay = last[1] + Math.sin(a) * 80
  out += line(last[0], last[1], ax, ay, pal.accent2, 8)
  out += group(poly([[0, -24], [44, 0], [0, 24]], pal.accent2), `transform="translate(${f(ax)} ${f(ay)}) rotate(${f((a * 180) / Math.PI)})"`)
  // coin stacks
  for (let c = 0; c < 3; c++) {
    const x = 90 + c * 40
    const cnt = 3 + c * 2
    for (let i = 0; i < cnt; i++) {
      out += ellipse(x, 860 - i * 14, 34, 12, shade(pal.accent3, -0.2))
      out += ellipse(x, 856 - i * 14, 34, 12, pal.accent3)
    }
  }
  return out
}

function handshake(s: Scene): string {
  const { pal, rng } = s
  let out = rect(0, 0, W, H, linear(s, [[pal.skyBottom, 0], [mix(pal.skyBottom, pal.far, 0.6), 1]]))
  out += path('M0 0 L760 0 L980 900 L0 900 Z', pal.skyTop, 'opacity="0.18"')
  out += circle(800, 450, 330, pal.light, 'opacity="0.7"')
  out += circle(800, 450, 420, 'none', `stroke="${pal.light}" stroke-width="3" opacity="0.6"`)
  for (let i = 0; i < 24; i++) {
    const a = (i / 24) * Math.PI * 2
    out += circle(800 + Math.cos(a) * 500, 450 + Math.sin(a) * 330, 6, pal.accent3, 'opacity="0.5"')
  }
  const skinL = pick(rng, ['#6e4128', '#8b5835', '#7e4c2d'])
  const skinR = pick(rng, ['#4a2b18', '#5a3520', '#3f2415'])
  const sleeveL = pal.accent2 === '#f2b84b' ? '#2d4a7a' : pal.accent2
  const sleeveR = shade(pal.dark, 0.08)
  // left arm (boubou sleeve with embroidered cuff)
  out += path('M-60 930 L-60 640 Q200 520 560 440 L610 600 Q260 720 120 930 Z', sleeveL)
  out += path('M-60 930 L-60 760 Q240 650 590 530 L610 600 Q260 720 120 930 Z', '#000', 'opacity="0.15"')
  out += path('M540 432 L590 418 L640 602 L590 616 Z', pal.accent3)
  out += stroke('M556 440 L604 606', shade(pal.accent3, -0.3), 3, 'stroke-dasharray="8 8"')
  // right arm (suit and shirt cuff)
  out += path('M1660 930 L1660 640 Q1400 530 1050 450 L1000 610 Q1340 720 1480 930 Z', sleeveR)
  out += path('M1660 640 Q1400 530 1050 450 L1044 470 Q1400 560 1660 670 Z', '#fff', 'opacity="0.08"')
  out += path('M1062 444 L1010 432 L962 600 L1012 614 Z', '#f3efe6')
  // left hand (the palm side, mostly hidden)
  out += path('M600 430 Q700 405 800 410 Q900 418 930 470 Q950 540 900 575 Q780 600 640 600 Z', skinL)
  out += path('M640 600 Q780 600 900 575 Q860 596 760 606 Z', shade(skinL, -0.25), 'opacity="0.6"')
  // right hand: back of the hand, fingers wrapping over the left hand
  out += path('M1030 440 Q940 410 860 420 Q790 428 760 450 L770 560 Q900 600 1010 610 Z', skinR)
  out += path('M1030 440 Q940 410 860 420 Q900 440 1020 470 Z', shade(skinR, 0.12), 'opacity="0.6"')
  const fingers = [
    { y: 538, len: 108 },
    { y: 510, len: 132 },
    { y: 481, len: 140 },
    { y: 452, len: 128 },
  ]
  for (const fg of fingers) {
    const x0 = 830
    const x1 = x0 - fg.len
    const th = 30
    out += path(
      `M${x0} ${fg.y} L${x1 + 14} ${fg.y + 5} Q${x1 - 6} ${fg.y + 8} ${x1 - 4} ${fg.y + 20} Q${x1 - 2} ${fg.y + th + 3} ${x1 + 16} ${fg.y + th + 2} L${x0} ${fg.y + th} Z`,
      skinR,
    )
    out += stroke(`M${x1 + 2} ${fg.y + th + 1} Q${x1 + 60} ${fg.y + th + 4} ${x0 - 20} ${fg.y + th}`, shade(skinR, -0.4), 3)
    out += stroke(`M${x1 + 24} ${fg.y + 9} L${x0 - 40} ${fg.y + 6}`, shade(skinR, 0.18), 3, 'opacity="0.5"')
  }
  // left thumb over the right hand
  out += path('M640 440 Q720 400 820 398 Q870 398 872 420 Q870 440 820 442 Q740 448 660 470 Z', skinL)
  out += path('M820 404 Q858 402 862 418 Q848 414 826 416 Z', '#fff', 'opacity="0.25"')
  out += stroke('M1000 470 Q940 450 880 452', shade(skinR, -0.3), 3, 'opacity="0.5"')
  return out
}

function djembe(s: Scene, x: number, y: number, h: number, wood: string, rope: string): string {
  const { pal } = s
  const top = y - h
  const rw = h * 0.3
  const waist = h * 0.1
  const foot = h * 0.22
  const body = `M${f(x - rw)} ${f(top)} C${f(x - rw)} ${f(top + h * 0.35)} ${f(x - waist)} ${f(top + h * 0.45)} ${f(x - waist)} ${f(top + h * 0.62)} C${f(x - waist)} ${f(top + h * 0.8)} ${f(x - foot)} ${f(top + h * 0.9)} ${f(x - foot)} ${f(y)} L${f(x + foot)} ${f(y)} C${f(x + foot)} ${f(top + h * 0.9)} ${f(x + waist)} ${f(top + h * 0.8)} ${f(x + waist)} ${f(top + h * 0.62)} C${f(x + waist)} ${f(top + h * 0.45)} ${f(x + rw)} ${f(top + h * 0.35)} ${f(x + rw)} ${f(top)} Z`
  let out = ellipse(x, y, foot * 1.5, h * 0.04, '#000', 'opacity="0.3"')
  out += path(body, linear(s, [[shade(wood, -0.25), 0], [shade(wood, 0.2), 0.35], [wood, 0.6], [shade(wood, -0.4), 1]], 0, 0, 1, 0))
  // carved band on the foot
  const by = top + h * 0.82
  for (let i = -2; i <= 2; i++) out += poly([[x + i * foot * 0.32 - foot * 0.14, by + h * 0.1], [x + i * foot * 0.32, by], [x + i * foot * 0.32 + foot * 0.14, by + h * 0.1]], pal.accent3, 'opacity="0.8"')
  // rope lacing
  const ringY = top + h * 0.3
  const ringW = rw * 0.78
  let zig = `M${f(x - rw + 4)} ${f(top + 10)}`
  const steps = 12
  for (let i = 1; i <= steps; i++) {
    const t = i / steps
    const xx = x - rw + 4 + t * (2 * rw - 8)
    const yy = i % 2 ? ringY : top + 10
    const xr = i % 2 ? x - ringW + t * 2 * ringW : xx
    zig += ` L${f(xr)} ${f(yy)}`
  }
  out += stroke(zig, rope, 4)
  out += ellipse(x, ringY, ringW, h * 0.03, 'none', `stroke="${rope}" stroke-width="6"`)
  // the skin
  out += ellipse(x, top, rw + 6, h * 0.07, shade(rope, -0.2))
  out += ellipse(x, top - 4, rw, h * 0.06, linear(s, [['#f3e3c2', 0], ['#d9bd8c', 1]]))
  out += ellipse(x - rw * 0.3, top - 8, rw * 0.35, h * 0.02, '#fff', 'opacity="0.35"')
  return out
}

function drums(s: Scene): string {
  const { pal, rng } = s
  let out = rect(0, 0, W, H, linear(s, [[shade(pal.dark, 0.05), 0], [mix(pal.dark, pal.near, 0.6), 1]]))
  // bogolan backdrop cloth
  out += rect(120, 0, 1360, 560, bogolan(s, shade(pal.dark, 0.15), mix(pal.ground, pal.far, 0.5), 64), 'opacity="0.9"')
  out += rect(120, 0, 1360, 560, linear(s, [['#000', 0, 0.1], ['#000', 1, 0.55]]))
  for (let x = 140; x < 1480; x += 90) out += rect(x, 540, 40, 30, shade(pal.dark, 0.15))
  // stage lights
  for (const [lx, c] of [
    [rand(rng, 250, 550), pal.accent3],
    [rand(rng, 1050, 1350), pal.accent],
  ] as const) {
    out += poly([[lx - 30, 0], [lx + 30, 0], [lx + 380, 900], [lx - 380, 900]], radial(s, [[c, 0, 0.35], [c, 1, 0]], 0.5, 0, 1), 'opacity="0.9"')
  }
  // stage floor
  out += path('M0 900 L0 700 Q800 640 1600 700 L1600 900 Z', shade(pal.near, -0.2))
  out += stroke('M0 700 Q800 640 1600 700', shade(pal.near, 0.2), 4)
  for (let i = 0; i < 8; i++) out += line(200 * i - 200, 900, 200 * i + (i - 4) * 30, 680, '#000', 2, 'opacity="0.2"')
  // drums
  const woods = ['#8a4b25', '#a35a2c', '#6b3a1e']
  const ropes = [pal.accent, pal.accent3, pal.light, MALI.green]
  out += djembe(s, 520, 800, 470, at(woods, s.variant), at(ropes, s.variant))
  out += djembe(s, 1080, 780, 420, at(woods, s.variant + 1), at(ropes, s.variant + 1))
  out += djembe(s, 800, 860, 560, at(woods, s.variant + 2), at(ropes, s.variant + 2))
  // dundun lying at the side
  const dx = 240
  out += rrect(dx - 150, 770, 300, 120, 20, shade(at(woods, s.variant), -0.1))
  out += ellipse(dx + 150, 830, 30, 60, '#e6cf9f')
  for (let i = 0; i < 7; i++) out += line(dx - 130 + i * 40, 772, dx - 110 + i * 40, 888, at(ropes, s.variant + 3), 4)
  // sound sparkles
  for (let i = 0; i < 14; i++) {
    const x = rand(rng, 200, 1400)
    const y = rand(rng, 60, 320)
    out += circle(x, y, rand(rng, 3, 8), pal.sun, `opacity="${f(rand(rng, 0.2, 0.6))}"`)
  }
  return out
}

function school(s: Scene): string {
  const { pal, rng } = s
  let out = rect(0, 0, W, H, linear(s, [[mix(pal.light, pal.far, 0.55), 0], [mix(pal.light, pal.far, 0.75), 1]]))
  out += rect(0, 520, W, 380, shade(pal.near, 0.05))
  out += rect(0, 500, W, 24, shade(pal.near, -0.1))
  // window with a beam of light
  out += rect(1230, 90, 260, 300, pal.skyTop)
  out += rect(1230, 90, 260, 300, linear(s, [[pal.skyTop, 0], [pal.skyBottom, 1]]))
  out += circle(1400, 170, 40, pal.sun)
  out += rect(1355, 90, 10, 300, shade(pal.near, -0.1))
  out += rect(1230, 235, 260, 10, shade(pal.near, -0.1))
  out += rect(1220, 80, 280, 320, 'none', `stroke="${shade(pal.near, -0.1)}" stroke-width="16"`)
  out += poly([[1230, 390], [1490, 390], [1100, 900], [600, 900]], pal.sun, 'opacity="0.12"')
  // blackboard with chalk drawings
  const bx = 200
  const by = 90
  out += rect(bx - 16, by - 16, 852, 412, shade(pal.near, -0.15))
  out += rect(bx, by, 820, 380, linear(s, [['#2f4a3d', 0], ['#243a30', 1]]))
  out += rect(bx - 20, by + 380, 860, 18, shade(pal.near, -0.05))
  const chalk = '#eef0e6'
  out += stroke(`M${bx + 80} ${by + 300} L${bx + 200} ${by + 90} L${bx + 320} ${by + 300} Z`, chalk, 5, 'opacity="0.85"')
  out += circle(bx + 470, by + 190, 90, 'none', `stroke="${chalk}" stroke-width="5" opacity="0.85"`)
  out += line(bx + 380, by + 190, bx + 560, by + 190, chalk, 4, 'opacity="0.6" stroke-dasharray="10 10"')
  out += stroke(`M${bx + 610} ${by + 320} L${bx + 610} ${by + 60} M${bx + 610} ${by + 320} L${bx + 780} ${by + 320} M${bx + 620} ${by + 300} Q${bx + 690} ${by + 290} ${bx + 760} ${by + 90}`, chalk, 4, 'opacity="0.8"')
  for (let i = 0; i < 5; i++) out += line(bx + 60 + i * 20, by + 40, bx + 60 + i * 20, by + 60, chalk, 4, 'opacity="0.7"')
  out += rect(bx + 700, by + 372, 40, 8, chalk)
  // pupils at their desks, seen from behind
  const uniforms = ['#c9b17a', '#e9e3d2', '#3d5f8a', '#c9b17a']
  for (let r = 0; r < 3; r++) {
    const y = 640 + r * 120
    const k = 0.85 + r * 0.35
    out += rect(0, y - 20 * k, W, 34 * k, shade(pal.mid, -0.1 + r * 0.05))
    out += rect(0, y - 20 * k, W, 8 * k, shade(pal.mid, 0.2))
    const step = 170 * k
    for (let x = 60 + (r % 2) * 60; x < W; x += step) {
      if (rng() < 0.15) continue
      const wrap = rng() < 0.35 ? pick(rng, [pal.accent, pal.accent3, '#f3ead8']) : undefined
      out += bust(x + rand(rng, -15, 15), y + 90 * k, 1.05 * k, pick(rng, SKIN_TONES), pick(rng, uniforms), wrap, true)
    }
  }
  // stack of books in the corner
  const colors = [pal.accent, pal.accent2, pal.accent3, MALI.green, pal.mid]
  for (let i = 0; i < 5; i++) {
    const w = rand(rng, 220, 270)
    const y = 880 - i * 36
    const c = at(colors, i + s.variant)
    out += rrect(1320 + rand(rng, -12, 12), y - 34, w, 34, 4, c)
    out += rect(1330, y - 26, w - 30, 6, '#fff', 'opacity="0.55"')
  }
  return out
}

function health(s: Scene): string {
  const { pal, rng } = s
  const ground = 700
  let out = skyRect(s, ground)
  out += sunDisc(s, rand(rng, 1200, 1450), 160, 60)
  out += rect(0, ground, W, H - ground, linear(s, [[pal.ground, 0], [shade(pal.ground, -0.15), 1]]))
  // neem tree behind
  const tx = rand(rng, 180, 300)
  out += rect(tx - 14, 420, 28, 300, shade(pal.near, -0.3))
  for (let i = 0; i < 9; i++) out += circle(tx + rand(rng, -150, 150), rand(rng, 300, 430), rand(rng, 60, 100), i % 2 ? shade('#3c664b', -0.1) : '#4d7a52')
  // clinic building
  const wall = mix(pal.light, pal.ground, 0.25)
  out += rect(420, 380, 900, 330, wall)
  out += rect(420, 380, 900, 330, linear(s, [['#000', 0, 0], ['#000', 1, 0.08]]))
  out += rect(400, 350, 940, 40, pal.accent)
  out += rect(400, 386, 940, 8, '#000', 'opacity="0.15"')
  out += rect(420, 640, 900, 70, shade(wall, -0.12))
  // veranda pillars and shadow
  out += rect(420, 394, 900, 40, '#000', 'opacity="0.1"')
  for (let x = 450; x < 1320; x += 145) out += rect(x, 394, 18, 316, shade(wall, -0.05))
  // windows and door
  for (const x of [500, 660, 1080, 1200]) {
    out += rect(x, 470, 80, 100, pal.accent2 === '#f2b84b' ? '#2d4a7a' : pal.accent2)
    for (let i = 0; i < 5; i++) out += rect(x, 478 + i * 20, 80, 6, shade(wall, -0.05))
  }
  out += path('M830 710 L830 500 Q870 460 910 500 L910 710 Z', shade(pal.accent2 === '#f2b84b' ? '#2d4a7a' : pal.accent2, -0.2))
  // the cross sign
  const crossC = '#1f8f5a'
  out += rect(866, 140, 8, 220, shade(pal.dark, 0.2))
  out += circle(870, 190, 100, '#fbfaf5')
  out += circle(870, 190, 100, 'none', `stroke="${crossC}" stroke-width="10"`)
  out += rrect(842, 120, 56, 140, 10, crossC)
  out += rrect(800, 162, 140, 56, 10, crossC)
  // water tank
  const steel = shade(pal.dark, 0.3)
  out += line(1385, 430, 1375, 705, steel, 10) + line(1465, 430, 1475, 705, steel, 10)
  out += line(1380, 520, 1470, 600, steel, 4) + line(1470, 520, 1380, 600, steel, 4)
  const tank = '#9db8c4'
  out += rect(1360, 330, 130, 100, linear(s, [[shade(tank, -0.15), 0], [shade(tank, 0.2), 0.35], [shade(tank, -0.25), 1]], 0, 0, 1, 0))
  out += ellipse(1425, 430, 65, 12, shade(tank, -0.25))
  out += path('M1360 330 Q1425 290 1490 330 Z', shade(tank, -0.1))
  out += rect(1360, 370, 130, 8, shade(tank, -0.3), 'opacity="0.5"')
  // people waiting
  for (let i = 0; i < 5; i++) {
    out += figure(rand(rng, 300, 1500), rand(rng, 770, 860), rand(rng, 150, 190), {
      skin: pick(rng, SKIN_TONES),
      cloth: pick(rng, CLOTH),
      wrap: rng() < 0.6 ? pick(rng, CLOTH) : undefined,
    })
  }
  return out
}

function solar(s: Scene): string {
  const { pal, rng } = s
  const hz = 420
  let out = skyRect(s, hz)
  const sx = rand(rng, 350, 1250)
  const sy = rand(rng, 150, 220)
  for (let i = 0; i < 16; i++) {
    const a = (i / 16) * Math.PI * 2
    out += poly(
      [
        [sx + Math.cos(a - 0.05) * 130, sy + Math.sin(a - 0.05) * 130],
        [sx + Math.cos(a) * 300, sy + Math.sin(a) * 300],
        [sx + Math.cos(a + 0.05) * 130, sy + Math.sin(a + 0.05) * 130],
      ],
      pal.sun,
      'opacity="0.3"',
    )
  }
  out += sunDisc(s, sx, sy, 95)
  // village: round huts with thatched roofs
  for (let i = 0; i < 5; i++) {
    const hx = rand(rng, 60, 1540)
    const k = rand(rng, 0.6, 0.9)
    out += rect(hx - 40 * k, hz - 60 * k, 80 * k, 64 * k, mix(banco(pal), pal.far, 0.3))
    out += poly([[hx - 58 * k, hz - 56 * k], [hx, hz - 120 * k], [hx + 58 * k, hz - 56 * k]], mix(pal.ground, pal.near, 0.45))
  }
  out += rect(0, hz, W, H - hz, linear(s, [[mix(pal.ground, pal.skyBottom, 0.3), 0], [shade(pal.ground, -0.15), 1]]))
  const cam = camera(W / 2 + rand(rng, -120, 120), hz, 900, 10)
  const cellA = '#1d3a6b'
  const cellB = '#2e5aa0'
  const grid = '#c9d6ea'
  const shift = rand(rng, 0, 2.6)
  for (const Z of [110, 82, 62, 47, 36, 27.5, 21]) {
    const depth = 1.7
    const wpx = 900 / Z
    for (let a = -9; a <= 8; a++) {
      const X0 = a * 5.2 + shift
      const X1 = X0 + 4.7
      const bl = cam(X0, Z, 0.6)
      const br = cam(X1, Z, 0.6)
      const tl = cam(X0, Z + depth, 1.9)
      const tr = cam(X1, Z + depth, 1.9)
      if (br[0] < -20 || bl[0] > W + 20) continue
      out += poly([cam(X0, Z + 0.4), cam(X1, Z + 0.4), cam(X1 + 0.4, Z + 2.6), cam(X0 + 0.4, Z + 2.6)], '#000', 'opacity="0.16"')
      for (const X of [X0 + 0.5, X1 - 0.5]) {
        const [lx, ly] = cam(X, Z + 0.9)
        const [, ty] = cam(X, Z + 0.9, 1.2)
        out += line(lx, ly, lx, ty, '#3a3a3a', Math.max(1.2, wpx * 0.08))
      }
      out += poly([bl, br, tr, tl], linear(s, [[mix(cellA, pal.skyTop, 0.3), 0], [cellB, 0.6], [cellA, 1]]))
      for (let c = 1; c < 6; c++) {
        const X = X0 + ((X1 - X0) * c) / 6
        const p0 = cam(X, Z, 0.6)
        const p1 = cam(X, Z + depth, 1.9)
        out += line(p0[0], p0[1], p1[0], p1[1], grid, Math.max(0.6, wpx * 0.025), 'opacity="0.5"')
      }
      const m1 = cam(X0, Z + depth / 2, 1.25)
      const m2 = cam(X1, Z + depth / 2, 1.25)
      out += line(m1[0], m1[1], m2[0], m2[1], grid, Math.max(0.6, wpx * 0.025), 'opacity="0.5"')
      out += line(bl[0], bl[1], br[0], br[1], '#dfe4ea', Math.max(1, wpx * 0.05))
      // a glint of sky on the glass
      const g0 = cam(X0 + 1.2, Z, 0.6)
      const g1 = cam(X0 + 2.2, Z + depth, 1.9)
      out += poly([g0, [g0[0] + wpx * 0.6, g0[1]], [g1[0] + wpx * 0.6, g1[1]], g1], '#ffffff', 'opacity="0.12"')
    }
  }
  out += birds(s, 4, sx + 280, 140, 80)
  return out
}

function gold(s: Scene): string {
  const { pal, rng } = s
  let out = skyRect(s, 350)
  out += sunDisc(s, rand(rng, 200, 1400), 150, 60)
  // flat land around a terraced open pit
  const land = mix(banco(pal), pal.ground, 0.45)
  out += path(ridge(wave(rng, 340, 10, 6), 360), mix(pal.far, pal.skyBottom, 0.3))
  out += rect(0, 350, W, 550, linear(s, [[mix(land, pal.skyBottom, 0.25), 0], [land, 0.4], [shade(land, -0.15), 1]]))
  const cx = 800 + rand(rng, -150, 150)
  const levels = 7
  const rim = mix(banco(pal), pal.far, 0.2)
  for (let i = 0; i < levels; i++) {
    const rx = 980 - i * 120
    const ry = 250 - i * 28
    const cy = 640 + i * 6
    const t = i / levels
    out += ellipse(cx, cy, rx, ry, shade(mix(rim, '#5a3424', t), 0.1))
    out += ellipse(cx, cy + 18, rx - 40, ry - 22, mix(rim, '#3a2418', t + 0.12))
  }
  out += ellipse(cx, 670, 140, 30, mix('#2c4766', pal.dark, 0.3))
  // tiny trucks on the benches
  for (let i = 0; i < 4; i++) {
    const lvl = randInt(rng, 1, 4)
    const a = rand(rng, 0.25, 0.75) * Math.PI
    const x = cx + Math.cos(a) * (980 - lvl * 120) * 0.96
    const y = 640 + lvl * 6 - Math.sin(a) * (250 - lvl * 28) * 0.96
    out += rect(x - 14, y - 12, 28, 12, pal.accent3) + rect(x + 8, y - 18, 10, 8, pal.accent3)
    out += circle(x - 8, y, 4, '#222') + circle(x + 8, y, 4, '#222')
  }
  // foreground: a wooden pan full of gravel and nuggets
  out += path('M0 900 L0 770 Q800 690 1600 770 L1600 900 Z', shade(mix(banco(pal), pal.near, 0.3), -0.35))
  const px = 800
  const py = 800
  out += ellipse(px, py + 40, 520, 110, '#000', 'opacity="0.3"')
  out += ellipse(px, py, 500, 150, linear(s, [['#7a4a22', 0], ['#4a2a12', 1]]))
  out += ellipse(px, py - 14, 450, 118, linear(s, [['#3a2414', 0], ['#6b4526', 1]]))
  for (let i = 0; i < 80; i++) {
    const a = rng() * Math.PI * 2
    const r = Math.sqrt(rng())
    out += circle(px + Math.cos(a) * r * 420, py - 14 + Math.sin(a) * r * 100, rand(rng, 4, 10), pick(rng, ['#8a7560', '#6e5b48', '#a08a70', '#5b4a3a']))
  }
  const goldA = '#f4c542'
  const goldB = '#c98e12'
  const goldC = '#fff0a8'
  for (let i = 0; i < 9; i++) {
    const a = rng() * Math.PI * 2
    const r = Math.sqrt(rng()) * 0.9
    const x = px + Math.cos(a) * r * 360
    const y = py - 20 + Math.sin(a) * r * 80
    const sz = rand(rng, 24, 52)
    const pts: Pt[] = []
    const m = randInt(rng, 6, 8)
    for (let j = 0; j < m; j++) {
      const aa = (j / m) * Math.PI * 2
      const rr = sz * rand(rng, 0.7, 1.1)
      pts.push([x + Math.cos(aa) * rr, y + Math.sin(aa) * rr * 0.72])
    }
    out += ellipse(x + 6, y + sz * 0.6, sz, sz * 0.3, '#000', 'opacity="0.35"')
    out += poly(pts, goldB)
    out += poly(pts.slice(0, Math.ceil(m / 2) + 1).map(([qx, qy]): Pt => [x + (qx - x) * 0.9, y + (qy - y) * 0.9]), goldA)
    out += poly([pts[Math.floor(m / 2)] ?? [x, y], pts[Math.floor(m / 2) + 1] ?? [x, y], [x, y]], goldC, 'opacity="0.8"')
  }
  // sparkles
  for (let i = 0; i < 7; i++) {
    const x = px + rand(rng, -380, 380)
    const y = py + rand(rng, -110, 40)
    const r = rand(rng, 12, 22)
    out += path(`M${f(x)} ${f(y - r)} Q${f(x)} ${f(y)} ${f(x + r)} ${f(y)} Q${f(x)} ${f(y)} ${f(x)} ${f(y + r)} Q${f(x)} ${f(y)} ${f(x - r)} ${f(y)} Q${f(x)} ${f(y)} ${f(x)} ${f(y - r)} Z`, '#fff8d8')
  }
  return out
}

function rain(s: Scene): string {
  const { pal, rng } = s
  const hz = 520
  const storm = mix(mix(pal.skyTop, pal.near, 0.3), '#34466b', 0.5)
  let out = skyRect(s, hz, storm, mix(pal.skyBottom, storm, 0.3))
  // sun breaking through on one side, rainbow on even variants
  const bright = rand(rng, 1100, 1450)
  out += circle(bright, 380, 420, radial(s, [[pal.sun, 0, 0.6], [pal.sun, 1, 0]]))
  if (s.variant % 2 === 0) {
    const rb = ['#d9534f', '#f0ad4e', '#f7e463', '#5cb85c', '#5bc0de', '#6f5bd0']
    rb.forEach((c, i) => {
      out += stroke(`M${f(bright - 520 + i * 14)} ${hz} A${f(380 - i * 14)} ${f(380 - i * 14)} 0 0 1 ${f(bright + 240 - i * 14)} ${hz}`, c, 14, 'opacity="0.35"')
    })
  }
  // rain streaks
  for (let i = 0; i < 190; i++) {
    const x = rand(rng, -100, W)
    const y = rand(rng, 150, hz + 120)
    const l = rand(rng, 30, 70)
    out += line(x, y, x - l * 0.3, y + l, '#e8eef6', 2, `opacity="${f(rand(rng, 0.25, 0.55))}"`)
  }
  // cloud bank
  const cloud = (cx: number, cy: number, k: number, c: string) => {
    let g = ''
    const puffs: [number, number, number][] = [
      [-160, 20, 80],
      [-80, -30, 110],
      [40, -50, 130],
      [160, -10, 100],
      [240, 30, 70],
      [-240, 40, 55],
    ]
    const fill = linear(s, [[shade(c, 0.18), 0], [c, 0.55], [shade(c, -0.18), 1]])
    let body = ''
    for (const [dx, dy, r] of puffs) body += circle(cx + dx * k, cy + dy * k, r * k, fill)
    body += rrect(cx - 290 * k, cy + 10 * k, 590 * k, 90 * k, 45 * k, shade(c, -0.05))
    g += body
    g += rrect(cx - 270 * k, cy + 70 * k, 550 * k, 30 * k, 15 * k, shade(c, -0.25), 'opacity="0.5"')
    return g
  }
  out += cloud(rand(rng, 200, 500), 110, 1.1, shade(storm, 0.12))
  out += cloud(rand(rng, 900, 1300), 70, 1.3, shade(storm, 0.05))
  out += cloud(rand(rng, 500, 900), 190, 1.0, shade(storm, 0.2))
  out += cloud(rand(rng, 1200, 1600), 200, 0.9, shade(storm, 0.16))
  // green fields
  const greens = ['#5f9b3c', '#4e8a34', '#79ad48', '#3f7a3a']
  for (let i = 0; i < 5; i++) {
    const y = hz + i * 70 - 20
    const pts = wave(rng, y, 18, 5)
    out += path(ridge(pts), at(greens, i + s.variant))
    for (let j = 0; j < 6; j++) out += stroke(smooth(wave(rng, y + 20 + j * 10, 8, 5)), '#000', 2, 'opacity="0.08"')
  }
  // huts and a farmer with an umbrella
  const hx = rand(rng, 150, 500)
  out += rect(hx - 50, hz - 50, 100, 70, banco(pal))
  out += poly([[hx - 70, hz - 44], [hx, hz - 120], [hx + 70, hz - 44]], mix(pal.ground, pal.near, 0.5))
  const fx = rand(rng, 1000, 1350)
  out += figure(fx, 800, 220, { skin: '#5a3520', cloth: pal.accent2 === '#f2b84b' ? '#2d4a7a' : pal.accent2 })
  out += stroke(`M${fx + 26} 680 Q${fx + 40} 660 ${fx + 30} 640`, pal.accent2 === '#f2b84b' ? '#2d4a7a' : pal.accent2, 14)
  out += line(fx + 30, 650, fx + 30, 530, '#2a1a10', 5)
  const ux = fx + 30
  out += path(`M${ux - 120} 550 Q${ux} 430 ${ux + 120} 550 Q${ux + 80} 535 ${ux + 40} 550 Q${ux} 535 ${ux - 40} 550 Q${ux - 80} 535 ${ux - 120} 550 Z`, pal.accent)
  out += path(`M${ux} 490 Q${ux + 36} 510 ${ux + 40} 550 Q${ux + 80} 535 ${ux + 120} 550 Q${ux + 70} 494 ${ux} 490 Z`, '#000', 'opacity="0.15"')
  // puddles
  for (let i = 0; i < 4; i++) {
    const x = rand(rng, 100, 1500)
    const y = rand(rng, 820, 880)
    out += ellipse(x, y, rand(rng, 70, 140), 14, mix(storm, '#ffffff', 0.3), 'opacity="0.7"')
    out += ellipse(x + 20, y, 20, 4, '#fff', 'opacity="0.5"')
  }
  return out
}

function book(s: Scene): string {
  const { pal, rng } = s
  let out = skyRect(s, 900)
  out += sunDisc(s, rand(rng, 1150, 1400), 180, 70)
  out += rect(0, 700, W, 200, linear(s, [[shade(pal.near, -0.05), 0], [shade(pal.near, -0.35), 1]]))
  out += rect(0, 700, W, 6, shade(pal.near, 0.2))
  const cx = 760
  const top = 430
  // cover under the pages
  out += path(`M${cx - 520} 760 L${cx - 470} 520 Q${cx - 240} 480 ${cx} 560 Q${cx + 240} 480 ${cx + 470} 520 L${cx + 520} 760 Q${cx + 260} 720 ${cx} 790 Q${cx - 260} 720 ${cx - 520} 760 Z`, pal.accent)
  out += ellipse(cx, 790, 540, 40, '#000', 'opacity="0.2"')
  // page stacks
  for (let i = 4; i >= 0; i--) {
    const o = i * 8
    const pc = shade(pal.light, -0.04 * i)
    out += path(`M${cx} ${550 + o} Q${cx - 220} ${top + o} ${cx - 480} ${470 + o} L${cx - 500} ${720 + o} Q${cx - 240} ${680 + o} ${cx} ${770 + o} Z`, pc)
    out += path(`M${cx} ${550 + o} Q${cx + 220} ${top + o} ${cx + 480} ${470 + o} L${cx + 500} ${720 + o} Q${cx + 240} ${680 + o} ${cx} ${770 + o} Z`, pc)
  }
  out += path(`M${cx} 550 L${cx} 770 Q${cx - 40} 740 ${cx - 80} 730 L${cx - 70} 520 Z`, '#000', 'opacity="0.06"')
  // text lines (shapes only)
  for (const side of [-1, 1]) {
    for (let i = 0; i < 9; i++) {
      const t = i / 9
      const x0 = cx + side * 60
      const x1 = cx + side * 430
      const y0 = 540 + i * 22
      const y1 = 490 + i * 24
      const shortLine = rng() < 0.2 ? 0.6 : 1
      out += stroke(`M${f(x0)} ${f(y0 + 10 * (1 - t))} Q${f(cx + side * 240)} ${f(y0 - 60 + t * 10)} ${f(x0 + (x1 - x0) * shortLine)} ${f(y1 + (y0 - y1) * (1 - shortLine) * 0.3)}`, shade(pal.dark, 0.3), 5, 'opacity="0.35"')
    }
  }
  // ornamental frame on the left page (manuscript style)
  out += circle(cx - 300, 480, 26, 'none', `stroke="${pal.accent}" stroke-width="4" opacity="0.7"`)
  out += circle(cx - 300, 480, 12, pal.accent3, 'opacity="0.8"')
  // ribbon
  out += path(`M${cx + 6} 552 L${cx + 30} 552 L${cx + 34} 820 L${cx + 20} 800 L${cx + 6} 820 Z`, pal.accent2 === '#f2b84b' ? MALI.red : pal.accent2)
  // pages taking off and turning into birds
  for (let i = 0; i < 6; i++) {
    const t = i / 5
    const x = cx + 120 + t * 520 + rand(rng, -30, 30)
    const y = 400 - t * 280 + rand(rng, -20, 20)
    const sz = 70 - t * 40
    if (i < 2) {
      out += group(path(`M0 0 L${f(sz)} ${f(-sz * 0.2)} L${f(sz * 1.1)} ${f(sz * 0.7)} L${f(sz * 0.1)} ${f(sz * 0.9)} Z`, pal.light) + path(`M0 0 L${f(sz)} ${f(-sz * 0.2)} L${f(sz * 0.6)} ${f(sz * 0.3)} Z`, '#000', 'opacity="0.08"'), `transform="translate(${f(x)} ${f(y)}) rotate(${f(rand(rng, -30, 30))})"`)
    } else {
      out += path(`M${f(x - sz)} ${f(y)} Q${f(x - sz * 0.4)} ${f(y - sz * 0.7)} ${f(x)} ${f(y)} Q${f(x + sz * 0.4)} ${f(y - sz * 0.7)} ${f(x + sz)} ${f(y)} Q${f(x + sz * 0.4)} ${f(y - sz * 0.2)} ${f(x)} ${f(y + sz * 0.2)} Q${f(x - sz * 0.4)} ${f(y - sz * 0.2)} ${f(x - sz)} ${f(y)} Z`, pal.light)
    }
  }
  // a glass of tea beside the book
  const gx = 1380
  out += path(`M${gx - 40} 640 L${gx + 40} 640 L${gx + 30} 740 L${gx - 30} 740 Z`, '#ffffff', 'opacity="0.35"')
  out += path(`M${gx - 36} 670 L${gx + 36} 670 L${gx + 30} 740 L${gx - 30} 740 Z`, '#a8561f', 'opacity="0.85"')
  out += ellipse(gx, 670, 36, 6, '#e7b77a')
  out += ellipse(gx, 745, 60, 10, '#000', 'opacity="0.2"')
  return out
}

const MOTIFS: Record<CoverMotif, (s: Scene) => string> = {
  'sahel-sunset': sahelSunset,
  river,
  city,
  assembly,
  crowd,
  market,
  field,
  stadium,
  mosque,
  'desert-road': desertRoad,
  microphone,
  chart,
  handshake,
  drums,
  school,
  health,
  solar,
  gold,
  rain,
  book,
}

/** Motifs whose meaning depends on left-to-right reading are never mirrored. */
const NO_MIRROR: ReadonlySet<CoverMotif> = new Set<CoverMotif>(['chart'])

// ---------------------------------------------------------------------------------------------
// Finishing: grain and vignette, then JPEG
// ---------------------------------------------------------------------------------------------

/** Smooth value noise in [-1, 1] on a grid of `cell` pixels (bilinear with smoothstep). */
function valueNoise(rng: Rng, width: number, height: number, cell: number): Float32Array {
  const gw = Math.ceil(width / cell) + 2
  const gh = Math.ceil(height / cell) + 2
  const grid = new Float32Array(gw * gh)
  for (let i = 0; i < grid.length; i++) grid[i] = rng() * 2 - 1
  const out = new Float32Array(width * height)
  const ease = (t: number) => t * t * (3 - 2 * t)
  for (let y = 0; y < height; y++) {
    const gy = y / cell
    const y0 = Math.floor(gy)
    const ty = ease(gy - y0)
    for (let x = 0; x < width; x++) {
      const gx = x / cell
      const x0 = Math.floor(gx)
      const tx = ease(gx - x0)
      const a = grid[y0 * gw + x0] ?? 0
      const b = grid[y0 * gw + x0 + 1] ?? 0
      const c = grid[(y0 + 1) * gw + x0] ?? 0
      const d = grid[(y0 + 1) * gw + x0 + 1] ?? 0
      out[y * width + x] = (a + (b - a) * tx) * (1 - ty) + (c + (d - c) * tx) * ty
    }
  }
  return out
}

interface GrainOptions {
  /** Fine film grain, in 8-bit levels (peak). */
  fine: number
  /** Soft, print-like mottling over large areas, in 8-bit levels (peak). */
  mottle: number
}

/**
 * Renders the SVG, then adds a deterministic monochrome grain and mottling directly on the
 * pixels (much faster than an feTurbulence filter in librsvg), and encodes a JPEG.
 */
async function finish(svg: string, seed: number, grain: GrainOptions): Promise<Buffer> {
  const { data, info } = await sharp(Buffer.from(svg))
    .flatten({ background: '#ffffff' })
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true })
  const { width, height, channels } = info
  const rng = mulberry32(seed)
  const scale = width / W
  const coarse = valueNoise(rng, width, height, Math.max(8, 140 * scale))
  const medium = valueNoise(rng, width, height, Math.max(4, 38 * scale))
  const px = new Uint8ClampedArray(data.buffer, data.byteOffset, data.length)
  for (let i = 0, p = 0; i < width * height; i++, p += channels) {
    const n = (rng() + rng() - 1) * grain.fine + ((coarse[i] ?? 0) * 0.65 + (medium[i] ?? 0) * 0.35) * grain.mottle
    px[p] = (px[p] ?? 0) + n
    px[p + 1] = (px[p + 1] ?? 0) + n
    px[p + 2] = (px[p + 2] ?? 0) + n
  }
  return sharp(Buffer.from(px.buffer, px.byteOffset, px.length), { raw: { width, height, channels } })
    .jpeg(JPEG)
    .toBuffer()
}

const JPEG = { quality: 80, mozjpeg: true, progressive: true } as const

/** The SVG source of a cover (exported for debugging and previews). */
export function coverSvg(motif: CoverMotif, variant: number, width = W, height = H): string {
  const v = Math.trunc(Math.abs(variant))
  const base = hashString(motif)
  const s: Scene = {
    rng: mulberry32(base ^ Math.imul(v + 1, 0x9e3779b1)),
    pal: at(PALETTES, (base % PALETTES.length) + v),
    variant: v,
    defs: [],
    ids: 0,
  }
  const draw = MOTIFS[motif]
  let scene = draw(s)
  if (v % 2 === 1 && !NO_MIRROR.has(motif)) scene = group(scene, `transform="translate(${W} 0) scale(-1 1)"`)
  const vignette = radial(s, [['#000', 0.62, 0], ['#000', 1, 0.22]], 0.5, 0.5, 0.72)
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.round(width)}" height="${Math.round(height)}" viewBox="0 0 ${W} ${H}" preserveAspectRatio="xMidYMid slice">` +
    `<defs>${s.defs.join('')}<clipPath id="frame"><rect width="${W}" height="${H}"/></clipPath></defs>` +
    `<g clip-path="url(#frame)">${rect(0, 0, W, H, s.pal.light)}${scene}${rect(0, 0, W, H, vignette)}</g>` +
    `</svg>`
  )
}

/**
 * A JPEG cover illustration for a motif. `variant` (any integer) changes the palette and
 * composition deterministically, so two stories with the same motif look different.
 */
export async function renderCover(motif: CoverMotif, variant: number, width = 1600, height = 900): Promise<Buffer> {
  const seed = (hashString(motif) + Math.trunc(Math.abs(variant)) * 7919) >>> 0
  return finish(coverSvg(motif, variant, width, height), seed, { fine: 7, mottle: 5 })
}

// ---------------------------------------------------------------------------------------------
// Portraits
// ---------------------------------------------------------------------------------------------

/** The SVG source of an author portrait (exported for debugging and previews). */
export function portraitSvg(p: SeedAuthor['portrait'], width = 480): string {
  const seed = hashString(`${p.skin}|${p.background}|${p.clothes}|${p.headwear ?? 'none'}`)
  const rng = mulberry32(seed)
  const s: Scene = { rng, pal: at(PALETTES, seed), variant: 0, defs: [], ids: 0 }
  const skin = p.skin
  const skinDark = shade(skin, -0.22)
  const skinLight = shade(skin, 0.14)
  const bg = p.background
  const clothes = p.clothes
  const hair = '#1b1310'
  const headwear = p.headwear ?? 'none'
  const accent = mix(clothes, '#e8b13a', 0.55)

  let out = rect(0, 0, 1000, 1000, radial(s, [[shade(bg, 0.25), 0], [bg, 0.6], [shade(bg, -0.08), 1]], 0.5, 0.4, 0.75))
  // subtle background ornament: concentric rings and dotted arcs
  for (let i = 1; i <= 4; i++) out += circle(500, 470, 240 + i * 70, 'none', `stroke="${shade(bg, -0.12)}" stroke-width="${10 - i * 2}" opacity="0.35"`)
  for (let i = 0; i < 36; i++) {
    const a = (i / 36) * Math.PI * 2
    out += circle(500 + Math.cos(a) * 445, 470 + Math.sin(a) * 445, 7, shade(bg, -0.15), 'opacity="0.35"')
  }
  // shoulders (boubou) with an embroidered collar
  let torso = path('M110 1060 C120 850 240 770 390 752 L610 752 C760 770 880 850 890 1060 Z', linear(s, [[shade(clothes, 0.1), 0], [shade(clothes, -0.15), 1]]))
  torso += path('M160 1060 C190 900 250 840 330 800 C300 870 290 940 300 1060 Z', '#000', 'opacity="0.12"')
  torso += path('M840 1060 C810 900 750 840 670 800 C700 870 710 940 700 1060 Z', '#fff', 'opacity="0.06"')
  out += group(torso, 'transform="translate(0 -36)"')
  // neck
  out += path('M426 600 L426 740 Q500 800 574 740 L574 600 Z', skinDark)
  out += path('M426 650 Q500 712 574 650 L574 600 L426 600 Z', shade(skin, -0.35), 'opacity="0.5"')
  // collar opening and embroidery
  torso = path('M380 752 Q500 900 620 752 Q500 830 380 752 Z', shade(clothes, -0.3))
  torso += stroke('M372 760 Q500 920 628 760', accent, 12)
  for (let i = 0; i < 9; i++) {
    const t = i / 8
    const x = 390 + t * 220
    const y = 760 + Math.sin(t * Math.PI) * 120 + 30
    torso += circle(x, y, 7, accent)
  }
  torso += line(500, 900, 500, 1060, accent, 8, 'opacity="0.8"')
  out += group(torso, 'transform="translate(0 -36)"')
  // ears
  out += ellipse(338, 500, 30, 46, skinDark)
  out += ellipse(662, 500, 30, 46, skinDark)
  // head
  const face = 'M335 440 C335 300 410 262 500 262 C590 262 665 300 665 440 C665 565 610 662 500 676 C390 662 335 565 335 440 Z'
  out += path(face, linear(s, [[skinLight, 0], [skin, 0.45], [shade(skin, -0.05), 1]], 0, 0, 1, 1))
  const blush = radial(s, [['#c0504d', 0, 0.16], ['#c0504d', 1, 0]])
  const clip = uid(s, 'face')
  s.defs.push(`<clipPath id="${clip}"><path d="${face}"/></clipPath>`)
  out += group(
    ellipse(680, 470, 120, 260, '#000', 'opacity="0.14"') + ellipse(415, 560, 60, 36, blush) + ellipse(585, 560, 60, 36, blush),
    `clip-path="url(#${clip})"`,
  )
  // hair or headwear
  const beard = headwear !== 'scarf' && rng() < 0.5
  if (headwear === 'none' || headwear === 'cap') {
    out += path('M328 455 C318 300 398 236 500 236 C602 236 682 300 672 455 C660 390 628 336 500 330 C372 336 340 390 328 455 Z', hair)
  }
  if (headwear === 'scarf') {
    const wrap = mix(clothes, '#e8b13a', 0.25)
    const wrapDark = shade(wrap, -0.2)
    out += path('M318 470 C300 330 360 150 500 130 C660 110 720 300 682 470 C650 380 600 352 500 350 C400 352 350 380 318 470 Z', wrap)
    out += path('M340 330 C400 250 600 240 670 330 C600 290 420 290 340 330 Z', wrapDark, 'opacity="0.7"')
    out += path('M360 250 C420 180 600 170 650 250 C580 220 430 220 360 250 Z', wrapDark, 'opacity="0.5"')
    out += path('M600 170 C660 120 730 140 720 200 C700 240 650 230 630 210 Z', wrap)
    out += path('M610 175 C650 150 700 160 700 195 C680 180 640 180 610 175 Z', wrapDark)
    out += path('M318 470 C330 420 360 380 400 360 C360 410 340 440 330 490 Z', wrapDark, 'opacity="0.5"')
    for (let i = 0; i < 10; i++) out += circle(rand(rng, 380, 640), rand(rng, 180, 330), 6, accent, 'opacity="0.7"')
    out += circle(338, 552, 10, '#e8b13a') + circle(662, 552, 10, '#e8b13a')
  }
  if (headwear === 'cap') {
    const capC = mix(clothes, '#ffffff', 0.1)
    out += path('M322 400 C316 280 400 220 500 220 C600 220 684 280 678 400 Q500 360 322 400 Z', capC)
    out += path('M500 220 C560 222 620 250 650 300 C640 340 610 370 600 380 Q560 372 520 370 Z', '#000', 'opacity="0.12"')
    out += path('M322 400 Q500 350 678 400 Q640 440 500 432 Q360 440 322 400 Z', shade(capC, -0.25))
    out += circle(500, 222, 12, shade(capC, -0.2))
    out += stroke('M420 240 Q500 380 500 360', shade(capC, -0.2), 3, 'opacity="0.4"')
  }
  // eyebrows, eyes, nose, mouth
  const browY = headwear === 'cap' ? 456 : 448
  out += stroke(`M400 ${browY} Q435 ${browY - 16} 468 ${browY - 4}`, hair, 10)
  out += stroke(`M532 ${browY - 4} Q565 ${browY - 16} 600 ${browY}`, hair, 10)
  for (const ex of [435, 565]) {
    out += ellipse(ex, 488, 24, 14, '#f6efe6')
    out += circle(ex, 488, 12, '#2a1a12')
    out += circle(ex + 4, 484, 4, '#ffffff')
    out += stroke(`M${ex - 26} 484 Q${ex} 468 ${ex + 26} 484`, shade(skin, -0.5), 4)
  }
  out += path('M492 500 Q486 548 474 566 Q500 580 526 566 Q514 548 508 500 Z', shade(skin, -0.12), 'opacity="0.7"')
  out += ellipse(500, 566, 30, 12, shade(skin, -0.25), 'opacity="0.7"')
  out += path('M452 604 Q500 640 548 604 Q500 618 452 604 Z', mix(shade(skin, -0.3), '#9b3b3b', 0.35))
  out += path('M458 606 Q500 626 542 606', 'none', `stroke="${shade(skin, -0.45)}" stroke-width="3"`)
  if (beard) {
    out += path('M360 540 C380 640 440 690 500 692 C560 690 620 640 640 540 C630 620 580 660 500 664 C420 660 370 620 360 540 Z', hair, 'opacity="0.85"')
    out += path('M450 590 Q500 575 550 590 Q500 585 450 590 Z', hair, 'opacity="0.8"')
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.round(width)}" height="${Math.round(width)}" viewBox="0 0 1000 1000">` +
    `<defs>${s.defs.join('')}</defs>${out}` +
    `</svg>`
  )
}

/** A square JPEG illustrated portrait (head and shoulders) from the author's colours. */
export async function renderPortrait(p: SeedAuthor['portrait'], width = 480): Promise<Buffer> {
  const seed = hashString(`${p.skin}|${p.background}|${p.clothes}|${p.headwear ?? 'none'}`)
  return finish(portraitSvg(p, width), seed, { fine: 5, mottle: 4 })
}
