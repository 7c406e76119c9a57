'use server'

import { AuthError } from 'next-auth'
import { z } from 'zod'
import { changeOwnPassword } from '@/db/queries/users'
import { Forbidden, requestAddress, requireStaff, signIn } from '@/lib/auth'

export interface OwnPasswordState {
  errors: Partial<Record<'current' | 'password' | 'confirm' | 'form', string>>
}

const TOO_LONG = 'Ce mot de passe est trop long.'
const schema = z.object({
  current: z.string().min(1, 'Saisissez votre mot de passe actuel.').max(1024, TOO_LONG),
  password: z.string().max(1024, TOO_LONG),
  confirm: z.string().max(1024, TOO_LONG),
})

/**
 * Any signed-in member changes their own password, and only theirs: the account is the session's,
 * never a field of the form. The change ends every session, this one included, so the member is
 * signed in again at once with the new password.
 */
export async function changeOwnPasswordAction(_: OwnPasswordState, form: FormData): Promise<OwnPasswordState> {
  let email: string
  let password: string
  try {
    const staff = await requireStaff()
    const input = schema.safeParse({ current: form.get('current') ?? '', password: form.get('password') ?? '', confirm: form.get('confirm') ?? '' })
    if (!input.success) {
      const issue = input.error.issues[0]
      return { errors: { [String(issue?.path[0] ?? 'form')]: issue?.message ?? 'Formulaire invalide.' } }
    }
    const result = await changeOwnPassword(staff.id, input.data, await requestAddress())
    if (!result.ok) return { errors: { [result.field]: result.error } }
    email = staff.email
    password = input.data.password
  } catch (error) {
    if (error instanceof Forbidden) return { errors: { form: error.message } }
    console.error('[mot de passe]', error)
    return { errors: { form: 'L’enregistrement a échoué à cause d’une erreur du serveur. Réessayez dans un instant.' } }
  }
  try {
    await signIn('credentials', { email, password, redirectTo: '/admin/compte?modifie=1' })
  } catch (error) {
    // The redirect after signing in is thrown too: let it through.
    if (!(error instanceof AuthError)) throw error
    return { errors: { form: 'Votre mot de passe est changé. Reconnectez-vous avec le nouveau.' } }
  }
  return { errors: {} }
}
