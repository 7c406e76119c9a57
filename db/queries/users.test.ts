import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kibaru-users-'))
process.env.DATABASE_PATH = path.join(dir, 'test.db')

let users: typeof import('./users')

beforeAll(async () => {
  const { db } = await import('../client')
  const { migrateDatabase } = await import('../open')
  migrateDatabase(db())
  users = await import('./users')
})
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('staff accounts', () => {
  it('creates the first administrator only once', async () => {
    expect(users.countStaff()).toBe(0)
    const [a, b] = await Promise.all([
      users.createFirstAdmin({ email: 'Awa@Kibaru.test ', name: 'Awa', password: 'une phrase assez longue' }),
      users.createFirstAdmin({ email: 'autre@kibaru.test', name: 'Autre', password: 'une phrase assez longue' }),
    ])
    expect([a, b].filter((id) => id !== null)).toHaveLength(1)
    expect(users.countStaff()).toBe(1)
    const winner = users.findCredentials('awa@kibaru.test') ?? users.findCredentials('autre@kibaru.test')
    expect(winner?.passwordHash).toMatch(/^\$argon2id\$/)
    expect(users.findActiveStaff(winner!.id)?.role).toBe('admin')
  })

  it('reads the role from the database and forgets disabled accounts', async () => {
    const id = await users.createStaff({ email: 'j@kibaru.test', name: 'J', role: 'journalist', password: null })
    expect(users.findActiveStaff(id)).toMatchObject({ role: 'journalist', sessionVersion: 1 })
    users.bumpSessionVersion(id)
    expect(users.findActiveStaff(id)?.sessionVersion).toBe(2)
    const { db } = await import('../client')
    db().$client.prepare('UPDATE users SET disabled_at = 1 WHERE id = ?').run(id)
    expect(users.findActiveStaff(id)).toBeNull()
    expect(JSON.stringify(users.findActiveStaff(1))).not.toContain('argon2')
  })
})

describe('sign-in throttling', () => {
  it('locks an account after 5 failures in 15 minutes, and a success resets the count', () => {
    for (let i = 0; i < 4; i++) users.recordAttempt('cible@kibaru.test', `10.0.0.${i}`, false)
    expect(users.isLockedOut('cible@kibaru.test', '10.0.9.9')).toBe(false)
    users.recordAttempt('CIBLE@kibaru.test', '10.0.0.8', false)
    expect(users.isLockedOut('cible@kibaru.test', '10.0.9.9')).toBe(true)
    // The window slides: the same failures no longer count 15 minutes later.
    expect(users.isLockedOut('cible@kibaru.test', '10.0.9.9', Date.now() + users.LOCK_WINDOW_MS + 1000)).toBe(false)
    users.recordAttempt('cible@kibaru.test', '10.0.9.9', true)
    expect(users.isLockedOut('cible@kibaru.test', '10.0.9.9')).toBe(false)
  })

  it('locks an address that tries many accounts', () => {
    for (let i = 0; i < 5; i++) users.recordAttempt(`compte${i}@kibaru.test`, '192.0.2.7', false)
    expect(users.isLockedOut('nouveau@kibaru.test', '192.0.2.7')).toBe(true)
    expect(users.isLockedOut('nouveau@kibaru.test', '192.0.2.8')).toBe(false)
  })
})
