import { describe, expect, it } from 'vitest'
import { categoryInputSchema, tagInputSchema } from './taxonomy-input'

describe('rubrique and tag input', () => {
  it('proposes the slug from the name with accents folded when none is given', () => {
    expect(categoryInputSchema.parse({ name: ' Société & Culture ', slug: '', description: '' })).toEqual({ name: 'Société & Culture', slug: 'societe-culture', description: '' })
    expect(tagInputSchema.parse({ name: 'Goïta à Ségou' })).toEqual({ name: 'Goïta à Ségou', slug: 'goita-a-segou' })
  })

  it('takes control characters out of names and descriptions', () => {
    expect(categoryInputSchema.parse({ name: '<b>Sport\u0000</b>', slug: '', description: 'x\u0001y' })).toEqual({ name: '<b>Sport</b>', slug: 'b-sport-b', description: 'xy' })
    expect(tagInputSchema.safeParse({ name: '\u0000\u0007' }).success).toBe(false)
  })

  it('keeps a slug that is given, lowercased', () => {
    expect(tagInputSchema.parse({ name: 'Mali', slug: 'Mali-Pays' }).slug).toBe('mali-pays')
  })

  it('refuses malformed, reserved and too long slugs, and names without letters', () => {
    const issues = (input: unknown) => (tagInputSchema.safeParse(input).error?.issues ?? []).map((i) => `${String(i.path[0])}: ${i.message}`)
    expect(issues({ name: 'Mali', slug: 'mali pays' })[0]).toMatch(/^slug: L’adresse ne peut contenir/)
    expect(issues({ name: 'Mali', slug: 'admin' })).toEqual(['slug: Cette adresse est réservée par le site.'])
    expect(issues({ name: 'Mali', slug: 'a'.repeat(61) })[0]).toMatch(/60 au plus/)
    expect(issues({ name: '???', slug: '' })[0]).toMatch(/^slug: Indiquez une adresse/)
    expect(issues({ name: '', slug: 'x' })[0]).toBe('name: Donnez un nom au tag.')
    expect(categoryInputSchema.safeParse({ name: 'Sport', slug: 'a'.repeat(80) }).success).toBe(true)
  })
})
