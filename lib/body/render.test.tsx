import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { renderBody, safeHref, type BodyRefs } from './render'
import type { BodyDocument, BodyNode } from './types'
import { HOSTILE_HREFS, XSS_VECTORS } from '@/e2e/xss-vectors'

const refs: BodyRefs = {
  media: new Map([[7, { src: '/media/2026/11/photo.jpg', width: 1600, height: 900, alt: 'Le fleuve Niger à Ségou', credit: 'Photo A. Traoré' }]]),
  articles: new Map([[42, { slug: 'convoi-arrive-a-kidal', title: 'Le convoi arrive à Kidal' }]]),
}

const html = (content: BodyNode[]) => renderToStaticMarkup(<>{renderBody({ type: 'doc', content } as BodyDocument, refs)}</>)
const p = (...content: BodyNode[]): BodyNode => ({ type: 'paragraph', content })
const t = (text: string, marks?: BodyNode['marks']): BodyNode => ({ type: 'text', text, marks })

describe('renderBody', () => {
  it('renders paragraphs, intertitles, emphasis, quotes and lists', () => {
    expect(
      html([
        { type: 'heading', attrs: { level: 2 }, content: [t('Un marché')] },
        { type: 'heading', attrs: { level: 3 }, content: [t('Le détail')] },
        p(t('Il a dit '), t('non', [{ type: 'bold' }]), t(' et '), t('vite', [{ type: 'italic' }, { type: 'bold' }])),
        { type: 'blockquote', content: [p(t('Nous restons.'))] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [p(t('un'))] }] },
        { type: 'orderedList', content: [{ type: 'listItem', content: [p(t('deux'))] }] },
      ]),
    ).toBe(
      '<h2>Un marché</h2><h3>Le détail</h3><p>Il a dit <strong>non</strong> et <strong><em>vite</em></strong></p>' +
        '<blockquote><p>Nous restons.</p></blockquote><ul><li><p>un</p></li></ul><ol><li><p>deux</p></li></ol>',
    )
  })

  it('renders safe links, external ones with rel', () => {
    expect(html([p(t('ONU', [{ type: 'link', attrs: { href: 'https://www.un.org' } }]), t(' et '), t('ici', [{ type: 'link', attrs: { href: '/rubriques/sport' } }]))])).toBe(
      '<p><a href="https://www.un.org/" rel="noopener noreferrer">ONU</a> et <a href="/rubriques/sport">ici</a></p>',
    )
  })

  it('renders "Lire aussi" with the current URL of the target, and nothing for an unknown target', () => {
    expect(html([{ type: 'readAlso', attrs: { articleId: 42 } }, { type: 'readAlso', attrs: { articleId: 43 } }])).toBe(
      '<aside class="read-also" aria-label="Lire aussi"><span class="read-also-label">Lire aussi\u00a0:</span> <a href="/articles/convoi-arrive-a-kidal">Le convoi arrive à Kidal</a></aside>',
    )
  })

  it('renders an inline image with its caption for this use and the asset credit', () => {
    const out = html([{ type: 'image', attrs: { mediaId: 7, caption: 'Les pêcheurs au petit matin' } }])
    expect(out).toMatch(/^<figure class="body-figure"><img alt="Le fleuve Niger à Ségou"/)
    expect(out).toContain('<figcaption><span class="caption">Les pêcheurs au petit matin</span><span class="credit">Photo A. Traoré</span></figcaption></figure>')
    expect(html([{ type: 'image', attrs: { mediaId: 999 } }])).toBe('')
  })

  it('never emits script, whatever the stored document holds', () => {
    const hostile: BodyNode[] = [
      { type: 'script', text: 'alert(1)', content: [t('alert(2)')] },
      { type: 'paragraph', attrs: { onclick: 'alert(3)', style: 'x' }, content: [t('<img src=x onerror=alert(4)>')] },
      p(t('a', [{ type: 'link', attrs: { href: 'javascript:alert(5)' } }])),
      p(t('b', [{ type: 'link', attrs: { href: ' JaVa\tScRiPt:alert(6)' } }])),
      p(t('c', [{ type: 'link', attrs: { href: 'data:text/html,<script>alert(7)</script>' } }])),
      p(t('d', [{ type: 'link', attrs: { href: '//evil.example/x' } }])),
      p(t('e', [{ type: 'link', attrs: { href: 'vbscript:msgbox(8)', onmouseover: 'alert(9)' } }, { type: 'html', attrs: { raw: '<script>' } }])),
      { type: 'heading', attrs: { level: 1, onload: 'x' }, content: [t('</h2><script>alert(10)</script>')] },
      { type: 'image', attrs: { mediaId: 7, caption: '<svg onload=alert(11)>', src: 'javascript:alert(12)' } },
      { type: 'iframe', attrs: { src: 'https://evil.example' } },
    ]
    const out = html(hostile)
    expect(out).not.toMatch(/<script/i)
    expect(out).not.toMatch(/<[^>]*\son\w+=/i)
    expect(out).not.toMatch(/javascript:|vbscript:|data:text/i)
    expect(out).not.toContain('evil.example')
    expect(out).not.toMatch(/<iframe|<svg|<img src=x/i)
    expect(out).toContain('alert(2)') // unknown wrapper dropped, its text kept as text
    expect(out).toContain('&lt;img src=x onerror=alert(4)&gt;')
    expect(out).toContain('<p>a</p><p>b</p><p>c</p><p>d</p><p>e</p>')
  })

  it('survives malformed documents', () => {
    const deep: BodyNode = { type: 'blockquote', content: [] }
    let cursor = deep
    for (let i = 0; i < 5000; i++) {
      const next: BodyNode = { type: 'blockquote', content: [] }
      cursor.content = [next]
      cursor = next
    }
    expect(() => html([deep, null as unknown as BodyNode, { type: 'text', text: 42 } as unknown as BodyNode])).not.toThrow()
    expect(renderBody(null, refs)).toEqual([])
  })
})

describe('dateline', () => {
  it('opens the first paragraph', () => {
    const out = renderToStaticMarkup(<>{renderBody({ type: 'doc', content: [p(t('Le conseil a siégé.')), p(t('Suite.'))] }, refs, { dateline: 'Ségou' })}</>)
    expect(out).toBe('<p><span class="dateline">SÉGOU – </span>Le conseil a siégé.</p><p>Suite.</p>')
  })
})

describe('safeHref', () => {
  it('allows http, https, mailto and site paths only', () => {
    expect(safeHref('https://amap.ml/a?b=1')).toBe('https://amap.ml/a?b=1')
    expect(safeHref('mailto:redaction@kibaru.ml')).toBe('mailto:redaction@kibaru.ml')
    expect(safeHref('/tags/kidal')).toBe('/tags/kidal')
    expect(safeHref('javascript:alert(1)')).toBeNull()
    expect(safeHref('java\nscript:alert(1)')).toBeNull()
    expect(safeHref('/\\evil.example')).toBeNull()
    expect(safeHref(42)).toBeNull()
  })
})

// Hostile documents, each with the exact markup it must give. Stored bodies are untrusted: a
// forged save can put anything in them, not only what the editor makes.
describe('renderBody with hostile documents: exact output', () => {
  const hostileRefs: BodyRefs = {
    media: new Map([[8, { src: '/media/2026/11/x.jpg', width: 800, height: 600, alt: '"><img src=x onerror=alert(1)>', credit: '<script>alert(2)</script>' }]]),
    articles: new Map([[43, { slug: 'piege', title: '</a><script>alert(3)</script>' }]]),
  }
  const hostileHtml = (content: BodyNode[], dateline?: string) =>
    renderToStaticMarkup(<>{renderBody({ type: 'doc', content } as BodyDocument, hostileRefs, { dateline })}</>)
  const widths = [640, 750, 828, 1080, 1200, 1920, 2048, 3840]
  const optimised = (w: number) => `/_next/image?url=%2Fmedia%2F2026%2F11%2Fx.jpg&amp;w=${w}&amp;q=75`
  // What next/image draws for media 8: its alt escaped, its src and sizes from the asset only.
  const figureOf8 = (caption: string) =>
    '<figure class="body-figure"><img alt="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" loading="lazy" width="800" height="600" decoding="async" data-nimg="1" style="color:transparent" sizes="(max-width: 720px) 100vw, 680px" ' +
    `srcSet="${widths.map((w) => `${optimised(w)} ${w}w`).join(', ')}" src="${optimised(3840)}"/>` +
    `<figcaption>${caption}<span class="credit">&lt;script&gt;alert(2)&lt;/script&gt;</span></figcaption></figure>`
  const link = (href: unknown, text = 'x'): BodyNode => p(t(text, [{ type: 'link', attrs: { href } }]))

  const table: [string, BodyNode[], string][] = [
    ['javascript: link', [link('javascript:alert(1)')], '<p>x</p>'],
    ['javascript: link with leading space', [link(' javascript:alert(1)')], '<p>x</p>'],
    ['JAVASCRIPT: link in capitals', [link('JAVASCRIPT:alert(1)')], '<p>x</p>'],
    ['javascript: link split by a tab', [link('java\tscript:alert(1)')], '<p>x</p>'],
    ['javascript: link split by a newline', [link('java\nscript:alert(1)')], '<p>x</p>'],
    ['javascript: link split by a null byte', [link('java\u0000script:alert(1)')], '<p>x</p>'],
    ['javascript: link after a control character', [link('\u0001javascript:alert(1)')], '<p>x</p>'],
    ['javascript: link after a no-break space', [link('\u00a0javascript:alert(1)')], '<p>x</p>'],
    ['entity-encoded javascript: link', [link('&#x6A;avascript:alert(1)')], '<p>x</p>'],
    ['javascript&colon; link', [link('javascript&colon;alert(1)')], '<p>x</p>'],
    ['percent-encoded javascript: link', [link('%6Aavascript:alert(1)')], '<p>x</p>'],
    ['vbscript: link', [link('vbscript:msgbox(1)')], '<p>x</p>'],
    ['data:text/html link', [link('data:text/html,<script>alert(1)</script>')], '<p>x</p>'],
    ['data:text/html base64 link', [link('data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==')], '<p>x</p>'],
    ['data:image/svg+xml link', [link('data:image/svg+xml,<svg onload=alert(1)>')], '<p>x</p>'],
    ['file: link', [link('file:///etc/passwd')], '<p>x</p>'],
    ['protocol-relative link', [link('//evil.example/x')], '<p>x</p>'],
    ['backslash protocol-relative link', [link('/\\evil.example/x')], '<p>x</p>'],
    ['double backslash link', [link('\\\\evil.example/x')], '<p>x</p>'],
    ['markup as a link target', [link('"><script>alert(1)</script>')], '<p>x</p>'],
    ['link target that is not a string', [link({ toString: () => 'javascript:alert(1)' }), link(['javascript:alert(1)'])], '<p>x</p><p>x</p>'],
    ['link without attributes', [p({ type: 'text', text: 'x', marks: [{ type: 'link' }] })], '<p>x</p>'],
    [
      'safe link with hostile text and query, extra attributes ignored',
      [p(t('<script>alert(1)</script>', [{ type: 'link', attrs: { href: 'https://example.org/?q="><script>alert(2)</script>', onclick: 'alert(3)', target: '_self', style: 'x', rel: 'opener' } }]))],
      '<p><a href="https://example.org/?q=%22%3E%3Cscript%3Ealert(2)%3C/script%3E" rel="noopener noreferrer">&lt;script&gt;alert(1)&lt;/script&gt;</a></p>',
    ],
    ['site path link with a quote breakout', [link('/tags/x"onmouseover="alert(1)')], '<p><a href="/tags/x&quot;onmouseover=&quot;alert(1)">x</a></p>'],
    // White space is dropped from every target (browsers ignore it inside a scheme), then escaped.
    ['fragment link with markup', [link('#"><img src=x onerror=alert(1)>')], '<p><a href="#&quot;&gt;&lt;imgsrc=xonerror=alert(1)&gt;">x</a></p>'],
    ['unknown marks are ignored, their text kept', [p(t('<b>x</b>', [{ type: 'script', attrs: { src: 'javascript:alert(1)' } }, { type: 'html' }]))], '<p>&lt;b&gt;x&lt;/b&gt;</p>'],
    ['attributes outside the schema on a paragraph', [{ type: 'paragraph', attrs: { onclick: 'alert(1)', style: 'background:url(javascript:alert(2))', class: 'x', id: 'y' }, content: [t('a')] }], '<p>a</p>'],
    ['heading with a hostile level', [{ type: 'heading', attrs: { level: '"><script>alert(1)</script>' }, content: [t('a')] }], '<h2>a</h2>'],
    ['heading with markup text', [{ type: 'heading', attrs: { level: 3 }, content: [t('</h3><script>alert(1)</script>')] }], '<h3>&lt;/h3&gt;&lt;script&gt;alert(1)&lt;/script&gt;</h3>'],
    ['unknown node with text content: wrapper dropped, text kept', [{ type: 'div', attrs: { onclick: 'alert(1)' }, content: [t('<img src=x onerror=alert(2)>')] }], '&lt;img src=x onerror=alert(2)&gt;'],
    ['script node', [{ type: 'script', text: 'alert(1)' }], ''],
    ['iframe node', [{ type: 'iframe', attrs: { src: 'javascript:alert(1)', srcdoc: '<script>alert(2)</script>' } }], ''],
    ['raw HTML node', [{ type: 'html', attrs: { html: '<img src=x onerror=alert(1)>' }, text: '<img src=x onerror=alert(2)>' }], ''],
    ['text node at block level with a link mark', [t('x', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }])], 'x'],
    [
      'image: hostile caption, src, alt and handler of the node ignored but the caption, escaped',
      [{ type: 'image', attrs: { mediaId: 8, caption: '<svg onload=alert(4)>', src: 'javascript:alert(5)', alt: 'x" onerror="alert(6)', onerror: 'alert(7)' } }],
      figureOf8('<span class="caption">&lt;svg onload=alert(4)&gt;</span>'),
    ],
    ['image whose id is a string', [{ type: 'image', attrs: { mediaId: '8', caption: 'x' } }], ''],
    ['image whose caption is not a string', [{ type: 'image', attrs: { mediaId: 8, caption: { toString: () => '<script>alert(1)</script>' } } }], figureOf8('')],
    [
      '"Lire aussi" with a hostile title of the target and an extra href',
      [{ type: 'readAlso', attrs: { articleId: 43, href: 'javascript:alert(8)' } }],
      '<aside class="read-also" aria-label="Lire aussi"><span class="read-also-label">Lire aussi\u00a0:</span> <a href="/articles/piege">&lt;/a&gt;&lt;script&gt;alert(3)&lt;/script&gt;</a></aside>',
    ],
    ['"Lire aussi" whose id is a string', [{ type: 'readAlso', attrs: { articleId: '43' } }], ''],
    ['list items that are not list items', [{ type: 'bulletList', content: [{ type: 'script', content: [t('alert(1)')] } as BodyNode, { type: 'listItem', content: [p(t('<li>'))] }] }], '<ul><li><p>&lt;li&gt;</p></li></ul>'],
    ['line separators and null bytes stay text', [p(t('a\u2028b\u2029c\u0000d'))], '<p>a\u2028b\u2029c\u0000d</p>'],
  ]

  it.each(table)('%s', (_name, content, expected) => {
    expect(hostileHtml(content)).toBe(expected)
  })

  it('a hostile dateline is text, upper-cased', () => {
    expect(hostileHtml([p(t('Suite.'))], '"><script>alert(1)</script>')).toBe('<p><span class="dateline">&quot;&gt;&lt;SCRIPT&gt;ALERT(1)&lt;/SCRIPT&gt; – </span>Suite.</p>')
  })

  // The whole corpus of the end-to-end test, as text, as link target, as caption and as dateline.
  const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;')
  it.each(XSS_VECTORS.map((v) => [v.id, v.kind, v.text] as const))('vector %i (%s) is text everywhere in a body', (_id, _kind, text) => {
    expect(html([p(t(text))])).toBe(`<p>${escapeHtml(text)}</p>`)
    expect(html([link(text)])).toBe('<p>x</p>')
    expect(html([p(t(text, [{ type: 'link', attrs: { href: text } }, { type: 'bold' }]))])).toBe(`<p><strong>${escapeHtml(text)}</strong></p>`)
    expect(hostileHtml([{ type: 'image', attrs: { mediaId: 8, caption: text } }])).toBe(figureOf8(`<span class="caption">${escapeHtml(text)}</span>`))
    expect(hostileHtml([p(t('Suite.'))], text)).toBe(`<p><span class="dateline">${escapeHtml(text.toLocaleUpperCase('fr-FR'))} – </span>Suite.</p>`)
  })

  it.each(HOSTILE_HREFS.map((href) => [href]))('link target %j is dropped', (href) => {
    expect(safeHref(href)).toBeNull()
    expect(html([link(href)])).toBe('<p>x</p>')
  })
})
