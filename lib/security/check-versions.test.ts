import { describe, expect, it } from 'vitest'
import { ADVISORY_FLOORS, type Floor } from './advisories'
import { checkVersion } from './check-versions'

const floor = (name: string) => ADVISORY_FLOORS.find((f) => f.name === name) as Floor

describe('checkVersion', () => {
  it('asks each release line for its own fixed version', () => {
    expect(checkVersion(floor('next'), '16.4.6').ok).toBe(true)
    expect(checkVersion(floor('next'), '16.3.3').ok).toBe(true)
    expect(checkVersion(floor('next'), '16.3.2')).toMatchObject({ ok: false, floor: '16.3.3' })
    expect(checkVersion(floor('next'), '15.5.18').ok).toBe(true)
    expect(checkVersion(floor('next'), '15.5.9')).toMatchObject({ ok: false, floor: '15.5.18' })
  })

  it('sends a line older than every fixed one up to the next fixed line', () => {
    expect(checkVersion(floor('next'), '14.2.30')).toMatchObject({ ok: false, floor: '15.5.18' })
    expect(checkVersion(floor('sharp'), '0.31.3')).toMatchObject({ ok: false, floor: '0.32.6' })
  })

  it('reads 0.x minors as lines and compares pre-releases', () => {
    expect(checkVersion(floor('drizzle-orm'), '0.45.4').ok).toBe(true)
    expect(checkVersion(floor('drizzle-orm'), '0.45.1').ok).toBe(false)
    expect(checkVersion(floor('drizzle-orm'), '0.44.7').ok).toBe(false)
    expect(checkVersion(floor('next-auth'), '5.0.0-beta.32').ok).toBe(true)
    expect(checkVersion(floor('next-auth'), '5.0.0-beta.25').ok).toBe(false)
    expect(checkVersion(floor('react'), '19.2.3').ok).toBe(false)
    expect(checkVersion(floor('react'), '19.3.1').ok).toBe(true)
  })

  it('fails a package it cannot find or read', () => {
    expect(checkVersion(floor('next'), null).ok).toBe(false)
    expect(checkVersion(floor('next'), 'pas une version').ok).toBe(false)
  })
})
