// How long a staff session lasts. The cookie's own lifetime is refreshed only where a response can
// set cookies, so the rule that always holds is checked on every request against the moment of
// sign-in carried in the signed token: after SESSION_ABSOLUTE_MS, sign in again, however active.

/** A working day: a session opened in the morning ends at night, whatever happens. */
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000

/** True when a session signed in at `signedInAt` (ms) may no longer be used at `now`. */
export function sessionExpired(signedInAt: unknown, now = Date.now()): boolean {
  if (typeof signedInAt !== 'number' || !Number.isFinite(signedInAt)) return true
  // A sign-in time in the future is a forged or broken token.
  if (signedInAt > now + 60_000) return true
  return now - signedInAt >= SESSION_ABSOLUTE_MS
}
