import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { renderBody, safeHref, type BodyRefs } from './render'
import type { BodyDocument, BodyNode } from './types'

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
