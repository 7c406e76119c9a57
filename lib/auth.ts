// Staff sign-in with Auth.js (next-auth v5): e-mail and password, JWT session cookie. The token
// carries only the account id and its session version; the role and the "disabled" state are read
// from the database at every request (requireStaff), so a demoted or disabled user loses their
// rights at once, and signing out (which bumps the version) makes old cookies useless.
import 'server-only'
import NextAuth, { CredentialsSignin } from 'next-auth'
import Credentials from 'next-auth/providers/credentials'
import { redirect } from 'next/navigation'
import { headers } from 'next/headers'
import { z } from 'zod'
import type { Role } from '@/db/schema'
import { checkCredentials, findActiveStaff, type StaffUser } from '@/db/queries/users'
import { authSecret } from './auth-secret'
import { clientAddress } from './client-address'
import { hasRole } from './permissions'
import { SESSION_ABSOLUTE_MS, sessionExpired } from './session-limits'

/** Refused because of too many failures: the message says so, even for the right password. */
export class LockedOut extends CredentialsSignin {
  code = 'locked'
}

const credentialsSchema = z.object({
  email: z.string().trim().min(3).max(254),
  password: z.string().min(1).max(1024),
})

export { clientAddress }

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: authSecret(),
  trustHost: true,
  session: { strategy: 'jwt', maxAge: SESSION_ABSOLUTE_MS / 1000 },
  pages: { signIn: '/connexion', error: '/connexion' },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw)
        if (!parsed.success) return null
        const { email, password } = parsed.data
        const result = await checkCredentials(email, password, clientAddress(request.headers))
        if (result.status === 'locked') throw new LockedOut()
        if (result.status === 'invalid') return null
        return { id: String(result.id), sessionVersion: result.sessionVersion }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id)
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0
        token.at = Date.now()
      }
      return token
    },
    session({ session, token }) {
      return { ...session, uid: token.uid, sv: token.sv, at: token.at } as typeof session
    },
  },
  logger: {
    // A wrong password is an expected event, not an error with a stack trace; never log secrets.
    error(error) {
      if (error.name === 'CredentialsSignin' || (error as { type?: string }).type === 'CredentialsSignin') return
      console.error(`[auth] ${error.name}: ${error.message}`)
    },
    warn() {},
  },
}))

/** The signed-in staff member, checked against the database, or null. */
export async function currentStaff(): Promise<StaffUser | null> {
  const session = (await auth()) as { uid?: number; sv?: number; at?: number } | null
  if (!session?.uid || sessionExpired(session.at)) return null
  const staff = findActiveStaff(session.uid)
  if (!staff || staff.sessionVersion !== session.sv) return null
  return staff
}

/** For pages: the staff member with at least this role, or a redirect to sign in. */
export async function requireStaffPage(atLeast: Role = 'journalist', from = '/admin'): Promise<StaffUser> {
  const staff = await currentStaff()
  if (!staff) redirect(`/connexion?retour=${encodeURIComponent(from)}`)
  if (!hasRole(staff.role, atLeast)) redirect('/admin?refus=1')
  return staff
}

export class Forbidden extends Error {
  constructor(readonly reason: 'anonymous' | 'role') {
    super(reason === 'anonymous' ? 'Vous devez être connecté.' : 'Vous n’avez pas les droits pour cette action.')
  }
}

/** For server actions and route handlers: throws Forbidden, never redirects. */
export async function requireStaff(atLeast: Role = 'journalist'): Promise<StaffUser> {
  const staff = await currentStaff()
  if (!staff) throw new Forbidden('anonymous')
  if (!hasRole(staff.role, atLeast)) throw new Forbidden('role')
  return staff
}

export async function requestAddress(): Promise<string> {
  return clientAddress(await headers())
}
