'use server'

import { redirect } from 'next/navigation'
import { z } from 'zod'
import { setPasswordWithToken } from '@/db/queries/users'
import { requestAddress } from '@/lib/auth'

export interface PasswordState {
  errors: Partial<Record<'password' | 'confirm' | 'form', string>>
}

const schema = z.object({
  kind: z.enum(['invite', 'reset']),
  token: z.string().max(100),
  password: z.string().max(1024, 'Ce mot de passe est trop long.'),
  confirm: z.string().max(1024, 'Ce mot de passe est trop long.'),
})

/**
 * Sets the password through a one-time link: no session needed, the link is the proof. The
 * link, its expiry and its single use are checked again here, whatever the page showed.
 */
export async function setPasswordAction(_: PasswordState, form: FormData): Promise<PasswordState> {
  const input = schema.safeParse(Object.fromEntries(form))
  if (!input.success) return { errors: { form: input.error.issues[0]?.message ?? 'Formulaire invalide.' } }
  const { kind, token, password, confirm } = input.data
  let result
  try {
    result = await setPasswordWithToken(token, kind, password, confirm, await requestAddress())
  } catch (error) {
    console.error('[lien unique]', error)
    return { errors: { form: 'L’enregistrement a échoué à cause d’une erreur du serveur. Réessayez dans un instant.' } }
  }
  if (!result.ok) return { errors: { [result.field ?? 'form']: result.error } }
  redirect(`/connexion?compte=${kind === 'invite' ? 'active' : 'mot-de-passe'}`)
}
