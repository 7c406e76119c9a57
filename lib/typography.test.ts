import { describe, expect, it } from 'vitest'
import { frenchSpacing } from './typography'

describe('frenchSpacing', () => {
  it('glues French punctuation to the word before it', () => {
    expect(frenchSpacing('Lire aussi : « Kidal » ; vraiment ?')).toBe('Lire aussi\u00a0: «\u202fKidal\u202f»\u202f; vraiment\u202f?')
  })
  it('uses the typographic apostrophe between letters', () => {
    expect(frenchSpacing("l'école d'Ibrahim, 'cité'")).toBe("l’école d’Ibrahim, 'cité'")
  })
  it('leaves URLs and times alone', () => {
    expect(frenchSpacing('https://kibaru.ml à 10:15')).toBe('https://kibaru.ml à 10:15')
  })
})
