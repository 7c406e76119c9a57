// One-time links (invitations and password resets). The link carries 32 random bytes; the database
// keeps only their SHA-256, so a stolen copy of the database opens no account. 256 bits cannot be
// guessed, which is why the link page needs no throttling of its own.
import { createHash, randomBytes } from 'node:crypto'

export type TokenKind = 'invite' | 'reset'

/** How long a link stays valid: an invitation a week, a password reset a day. */
export const TOKEN_LIFETIME_MS: Record<TokenKind, number> = {
  invite: 7 * 24 * 60 * 60_000,
  reset: 24 * 60 * 60_000,
}

/** Where each kind of link leads (public pages, outside /admin). */
export const TOKEN_PATHS: Record<TokenKind, string> = {
  invite: '/invitation',
  reset: '/reinitialisation',
}

// 32 bytes in base64url without padding: exactly 43 characters of [A-Za-z0-9_-].
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/

export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url')
  return { token, hash: hashToken(token) }
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex')
}

/** Anything else is refused before touching the database (and answered like an unknown link). */
export function isWellFormedToken(value: unknown): value is string {
  return typeof value === 'string' && TOKEN_SHAPE.test(value)
}

export function tokenExpiry(kind: TokenKind, now: Date): Date {
  return new Date(now.getTime() + TOKEN_LIFETIME_MS[kind])
}

/** The path of the public page that consumes this link, e.g. "/invitation/Ab3…". */
export function tokenPath(kind: TokenKind, token: string): string {
  return `${TOKEN_PATHS[kind]}/${token}`
}
