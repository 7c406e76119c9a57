import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { mediaFormatLabel } from '@/components/admin/media-grid'
import { MediaDeleteButton, MediaEditForm } from '@/components/admin/media-edit-form'
import { findMediaUsage, getMedia, mayManageMedia, type MediaUse } from '@/db/queries/media'
import { responsiveImage } from '@/db/queries/media-url'
import { STATUS_LABELS } from '@/lib/article-status'
import { requireStaffPage } from '@/lib/auth'
import { formatDateTime } from '@/lib/dates'
import { formatBytes } from '@/lib/media/sniff'
import { deleteMediaAction, updateMediaAction } from '../actions'

export const metadata: Metadata = { title: 'Image de la médiathèque' }

const SETTING_LABELS: Record<string, string> = { defaultShareImageId: 'image de partage par défaut', defaultShareMediaId: 'image de partage par défaut' }

function UseItem({ use }: { use: MediaUse }) {
  switch (use.kind) {
    case 'cover':
    case 'body':
      return (
        <>
          {use.kind === 'cover' ? 'Image principale de ' : 'Dans le texte de '}
          <a href={`/admin/articles/${use.articleId}`}>« {use.title || 'Sans titre'} »</a> <span className={`status-badge status-${use.status}`}>{STATUS_LABELS[use.status]}</span>
        </>
      )
    case 'author':
      return (
        <>
          Photo du profil d’auteur <a href={`/auteurs/${use.slug}`}>{use.name}</a>
        </>
      )
    case 'setting':
      return (
        <>
          Réglage du site : <a href="/admin/reglages">{SETTING_LABELS[use.key] ?? use.key}</a>
        </>
      )
  }
}

export default async function MediaPage({ params }: { params: Promise<{ id: string }> }) {
  const { id: raw } = await params
  const staff = await requireStaffPage('journalist', `/admin/medias/${encodeURIComponent(raw)}`)
  const id = /^\d{1,10}$/.test(raw) ? Number(raw) : NaN
  const item = Number.isSafeInteger(id) ? getMedia(id) : null
  if (!item) notFound()
  const uses = findMediaUsage(item.id)
  const canEdit = mayManageMedia(staff, item)
  const image = responsiveImage(item)
  const widths = [...new Set(item.variants.filter((v) => v.purpose === 'responsive').map((v) => v.width))].sort((a, b) => a - b)
  const formats = [...new Set(item.variants.filter((v) => v.purpose === 'responsive').map((v) => (v.format === 'webp' ? 'WebP' : v.format.toUpperCase())))]
  return (
    <>
      <p className="media-back">
        <a href="/admin/medias">← Médiathèque</a>
      </p>
      <h1 className="media-title">{item.originalName ?? `Image n° ${item.id}`}</h1>
      <div className="media-detail">
        <div className="media-detail-preview">
          <picture>
            {image.sources.map((s) => (
              <source key={s.type} type={s.type} srcSet={s.srcSet} sizes="(max-width: 900px) 100vw, 640px" />
            ))}
            {/* The original as fallback: variants above already give the right size. */}
            <img src={image.src} width={image.width} height={image.height} alt={item.alt} />
          </picture>
          <dl className="media-facts">
            <div>
              <dt>Fichier</dt>
              <dd>
                {mediaFormatLabel(item.mimeType)} · {item.width} × {item.height} px · {formatBytes(item.bytes)}
              </dd>
            </div>
            <div>
              <dt>Téléversée</dt>
              <dd>
                le {formatDateTime(new Date(item.createdAt))}
                {item.uploaderName ? ` par ${item.uploaderName}` : ''}
              </dd>
            </div>
            <div>
              <dt>Tailles</dt>
              <dd>
                {widths.length > 0 ? `${widths.join(', ')} px de large, en ${formats.join(' et ')}` : 'Aucune copie réduite (image de démonstration) : l’original est servi.'}
                {image.share && (
                  <>
                    {' '}
                    · <a href={image.share.src}>image de partage {image.share.width} × {image.share.height}</a>
                  </>
                )}
              </dd>
            </div>
            <div>
              <dt>Adresse</dt>
              <dd>
                <a href={image.src}>{image.src}</a>
              </dd>
            </div>
          </dl>
        </div>

        <div className="media-detail-side">
          <section aria-labelledby="media-words-title" className="media-section">
            <h2 id="media-words-title">Description</h2>
            {!canEdit && <p className="notice">Seuls la personne qui a téléversé cette image et les éditeurs peuvent la modifier.</p>}
            <MediaEditForm id={item.id} canEdit={canEdit} action={updateMediaAction} initial={{ alt: item.alt, credit: item.credit ?? '', caption: item.caption }} />
          </section>

          <section aria-labelledby="media-uses-title" className="media-section">
            <h2 id="media-uses-title">Utilisations</h2>
            {uses.length === 0 ? (
              <p className="field-help">Cette image n’est utilisée nulle part.</p>
            ) : (
              <ul className="media-uses">
                {uses.map((use) => (
                  <li key={`${use.kind}-${'articleId' in use ? use.articleId : 'authorId' in use ? use.authorId : use.key}`}>
                    <UseItem use={use} />
                  </li>
                ))}
              </ul>
            )}
          </section>

          {canEdit && (
            <section aria-labelledby="media-delete-title" className="media-section">
              <h2 id="media-delete-title">Suppression</h2>
              {uses.length === 0 ? (
                <MediaDeleteButton id={item.id} action={deleteMediaAction} />
              ) : (
                <p className="field-help">Cette image ne peut pas être supprimée tant qu’elle est utilisée. Retirez-la d’abord des articles, profils ou réglages ci-dessus.</p>
              )}
            </section>
          )}
        </div>
      </div>
    </>
  )
}
