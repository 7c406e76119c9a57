// ADMIN_EMAIL and ADMIN_PASSWORD, when both are set, make sure that account exists as an
// administrator at start: created if missing, promoted and re-enabled if needed; an existing
// password is left as it is. Runs in the start script, outside Next.
import { eq, sql } from 'drizzle-orm'
import { hashPassword, passwordProblem } from '@/lib/password'
import type { Db } from './open'
import { auditLog, users } from './schema'

export async function ensureAdmin(database: Db, email: string, password: string): Promise<'created' | 'promoted' | 'unchanged'> {
  const normalised = email.trim().toLowerCase()
  const existing = database.select({ id: users.id, role: users.role, disabledAt: users.disabledAt }).from(users).where(eq(users.email, normalised)).get()
  if (!existing) {
    const problem = passwordProblem(password, { email: normalised })
    if (problem) throw new Error(`ADMIN_PASSWORD refusé : ${problem}`)
    const passwordHash = await hashPassword(password)
    const id = database.insert(users).values({ email: normalised, name: 'Administrateur', role: 'admin', passwordHash }).returning({ id: users.id }).get().id
    database.insert(auditLog).values({ at: new Date(), userId: id, action: 'user.bootstrap-admin', entityType: 'user', entityId: String(id) }).run()
    return 'created'
  }
  if (existing.role === 'admin' && !existing.disabledAt) return 'unchanged'
  database
    .update(users)
    .set({ role: 'admin', disabledAt: null, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
    .where(eq(users.id, existing.id))
    .run()
  return 'promoted'
}
