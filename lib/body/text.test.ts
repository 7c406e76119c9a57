import { describe, expect, it } from 'vitest'
import { collectReferences, countWords, documentToText, readingMinutes } from './text'
import type { BodyDocument } from './types'

const doc: BodyDocument = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Intertitre' }] },
    { type: 'paragraph', content: [{ type: 'text', text: 'Aujourd’hui à ' }, { type: 'text', text: 'Ségou', marks: [{ type: 'bold' }] }] },
    { type: 'readAlso', attrs: { articleId: 3 } },
    { type: 'image', attrs: { mediaId: 9, caption: 'Le port de pêche' } },
    { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'un point' }] }] }] },
  ],
}

describe('body text', () => {
  it('extracts one line per block', () => {
    expect(documentToText(doc)).toBe('Intertitre\nAujourd’hui à Ségou\nLe port de pêche\nun point')
  })
  it('collects the photos and stories a body points to', () => {
    expect(collectReferences(doc)).toEqual({ mediaIds: [9], articleIds: [3] })
  })
  it('counts words the French way', () => {
    expect(countWords("Aujourd'hui, l'équipe de Ségou-Koura gagne 2-1.")).toBe(6)
  })
  it('gives reading time at 230 words a minute, at least one', () => {
    expect(readingMinutes('')).toBe(1)
    expect(readingMinutes('mot '.repeat(1150))).toBe(5)
  })
})
