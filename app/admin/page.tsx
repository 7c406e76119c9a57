import type { Metadata } from 'next'
import { readDashboard, type DashboardItem } from '@/db/queries/newsroom'
import { requireStaffPage } from '@/lib/auth'
import { formatDateTime, formatNumber } from '@/lib/dates'
import { can } from '@/lib/permissions'
import { acknowledgeLateFormAction } from './articles/actions'
import '@/components/admin/editor.css'

export const metadata: Metadata = { title: 'Tableau de bord' }

const minutes = (ms: number) => {
  const m = Math.max(1, Math.round(ms / 60_000))
  return m < 120 ? `${m} min` : `${Math.round(m / 60)} h`
}

function Panel({ title, items, empty, views = false, late = false, canAcknowledge = false }: { title: string; items: DashboardItem[]; empty: string; views?: boolean; late?: boolean; canAcknowledge?: boolean }) {
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
                {late && item.status === 'scheduled' && <span className="late-note">Prévu le {item.at ? formatDateTime(new Date(item.at)) : '?'}, pas encore en ligne</span>}
                {late && item.status === 'published' && item.lateMs && (
                  <span className="late-note">
                    Mis en ligne avec {minutes(item.lateMs)} de retard{item.at ? `, le ${formatDateTime(new Date(item.at))}` : ''}
                  </span>
                )}
                {!late && (item.at ? formatDateTime(new Date(item.at)) : '')}
                {views && ` · ${formatNumber(item.views7d)} lecture${item.views7d > 1 ? 's' : ''} en 7 jours`}
              </span>
              {late && canAcknowledge && item.status === 'published' && (
                <form action={acknowledgeLateFormAction}>
                  <input type="hidden" name="id" value={item.id} />
                  <button type="submit" className="link-button">
                    C’est noté
                  </button>
                </form>
              )}
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
      <div className="dashboard-grid">
        {board.late.length > 0 && <Panel title="Publication en retard" items={board.late} empty="" late canAcknowledge={can(staff.role, 'article:publish')} />}
        <Panel title="Mes brouillons" items={board.drafts} empty="Aucun brouillon en cours." />
        {can(staff.role, 'article:publish') && <Panel title="En attente de relecture" items={board.review} empty="Aucun article à relire." />}
        <Panel title="Programmés" items={board.scheduled} empty="Aucun article programmé." />
        <Panel title="Publiés récemment" items={board.published} empty="Aucun article publié." views />
      </div>
    </>
  )
}
