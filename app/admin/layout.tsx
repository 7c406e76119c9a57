import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import { redirect } from 'next/navigation'
import { countStaff } from '@/db/queries/users'
import { requireStaffPage } from '@/lib/auth'
import { can, ROLE_LABELS, type Permission } from '@/lib/permissions'
import '@/components/admin/staff.css'
import { signOutAction } from './actions'

export const metadata: Metadata = { title: { default: 'Rédaction', template: '%s – Rédaction Kibaru' }, robots: { index: false, follow: false } }

// What each role finds in the bar; every page and action checks the role again on its own.
const SECTIONS: { href: string; label: string; permission: Permission }[] = [
  { href: '/admin', label: 'Tableau de bord', permission: 'article:write-own' },
  { href: '/admin/articles', label: 'Articles', permission: 'article:write-own' },
  { href: '/admin/articles/new', label: 'Nouvel article', permission: 'article:write-own' },
  { href: '/admin/medias', label: 'Médias', permission: 'article:write-own' },
  { href: '/admin/rubriques', label: 'Rubriques et tags', permission: 'taxonomy:manage' },
  { href: '/admin/utilisateurs', label: 'Utilisateurs', permission: 'users:manage' },
  { href: '/admin/reglages', label: 'Réglages', permission: 'settings:manage' },
  { href: '/admin/journal', label: 'Journal', permission: 'users:manage' },
]

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
              {SECTIONS.filter((s) => can(staff.role, s.permission)).map((s) => (
                <li key={s.href}>
                  <a href={s.href}>{s.label}</a>
                </li>
              ))}
              <li>
                <a href="/">Voir le site</a>
              </li>
            </ul>
          </nav>
          <div className="admin-user">
            <a href="/admin/compte" title="Mon compte : changer de mot de passe">
              {staff.name} · {ROLE_LABELS[staff.role]}
            </a>
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
