import type { Metadata } from 'next'
import { readDashboard, type DashboardItem } from '@/db/queries/newsroom'
import { requireStaffPage } from '@/lib/auth'
import { formatDateTime, formatNumber } from '@/lib/dates'
import { can } from '@/lib/permissions'

export const metadata: Metadata = { title: 'Tableau de bord' }

function Panel({ title, items, empty, views = false, late = false }: { title: string; items: DashboardItem[]; empty: string; views?: boolean; late?: boolean }) {
  return (
    <section className="dashboard-panel" aria-label={title}>
      <h2>{title}</h2>
      {items.length === 0 ? (
        <p className="field-help">{empty}</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={item.id}>
              <a href={`/admin/articles/${item.id}`}>{item.title || 'Sans titre'}</a>
              <span>
                {late && <span className="late">Publication en retard · </span>}
                {item.at ? formatDateTime(new Date(item.at)) : ''}
                {views && ` · ${formatNumber(item.views7d)} lecture${item.views7d > 1 ? 's' : ''} en 7 jours`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

export default async function DashboardPage({ searchParams }: { searchParams: Promise<{ refus?: string }> }) {
  const staff = await requireStaffPage()
  const { refus } = await searchParams
  const board = readDashboard(staff.id, can(staff.role, 'article:publish'))
  return (
    <>
      <h1>Bonjour, {staff.name}</h1>
      {refus && <p className="notice">Cette page est réservée à un autre rôle que le vôtre.</p>}
      <p className="notice">
        La rédaction s’enrichit par étapes : l’écriture, la relecture et la publication des articles sont prêtes ; la médiathèque, les images dans
        les articles, la programmation, l’historique des versions et la gestion des comptes arrivent ensuite.
      </p>
      <div className="dashboard-grid">
        {board.late.length > 0 && <Panel title="Publication en retard" items={board.late} empty="" late />}
        <Panel title="Mes brouillons" items={board.drafts} empty="Aucun brouillon en cours." />
        {can(staff.role, 'article:publish') && <Panel title="En attente de relecture" items={board.review} empty="Aucun article à relire." />}
        <Panel title="Programmés" items={board.scheduled} empty="Aucun article programmé." />
        <Panel title="Publiés récemment" items={board.published} empty="Aucun article publié." views />
      </div>
    </>
  )
}
