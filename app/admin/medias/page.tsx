import type { Metadata } from 'next'
import { MediaGrid } from '@/components/admin/media-grid'
import { MediaLibraryUpload } from '@/components/admin/media-library-upload'
import { listMedia } from '@/db/queries/media'
import { requireStaffPage } from '@/lib/auth'
import { formatNumber } from '@/lib/dates'
import { env } from '@/lib/env'

export const metadata: Metadata = { title: 'Médiathèque' }

interface Search {
  q?: string
  page?: string
  mes?: string
  supprimee?: string
}

export default async function MediaLibraryPage({ searchParams }: { searchParams: Promise<Search> }) {
  const staff = await requireStaffPage('journalist', '/admin/medias')
  const { q: rawQ, page, mes, supprimee } = await searchParams
  const q = (typeof rawQ === 'string' ? rawQ : '').slice(0, 200).trim()
  const mine = mes === '1'
  const list = listMedia({ q, page: Number(page) || 1, uploadedBy: mine ? staff.id : null })
  const href = (p: number) => `/admin/medias?${new URLSearchParams({ ...(q && { q }), ...(mine && { mes: '1' }), ...(p > 1 && { page: String(p) }) })}`
  return (
    <>
      <div className="admin-heading">
        <h1>Médiathèque</h1>
      </div>
      {supprimee === '1' && <p className="notice">L’image a été supprimée, avec toutes ses tailles.</p>}

      <MediaLibraryUpload maxBytes={env().mediaMaxBytes} />

      <section aria-labelledby="media-list-title" className="media-library">
        <h2 id="media-list-title" className="visually-hidden">
          Images de la médiathèque
        </h2>
        <form className="media-search" role="search" action="/admin/medias">
          <div className="field">
            <label htmlFor="media-q">Rechercher dans la médiathèque</label>
            <input id="media-q" name="q" type="search" defaultValue={q} placeholder="Description, crédit, légende, nom du fichier" />
          </div>
          {mine && <input type="hidden" name="mes" value="1" />}
          <button type="submit">Rechercher</button>
        </form>
        <nav className="status-filter" aria-label="Filtrer les images">
          <a href={`/admin/medias${q ? `?${new URLSearchParams({ q })}` : ''}`} aria-current={!mine ? 'page' : undefined}>
            Toutes les images
          </a>
          <a href={`/admin/medias?${new URLSearchParams({ ...(q && { q }), mes: '1' })}`} aria-current={mine ? 'page' : undefined}>
            Mes images
          </a>
        </nav>
        <p className="field-help" aria-live="polite">
          {list.total === 0
            ? q
              ? `Aucune image ne correspond à « ${q} ».`
              : 'Aucune image pour l’instant.'
            : `${formatNumber(list.total)} image${list.total > 1 ? 's' : ''}${q ? ` pour « ${q} »` : ''}`}
        </p>
        <MediaGrid items={list.items} />
        {list.totalPages > 1 && (
          <nav className="pagination" aria-label="Pagination">
            {list.page > 1 ? <a href={href(list.page - 1)}>← Page précédente</a> : <span />}
            <span className="pagination-status">
              Page {list.page} sur {list.totalPages}
            </span>
            {list.page < list.totalPages ? <a href={href(list.page + 1)}>Page suivante →</a> : <span />}
          </nav>
        )}
      </section>
    </>
  )
}
