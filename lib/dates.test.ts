import { describe, expect, it } from 'vitest'
import { formatDate, formatDateTime, formatLongDate, formatNumber, formatRelative, formatTime } from './dates'

// Bamako is on UTC all year round (no daylight saving time).
describe('French dates', () => {
  it('formats a publication date as the press does', () => {
    expect(formatDateTime(new Date('2023-08-31T10:15:00Z'))).toBe('jeudi 31 août 2023 à 10 h 15')
    expect(formatDateTime(new Date('2026-01-01T00:05:00Z'))).toBe('jeudi 1er janvier 2026 à 0 h 05')
  })
  it('uses Bamako time, whatever the server zone', () => {
    expect(formatTime(new Date('2026-03-29T23:59:00Z'))).toBe('23 h 59')
    expect(formatDate(new Date('2026-12-31T23:30:00Z'))).toBe('31 décembre 2026')
  })
  it('says how long ago in lists', () => {
    const now = new Date('2026-11-28T12:00:00Z')
    expect(formatRelative(new Date('2026-11-28T11:59:40Z'), now)).toBe('À l’instant')
    expect(formatRelative(new Date('2026-11-28T11:35:00Z'), now)).toBe('Il y a 25 min')
    expect(formatRelative(new Date('2026-11-28T08:10:00Z'), now)).toBe('Il y a 3 h')
    expect(formatRelative(new Date('2026-11-27T18:05:00Z'), now)).toBe('Hier à 18 h 05')
    expect(formatRelative(new Date('2026-11-02T09:00:00Z'), now)).toBe('2 novembre 2026')
  })
  it('formats the masthead date with a capital', () => {
    expect(formatLongDate(new Date('2026-11-28T09:00:00Z'))).toBe('Samedi 28 novembre 2026')
    expect(formatLongDate(new Date('2026-03-01T09:00:00Z'))).toBe('Dimanche 1er mars 2026')
  })
  it('formats numbers with French separators', () => {
    expect(formatNumber(12345).replace(/\s/g, ' ')).toBe('12 345')
  })
})
