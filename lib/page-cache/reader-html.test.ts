import { describe, expect, it } from 'vitest'
import { withoutNextRuntime } from './reader-html.mjs'

// The shape of a reader page as Next 16 writes it (trimmed from a real article page).
const page = (extra = '') =>
  [
    '<!DOCTYPE html><html lang="fr"><head><meta charSet="utf-8"/>',
    '<link rel="preload" as="image" imageSrcSet="/_next/image?url=%2Fmedia%2Fa.jpg&amp;w=360&amp;q=70 360w" fetchPriority="high"/>',
    '<link rel="stylesheet" href="/_next/static/chunks/0cz-45akqyd8r.css" data-precedence="next"/>',
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/0xe_xnyt07trp.js"/>',
    '<script src="/_next/static/chunks/0c1ihz_7b-888.js" async=""></script>',
    '<script src="/_next/static/chunks/turbopack-077hmtqrhcoji.js" async=""></script>',
    '<title>Un titre – Kibaru</title><link rel="canonical" href="http://localhost/articles/un-titre"/>',
    '<link rel="preload" href="/_next/static/media/noto-serif.woff2" as="font" type="font/woff2" crossorigin=""/>',
    '<script src="/_next/static/chunks/0cz1d0mv5g_q7.js" noModule=""></script></head>',
    '<body><div hidden=""><!--$--><!--/$--></div><main id="contenu"><h1>Un titre</h1>',
    '<script type="application/ld+json">{"@context":"https://schema.org","headline":"Un titre"}</script>',
    extra,
    '</main><section class="radio-player" aria-label="Lecteur radio" hidden="" data-radio-player=""><audio preload="none" loop=""></audio></section>',
    '<script src="/reader.js?v=abc" defer="" data-reader-runtime=""></script>',
    '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/0xe_xnyt07trp.js"]})</script>',
    '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
    '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script>',
    '</body></html>',
  ].join('')

describe('withoutNextRuntime', () => {
  it('takes out Next’s scripts, their preloads and the flight payload, and keeps everything else', () => {
    const out = withoutNextRuntime(page())!
    expect(out).not.toBeNull()
    expect(out).not.toMatch(/<script[^>]*src="\/_next\//)
    expect(out).not.toContain('__next_f')
    expect(out).not.toContain('TURBOPACK')
    expect(out).not.toContain('as="script"')
    // What the page needs stays: styles, the cover and font preloads, JSON-LD, the reader script.
    expect(out).toContain('<link rel="stylesheet" href="/_next/static/chunks/0cz-45akqyd8r.css" data-precedence="next"/>')
    expect(out).toContain('as="image"')
    expect(out).toContain('as="font"')
    expect(out).toContain('<script type="application/ld+json">{"@context":"https://schema.org","headline":"Un titre"}</script>')
    expect(out).toContain('<script src="/reader.js?v=abc" defer="" data-reader-runtime=""></script>')
    expect(out).toContain('<title>Un titre – Kibaru</title>')
    expect(out).toContain('<h1>Un titre</h1>')
    expect(out.match(/<script/g)).toHaveLength(2)
  })

  it('takes out React’s streaming helpers and the line that moves late icons', () => {
    const extra =
      '<script>$RC=function(b,c){};$RC("B:0","S:0")</script>' +
      `<script>document.querySelectorAll('body link[rel="icon"], body link[rel="apple-touch-icon"]').forEach(el => document.head.appendChild(el))</script>`
    expect(withoutNextRuntime(page(extra))).not.toContain('$RC')
    expect(withoutNextRuntime(page(extra))).not.toContain('querySelectorAll')
  })

  it('leaves a page alone when it cannot be sure the page works without the runtime', () => {
    // Not a reader page (the newsroom, a staff preview): no marker.
    expect(withoutNextRuntime(page().replace(' data-reader-runtime=""', ''))).toBeNull()
    // Next's empty error shell names the reader script only inside its flight payload.
    expect(withoutNextRuntime('<!DOCTYPE html><html id="__next_error__"><head></head><body><script>self.__next_f.push([1,"{\\"data-reader-runtime\\":\\"\\"}"])</script></body></html>')).toBeNull()
    // Content streamed out of order needs React's scripts to be put in place.
    expect(withoutNextRuntime(page('<template id="B:0"></template><div hidden id="S:0"><p>plus tard</p></div>'))).toBeNull()
    // An inline script that is not Next's: someone wants it to run.
    expect(withoutNextRuntime(page('<script>window.analytics = 1</script>'))).toBeNull()
  })
})
