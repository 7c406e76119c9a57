import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ArticleView } from '@/components/article/article-view'
import { readArticlePreview } from '@/db/queries/articles'
import { readArticleStatus } from '@/db/queries/newsroom'
import { getSettings } from '@/db/queries/site'
import { requireStaffPage } from '@/lib/auth'
import { STATUS_LABELS } from '@/lib/article-status'
import { formatDateTime } from '@/lib/dates'
import { absoluteUrl } from '@/lib/site-url'
import '@/components/admin/editor.css'

// The newsroom's preview: any story, drafts included, inside the reader site's own layout, with
// the card Facebook will show. Staff only, never cached, never indexed.
export const metadata: Metadata = { title: 'Aperçu', robots: { index: false, follow: false } }

type Props = { params: Promise<{ id: string }> }

export default async function PreviewPage({ params }: Props) {
  const { id: raw } = await params
  await requireStaffPage('journalist', `/apercu/${encodeURIComponent(raw)}`)
  const id = Number(raw)
  const now = new Date()
  const article = Number.isSafeInteger(id) && id > 0 ? readArticlePreview(id, now) : null
  if (!article) notFound()
  const status = readArticleStatus(article.id)
  if (!status) notFound()
  const settings = await getSettings()
  const url = absoluteUrl(`/articles/${article.slug}`)
  return (
    <>
      <div className="preview-bar" role="note" aria-label="Aperçu">
        <div className="wrap">
          <span>
            Aperçu · {STATUS_LABELS[status.status]}
            {status.status !== 'published' && ' : les lecteurs ne voient pas encore cet article.'}
          </span>
          <a href={`/admin/articles/${article.id}`}>Retour à l’éditeur</a>
        </div>
      </div>
      <div className="wrap">
        <details className="share-preview-box" open>
          <summary>Aperçu du partage sur Facebook</summary>
          <div className="share-preview" aria-label="Carte de partage">
            {/* eslint-disable-next-line @next/next/no-img-element -- the very JPEG Facebook will fetch */}
            <img src={`/admin/articles/${article.id}/partage?v=${status.version}`} width={1200} height={630} alt="Image de partage" />
            <div className="share-preview-text">
              <div className="share-preview-domain">{new URL(url).host}</div>
              <div className="share-preview-title">{article.title}</div>
              <div className="share-preview-description">{article.standfirst}</div>
            </div>
          </div>
          {status.status !== 'published' && <p className="field-help">Daté ici du {formatDateTime(now)} : la date réelle sera celle de la publication.</p>}
        </details>
      </div>
      <div className="wrap article-layout">
        <ArticleView article={article} url={url} facebookPageUrl={settings.facebookPageUrl} />
      </div>
    </>
  )
}
