import type { Metadata } from 'next'
import { readEditorChoices } from '@/db/queries/newsroom'
import { requireStaffPage } from '@/lib/auth'
import { can } from '@/lib/permissions'
import { ArticleEditor } from '../article-editor'

export const metadata: Metadata = { title: 'Nouvel article' }

export default async function NewArticlePage() {
  const staff = await requireStaffPage('journalist', '/admin/articles/new')
  const choices = readEditorChoices()
  const own = choices.authors.find((a) => a.userId === staff.id)
  return (
    <>
      <h1>Nouvel article</h1>
      <ArticleEditor article={null} choices={choices} canPublish={can(staff.role, 'article:publish')} defaultAuthorId={own?.id ?? null} />
    </>
  )
}
