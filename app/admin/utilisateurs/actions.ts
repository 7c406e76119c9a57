'use server'

import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import { ROLES } from '@/db/schema'
import { changeStaffRole, createAccessLink, inviteStaff, setStaffDisabled, type StaffUser } from '@/db/queries/users'
import { Forbidden, requestAddress, requireStaff } from '@/lib/auth'
import { absoluteUrl } from '@/lib/site-url'
import { tokenPath, type TokenKind } from '@/lib/tokens'
import { failureMessage } from '@/lib/db-errors'

// Each action is a public endpoint: it checks the session and the administrator role itself,
// validates its input on the server, and returns French messages (never rows, never hashes).

export interface InviteState {
  status: 'idle' | 'invalid' | 'done'
  errors: Partial<Record<'name' | 'email' | 'role' | 'form', string>>
  values: { name: string; email: string; role: string }
  link?: { url: string; kind: TokenKind; name: string; expiresAt: string }
}

export interface AccountState {
  ok: boolean | null
  message: string
  link?: { url: string; kind: TokenKind; name: string; expiresAt: string }
}

const SERVER_ERROR = 'L’opération a échoué à cause d’une erreur du serveur. Réessayez dans un instant.'

const inviteSchema = z.object({
  name: z.string().trim().min(2, 'Indiquez le nom de la personne.').max(120, 'Ce nom est trop long (120 caractères au plus).'),
  email: z.string().trim().min(1, 'Indiquez son adresse e-mail.').max(254, 'Cette adresse est trop longue.').email('Cette adresse e-mail n’est pas valide.'),
  role: z.enum(ROLES, 'Choisissez un rôle.'),
})

const accountId = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER)

async function asAdmin<S>(refused: (message: string) => S, run: (admin: StaffUser, ip: string) => S | Promise<S>): Promise<S> {
  try {
    const admin = await requireStaff('admin')
    return await run(admin, await requestAddress())
  } catch (error) {
    if (error instanceof Forbidden) return refused(error.message)
    return refused(failureMessage('utilisateurs', error, SERVER_ERROR))
  }
}

const shownLink = (kind: TokenKind, token: string, name: string, expiresAt: Date) => ({
  url: absoluteUrl(tokenPath(kind, token)),
  kind,
  name,
  expiresAt: expiresAt.toISOString(),
})

export async function inviteAction(_: InviteState, form: FormData): Promise<InviteState> {
  const values = {
    name: String(form.get('name') ?? '').slice(0, 120),
    email: String(form.get('email') ?? '').slice(0, 254),
    role: String(form.get('role') ?? '').slice(0, 20),
  }
  const refused = (message: string): InviteState => ({ status: 'invalid', errors: { form: message }, values })
  return asAdmin(refused, (admin, ip) => {
    const input = inviteSchema.safeParse(values)
    if (!input.success) {
      const errors: InviteState['errors'] = {}
      for (const issue of input.error.issues) errors[issue.path[0] as 'name' | 'email' | 'role'] ??= issue.message
      return { status: 'invalid', errors, values }
    }
    const result = inviteStaff(admin, input.data, ip)
    if (!result.ok) return { status: 'invalid', errors: { [result.field ?? 'form']: result.error }, values }
    revalidatePath('/admin/utilisateurs')
    return {
      status: 'done',
      errors: {},
      values: { name: '', email: '', role: input.data.role },
      link: shownLink('invite', result.token, input.data.name, result.expiresAt),
    }
  })
}

const refusedAccount = (message: string): AccountState => ({ ok: false, message })

const accountSchema = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('role'), userId: accountId, role: z.enum(ROLES, 'Choisissez un rôle.') }),
  z.object({ intent: z.literal('disable'), userId: accountId }),
  z.object({ intent: z.literal('enable'), userId: accountId }),
  z.object({ intent: z.literal('link'), userId: accountId }),
])

/** One endpoint for the controls of an account: change its role, disable or enable it, make a link. */
export async function accountAction(_: AccountState, form: FormData): Promise<AccountState> {
  return asAdmin(refusedAccount, (admin, ip): AccountState => {
    const input = accountSchema.safeParse(Object.fromEntries(form))
    if (!input.success) return refusedAccount(input.error.issues.find((i) => i.path[0] === 'role')?.message ?? 'Formulaire invalide.')
    const { intent, userId } = input.data
    if (intent === 'link') {
      const result = createAccessLink(admin, userId, ip)
      if (!result.ok) return refusedAccount(result.error)
      revalidatePath('/admin/utilisateurs')
      return {
        ok: true,
        message: result.kind === 'reset' ? `Lien de réinitialisation créé pour ${result.name}.` : `Nouveau lien d’invitation créé pour ${result.name}.`,
        link: shownLink(result.kind, result.token, result.name, result.expiresAt),
      }
    }
    const result = intent === 'role' ? changeStaffRole(admin, userId, input.data.role, ip) : setStaffDisabled(admin, userId, intent === 'disable', ip)
    if (!result.ok) return refusedAccount(result.error)
    revalidatePath('/admin/utilisateurs')
    return { ok: true, message: result.message }
  })
}
