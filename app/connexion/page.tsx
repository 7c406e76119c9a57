import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { countStaff } from '@/db/queries/users'
import { currentStaff } from '@/lib/auth'
import '@/components/admin/staff.css'
import { SignInForm } from './sign-in-form'

export const metadata: Metadata = { title: 'Connexion à la rédaction', robots: { index: false, follow: false } }

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ retour?: string | string[] }> }) {
  if (countStaff() === 0) redirect('/installation')
  if (await currentStaff()) redirect('/admin')
  const { retour } = await searchParams
  return (
    <main className="staff-card" id="contenu">
      <p className="staff-brand">Kibaru · Rédaction</p>
      <h1>Connexion</h1>
      <SignInForm retour={typeof retour === 'string' ? retour : '/admin'} />
    </main>
  )
}
