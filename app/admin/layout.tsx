import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import { redirect } from 'next/navigation'
import { countStaff } from '@/db/queries/users'
import { requireStaffPage } from '@/lib/auth'
import { ROLE_LABELS } from '@/lib/permissions'
import '@/components/admin/staff.css'
import { signOutAction } from './actions'

export const metadata: Metadata = { title: { default: 'Rédaction', template: '%s – Rédaction Kibaru' }, robots: { index: false, follow: false } }

// Every admin page requires a staff session checked against the database; actions check again.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  if (countStaff() === 0) redirect('/installation')
  const staff = await requireStaffPage()
  return (
    <>
      <a className="skip-link" href="#contenu">
        Aller au contenu
      </a>
      <header className="admin-bar">
        <div className="wrap">
          <a className="admin-brand" href="/admin">
            Kibaru · Rédaction
          </a>
          <nav className="admin-nav" aria-label="Rédaction">
            <ul>
              <li>
                <a href="/admin">Tableau de bord</a>
              </li>
              <li>
                <a href="/admin/articles">Articles</a>
              </li>
              <li>
                <a href="/admin/articles/new">Nouvel article</a>
              </li>
              <li>
                <a href="/">Voir le site</a>
              </li>
            </ul>
          </nav>
          <div className="admin-user">
            <span>
              {staff.name} · {ROLE_LABELS[staff.role]}
            </span>
            <form action={signOutAction}>
              <button type="submit">Se déconnecter</button>
            </form>
          </div>
        </div>
      </header>
      <main id="contenu" className="wrap admin-main" tabIndex={-1}>
        {children}
      </main>
    </>
  )
}
