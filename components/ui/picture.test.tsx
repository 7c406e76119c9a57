import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { pictureImage } from '@/db/queries/media-url'
import type { MediaVariant } from '@/db/schema'
import { Picture } from './picture'

const variants: MediaVariant[] = [480, 800, 1200, 1600].flatMap((w) =>
  (['avif', 'webp'] as const).map((format) => ({ path: `2026/11/abc-${w}.${format}`, width: w, height: (w * 9) / 16, format, bytes: 1000, purpose: 'responsive' as const })),
)
const upload = pictureImage({ path: '2026/11/abc.jpg', width: 1600, height: 900, variants }, 'Le marché de Médine')
const demo = pictureImage({ path: 'demo/cover-a.jpg', width: 1600, height: 900, variants: null }, 'Une pirogue sur le Niger')
const sizes = '(max-width: 1039px) calc(100vw - 32px), 740px'
// In tests Next's default image configuration applies (its widths include 640, 828 and 1080).
const widths = [640, 828, 1080]

const html = (props: Partial<Parameters<typeof Picture>[0]> & { image: typeof upload }) => renderToStaticMarkup(<Picture sizes={sizes} widths={widths} {...props} />)

describe('Picture', () => {
  // Tests run with Next's default image configuration, whose qualities ([75]) lack next.config's 70.
  beforeAll(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
  })

  it('prints the stored AVIF and WebP copies of an upload in a <picture>, with width and height', () => {
    const out = html({ image: upload })
    expect(out).toMatch(/^<picture><source type="image\/avif" srcSet="\/media\/2026\/11\/abc-480\.avif 480w, [^"]+" sizes="\(max-width: 1039px\) calc\(100vw - 32px\), 740px"\/><source type="image\/webp"/)
    expect(out).toContain('alt="Le marché de Médine"')
    expect(out).toContain('width="1600" height="900"')
    // Only a browser that reads neither format fetches the plain src: a resized copy, not the original.
    expect(out).toMatch(/src="\/_next\/image\?url=%2Fmedia%2F2026%2F11%2Fabc\.jpg&amp;w=640&amp;q=\d+"\/><\/picture>$/)
  })

  it('sends an image without copies through the optimiser, offering only the widths of the slot', () => {
    const out = html({ image: demo })
    expect(out).not.toContain('<picture')
    const srcSet = /srcSet="([^"]+)"/.exec(out)?.[1] ?? ''
    expect(srcSet.split(', ').map((c) => c.split(' ')[1])).toEqual(['640w', '828w', '1080w'])
    expect(out).toContain(`sizes="${sizes}"`)
    expect(out).toContain('width="1600" height="900"')
    expect(out.indexOf('srcSet=')).toBeLessThan(out.indexOf(' src='))
  })

  it('is lazy by default, eager on request, fetched first (never lazy) for the main image', () => {
    for (const image of [upload, demo]) {
      expect(html({ image })).toMatch(/loading="lazy"[^>]*decoding="async"/)
      expect(html({ image })).not.toContain('fetchPriority')
      const eager = html({ image, urgency: 'eager' })
      expect(eager).not.toContain('loading="lazy"')
      expect(eager).not.toContain('fetchPriority')
      const main = html({ image, urgency: 'priority' })
      expect(main).not.toContain('loading="lazy"')
      expect(main).toContain('fetchPriority="high"')
    }
  })

  it('leaves thumbnails far narrower than the smallest stored copy to the optimiser', () => {
    // A 112 px row: 480 px copies would be four times the pixels a phone at density 2 shows.
    const out = html({ image: upload, sizes: '(max-width: 639px) 112px, 220px', widths: [128, 256, 384] })
    expect(out).not.toContain('<picture')
    expect(out).toMatch(/srcSet="\/_next\/image\?url=%2Fmedia%2F2026%2F11%2Fabc\.jpg&amp;w=128&amp;q=\d+ 128w, /)
    // A small upload has one copy, at its own width: it fits.
    const copies: MediaVariant[] = (['avif', 'webp'] as const).map((format) => ({ path: `2026/11/s-300.${format}`, width: 300, height: 200, format, bytes: 500, purpose: 'responsive' }))
    const small = pictureImage({ path: '2026/11/s.jpg', width: 300, height: 200, variants: copies }, '')
    expect(html({ image: small, widths: [160, 320] })).toMatch(/^<picture>/)
  })

  it('keeps the alt text, or the empty one a card asks for', () => {
    expect(html({ image: demo })).toContain('alt="Une pirogue sur le Niger"')
    expect(html({ image: demo, alt: '' })).toContain('alt=""')
  })
})
