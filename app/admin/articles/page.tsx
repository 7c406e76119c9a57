import type { Metadata } from 'next'
import { listArticlesForAdmin, readEditorChoices } from '@/db/queries/newsroom'
import { requireStaffPage } from '@/lib/auth'
import { formatDateTime, formatNumber } from '@/lib/dates'
import { STATUS_LABELS } from '@/lib/article-status'
import '@/components/admin/editor.css'

export const metadata: Metadata = { title: 'Articles' }

type Search = { statut?: string; rubrique?: string; auteur?: string; q?: string; page?: string }

const positive = (v: string | undefined) => (v && /^\d{1,9}$/.test(v) ? Number(v) : null)

export default async function ArticlesPage({ searchParams }: { searchParams: Promise<Search> }) {
  await requireStaffPage('journalist', '/admin/articles')
  const search = await searchParams
  const statut = search.statut && search.statut in STATUS_LABELS ? search.statut : ''
  const filters = { status: statut || null, categoryId: positive(search.rubrique), authorId: positive(search.auteur), q: (search.q ?? '').slice(0, 100) }
  const list = listArticlesForAdmin(filters, Number(search.page) || 1)
  const choices = readEditorChoices()
  const query = (page: number) =>
    new URLSearchParams({
      ...(statut && { statut }),
      ...(filters.categoryId && { rubrique: String(filters.categoryId) }),
      ...(filters.authorId && { auteur: String(filters.authorId) }),
      ...(filters.q && { q: filters.q }),
      page: String(page),
    }).toString()
  return (
    <>
      <div className="admin-heading">
        <h1>Articles</h1>
        <a className="button" href="/admin/articles/new">
          Nouvel article
        </a>
      </div>
      <form className="article-filters" method="get" role="search" aria-label="Filtrer les articles">
        <div className="field">
          <label htmlFor="f-q">Titre</label>
          <input id="f-q" name="q" type="search" defaultValue={filters.q} />
        </div>
        <div className="field">
          <label htmlFor="f-statut">Statut</label>
          <select id="f-statut" name="statut" defaultValue={statut}>
            <option value="">Tous</option>
            {Object.entries(STATUS_LABELS).map(([key, label]) => (
              <option key={key} value={key}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-rubrique">Rubrique</label>
          <select id="f-rubrique" name="rubrique" defaultValue={filters.categoryId ? String(filters.categoryId) : ''}>
            <option value="">Toutes</option>
            {choices.categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-auteur">Auteur</label>
          <select id="f-auteur" name="auteur" defaultValue={filters.authorId ? String(filters.authorId) : ''}>
            <option value="">Tous</option>
            {choices.authors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">Filtrer</button>
      </form>
      <p className="field-help" aria-live="polite">
        {formatNumber(list.total)} article{list.total > 1 ? 's' : ''}
      </p>
      <table className="admin-table">
        <thead>
          <tr>
            <th scope="col">Titre</th>
            <th scope="col">Statut</th>
            <th scope="col">Rubrique</th>
            <th scope="col">Signé par</th>
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
              <td>{a.categoryName ?? '—'}</td>
              <td>{a.bylines || '—'}</td>
              <td>{formatDateTime(new Date(a.updatedAt))}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {list.totalPages > 1 && (
        <nav className="pagination" aria-label="Pagination">
          {list.page > 1 ? <a href={`/admin/articles?${query(list.page - 1)}`}>← Page précédente</a> : <span />}
          <span className="pagination-status">
            Page {list.page} sur {list.totalPages}
          </span>
          {list.page < list.totalPages ? <a href={`/admin/articles?${query(list.page + 1)}`}>Page suivante →</a> : <span />}
        </nav>
      )}
    </>
  )
}
