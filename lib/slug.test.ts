import { describe, expect, it } from 'vitest'
import { isSlug, slugify } from './slug'

describe('slugify', () => {
  it('folds French and Malian accents', () => {
    expect(slugify('Assimi Goïta reçoit les élus de Ségou')).toBe('assimi-goita-recoit-les-elus-de-segou')
    expect(slugify('Sécurité : à Tombouctou, l’été')).toBe('securite-a-tombouctou-l-ete')
    expect(slugify('Œuvre d’art à Kidal')).toBe('oeuvre-d-art-a-kidal')
  })
  it('drops punctuation, emoji and repeated separators', () => {
    expect(slugify('  « Flash » — 100 % 🎉 !!  ')).toBe('flash-100')
    expect(slugify('../../etc/passwd')).toBe('etc-passwd')
  })
  it('returns an empty string when nothing is left', () => {
    expect(slugify('🎉🎉')).toBe('')
    expect(slugify('')).toBe('')
  })
  it('cuts long titles on a word boundary', () => {
    const slug = slugify('Le conseil des ministres adopte un projet de loi sur la décentralisation et les collectivités territoriales du Mali')
    expect(slug.length).toBeLessThanOrEqual(80)
    expect(slug.endsWith('-')).toBe(false)
    expect(slug).toMatch(/^le-conseil-des-ministres-adopte/)
    expect(isSlug(slug)).toBe(true)
  })
})

describe('isSlug', () => {
  it('accepts only folded lowercase words', () => {
    expect(isSlug('goita-a-segou')).toBe(true)
    expect(isSlug('Goita')).toBe(false)
    expect(isSlug('a--b')).toBe(false)
    expect(isSlug('-a')).toBe(false)
    expect(isSlug('')).toBe(false)
  })
})
