// Staff accounts and sign-in attempts. Password hashes never leave this file except to the
// sign-in check; pages get trimmed shapes.
import 'server-only'
import { and, count, eq, gte, or, sql } from 'drizzle-orm'
import type { Role } from '@/db/schema'
import { hashPassword } from '@/lib/password'
import { db } from '../client'
import { auditLog, loginAttempts, users } from '../schema'

export interface StaffUser {
  id: number
  email: string
  name: string
  role: Role
  sessionVersion: number
}

export function countStaff(): number {
  return db().select({ n: count() }).from(users).get()?.n ?? 0
}

/** For the sign-in check only. */
export function findCredentials(email: string) {
  return db()
    .select({ id: users.id, passwordHash: users.passwordHash, disabledAt: users.disabledAt, sessionVersion: users.sessionVersion })
    .from(users)
    .where(eq(users.email, normaliseEmail(email)))
    .get()
}

/** The account behind a session, read from the database at every request: never trusted from the token. */
export function findActiveStaff(id: number): StaffUser | null {
  const row = db()
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, sessionVersion: users.sessionVersion, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.id, id))
    .get()
  if (!row || row.disabledAt) return null
  return { id: row.id, email: row.email, name: row.name, role: row.role, sessionVersion: row.sessionVersion }
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase().normalize('NFC')
}

export async function createStaff(input: { email: string; name: string; role: Role; password: string | null }): Promise<number> {
  const passwordHash = input.password ? await hashPassword(input.password) : null
  return db()
    .insert(users)
    .values({ email: normaliseEmail(input.email), name: input.name.trim(), role: input.role, passwordHash })
    .returning({ id: users.id })
    .get().id
}

/**
 * The first administrator, created only while no account exists (checked and written in one
 * transaction, so two people racing through the first-run page cannot both succeed).
 */
export async function createFirstAdmin(input: { email: string; name: string; password: string }): Promise<number | null> {
  const passwordHash = await hashPassword(input.password)
  return db().transaction((tx) => {
    if ((tx.select({ n: count() }).from(users).get()?.n ?? 0) > 0) return null
    const id = tx.insert(users).values({ email: normaliseEmail(input.email), name: input.name.trim(), role: 'admin', passwordHash }).returning({ id: users.id }).get().id
    tx.insert(auditLog).values({ at: new Date(), userId: id, action: 'user.first-admin', entityType: 'user', entityId: String(id) }).run()
    return id
  })
}

/** Makes every session of the account useless at once (sign-out everywhere, disable, demote). */
export function bumpSessionVersion(userId: number): void {
  db().update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, userId)).run()
}

export function recordSignIn(userId: number, ip: string | null): void {
  const now = new Date()
  db().update(users).set({ lastLoginAt: now }).where(eq(users.id, userId)).run()
  db().insert(auditLog).values({ at: now, userId, action: 'user.sign-in', entityType: 'user', entityId: String(userId), ip }).run()
}

// Throttling

export const LOCK_WINDOW_MS = 15 * 60_000
export const MAX_FAILURES = 5

export function recordAttempt(email: string, ip: string, success: boolean): void {
  const normalised = normaliseEmail(email)
  db().insert(loginAttempts).values({ email: normalised, ip, success, at: new Date() }).run()
  // A success resets the count: earlier failures of this account and this address no longer weigh.
  if (success) db().delete(loginAttempts).where(and(or(eq(loginAttempts.email, normalised), eq(loginAttempts.ip, ip)), eq(loginAttempts.success, false))).run()
}

/** True when the account or the address has failed too often in the window. */
export function isLockedOut(email: string, ip: string, now = Date.now()): boolean {
  const since = new Date(now - LOCK_WINDOW_MS)
  const failures = (column: typeof loginAttempts.email | typeof loginAttempts.ip, value: string) =>
    db()
      .select({ n: count() })
      .from(loginAttempts)
      .where(and(eq(column, value), eq(loginAttempts.success, false), gte(loginAttempts.at, since)))
      .get()?.n ?? 0
  return failures(loginAttempts.email, normaliseEmail(email)) >= MAX_FAILURES || failures(loginAttempts.ip, ip) >= MAX_FAILURES
}
