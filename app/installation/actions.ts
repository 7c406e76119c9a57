'use server'

import { AuthError } from 'next-auth'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { createFirstAdmin } from '@/db/queries/users'
import { signIn } from '@/lib/auth'
import { passwordProblem } from '@/lib/password'

export interface SetupState {
  errors: Partial<Record<'name' | 'email' | 'password' | 'confirm' | 'form', string>>
  values: { name: string; email: string }
}

const schema = z.object({
  name: z.string().trim().min(2, 'Indiquez votre nom.').max(120, 'Ce nom est trop long.'),
  email: z.string().trim().max(254).email('Cette adresse e-mail n’est pas valide.'),
  password: z.string().max(1024),
  confirm: z.string().max(1024),
})

/** The one-time creation of the first administrator; refused as soon as any account exists. */
export async function createFirstAdminAction(_: SetupState, form: FormData): Promise<SetupState> {
  const values = { name: String(form.get('name') ?? '').slice(0, 120), email: String(form.get('email') ?? '').slice(0, 254) }
  const input = schema.safeParse(Object.fromEntries(form))
  if (!input.success) {
    const errors: SetupState['errors'] = {}
    for (const issue of input.error.issues) errors[issue.path[0] as keyof SetupState['errors']] ??= issue.message
    return { errors, values }
  }
  const problem = passwordProblem(input.data.password, { email: input.data.email, name: input.data.name })
  if (problem) return { errors: { password: problem }, values }
  if (input.data.password !== input.data.confirm) return { errors: { confirm: 'Les deux mots de passe ne sont pas identiques.' }, values }
  const id = await createFirstAdmin(input.data)
  if (id === null) redirect('/connexion')
  try {
    await signIn('credentials', { email: input.data.email, password: input.data.password, redirectTo: '/admin' })
  } catch (error) {
    if (error instanceof AuthError) return { errors: { form: 'Le compte est créé, mais la connexion a échoué : connectez-vous.' }, values }
    throw error
  }
  return { errors: {}, values }
}
