import { describe, expect, it } from 'vitest'
import { cleanQuery, queryTerms, splitHighlights, toFtsQuery } from './search'

describe('search query normalisation', () => {
  it('quotes every word and makes the last a prefix', () => {
    expect(toFtsQuery('goita ségou')).toBe('"goita" "ségou"*')
    expect(toFtsQuery('  Tombouc ')).toBe('"Tombouc"*')
  })
  it('turns FTS5 syntax into plain words', () => {
    expect(toFtsQuery('"Kidal" OR NEAR(a b) * -x ^y')).toBe('"Kidal" "OR" "NEAR" "a" "b" "x" "y"*')
    expect(toFtsQuery('((( "')).toBeNull()
    expect(toFtsQuery("aujourd'hui")).toBe('"aujourd" "hui"*')
  })
  it('bounds long and strange input', () => {
    expect(queryTerms('a '.repeat(100))).toHaveLength(12)
    expect(queryTerms('x'.repeat(10_000))[0]).toHaveLength(40)
    expect(toFtsQuery('\u0000\u0001')).toBeNull()
  })
  it('cleans the query shown back to the reader', () => {
    expect(cleanQuery(['  a\n\tb  ', 'c'])).toBe('a b')
    expect(cleanQuery(undefined)).toBe('')
  })
  it('splits highlighted snippets without trusting them', () => {
    expect(splitHighlights('le \ue000Niger\ue001 à <b>')).toEqual([
      { text: 'le ', hit: false },
      { text: 'Niger', hit: true },
      { text: ' à <b>', hit: false },
    ])
  })
})

describe('suggestions and filters', () => {
  it('measures edit distance', async () => {
    const { editDistance, foldTerm, parseDay } = await import('./search')
    expect(editDistance('segu', 'segou')).toBe(1)
    expect(editDistance('tombouctu', 'tombouctou')).toBe(1)
    expect(editDistance('kidal', 'kidal')).toBe(0)
    expect(editDistance('a', 'abcdefgh')).toBe(4)
    expect(foldTerm('Ségou')).toBe('segou')
    expect(parseDay('2026-11-28')).toBe('2026-11-28')
    expect(parseDay('2026-02-30')).toBeNull()
    expect(parseDay("2026-11-28' OR 1=1")).toBeNull()
  })
})
