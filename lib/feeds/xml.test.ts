import { describe, expect, it } from 'vitest'
import { absoluteOn, escapeXml, w3cDate, xmlSafe } from './xml'

describe('xml helpers', () => {
  it('escapes the five XML characters and drops forbidden ones', () => {
    expect(escapeXml(`Tom & "Jerry" <l'été>`)).toBe('Tom &amp; &quot;Jerry&quot; &lt;l&apos;été&gt;')
    expect(xmlSafe('a\u0000b\u0008c\u000Bd\tE\nF\rG\uFFFEH')).toBe('abcd\tE\nF\rGH')
    // Emoji (surrogate pairs) stay; a lone surrogate goes.
    expect(xmlSafe('ok 🇲🇱 \uD800 x')).toBe('ok 🇲🇱  x')
  })

  it('makes site paths absolute and formats W3C dates', () => {
    expect(absoluteOn('http://127.0.0.1:3107', '/articles/a')).toBe('http://127.0.0.1:3107/articles/a')
    expect(absoluteOn('https://kibaru.ml', 'https://cdn.example/x.jpg')).toBe('https://cdn.example/x.jpg')
    expect(w3cDate('2026-11-27T10:15:00.999Z')).toBe('2026-11-27T10:15:00Z')
    expect(w3cDate(null)).toBeNull()
    expect(w3cDate('nope')).toBeNull()
  })
})

describe('absoluteOn', () => {
  it('agrees with the URL parser, fast path or not', () => {
    const origins = ['https://kibaru.ml', 'http://127.0.0.1:3107', 'http://localhost:3000', 'https://Kibaru.ML']
    const paths = ['/', '/articles/convoi-kidal', '/sitemaps/articles-1.xml', '/media/demo/cover.jpg', '/a/../b', '/a/./b', '/a/.', '/x..y', '/é-été', '/a b', '/a?b=1&c', '/a#x', '//evil.example/x', '/a/b.', '/.well-known/x']
    for (const o of origins) for (const p of paths) expect(absoluteOn(o, p), `${o} ${p}`).toBe(new URL(p, o).href)
  })
})
