import { describe, expect, it } from 'vitest'
import { hashPassword, passwordProblem, verifyPassword } from './password'

describe('passwords', () => {
  it('accepts long passphrases and Unicode', () => {
    expect(passwordProblem('le fleuve Niger à Ségou')).toBeNull()
    expect(passwordProblem('ߒߞߏ ߛߓߍߛߎ߲ ߞߊ߲ߕߊ')).toBeNull()
  })
  it('refuses short, common and self-revealing passwords in French', () => {
    expect(passwordProblem('court')).toMatch(/au moins 12 caractères/)
    expect(passwordProblem('motdepasse123')).toMatch(/trop courant/)
    expect(passwordProblem('zzzzzzzzzzzzzz')).toMatch(/trop courant/)
    expect(passwordProblem('aminata.diallo2026!', { email: 'aminata.diallo@kibaru.ml' })).toMatch(/adresse e-mail/)
  })
  it('hashes with argon2id and verifies', async () => {
    const stored = await hashPassword('une phrase de passe solide')
    expect(stored.startsWith('$argon2id$')).toBe(true)
    expect(await verifyPassword(stored, 'une phrase de passe solide')).toBe(true)
    expect(await verifyPassword(stored, 'une phrase de passe fausse')).toBe(false)
    expect(await verifyPassword(null, 'x')).toBe(false)
    expect(await verifyPassword('pas un hash', 'x')).toBe(false)
  })
})
