import type { Metadata } from 'next'
import { listArticlesForAdmin } from '@/db/queries/newsroom'
import { requireStaffPage } from '@/lib/auth'
import { formatDateTime, formatNumber } from '@/lib/dates'
import { STATUS_LABELS } from '@/lib/article-status'

export const metadata: Metadata = { title: 'Articles' }

export default async function ArticlesPage({ searchParams }: { searchParams: Promise<{ statut?: string; page?: string }> }) {
  await requireStaffPage('journalist', '/admin/articles')
  const { statut, page } = await searchParams
  const list = listArticlesForAdmin(statut ?? null, Number(page) || 1)
  return (
    <>
      <div className="admin-heading">
        <h1>Articles</h1>
        <a className="button" href="/admin/articles/new">
          Nouvel article
        </a>
      </div>
      <nav className="status-filter" aria-label="Filtrer par statut">
        <a href="/admin/articles" aria-current={!statut ? 'page' : undefined}>
          Tous
        </a>
        {Object.entries(STATUS_LABELS).map(([key, label]) => (
          <a key={key} href={`/admin/articles?statut=${key}`} aria-current={statut === key ? 'page' : undefined}>
            {label}
          </a>
        ))}
      </nav>
      <p className="field-help">
        {formatNumber(list.total)} article{list.total > 1 ? 's' : ''}
      </p>
      <table className="admin-table">
        <thead>
          <tr>
            <th scope="col">Titre</th>
            <th scope="col">Statut</th>
            <th scope="col">Modifié le</th>
          </tr>
        </thead>
        <tbody>
          {list.items.map((a) => (
            <tr key={a.id}>
              <td>
                <a href={`/admin/articles/${a.id}`}>{a.title || 'Sans titre'}</a>
              </td>
              <td>
                <span className={`status-badge status-${a.status}`}>{STATUS_LABELS[a.status]}</span>
              </td>
              <td>{formatDateTime(new Date(a.updatedAt))}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {list.totalPages > 1 && (
        <nav className="pagination" aria-label="Pagination">
          {list.page > 1 ? <a href={`/admin/articles?${new URLSearchParams({ ...(statut && { statut }), page: String(list.page - 1) })}`}>← Page précédente</a> : <span />}
          <span className="pagination-status">
            Page {list.page} sur {list.totalPages}
          </span>
          {list.page < list.totalPages ? <a href={`/admin/articles?${new URLSearchParams({ ...(statut && { statut }), page: String(list.page + 1) })}`}>Page suivante →</a> : <span />}
        </nav>
      )}
    </>
  )
}
