import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { countStaff } from '@/db/queries/users'
import '@/components/admin/staff.css'
import { SetupForm } from './setup-form'

export const metadata: Metadata = { title: 'Premier compte administrateur', robots: { index: false, follow: false } }

// Shown only while no staff account exists (as Ghost does on first run); then it is gone.
export default function SetupPage() {
  if (countStaff() > 0) notFound()
  return (
    <main className="staff-card" id="contenu">
      <p className="staff-brand">Kibaru · Installation</p>
      <h1>Créer le premier compte administrateur</h1>
      <p>Ce compte pourra ensuite inviter les journalistes et les éditeurs de la rédaction.</p>
      <SetupForm />
    </main>
  )
}
