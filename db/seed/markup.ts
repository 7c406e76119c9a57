// The demo content's mini-markup (see content/types.ts) to the editor's JSON document.
import type { BodyDocument, BodyMark, BodyNode } from '@/lib/body/types'

export interface MarkupContext {
  /** Resolves `[[lire:slug]]` to an article id. */
  articleId: (slug: string) => number
  /** Resolves `[[image:…]]` to a media id and the caption for this use. */
  image: (spec: { motif: string; alt: string; caption: string; credit: string }) => number
}

const INLINE = /\*\*(.+?)\*\*|\*(.+?)\*|\[([^\]]+)\]\(([^)\s]+)\)/g

export function parseInline(text: string): BodyNode[] {
  const nodes: BodyNode[] = []
  const push = (t: string, marks?: BodyMark[]) => {
    if (t) nodes.push(marks ? { type: 'text', text: t, marks } : { type: 'text', text: t })
  }
  let last = 0
  for (const m of text.matchAll(INLINE)) {
    push(text.slice(last, m.index))
    if (m[1] !== undefined) push(m[1], [{ type: 'bold' }])
    else if (m[2] !== undefined) push(m[2], [{ type: 'italic' }])
    else push(m[3] ?? '', [{ type: 'link', attrs: { href: m[4] } }])
    last = m.index + m[0].length
  }
  push(text.slice(last))
  return nodes
}

const paragraph = (text: string): BodyNode => ({ type: 'paragraph', content: parseInline(text) })

export function markupToDocument(markup: string, ctx: MarkupContext): BodyDocument {
  const blocks = markup
    .trim()
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean)
  const content: BodyNode[] = []
  for (const block of blocks) {
    const lines = block.split('\n').map((l) => l.trim())
    const lire = /^\[\[lire:([a-z0-9-]+)\]\]$/.exec(block)
    const image = /^\[\[image:([^|\]]+)\|([^|\]]*)\|([^|\]]*)\|([^|\]]*)\]\]$/.exec(block)
    if (lire) content.push({ type: 'readAlso', attrs: { articleId: ctx.articleId(lire[1] ?? '') } })
    else if (image) {
      const [, motif = '', alt = '', caption = '', credit = ''] = image
      content.push({ type: 'image', attrs: { mediaId: ctx.image({ motif: motif.trim(), alt: alt.trim(), caption: caption.trim(), credit: credit.trim() }), caption: caption.trim() } })
    } else if (block.startsWith('### ')) content.push({ type: 'heading', attrs: { level: 3 }, content: parseInline(block.slice(4).trim()) })
    else if (block.startsWith('## ')) content.push({ type: 'heading', attrs: { level: 2 }, content: parseInline(block.slice(3).trim()) })
    else if (lines.every((l) => l.startsWith('>'))) {
      const text = lines.map((l) => l.replace(/^>\s?/, '')).join(' ').trim()
      content.push({ type: 'blockquote', content: [paragraph(text)] })
    } else if (lines.every((l) => /^- /.test(l))) {
      content.push({ type: 'bulletList', content: lines.map((l) => ({ type: 'listItem', content: [paragraph(l.slice(2).trim())] })) })
    } else if (lines.every((l) => /^\d+\. /.test(l))) {
      content.push({ type: 'orderedList', content: lines.map((l) => ({ type: 'listItem', content: [paragraph(l.replace(/^\d+\.\s/, '').trim())] })) })
    } else content.push(paragraph(lines.join(' ')))
  }
  return { type: 'doc', content }
}
