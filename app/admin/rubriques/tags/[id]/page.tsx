import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ConfirmDelete } from '@/components/admin/confirm-delete'
import { getTagForAdmin } from '@/db/queries/taxonomy'
import { requireStaffPage } from '@/lib/auth'
import { formatNumber } from '@/lib/dates'
import { isSlug } from '@/lib/slug'
import { deleteTagAction, mergeTagsAction, previewMergeAction, suggestTagsAction, updateTagAction } from '../../actions'
import { TagMergeForm, TagRenameForm } from '../tag-forms'
import '@/components/admin/taxonomy-settings.css'

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ fusion?: string }> }

function load(id: string) {
  return /^\d{1,9}$/.test(id) ? getTagForAdmin(Number(id)) : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tag = load((await params).id)
  return { title: tag ? `Tag ${tag.name}` : 'Tag introuvable' }
}

export default async function TagPage({ params, searchParams }: Props) {
  const [{ id }, { fusion }] = await Promise.all([params, searchParams])
  await requireStaffPage('editor', `/admin/rubriques/tags/${id}`)
  const tag = load(id)
  if (!tag) notFound()
  const merged = typeof fusion === 'string' && isSlug(fusion) ? fusion : null
  return (
    <>
      <p className="tx-breadcrumb">
        <a href="/admin/rubriques">Rubriques</a> › <a href="/admin/rubriques/tags">Tags</a> ›
      </p>
      <div className="admin-heading">
        <h1>{tag.name}</h1>
        {tag.published > 0 && <a href={`/tags/${tag.slug}`}>Voir sur le site</a>}
      </div>
      {merged && (
        <p className="tx-form-ok" role="status">
          Fusion faite : les articles du tag fusionné portent désormais « {tag.name} », et /tags/{merged} mène ici.
        </p>
      )}
      <div className="tx-split">
        <div className="tx-narrow tx-stack">
          <section aria-labelledby="rename-title">
            <h2 id="rename-title" className="tx-section-heading">
              Nom et adresse
            </h2>
            <TagRenameForm tag={{ id: tag.id, name: tag.name, slug: tag.slug }} save={updateTagAction} />
          </section>
          <section aria-labelledby="merge-title">
            <h2 id="merge-title" className="tx-section-heading">
              Fusionner avec un autre tag
            </h2>
            <TagMergeForm tag={{ id: tag.id, name: tag.name }} preview={previewMergeAction} merge={mergeTagsAction} suggest={suggestTagsAction} />
          </section>
        </div>
        <aside className="tx-side-panels">
          <section className="tx-panel" aria-labelledby="stats-title">
            <h2 id="stats-title">Articles</h2>
            <p>
              {formatNumber(tag.published)} publié{tag.published > 1 ? 's' : ''}, {formatNumber(tag.total)} en tout (brouillons compris).
            </p>
          </section>
          <section className="tx-panel" aria-labelledby="old-title">
            <h2 id="old-title">Anciennes adresses</h2>
            {tag.oldSlugs.length === 0 ? (
              <p className="field-help">Aucune.</p>
            ) : (
              <>
                <p className="field-help">Elles redirigent pour toujours vers /tags/{tag.slug}.</p>
                <ul className="tx-old-slugs">
                  {tag.oldSlugs.map((slug) => (
                    <li key={slug}>/tags/{slug}</li>
                  ))}
                </ul>
              </>
            )}
          </section>
          <section className="tx-panel tx-panel-danger" aria-labelledby="delete-title">
            <h2 id="delete-title">Supprimer</h2>
            {tag.total > 0 ? (
              <p className="field-help">
                {formatNumber(tag.total)} article{tag.total > 1 ? 's portent' : ' porte'} ce tag : seul un tag inutilisé peut être supprimé. Pour
                le faire disparaître, fusionnez-le dans un autre.
              </p>
            ) : (
              <ConfirmDelete
                id={tag.id}
                label="Supprimer le tag"
                question={`Le tag « ${tag.name} » sera supprimé, avec ses anciennes adresses. Cette action est définitive.`}
                action={deleteTagAction}
                then="/admin/rubriques/tags?ok=supprime"
              />
            )}
          </section>
        </aside>
      </div>
    </>
  )
}
