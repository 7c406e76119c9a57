import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { countStaff } from '@/db/queries/users'
import { currentStaff } from '@/lib/auth'
import '@/components/admin/staff.css'
import { SignInForm } from './sign-in-form'

export const metadata: Metadata = { title: 'Connexion à la rédaction', robots: { index: false, follow: false } }

// After a one-time link (app/(compte)): the person arrives here with their new password.
const ACCOUNT_NOTICES: Record<string, string> = {
  active: 'Votre compte est activé. Connectez-vous avec votre adresse e-mail et le mot de passe que vous venez de choisir.',
  'mot-de-passe': 'Votre nouveau mot de passe est enregistré. Connectez-vous avec lui.',
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ retour?: string | string[]; compte?: string | string[] }> }) {
  if (countStaff() === 0) redirect('/installation')
  if (await currentStaff()) redirect('/admin')
  const { retour, compte } = await searchParams
  const notice = typeof compte === 'string' && Object.hasOwn(ACCOUNT_NOTICES, compte) ? ACCOUNT_NOTICES[compte] : undefined
  return (
    <main className="staff-card" id="contenu">
      <p className="staff-brand">Kibaru · Rédaction</p>
      <h1>Connexion</h1>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <SignInForm retour={typeof retour === 'string' ? retour : '/admin'} />
    </main>
  )
}
