import { describe, expect, it } from 'vitest'
import { articleInputSchema, fieldErrors } from './article-input'

const valid = { title: 'Un titre', slug: 'un-titre', body: { type: 'doc', content: [] } }

describe('article input', () => {
  it('accepts a minimal story and fills defaults', () => {
    const parsed = articleInputSchema.parse(valid)
    expect(parsed).toMatchObject({ standfirst: '', categoryId: null, tags: [], featured: false, dateline: null })
  })
  it('drops fields an editor may not set through a save', () => {
    const parsed = articleInputSchema.parse({ ...valid, status: 'published', publishedAt: 1, id: 7, role: 'admin', createdBy: 1 })
    expect(Object.keys(parsed)).not.toEqual(expect.arrayContaining(['status', 'publishedAt', 'id', 'role', 'createdBy']))
  })
  it('explains bad input in French', () => {
    const result = articleInputSchema.safeParse({ ...valid, title: ' ', slug: 'Pas Bon', sourceUrl: 'javascript:alert(1)' })
    expect(result.success).toBe(false)
    if (result.success) return
    const errors = fieldErrors(result.error)
    expect(errors.title).toBe('Donnez un titre à l’article.')
    expect(errors.slug).toMatch(/lettres minuscules/)
    expect(errors.sourceUrl).toMatch(/http/)
    expect(articleInputSchema.safeParse({ ...valid, slug: 'admin' }).success).toBe(false)
  })
})
