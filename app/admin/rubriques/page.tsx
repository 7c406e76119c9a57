import type { Metadata } from 'next'
import { MoveButtons } from '@/components/admin/move-buttons'
import { getCategoryForAdmin, listCategoriesForAdmin } from '@/db/queries/taxonomy'
import { requireStaffPage } from '@/lib/auth'
import { formatNumber } from '@/lib/dates'
import { moveCategoryAction } from './actions'
import '@/components/admin/taxonomy-settings.css'

export const metadata: Metadata = { title: 'Rubriques' }

const count = (n: number, one: string, many: string) => `${formatNumber(n)} ${n > 1 ? many : one}`

export default async function CategoriesPage({ searchParams }: { searchParams: Promise<{ creee?: string; ok?: string }> }) {
  await requireStaffPage('editor', '/admin/rubriques')
  const { creee, ok } = await searchParams
  const categories = listCategoriesForAdmin()
  const created = creee && /^\d+$/.test(creee) ? getCategoryForAdmin(Number(creee)) : null
  return (
    <>
      <div className="admin-heading">
        <h1>Rubriques</h1>
        <div className="tx-heading-actions">
          <a className="button button-secondary" href="/admin/rubriques/tags">
            Gérer les tags
          </a>
          <a className="button" href="/admin/rubriques/nouvelle">
            Nouvelle rubrique
          </a>
        </div>
      </div>
      {created && (
        <p className="tx-form-ok" role="status">
          La rubrique « {created.name} » est créée. Elle apparaît dans la navigation du site, à la place choisie ci-dessous.
        </p>
      )}
      {ok === 'supprimee' && (
        <p className="tx-form-ok" role="status">
          La rubrique est supprimée.
        </p>
      )}
      <p className="field-help">
        L’ordre ci-dessous est celui de la navigation du site et des blocs de la page d’accueil. Une rubrique ne peut être supprimée que
        lorsqu’aucun article n’y est classé.
      </p>
      <table className="admin-table tx-taxonomy-table tx-order-table">
        <caption className="visually-hidden">Rubriques dans l’ordre du site</caption>
        <thead>
          <tr>
            <th scope="col">Ordre</th>
            <th scope="col">Rubrique</th>
            <th scope="col">Articles</th>
            <th scope="col">Déplacer</th>
          </tr>
        </thead>
        <tbody>
          {categories.map((c, index) => (
            <tr key={c.id}>
              <td className="tx-num">{index + 1}</td>
              <td>
                <a className="tx-row-title" href={`/admin/rubriques/${c.id}`}>
                  {c.name}
                </a>
                <span className="tx-row-meta">
                  <a href={`/rubriques/${c.slug}`}>/rubriques/{c.slug}</a>
                </span>
              </td>
              <td>
                {count(c.published, 'publié', 'publiés')}
                {c.total > c.published && <span className="tx-row-meta">{count(c.total, 'article', 'articles')} en tout</span>}
              </td>
              <td>
                <MoveButtons id={c.id} name={c.name} index={index} count={categories.length} move={moveCategoryAction} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {categories.length === 0 && <p className="empty">Aucune rubrique pour le moment.</p>}
    </>
  )
}
