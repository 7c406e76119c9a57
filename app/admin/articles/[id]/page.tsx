import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { canEditArticle } from '@/db/queries/article-writes'
import { readArticleForEditing, readEditorChoices } from '@/db/queries/newsroom'
import { requireStaffPage } from '@/lib/auth'
import { can } from '@/lib/permissions'
import { STATUS_LABELS } from '@/lib/article-status'
import { ArticleEditor } from '../article-editor'

export const metadata: Metadata = { title: 'Modifier un article' }

export default async function EditArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id: raw } = await params
  const staff = await requireStaffPage('journalist', `/admin/articles/${encodeURIComponent(raw)}`)
  const id = Number(raw)
  const article = Number.isSafeInteger(id) && id > 0 ? readArticleForEditing(id) : null
  if (!article) notFound()
  if (!canEditArticle(staff, article.id, article.status)) {
    return (
      <>
        <h1>{article.title}</h1>
        <div className="editor-status">
          <span className={`status-badge status-${article.status}`}>{STATUS_LABELS[article.status]}</span>
        </div>
        <p className="notice">
          Cet article est « {STATUS_LABELS[article.status]} » : seul un éditeur peut le modifier maintenant.
        </p>
        <p>
          <a href={`/apercu/${article.id}`}>Voir l’aperçu</a>
        </p>
      </>
    )
  }
  return (
    <>
      <h1>Modifier l’article</h1>
      <ArticleEditor article={article} choices={readEditorChoices()} canPublish={can(staff.role, 'article:publish')} defaultAuthorId={null} />
    </>
  )
}
