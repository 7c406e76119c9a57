import { createHash } from 'node:crypto'
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
  const t0 = Date.now()
  const fail = (email: string, ip: string, at: number) => users.recordAttempt(email, ip, false, at)

  it('waits 1, 2, 4… minutes after the 5th, 6th, 7th failure of one account from one address', () => {
    for (let i = 0; i < 4; i++) fail('cible@kibaru.test', '10.0.0.1', t0 + i)
    expect(users.lockoutRemainingMs('cible@kibaru.test', '10.0.0.1', t0 + 10)).toBe(0)
    fail('CIBLE@kibaru.test', '10.0.0.1', t0 + 10)
    expect(users.lockoutRemainingMs('cible@kibaru.test', '10.0.0.1', t0 + 10)).toBe(60_000)
    expect(users.lockoutRemainingMs('cible@kibaru.test', '10.0.0.1', t0 + 10 + 60_000)).toBe(0)
    fail('cible@kibaru.test', '10.0.0.1', t0 + 70_000)
    expect(users.lockoutRemainingMs('cible@kibaru.test', '10.0.0.1', t0 + 70_000)).toBe(120_000)
    fail('cible@kibaru.test', '10.0.0.1', t0 + 200_000)
    expect(users.lockoutRemainingMs('cible@kibaru.test', '10.0.0.1', t0 + 200_000)).toBe(240_000)
    expect(users.backoffMs(30, 5)).toBe(30 * 60_000)
    // Another address is not locked for that account: a stranger cannot lock a journalist out.
    expect(users.lockoutRemainingMs('cible@kibaru.test', '10.0.0.2', t0 + 200_000)).toBe(0)
    // Failures older than the window are forgotten.
    expect(users.lockoutRemainingMs('cible@kibaru.test', '10.0.0.1', t0 + users.THROTTLE_WINDOW_MS + 200_001)).toBe(0)
    // A success forgets this account's failures from this address.
    users.recordAttempt('cible@kibaru.test', '10.0.0.1', true, t0 + 500_000)
    expect(users.lockoutRemainingMs('cible@kibaru.test', '10.0.0.1', t0 + 500_000)).toBe(0)
  })

  it('locks an address that tries many accounts, whatever the account, and a success elsewhere does not reset it', () => {
    for (let i = 0; i < users.ADDRESS_FAILURES; i++) fail(`compte${i}@kibaru.test`, '192.0.2.7', t0 + i)
    expect(users.lockoutRemainingMs('nouveau@kibaru.test', '192.0.2.7', t0 + 100)).toBeGreaterThan(0)
    users.recordAttempt('valide@kibaru.test', '192.0.2.7', true, t0 + 200)
    expect(users.lockoutRemainingMs('nouveau@kibaru.test', '192.0.2.7', t0 + 300)).toBeGreaterThan(0)
    expect(users.lockoutRemainingMs('nouveau@kibaru.test', '192.0.2.8', t0 + 300)).toBe(0)
  })

  it('says how long to wait, in French', () => {
    expect(users.lockoutMessage(30_000)).toBe('Trop de tentatives ont échoué. Par sécurité, réessayez dans 1 minute.')
    expect(users.lockoutMessage(119_000)).toBe('Trop de tentatives ont échoué. Par sécurité, réessayez dans 2 minutes.')
  })

  it('answers an unknown e-mail, a wrong password and a disabled account alike, after the same work', async () => {
    const id = await users.createStaff({ email: 'connue@kibaru.test', name: 'Connue', role: 'journalist', password: 'une phrase assez longue' })
    const { db } = await import('../client')
    const timed = async (email: string, ip: string) => {
      const start = performance.now()
      const result = await users.checkCredentials(email, 'pas le bon mot de passe', ip)
      return { result, ms: performance.now() - start }
    }
    const known: number[] = []
    const unknown: number[] = []
    await users.checkCredentials('inconnue@kibaru.test', 'x', '198.51.100.1') // the decoy hash is made once
    for (let i = 0; i < 4; i++) {
      const a = await timed('connue@kibaru.test', `198.51.100.${10 + i}`)
      const b = await timed(`inconnue${i}@kibaru.test`, `198.51.100.${20 + i}`)
      expect(a.result).toEqual({ status: 'invalid' })
      expect(b.result).toEqual({ status: 'invalid' })
      known.push(a.ms)
      unknown.push(b.ms)
    }
    // Both verify an argon2id hash: without the decoy an unknown e-mail answers in a fraction of a
    // millisecond, against tens for a known one. The bound is loose so a busy machine cannot fail it.
    const median = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? 0
    expect(median(unknown)).toBeGreaterThan(median(known) * 0.3)
    expect(await users.checkCredentials('connue@kibaru.test', 'une phrase assez longue', '198.51.100.30')).toMatchObject({ status: 'ok', id })
    db().$client.prepare('UPDATE users SET disabled_at = 1 WHERE id = ?').run(id)
    expect(await users.checkCredentials('connue@kibaru.test', 'une phrase assez longue', '198.51.100.31')).toEqual({ status: 'invalid' })
  })
})

describe('changing one’s own password', () => {
  it('needs the current password, refuses weak or unchanged ones, and ends other sessions', async () => {
    const id = await users.createStaff({ email: 'change@kibaru.test', name: 'Change', role: 'journalist', password: 'ancienne phrase secrète' })
    const version = users.findActiveStaff(id)!.sessionVersion
    const ip = '203.0.113.5'
    expect(await users.changeOwnPassword(id, { current: 'pas la bonne phrase', password: 'nouvelle phrase secrète', confirm: 'nouvelle phrase secrète' }, ip)).toEqual({
      ok: false,
      field: 'current',
      error: 'Le mot de passe actuel est incorrect.',
    })
    expect(await users.changeOwnPassword(id, { current: 'ancienne phrase secrète', password: 'motdepasse123', confirm: 'motdepasse123' }, ip)).toMatchObject({ ok: false, field: 'password' })
    expect(await users.changeOwnPassword(id, { current: 'ancienne phrase secrète', password: 'ancienne phrase secrète', confirm: 'ancienne phrase secrète' }, ip)).toMatchObject({ ok: false, field: 'password' })
    expect(await users.changeOwnPassword(id, { current: 'ancienne phrase secrète', password: 'nouvelle phrase secrète', confirm: 'autre chose encore' }, ip)).toMatchObject({ ok: false, field: 'confirm' })
    expect(users.findActiveStaff(id)!.sessionVersion).toBe(version)
    expect(await users.changeOwnPassword(id, { current: 'ancienne phrase secrète', password: 'nouvelle phrase secrète ✓', confirm: 'nouvelle phrase secrète ✓' }, ip)).toEqual({ ok: true })
    expect(users.findActiveStaff(id)!.sessionVersion).toBe(version + 1)
    expect(await users.checkCredentials('change@kibaru.test', 'ancienne phrase secrète', '203.0.113.6')).toEqual({ status: 'invalid' })
    expect(await users.checkCredentials('change@kibaru.test', 'nouvelle phrase secrète ✓', '203.0.113.6')).toMatchObject({ status: 'ok' })
  })

  it('counts wrong current passwords as failed sign-ins, so a stolen session cannot guess', async () => {
    const id = await users.createStaff({ email: 'vole@kibaru.test', name: 'Volé', role: 'journalist', password: 'phrase du vrai titulaire' })
    const ip = '203.0.113.9'
    for (let i = 0; i < users.PAIR_FAILURES; i++) {
      expect(await users.changeOwnPassword(id, { current: `essai ${i} au hasard`, password: 'phrase du voleur malin', confirm: 'phrase du voleur malin' }, ip)).toMatchObject({ field: 'current' })
    }
    const locked = await users.changeOwnPassword(id, { current: 'phrase du vrai titulaire', password: 'phrase du voleur malin', confirm: 'phrase du voleur malin' }, ip)
    expect(locked).toMatchObject({ ok: false, field: 'form' })
    expect(await users.checkCredentials('vole@kibaru.test', 'phrase du vrai titulaire', '203.0.113.10')).toMatchObject({ status: 'ok' })
  })
})

describe('managing accounts', () => {
  let admin: import('./users').StaffUser
  let sqlite: import('better-sqlite3').Database

  beforeAll(async () => {
    const { db } = await import('../client')
    sqlite = db().$client
    // The administrator the first test created (whichever of the two won the race).
    const { id } = sqlite.prepare("SELECT id FROM users WHERE role = 'admin'").get() as { id: number }
    admin = users.findActiveStaff(id)!
  })

  const tokenRows = (userId: number) =>
    sqlite.prepare('SELECT kind, token_hash AS hash, expires_at AS expiresAt, used_at AS usedAt FROM user_tokens WHERE user_id = ? ORDER BY id').all(userId) as {
      kind: string
      hash: string
      expiresAt: number
      usedAt: number | null
    }[]
  const sessionVersion = (userId: number) => (sqlite.prepare('SELECT session_version AS v FROM users WHERE id = ?').get(userId) as { v: number }).v
  const auditActions = (userId: number) =>
    (sqlite.prepare("SELECT action FROM audit_log WHERE entity_type = 'user' AND entity_id = ? ORDER BY id").all(String(userId)) as { action: string }[]).map((r) => r.action)

  it('invites: an account without password, a linked byline profile with a unique slug, a hashed link', () => {
    const first = users.inviteStaff(admin, { name: 'Fatou Sidibé', email: ' Fatou@Kibaru.test', role: 'journalist' }, '10.1.1.1')
    const second = users.inviteStaff(admin, { name: 'Fatou  Sidibé', email: 'fatou.s@kibaru.test', role: 'editor' }, '10.1.1.1')
    if (!first.ok || !second.ok) throw new Error('invitation refusée')
    const account = sqlite.prepare('SELECT email, role, password_hash AS hash FROM users WHERE id = ?').get(first.userId) as { email: string; role: string; hash: string | null }
    expect(account).toEqual({ email: 'fatou@kibaru.test', role: 'journalist', hash: null })
    const profiles = sqlite.prepare('SELECT slug, name, user_id AS userId FROM authors WHERE user_id IN (?, ?) ORDER BY id').all(first.userId, second.userId)
    expect(profiles).toEqual([
      { slug: 'fatou-sidibe', name: 'Fatou Sidibé', userId: first.userId },
      { slug: 'fatou-sidibe-2', name: 'Fatou  Sidibé', userId: second.userId },
    ])
    // The database keeps the SHA-256 of the link, never the link itself.
    const [row] = tokenRows(first.userId)
    expect(row?.kind).toBe('invite')
    expect(row?.hash).toBe(createHash('sha256').update(first.token).digest('hex'))
    expect(JSON.stringify(sqlite.prepare('SELECT * FROM user_tokens').all())).not.toContain(first.token)
    expect(row!.expiresAt - Date.now()).toBeGreaterThan(7 * 86_400_000 - 60_000)
    expect(auditActions(first.userId)).toEqual(['user.invite'])
    expect(users.findTokenHolder(first.token, 'invite')).toMatchObject({ userId: first.userId, name: 'Fatou Sidibé', email: 'fatou@kibaru.test' })
    // Neither the stored hash nor the link used as the other kind opens anything.
    expect(users.findTokenHolder(row!.hash, 'invite')).toBeNull()
    expect(users.findTokenHolder(first.token, 'reset')).toBeNull()
    expect(users.listStaff().find((u) => u.id === first.userId)).toMatchObject({ pending: true, disabled: false, authorSlug: 'fatou-sidibe' })
    expect(JSON.stringify(users.listStaff())).not.toMatch(/argon2|password/i)
  })

  it('refuses a second account with the same address', () => {
    const again = users.inviteStaff(admin, { name: 'Autre Fatou', email: 'FATOU@kibaru.test', role: 'journalist' }, null)
    expect(again).toMatchObject({ ok: false, field: 'email' })
  })

  it('a link works once, applies the password policy first, and expires', async () => {
    const invited = users.inviteStaff(admin, { name: 'Bakary Koné', email: 'bakary@kibaru.test', role: 'journalist' }, null)
    if (!invited.ok) throw new Error('invitation refusée')
    // A refused password does not consume the link.
    expect(await users.setPasswordWithToken(invited.token, 'invite', 'court', 'court', null)).toMatchObject({ ok: false, field: 'password' })
    expect(await users.setPasswordWithToken(invited.token, 'invite', 'motdepasse1234', 'motdepasse1234', null)).toMatchObject({ ok: false, field: 'password' })
    expect(await users.setPasswordWithToken(invited.token, 'invite', 'les mangues de Kayes', 'les mangues de Kita', null)).toMatchObject({ ok: false, field: 'confirm' })
    expect(await users.setPasswordWithToken(invited.token, 'invite', 'les mangues de Kayes', 'les mangues de Kayes', '10.2.2.2')).toEqual({ ok: true, kind: 'invite' })
    expect(users.findCredentials('bakary@kibaru.test')?.passwordHash).toMatch(/^\$argon2id\$/)
    expect(tokenRows(invited.userId)[0]?.usedAt).not.toBeNull()
    // Single use: the same link, again, is refused like an unknown one.
    expect(users.findTokenHolder(invited.token, 'invite')).toBeNull()
    expect(await users.setPasswordWithToken(invited.token, 'invite', 'une autre phrase encore', 'une autre phrase encore', null)).toMatchObject({ ok: false, invalidLink: true })
    expect(auditActions(invited.userId)).toEqual(['user.invite', 'user.password-set'])

    // An invitation made 8 days ago has expired.
    const old = users.inviteStaff(admin, { name: 'Ancien', email: 'ancien@kibaru.test', role: 'journalist' }, null, new Date(Date.now() - 8 * 86_400_000))
    if (!old.ok) throw new Error('invitation refusée')
    expect(users.findTokenHolder(old.token, 'invite')).toBeNull()
    expect(users.findTokenHolder(old.token, 'invite', new Date(Date.now() - 2 * 86_400_000))).not.toBeNull()
    expect(await users.setPasswordWithToken(old.token, 'invite', 'les mangues de Kayes', 'les mangues de Kayes', null)).toMatchObject({ ok: false, invalidLink: true })
  })

  it('a new link revokes the older unused one; a reset lasts a day and ends every session', async () => {
    const id = await users.createStaff({ email: 'kadi@kibaru.test', name: 'Kadiatou', role: 'journalist', password: 'ancienne phrase de passe' })
    const first = users.createAccessLink(admin, id, null)
    const second = users.createAccessLink(admin, id, null)
    if (!first.ok || !second.ok) throw new Error('lien refusé')
    expect(second.kind).toBe('reset')
    expect(users.findTokenHolder(first.token, 'reset')).toBeNull()
    expect(users.findTokenHolder(second.token, 'reset')).not.toBeNull()
    expect(users.findTokenHolder(second.token, 'reset', new Date(Date.now() + 24 * 3_600_000 + 60_000))).toBeNull()
    const before = sessionVersion(id)
    expect(await users.setPasswordWithToken(second.token, 'reset', 'nouvelle phrase de passe', 'nouvelle phrase de passe', null)).toEqual({ ok: true, kind: 'reset' })
    expect(sessionVersion(id)).toBe(before + 1)
    const { verifyPassword } = await import('@/lib/password')
    const hash = users.findCredentials('kadi@kibaru.test')!.passwordHash
    expect(await verifyPassword(hash, 'nouvelle phrase de passe')).toBe(true)
    expect(await verifyPassword(hash, 'ancienne phrase de passe')).toBe(false)
    expect(auditActions(id)).toEqual(['user.reset-link', 'user.reset-link', 'user.password-set'])
  })

  it('a person who never chose a password gets a fresh invitation instead of a reset', () => {
    const invited = users.inviteStaff(admin, { name: 'Issa', email: 'issa@kibaru.test', role: 'editor' }, null)
    if (!invited.ok) throw new Error('invitation refusée')
    const renewed = users.createAccessLink(admin, invited.userId, null)
    expect(renewed).toMatchObject({ ok: true, kind: 'invite' })
    expect(users.findTokenHolder(invited.token, 'invite')).toBeNull()
  })

  it('changing a role bumps nothing; disabling bumps the session version and kills links', async () => {
    const id = await users.createStaff({ email: 'role@kibaru.test', name: 'Oumar', role: 'journalist', password: 'une phrase de passe sûre' })
    const version = sessionVersion(id)
    expect(users.changeStaffRole(admin, id, 'editor', '10.3.3.3')).toMatchObject({ ok: true })
    expect(users.findActiveStaff(id)).toMatchObject({ role: 'editor', sessionVersion: version })
    const link = users.createAccessLink(admin, id, null)
    if (!link.ok) throw new Error('lien refusé')

    expect(users.setStaffDisabled(admin, id, true, null)).toMatchObject({ ok: true })
    expect(sessionVersion(id)).toBe(version + 1)
    expect(users.findActiveStaff(id)).toBeNull()
    expect(users.findTokenHolder(link.token, 'reset')).toBeNull()
    expect(users.createAccessLink(admin, id, null)).toMatchObject({ ok: false })
    expect(users.listStaff().find((u) => u.id === id)).toMatchObject({ disabled: true })

    expect(users.setStaffDisabled(admin, id, false, null)).toMatchObject({ ok: true })
    expect(users.findActiveStaff(id)).toMatchObject({ role: 'editor', sessionVersion: version + 1 })
    expect(users.findTokenHolder(link.token, 'reset')).toBeNull()
    expect(auditActions(id)).toEqual(['user.role-change', 'user.reset-link', 'user.disable', 'user.enable'])
    const change = sqlite.prepare("SELECT user_id AS actor, details, ip FROM audit_log WHERE action = 'user.role-change' AND entity_id = ?").get(String(id)) as {
      actor: number
      details: string
      ip: string
    }
    expect(change).toEqual({ actor: admin.id, details: JSON.stringify({ name: 'Oumar', from: 'journalist', to: 'editor' }), ip: '10.3.3.3' })
  })

  it('never leaves the newsroom without an active administrator', async () => {
    // Other administrators exist but cannot act: one is disabled, one never chose a password.
    const other = await users.createStaff({ email: 'admin2@kibaru.test', name: 'Admin Deux', role: 'admin', password: 'une phrase de passe sûre' })
    users.setStaffDisabled(admin, other, true, null)
    users.inviteStaff(admin, { name: 'Admin Trois', email: 'admin3@kibaru.test', role: 'admin' }, null)

    const demote = users.changeStaffRole(admin, admin.id, 'editor', null)
    expect(demote).toEqual({ ok: false, error: users.LAST_ADMIN_REFUSAL })
    expect(users.setStaffDisabled(admin, admin.id, true, null)).toEqual({ ok: false, error: users.LAST_ADMIN_REFUSAL })
    expect(users.findActiveStaff(admin.id)).toMatchObject({ role: 'admin' })

    // With a second active administrator, stepping down is allowed.
    users.setStaffDisabled(admin, other, false, null)
    expect(users.changeStaffRole(admin, admin.id, 'editor', null)).toMatchObject({ ok: true })
    // …and now the other one is the last: they cannot be demoted, even by themselves.
    const otherStaff = users.findActiveStaff(other)!
    expect(users.changeStaffRole(otherStaff, other, 'journalist', null)).toMatchObject({ ok: false })
    expect(users.changeStaffRole(otherStaff, admin.id, 'admin', null)).toMatchObject({ ok: true })
  })
})

describe('audit log', () => {
  it('lists newest first with names, filters by action and by person, and pages', async () => {
    const audit = await import('./audit')
    const all = audit.listAudit({}, 1)
    expect(all.total).toBeGreaterThan(10)
    const times = all.items.map((r) => r.at.getTime())
    expect([...times].sort((a, b) => b - a)).toEqual(times)

    const changes = audit.listAudit({ action: 'user.role-change' }, 1)
    expect(changes.items.length).toBeGreaterThan(0)
    expect(changes.items.every((r) => r.action === 'user.role-change')).toBe(true)
    expect(changes.items.at(-1)).toMatchObject({ entityName: 'Oumar', actorName: expect.any(String), ip: '10.3.3.3' })

    const oumar = users.findCredentials('role@kibaru.test')!.id
    const aboutOumar = audit.listAudit({ userId: oumar }, 1)
    expect(aboutOumar.items.map((r) => r.action).sort()).toEqual(['user.disable', 'user.enable', 'user.reset-link', 'user.role-change'])

    const paged = audit.listAudit({}, 2, 5)
    expect(paged.page).toBe(2)
    expect(paged.items.map((r) => r.id)).toEqual(all.items.slice(5, 10).map((r) => r.id))
    expect(audit.listAudit({}, 10_000, 5).page).toBe(paged.totalPages)
    expect(audit.auditFilterChoices().actions).toContain('user.invite')
  })
})
