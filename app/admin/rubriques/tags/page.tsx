import type { Metadata } from 'next'
import { ConfirmDelete } from '@/components/admin/confirm-delete'
import { listTagsForAdmin, type TagSort } from '@/db/queries/taxonomy'
import { requireStaffPage } from '@/lib/auth'
import { formatNumber } from '@/lib/dates'
import { deleteUnusedTagsAction } from '../actions'
import '@/components/admin/taxonomy-settings.css'

export const metadata: Metadata = { title: 'Tags' }

type Query = { q?: string; page?: string; tri?: string; inutilises?: string; ok?: string }

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}

export default async function TagsPage({ searchParams }: { searchParams: Promise<Query> }) {
  await requireStaffPage('editor', '/admin/rubriques/tags')
  const raw = await searchParams
  const q = (first(raw.q) ?? '').slice(0, 80)
  const sort: TagSort = first(raw.tri) === 'articles' ? 'count' : 'name'
  const unusedOnly = first(raw.inutilises) === '1'
  const list = listTagsForAdmin({ q, page: Number(first(raw.page)) || 1, sort, unusedOnly })
  const unused = listTagsForAdmin({ unusedOnly: true, page: 1 }).total
  const href = (page: number) =>
    `/admin/rubriques/tags?${new URLSearchParams({ ...(q && { q }), ...(sort === 'count' && { tri: 'articles' }), ...(unusedOnly && { inutilises: '1' }), ...(page > 1 && { page: String(page) }) })}`
  return (
    <>
      <p className="tx-breadcrumb">
        <a href="/admin/rubriques">Rubriques</a> ›
      </p>
      <div className="admin-heading">
        <h1>Tags</h1>
      </div>
      {first(raw.ok) === 'supprime' && (
        <p className="tx-form-ok" role="status">
          Le tag est supprimé.
        </p>
      )}
      {first(raw.ok) === 'inutilises' && (
        <p className="tx-form-ok" role="status">
          Les tags inutilisés sont supprimés.
        </p>
      )}
      <p className="field-help">
        Les tags se créent depuis l’éditeur d’article. Ici, on les renomme, on fusionne les doublons et on supprime ceux qui ne servent plus.
      </p>
      <form className="tx-tag-search" role="search" action="/admin/rubriques/tags" aria-label="Filtrer les tags">
        <div className="field">
          <label htmlFor="tag-q">Rechercher un tag</label>
          <input id="tag-q" type="search" name="q" defaultValue={q} maxLength={80} placeholder="Nom ou adresse, avec ou sans accents" />
        </div>
        <div className="field">
          <label htmlFor="tag-sort">Trier par</label>
          <select id="tag-sort" name="tri" defaultValue={sort === 'count' ? 'articles' : 'nom'}>
            <option value="nom">Nom</option>
            <option value="articles">Nombre d’articles</option>
          </select>
        </div>
        <label className="check">
          <input type="checkbox" name="inutilises" value="1" defaultChecked={unusedOnly} /> Inutilisés seulement
        </label>
        <button type="submit">Rechercher</button>
      </form>
      <p className="field-help" role="status">
        {formatNumber(list.total)} tag{list.total > 1 ? 's' : ''}
        {q ? ` pour « ${q} »` : ''}
        {unusedOnly ? ', inutilisés' : ''}
        {list.totalPages > 1 ? ` · page ${formatNumber(list.page)} sur ${formatNumber(list.totalPages)}` : ''}
      </p>
      {list.items.length > 0 ? (
        <table className="admin-table tx-taxonomy-table">
          <thead>
            <tr>
              <th scope="col">Tag</th>
              <th scope="col" className="tx-num">
                Articles publiés
              </th>
              <th scope="col" className="tx-num">
                En tout
              </th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((t) => (
              <tr key={t.id}>
                <td>
                  <a className="tx-row-title" href={`/admin/rubriques/tags/${t.id}`}>
                    {t.name}
                  </a>
                  <span className="tx-row-meta">/tags/{t.slug}</span>
                </td>
                <td className="tx-num">{formatNumber(t.published)}</td>
                <td className="tx-num">{t.total === 0 ? <span className="status-badge">Inutilisé</span> : formatNumber(t.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="empty">Aucun tag ne correspond.</p>
      )}
      {unused > 0 && (
        <section className="tx-panel tx-panel-danger tx-unused" aria-labelledby="unused-title">
          <h2 id="unused-title">Tags inutilisés</h2>
          <p className="field-help">
            {formatNumber(unused)} tag{unused > 1 ? 's ne servent' : ' ne sert'} à aucun article, brouillons compris.{' '}
            <a href="/admin/rubriques/tags?inutilises=1">{unused > 1 ? 'Les voir' : 'Le voir'}</a>.
          </p>
          <ConfirmDelete
            id={0}
            label={unused > 1 ? `Supprimer les ${formatNumber(unused)} tags inutilisés` : 'Supprimer le tag inutilisé'}
            question={`${formatNumber(unused)} tag${unused > 1 ? 's' : ''} sans article ser${unused > 1 ? 'ont supprimés' : 'a supprimé'}. Cette action est définitive.`}
            action={deleteUnusedTagsAction}
            then="/admin/rubriques/tags?ok=inutilises"
          />
        </section>
      )}
      {list.totalPages > 1 && (
        <nav className="pagination" aria-label="Pagination des tags">
          {list.page > 1 ? <a href={href(list.page - 1)}>← Page précédente</a> : <span />}
          <span className="pagination-status">
            Page {formatNumber(list.page)} sur {formatNumber(list.totalPages)}
          </span>
          {list.page < list.totalPages ? <a href={href(list.page + 1)}>Page suivante →</a> : <span />}
        </nav>
      )}
    </>
  )
}
