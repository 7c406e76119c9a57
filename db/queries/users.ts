// Staff accounts and sign-in attempts. Password hashes never leave this file except to the
// sign-in check; pages get trimmed shapes.
import 'server-only'
import { and, count, eq, gt, gte, isNotNull, isNull, lt, max, ne, sql, type SQL } from 'drizzle-orm'
import type { Role } from '@/db/schema'
import { ofName } from '@/lib/elision'
import { decoyHash, hashPassword, passwordProblem, verifyPassword } from '@/lib/password'
import { RESERVED_SLUGS, slugify } from '@/lib/slug'
import { hashToken, isWellFormedToken, newToken, tokenExpiry, type TokenKind } from '@/lib/tokens'
import { db } from '../client'
import type { Db } from '../open'
import { auditLog, authors, loginAttempts, users, userTokens } from '../schema'
import { recordAudit } from './audit'
import { invalidateSite } from './invalidate'

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

// Throttling, after Ghost's rules: failures are counted per account *and* address (someone
// guessing one journalist's password) and per address alone (someone trying many accounts). Past
// the threshold, each further failure doubles the wait (back-off). An account is never locked
// for every address at once: a stranger could otherwise lock a journalist out on deadline;
// argon2id and the password rules are what resist guesses spread over many addresses.

/** Failures older than this are forgotten. */
export const THROTTLE_WINDOW_MS = 60 * 60_000
/** Failures of one account from one address before the first wait. */
export const PAIR_FAILURES = 5
/** Failures from one address, whatever the accounts, before the first wait. */
export const ADDRESS_FAILURES = 20
const FIRST_WAIT_MS = 60_000
const LONGEST_WAIT_MS = 30 * 60_000

/** The wait after the failure that reached or passed the threshold: 1, 2, 4, 8, 16, then 30 minutes. */
export function backoffMs(failures: number, threshold: number): number {
  if (failures < threshold) return 0
  return Math.min(LONGEST_WAIT_MS, FIRST_WAIT_MS * 2 ** Math.min(failures - threshold, 10))
}

export function recordAttempt(email: string, ip: string, success: boolean, now = Date.now()): void {
  const normalised = normaliseEmail(email)
  db().insert(loginAttempts).values({ email: normalised, ip, success, at: new Date(now) }).run()
  // A success forgets this account's failures from this address; the address's other failures
  // still count, so one valid account cannot be used to reset a guessing run on others.
  if (success) db().delete(loginAttempts).where(and(eq(loginAttempts.email, normalised), eq(loginAttempts.ip, ip), eq(loginAttempts.success, false))).run()
  // Old rows serve no purpose: the table stays small.
  db().delete(loginAttempts).where(lt(loginAttempts.at, new Date(now - THROTTLE_WINDOW_MS))).run()
}

/** How long sign-in stays refused for this account from this address (0: not refused). */
export function lockoutRemainingMs(email: string, ip: string, now = Date.now()): number {
  const since = new Date(now - THROTTLE_WINDOW_MS)
  const failures = (...conditions: SQL[]) =>
    db()
      .select({ n: count(), last: max(loginAttempts.at) })
      .from(loginAttempts)
      .where(and(...conditions, eq(loginAttempts.success, false), gte(loginAttempts.at, since)))
      .get()
  const remaining = (row: { n: number; last: Date | null } | undefined, threshold: number) =>
    row?.last ? Math.max(0, row.last.getTime() + backoffMs(row.n, threshold) - now) : 0
  const pair = failures(eq(loginAttempts.email, normaliseEmail(email)), eq(loginAttempts.ip, ip))
  const address = failures(eq(loginAttempts.ip, ip))
  return Math.max(remaining(pair, PAIR_FAILURES), remaining(address, ADDRESS_FAILURES))
}

// Managing the newsroom's accounts (/admin/utilisateurs). Every function takes the administrator
// who acts (the server action has checked the session and the role) and writes its audit row in
// the same transaction as the change.

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0]

export type UserWrite = { ok: true; message: string } | { ok: false; error: string; field?: 'name' | 'email' | 'role' }

export interface StaffListItem {
  id: number
  name: string
  email: string
  role: Role
  disabled: boolean
  /** Invited, no password chosen yet. */
  pending: boolean
  /** The latest unused invitation link, when one is still valid. */
  inviteExpiresAt: Date | null
  lastLoginAt: Date | null
  createdAt: Date
  authorSlug: string | null
}

/** Every staff account for the users page: no hash, no token ever leaves. */
export function listStaff(now = new Date()): StaffListItem[] {
  const invite = db()
    .select({ userId: userTokens.userId, expiresAt: sql<number>`max(${userTokens.expiresAt})`.as('invite_expires_at') })
    .from(userTokens)
    .where(and(eq(userTokens.kind, 'invite'), isNull(userTokens.usedAt), gt(userTokens.expiresAt, now)))
    .groupBy(userTokens.userId)
    .as('invite')
  return db()
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      disabledAt: users.disabledAt,
      hasPassword: sql<number>`${users.passwordHash} IS NOT NULL`,
      inviteExpiresAt: invite.expiresAt,
      lastLoginAt: users.lastLoginAt,
      createdAt: users.createdAt,
      authorSlug: authors.slug,
    })
    .from(users)
    .leftJoin(invite, eq(invite.userId, users.id))
    .leftJoin(authors, eq(authors.userId, users.id))
    .all()
    .map(({ disabledAt, hasPassword, inviteExpiresAt, ...row }) => ({
      ...row,
      disabled: disabledAt !== null,
      pending: !hasPassword,
      inviteExpiresAt: inviteExpiresAt ? new Date(inviteExpiresAt) : null,
    }))
    // Disabled accounts last; names in French alphabetical order ("Aïssata" beside "Awa").
    .sort((a, b) => Number(a.disabled) - Number(b.disabled) || a.name.localeCompare(b.name, 'fr'))
}

/** Administrators who can act right now: enabled and with a password. */
function activeAdminsOtherThan(tx: Tx, userId: number): number {
  return (
    tx
      .select({ n: count() })
      .from(users)
      .where(and(eq(users.role, 'admin'), isNull(users.disabledAt), isNotNull(users.passwordHash), ne(users.id, userId)))
      .get()?.n ?? 0
  )
}

export const LAST_ADMIN_REFUSAL =
  'Impossible : la rédaction n’aurait plus aucun administrateur actif. Nommez d’abord un autre administrateur, puis recommencez.'

/** A byline slug for a new profile: from the name, never reserved, never taken ("awa-traore-2"). */
function freeAuthorSlug(tx: Tx, name: string): string {
  const base = slugify(name, 70) || 'auteur'
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`
    if (RESERVED_SLUGS.has(candidate)) continue
    if (!tx.select({ id: authors.id }).from(authors).where(eq(authors.slug, candidate)).get()) return candidate
  }
}

/** A new one-time link; older unused links of the same kind for this person stop working. */
function issueToken(tx: Tx, userId: number, kind: TokenKind, now: Date): { token: string; expiresAt: Date } {
  tx.update(userTokens)
    .set({ expiresAt: now })
    .where(and(eq(userTokens.userId, userId), eq(userTokens.kind, kind), isNull(userTokens.usedAt), gt(userTokens.expiresAt, now)))
    .run()
  const { token, hash } = newToken()
  const expiresAt = tokenExpiry(kind, now)
  tx.insert(userTokens).values({ userId, kind, tokenHash: hash, expiresAt, createdAt: now }).run()
  return { token, expiresAt }
}

export type InviteResult = { ok: true; userId: number; token: string; expiresAt: Date } | { ok: false; error: string; field?: 'name' | 'email' | 'role' }

/**
 * Creates an account without a password, its byline profile (authors row linked to it), and an
 * invitation link valid 7 days. The link is returned once: only its hash is stored.
 */
export function inviteStaff(actor: StaffUser, input: { name: string; email: string; role: Role }, ip: string | null, now = new Date()): InviteResult {
  const email = normaliseEmail(input.email)
  const name = input.name.trim()
  const result = db().transaction((tx): InviteResult => {
    if (tx.select({ id: users.id }).from(users).where(eq(users.email, email)).get()) {
      return { ok: false, field: 'email', error: 'Un compte existe déjà avec cette adresse e-mail.' }
    }
    const userId = tx.insert(users).values({ email, name, role: input.role, passwordHash: null, createdAt: now }).returning({ id: users.id }).get().id
    tx.insert(authors).values({ slug: freeAuthorSlug(tx, name), name, userId }).run()
    const link = issueToken(tx, userId, 'invite', now)
    recordAudit({ at: now, userId: actor.id, action: 'user.invite', entityType: 'user', entityId: userId, details: { name, role: input.role }, ip }, tx)
    return { ok: true, userId, ...link }
  })
  // A new byline profile: author listings and pages may show it.
  if (result.ok) invalidateSite()
  return result
}

function targetOf(tx: Tx, userId: number) {
  return tx
    .select({ id: users.id, name: users.name, role: users.role, disabledAt: users.disabledAt, hasPassword: sql<number>`${users.passwordHash} IS NOT NULL` })
    .from(users)
    .where(eq(users.id, userId))
    .get()
}

/**
 * The role is read from the database at every request, so a new role applies at the person's
 * next page without ending their session.
 */
export function changeStaffRole(actor: StaffUser, userId: number, role: Role, ip: string | null): UserWrite {
  return db().transaction((tx): UserWrite => {
    const target = targetOf(tx, userId)
    if (!target) return { ok: false, error: 'Ce compte n’existe pas.' }
    if (target.role === role) return { ok: true, message: `${target.name} a déjà ce rôle.` }
    if (target.role === 'admin' && activeAdminsOtherThan(tx, userId) === 0) return { ok: false, error: LAST_ADMIN_REFUSAL }
    tx.update(users).set({ role, updatedAt: new Date() }).where(eq(users.id, userId)).run()
    recordAudit({ userId: actor.id, action: 'user.role-change', entityType: 'user', entityId: userId, details: { name: target.name, from: target.role, to: role }, ip }, tx)
    return { ok: true, message: `Le rôle ${ofName(target.name)} est modifié.` }
  })
}

/**
 * Disabling ends every session at once (the session version changes) and kills the person's
 * outstanding links; enabling lets them sign in again with their password.
 */
export function setStaffDisabled(actor: StaffUser, userId: number, disabled: boolean, ip: string | null): UserWrite {
  return db().transaction((tx): UserWrite => {
    const now = new Date()
    const target = targetOf(tx, userId)
    if (!target) return { ok: false, error: 'Ce compte n’existe pas.' }
    if (disabled === (target.disabledAt !== null)) return { ok: true, message: `Le compte ${ofName(target.name)} est déjà ${disabled ? 'désactivé' : 'actif'}.` }
    if (disabled) {
      if (target.role === 'admin' && activeAdminsOtherThan(tx, userId) === 0) return { ok: false, error: LAST_ADMIN_REFUSAL }
      tx.update(users)
        .set({ disabledAt: now, updatedAt: now, sessionVersion: sql`${users.sessionVersion} + 1` })
        .where(eq(users.id, userId))
        .run()
      tx.update(userTokens).set({ expiresAt: now }).where(and(eq(userTokens.userId, userId), isNull(userTokens.usedAt), gt(userTokens.expiresAt, now))).run()
    } else {
      tx.update(users).set({ disabledAt: null, updatedAt: now }).where(eq(users.id, userId)).run()
    }
    recordAudit({ at: now, userId: actor.id, action: disabled ? 'user.disable' : 'user.enable', entityType: 'user', entityId: userId, details: { name: target.name }, ip }, tx)
    return { ok: true, message: disabled ? `Le compte ${ofName(target.name)} est désactivé : ses sessions sont fermées.` : `Le compte ${ofName(target.name)} est réactivé.` }
  })
}

export type LinkResult = { ok: true; kind: TokenKind; token: string; expiresAt: Date; name: string } | { ok: false; error: string }

/**
 * A password-reset link (24 hours), or a fresh invitation (7 days) for someone who never chose a
 * password. Either replaces the older unused link of its kind.
 */
export function createAccessLink(actor: StaffUser, userId: number, ip: string | null, now = new Date()): LinkResult {
  return db().transaction((tx): LinkResult => {
    const target = targetOf(tx, userId)
    if (!target) return { ok: false, error: 'Ce compte n’existe pas.' }
    if (target.disabledAt) return { ok: false, error: `Le compte ${ofName(target.name)} est désactivé : réactivez-le d’abord.` }
    const kind: TokenKind = target.hasPassword ? 'reset' : 'invite'
    const link = issueToken(tx, userId, kind, now)
    recordAudit(
      kind === 'reset'
        ? { at: now, userId: actor.id, action: 'user.reset-link', entityType: 'user', entityId: userId, details: { name: target.name }, ip }
        : { at: now, userId: actor.id, action: 'user.invite', entityType: 'user', entityId: userId, details: { name: target.name, role: target.role, renewed: true }, ip },
      tx,
    )
    return { ok: true, kind, name: target.name, ...link }
  })
}

export interface TokenHolder {
  userId: number
  name: string
  email: string
  kind: TokenKind
}

/** Who a one-time link is for, or null: unknown, expired, used, revoked or disabled all look alike. */
export function findTokenHolder(token: unknown, kind: TokenKind, now = new Date()): TokenHolder | null {
  if (!isWellFormedToken(token)) return null
  const row = db()
    .select({ userId: users.id, name: users.name, email: users.email })
    .from(userTokens)
    .innerJoin(users, eq(users.id, userTokens.userId))
    .where(and(eq(userTokens.tokenHash, hashToken(token)), eq(userTokens.kind, kind), isNull(userTokens.usedAt), gt(userTokens.expiresAt, now), isNull(users.disabledAt)))
    .get()
  return row ? { ...row, kind } : null
}

export type PasswordSetResult = { ok: true; kind: TokenKind } | { ok: false; error: string; field?: 'password' | 'confirm'; invalidLink?: boolean }

export const INVALID_LINK = 'Ce lien n’est plus valable : il a déjà servi, il a expiré ou il a été remplacé. Demandez un nouveau lien à un administrateur.'

/**
 * Sets the password through a one-time link. The link is consumed in the same transaction as the
 * password write, so it works exactly once even when two requests race.
 */
export async function setPasswordWithToken(token: unknown, kind: TokenKind, password: string, confirm: string, ip: string | null): Promise<PasswordSetResult> {
  const holder = findTokenHolder(token, kind)
  if (!holder) return { ok: false, error: INVALID_LINK, invalidLink: true }
  const problem = passwordProblem(password, { email: holder.email, name: holder.name })
  if (problem) return { ok: false, field: 'password', error: problem }
  if (password !== confirm) return { ok: false, field: 'confirm', error: 'Les deux mots de passe ne sont pas identiques.' }
  const passwordHash = await hashPassword(password)
  return db().transaction((tx): PasswordSetResult => {
    const now = new Date()
    const used = tx
      .update(userTokens)
      .set({ usedAt: now })
      .where(
        and(
          eq(userTokens.tokenHash, hashToken(token as string)),
          eq(userTokens.kind, kind),
          isNull(userTokens.usedAt),
          gt(userTokens.expiresAt, now),
          sql`${userTokens.userId} IN (SELECT ${users.id} FROM ${users} WHERE ${users.disabledAt} IS NULL)`,
        ),
      )
      .returning({ userId: userTokens.userId })
      .get()
    if (!used) return { ok: false, error: INVALID_LINK, invalidLink: true }
    tx.update(users)
      // A reset ends every session that may be in someone else's hands.
      .set(kind === 'reset' ? { passwordHash, updatedAt: now, sessionVersion: sql`${users.sessionVersion} + 1` } : { passwordHash, updatedAt: now })
      .where(eq(users.id, used.userId))
      .run()
    // Any other outstanding link of this person is now pointless: it dies too.
    tx.update(userTokens).set({ expiresAt: now }).where(and(eq(userTokens.userId, used.userId), isNull(userTokens.usedAt), gt(userTokens.expiresAt, now))).run()
    // Earlier failed sign-ins of this account no longer lock out the person who just proved who they are.
    tx.delete(loginAttempts).where(and(eq(loginAttempts.email, holder.email), eq(loginAttempts.success, false))).run()
    recordAudit({ at: now, userId: used.userId, action: 'user.password-set', entityType: 'user', entityId: used.userId, details: { kind }, ip }, tx)
    return { ok: true, kind }
  })
}

export type OwnPasswordResult = { ok: true } | { ok: false; field: 'current' | 'password' | 'confirm' | 'form'; error: string }

/** The French refusal while sign-in (or a password check) is throttled. */
export function lockoutMessage(remainingMs: number): string {
  const minutes = Math.max(1, Math.ceil(remainingMs / 60_000))
  return `Trop de tentatives ont échoué. Par sécurité, réessayez dans ${minutes} minute${minutes > 1 ? 's' : ''}.`
}

/**
 * A signed-in member changes their own password. The current one is required (a session left
 * open on a shared computer must not be enough to take the account), a wrong one counts as a
 * failed sign-in for the throttle, and the change ends every other session.
 */
export async function changeOwnPassword(
  userId: number,
  input: { current: string; password: string; confirm: string },
  ip: string,
): Promise<OwnPasswordResult> {
  const account = db().select({ email: users.email, name: users.name, passwordHash: users.passwordHash, disabledAt: users.disabledAt }).from(users).where(eq(users.id, userId)).get()
  if (!account || account.disabledAt) return { ok: false, field: 'form', error: 'Ce compte n’est plus actif.' }
  const wait = lockoutRemainingMs(account.email, ip)
  if (wait > 0) return { ok: false, field: 'form', error: lockoutMessage(wait) }
  if (!(await verifyPassword(account.passwordHash, input.current))) {
    recordAttempt(account.email, ip, false)
    return { ok: false, field: 'current', error: 'Le mot de passe actuel est incorrect.' }
  }
  const problem = passwordProblem(input.password, { email: account.email, name: account.name })
  if (problem) return { ok: false, field: 'password', error: problem }
  if (input.password.normalize('NFC') === input.current.normalize('NFC')) return { ok: false, field: 'password', error: 'Le nouveau mot de passe doit être différent de l’actuel.' }
  if (input.password !== input.confirm) return { ok: false, field: 'confirm', error: 'Les deux mots de passe ne sont pas identiques.' }
  const passwordHash = await hashPassword(input.password)
  db().transaction((tx) => {
    const now = new Date()
    tx.update(users).set({ passwordHash, updatedAt: now, sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, userId)).run()
    // A reset link sent earlier would undo the change: it dies.
    tx.update(userTokens).set({ expiresAt: now }).where(and(eq(userTokens.userId, userId), isNull(userTokens.usedAt), gt(userTokens.expiresAt, now))).run()
    recordAudit({ at: now, userId, action: 'user.password-change', entityType: 'user', entityId: userId, ip }, tx)
  })
  return { ok: true }
}

export type CredentialCheck = { status: 'ok'; id: number; sessionVersion: number } | { status: 'invalid' } | { status: 'locked'; remainingMs: number }

/**
 * The sign-in check. An unknown address, a wrong password and a disabled account give the same
 * answer after the same work: the password is verified against a decoy hash when there is no
 * account, so neither the answer nor its time tells whether an e-mail belongs to the newsroom.
 */
export async function checkCredentials(email: string, password: string, ip: string): Promise<CredentialCheck> {
  const remainingMs = lockoutRemainingMs(email, ip)
  if (remainingMs > 0) return { status: 'locked', remainingMs }
  const account = findCredentials(email)
  const ok = await verifyPassword(account?.passwordHash ?? (await decoyHash()), password)
  const valid = ok && !!account && !account.disabledAt
  recordAttempt(email, ip, valid)
  if (!valid || !account) return { status: 'invalid' }
  recordSignIn(account.id, ip)
  return { status: 'ok', id: account.id, sessionVersion: account.sessionVersion }
}
