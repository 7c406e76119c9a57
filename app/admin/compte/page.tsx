import type { Metadata } from 'next'
import { requireStaffPage } from '@/lib/auth'
import { ROLE_LABELS } from '@/lib/permissions'
import { PasswordChangeForm } from './password-change-form'

export const metadata: Metadata = { title: 'Mon compte' }

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ modifie?: string }> }) {
  const staff = await requireStaffPage('journalist', '/admin/compte')
  const { modifie } = await searchParams
  return (
    <>
      <h1>Mon compte</h1>
      <dl className="account-facts">
        <dt>Nom</dt>
        <dd>{staff.name}</dd>
        <dt>Adresse e-mail</dt>
        <dd>{staff.email}</dd>
        <dt>Rôle</dt>
        <dd>{ROLE_LABELS[staff.role]}</dd>
      </dl>
      <section className="account-section" aria-labelledby="password-title">
        <h2 id="password-title">Changer de mot de passe</h2>
        {modifie === '1' && (
          <p className="notice" role="status">
            Votre mot de passe est changé. Vos autres sessions (autre navigateur, autre téléphone) sont fermées.
          </p>
        )}
        <p>Votre mot de passe actuel est demandé : une session restée ouverte sur un ordinateur partagé ne suffit pas pour changer le vôtre.</p>
        <PasswordChangeForm email={staff.email} />
      </section>
    </>
  )
}
