import { describe, expect, it } from 'vitest'
import { closestCandidate, formatSrcSet, keepWidths, parseSrcSet } from './srcset'

const optimiser = (w: number) => `/_next/image?url=%2Fmedia%2Fdemo%2Fcover-a.jpg&w=${w}&q=70`
const srcSet = [96, 160, 320, 360, 640, 828, 1080, 1600].map((w) => `${optimiser(w)} ${w}w`).join(', ')

describe('srcset of the optimiser', () => {
  it('reads and writes candidates', () => {
    const candidates = parseSrcSet(srcSet)
    expect(candidates).toHaveLength(8)
    expect(candidates[0]).toEqual({ url: optimiser(96), width: 96 })
    expect(formatSrcSet(candidates)).toBe(srcSet)
    expect(parseSrcSet(undefined)).toEqual([])
    expect(parseSrcSet('/a.jpg 1x, /b.jpg 2x')).toEqual([])
  })

  it('keeps the widths of the slot, or everything when none of them is offered', () => {
    const candidates = parseSrcSet(srcSet)
    expect(keepWidths(candidates, [360, 828, 1280]).map((c) => c.width)).toEqual([360, 828])
    expect(keepWidths(candidates, [500])).toBe(candidates)
  })

  it('picks the narrowest candidate wide enough, else the widest', () => {
    const candidates = parseSrcSet(srcSet)
    expect(closestCandidate(candidates, 600)?.width).toBe(640)
    expect(closestCandidate(candidates, 640)?.width).toBe(640)
    expect(closestCandidate(candidates, 4000)?.width).toBe(1600)
    expect(closestCandidate([], 640)).toBeUndefined()
  })
})
