import { describe, expect, it } from 'vitest'
import { SESSION_ABSOLUTE_MS, sessionExpired } from './session-limits'

describe('sessionExpired', () => {
  const now = Date.UTC(2026, 11, 1, 9)
  it('keeps a session until twelve hours after sign-in, however active', () => {
    expect(sessionExpired(now - 60_000, now)).toBe(false)
    expect(sessionExpired(now - SESSION_ABSOLUTE_MS + 1_000, now)).toBe(false)
    expect(sessionExpired(now - SESSION_ABSOLUTE_MS, now)).toBe(true)
    expect(sessionExpired(now - 3 * SESSION_ABSOLUTE_MS, now)).toBe(true)
  })
  it('refuses a token without a sign-in time, or with one in the future', () => {
    expect(sessionExpired(undefined, now)).toBe(true)
    expect(sessionExpired('1700000000000', now)).toBe(true)
    expect(sessionExpired(Number.NaN, now)).toBe(true)
    expect(sessionExpired(now + 3_600_000, now)).toBe(true)
  })
})
