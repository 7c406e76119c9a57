import { describe, expect, it } from 'vitest'
import { markupToDocument, parseInline } from './markup'

const ctx = { articleId: (slug: string) => (slug === 'autre-article' ? 12 : -1), image: () => 5 }

describe('demo content markup', () => {
  it('parses inline emphasis and links', () => {
    expect(parseInline('Un **mot** en *italique* et [un lien](https://www.un.org).')).toEqual([
      { type: 'text', text: 'Un ' },
      { type: 'text', text: 'mot', marks: [{ type: 'bold' }] },
      { type: 'text', text: ' en ' },
      { type: 'text', text: 'italique', marks: [{ type: 'italic' }] },
      { type: 'text', text: ' et ' },
      { type: 'text', text: 'un lien', marks: [{ type: 'link', attrs: { href: 'https://www.un.org' } }] },
      { type: 'text', text: '.' },
    ])
  })
  it('parses blocks', () => {
    const doc = markupToDocument(
      '## Titre\n\nUn paragraphe\nsur deux lignes.\n\n> Une citation\n> suite\n\n- a\n- b\n\n1. un\n2. deux\n\n[[lire:autre-article]]\n\n[[image:river|Le fleuve|Légende|Crédit]]',
      ctx,
    )
    expect(doc.content?.map((n) => n.type)).toEqual(['heading', 'paragraph', 'blockquote', 'bulletList', 'orderedList', 'readAlso', 'image'])
    expect(doc.content?.[1]).toEqual({ type: 'paragraph', content: [{ type: 'text', text: 'Un paragraphe sur deux lignes.' }] })
    expect(doc.content?.[5]).toEqual({ type: 'readAlso', attrs: { articleId: 12 } })
    expect(doc.content?.[6]).toEqual({ type: 'image', attrs: { mediaId: 5, caption: 'Légende' } })
  })
})
