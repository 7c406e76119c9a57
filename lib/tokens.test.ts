import { describe, expect, it } from 'vitest'
import { hashToken, isWellFormedToken, newToken, TOKEN_LIFETIME_MS, tokenExpiry, tokenPath } from './tokens'

describe('one-time link tokens', () => {
  it('are 32 random bytes in base64url, stored as their SHA-256 only', () => {
    const { token, hash } = newToken()
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(Buffer.from(token, 'base64url')).toHaveLength(32)
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    expect(hash).toBe(hashToken(token))
    expect(hash).not.toContain(token)
    expect(newToken().token).not.toBe(token)
  })

  it('refuses anything that is not the exact shape before it reaches the database', () => {
    const { token } = newToken()
    expect(isWellFormedToken(token)).toBe(true)
    for (const bad of [token.slice(1), `${token}A`, `${token.slice(0, 42)}=`, `${token.slice(0, 42)}/`, '', null, 42, `../${token.slice(3)}`]) {
      expect(isWellFormedToken(bad)).toBe(false)
    }
  })

  it('lasts 7 days for an invitation and 24 hours for a reset', () => {
    const now = new Date('2026-03-01T10:00:00Z')
    expect(tokenExpiry('invite', now).toISOString()).toBe('2026-03-08T10:00:00.000Z')
    expect(tokenExpiry('reset', now).toISOString()).toBe('2026-03-02T10:00:00.000Z')
    expect(TOKEN_LIFETIME_MS.reset).toBeLessThan(TOKEN_LIFETIME_MS.invite)
  })

  it('leads to the public page of its kind', () => {
    expect(tokenPath('invite', 'abc')).toBe('/invitation/abc')
    expect(tokenPath('reset', 'abc')).toBe('/reinitialisation/abc')
  })
})
