import type { Metadata } from 'next'
import { listStaff, type StaffListItem } from '@/db/queries/users'
import { requireStaffPage } from '@/lib/auth'
import { formatDate, formatNumber, formatTime } from '@/lib/dates'
import { ROLE_LABELS } from '@/lib/permissions'
import { AccountControls } from './account-controls'
import { InviteForm } from './invite-form'
import './users.css'

export const metadata: Metadata = { title: 'Utilisateurs' }

/** "28 novembre 2026 à 15 h 49", the hour never split across two lines. */
const when = (date: Date) => `${formatDate(date)} à ${formatTime(date).replace(/ /g, '\u00a0')}`

function state(user: StaffListItem): { label: string; className: string } {
  if (user.disabled) return { label: 'Désactivé', className: 'account-disabled' }
  if (user.pending) return user.inviteExpiresAt ? { label: 'Invitation en attente', className: 'account-pending' } : { label: 'Invitation expirée', className: 'account-expired' }
  return { label: 'Actif', className: 'account-active' }
}

export default async function UsersPage() {
  const me = await requireStaffPage('admin', '/admin/utilisateurs')
  const staff = listStaff()
  const active = staff.filter((u) => !u.disabled).length
  return (
    <>
      <h1>Utilisateurs</h1>
      <p className="users-intro">
        Chaque membre de la rédaction a son compte et sa page d’auteur. Invitez une personne : vous obtenez un lien à usage unique, valable 7 jours,
        qu’elle ouvre pour choisir son mot de passe. Un lien de réinitialisation, valable 24 heures, remplace un mot de passe oublié.
      </p>

      <div className="users-layout">
        <section className="users-panel" aria-labelledby="invite-title">
          <h2 id="invite-title">Inviter une personne</h2>
          <InviteForm />
        </section>

        <section aria-labelledby="staff-title" className="users-staff">
          <h2 id="staff-title">
            La rédaction{' '}
            <span className="users-count">
              {formatNumber(active)} compte{active > 1 ? 's' : ''} actif{active > 1 ? 's' : ''} sur {formatNumber(staff.length)}
            </span>
          </h2>
          <ul className="user-list">
            {staff.map((user) => {
              const s = state(user)
              return (
                <li key={user.id} className={`user-card ${user.disabled ? 'is-disabled' : ''}`} aria-labelledby={`user-${user.id}-name`}>
                  <div className="user-info">
                    <div className="user-head">
                      <h3 id={`user-${user.id}-name`}>
                        {user.name}
                        {user.id === me.id && <span className="user-me"> (vous)</span>}
                      </h3>
                      <span className="status-badge user-role">{ROLE_LABELS[user.role]}</span>
                      <span className={`status-badge ${s.className}`}>{s.label}</span>
                    </div>
                    <p className="user-email">{user.email}</p>
                    <dl className="user-facts">
                      <div>
                        <dt>Dernière connexion</dt>
                        <dd>{user.lastLoginAt ? when(user.lastLoginAt) : 'Jamais'}</dd>
                      </div>
                      <div>
                        <dt>Compte créé le</dt>
                        <dd>{formatDate(user.createdAt)}</dd>
                      </div>
                      {user.pending && user.inviteExpiresAt && (
                        <div>
                          <dt>Invitation valable jusqu’au</dt>
                          <dd>{when(user.inviteExpiresAt)}</dd>
                        </div>
                      )}
                      {user.authorSlug && (
                        <div>
                          <dt>Page d’auteur</dt>
                          <dd>
                            <a href={`/auteurs/${user.authorSlug}`}>/auteurs/{user.authorSlug}</a>
                          </dd>
                        </div>
                      )}
                    </dl>
                  </div>
                  <AccountControls userId={user.id} name={user.name} role={user.role} disabled={user.disabled} pending={user.pending} />
                </li>
              )
            })}
          </ul>
        </section>
      </div>
    </>
  )
}
