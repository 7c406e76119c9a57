import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ConfirmDelete } from '@/components/admin/confirm-delete'
import { getCategoryForAdmin } from '@/db/queries/taxonomy'
import { requireStaffPage } from '@/lib/auth'
import { formatNumber } from '@/lib/dates'
import { deleteCategoryAction, saveCategoryAction } from '../actions'
import { CategoryForm } from '../category-form'
import '@/components/admin/taxonomy-settings.css'

type Props = { params: Promise<{ id: string }> }

function load(id: string) {
  return /^\d{1,9}$/.test(id) ? getCategoryForAdmin(Number(id)) : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const category = load((await params).id)
  return { title: category ? `Rubrique ${category.name}` : 'Rubrique introuvable' }
}

export default async function CategoryPage({ params }: Props) {
  const { id } = await params
  await requireStaffPage('editor', `/admin/rubriques/${id}`)
  const category = load(id)
  if (!category) notFound()
  return (
    <>
      <p className="tx-breadcrumb">
        <a href="/admin/rubriques">Rubriques</a> ›
      </p>
      <div className="admin-heading">
        <h1>{category.name}</h1>
        <a href={`/rubriques/${category.slug}`}>Voir sur le site</a>
      </div>
      <div className="tx-split">
        <section aria-labelledby="edit-title" className="tx-narrow">
          <h2 id="edit-title" className="tx-section-heading">
            Nom, adresse et description
          </h2>
          <CategoryForm category={{ id: category.id, name: category.name, slug: category.slug, description: category.description }} save={saveCategoryAction} />
        </section>
        <aside className="tx-side-panels">
          <section className="tx-panel" aria-labelledby="stats-title">
            <h2 id="stats-title">Articles</h2>
            <p>
              {formatNumber(category.published)} publié{category.published > 1 ? 's' : ''}, {formatNumber(category.total)} en tout (brouillons
              compris).
            </p>
          </section>
          <section className="tx-panel" aria-labelledby="old-title">
            <h2 id="old-title">Anciennes adresses</h2>
            {category.oldSlugs.length === 0 ? (
              <p className="field-help">Aucune : cette rubrique n’a jamais changé d’adresse.</p>
            ) : (
              <>
                <p className="field-help">Elles redirigent pour toujours vers /rubriques/{category.slug}.</p>
                <ul className="tx-old-slugs">
                  {category.oldSlugs.map((slug) => (
                    <li key={slug}>/rubriques/{slug}</li>
                  ))}
                </ul>
              </>
            )}
          </section>
          <section className="tx-panel tx-panel-danger" aria-labelledby="delete-title">
            <h2 id="delete-title">Supprimer</h2>
            {category.total > 0 && (
              <p className="field-help">
                {formatNumber(category.total)} article{category.total > 1 ? 's sont classés' : ' est classé'} dans cette rubrique : déplacez-{category.total > 1 ? 'les' : 'le'}{' '}
                d’abord dans une autre rubrique.
              </p>
            )}
            <ConfirmDelete
              id={category.id}
              label="Supprimer la rubrique"
              question={`La rubrique « ${category.name} » sera supprimée, avec ses anciennes adresses. Cette action est définitive.`}
              action={deleteCategoryAction}
              then="/admin/rubriques?ok=supprimee"
            />
          </section>
        </aside>
      </div>
    </>
  )
}
