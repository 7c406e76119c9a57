import { describe, expect, it } from 'vitest'
import { ofName } from './elision'

describe('ofName', () => {
  it('elides before a vowel, accented or not, and not before a consonant or h', () => {
    expect(ofName('Aïssata Cissé')).toBe('d’Aïssata Cissé')
    expect(ofName('Éric')).toBe('d’Éric')
    expect(ofName('Oumar')).toBe('d’Oumar')
    expect(ofName('Moussa')).toBe('de Moussa')
    expect(ofName('Hamadoun')).toBe('de Hamadoun')
    expect(ofName('Yacouba')).toBe('de Yacouba')
  })
})
