'use server'

import { AuthError, CredentialsSignin } from 'next-auth'
import { z } from 'zod'
import { lockoutMessage, lockoutRemainingMs } from '@/db/queries/users'
import { requestAddress, signIn } from '@/lib/auth'

export interface SignInState {
  error: string | null
  email: string
}

const schema = z.object({
  email: z.string().trim().min(1, 'Saisissez votre adresse e-mail.').max(254).email('Cette adresse e-mail n’est pas valide.'),
  password: z.string().min(1, 'Saisissez votre mot de passe.').max(1024),
  retour: z.string().optional(),
})

/** Only a path inside the newsroom: never an open redirect to another site. */
function safeReturn(value: string | undefined): string {
  return value && /^\/admin(\/[\w\-/]*)?$/.test(value) ? value : '/admin'
}

export async function signInAction(_: SignInState, form: FormData): Promise<SignInState> {
  const input = schema.safeParse(Object.fromEntries(form))
  const email = String(form.get('email') ?? '').slice(0, 254)
  if (!input.success) return { error: input.error.issues[0]?.message ?? 'Formulaire invalide.', email }
  try {
    await signIn('credentials', { email: input.data.email, password: input.data.password, redirectTo: safeReturn(input.data.retour) })
    return { error: null, email }
  } catch (error) {
    // Next's redirect after a successful sign-in is thrown too: let it through.
    if (!(error instanceof AuthError)) throw error
    if (error instanceof CredentialsSignin && error.code === 'locked') {
      return { error: lockoutMessage(lockoutRemainingMs(input.data.email, await requestAddress())), email }
    }
    return { error: 'Adresse e-mail ou mot de passe incorrect.', email }
  }
}
