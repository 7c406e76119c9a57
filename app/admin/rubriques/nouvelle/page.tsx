import type { Metadata } from 'next'
import { requireStaffPage } from '@/lib/auth'
import { saveCategoryAction } from '../actions'
import { CategoryForm } from '../category-form'
import '@/components/admin/taxonomy-settings.css'

export const metadata: Metadata = { title: 'Nouvelle rubrique' }

export default async function NewCategoryPage() {
  await requireStaffPage('editor', '/admin/rubriques/nouvelle')
  return (
    <>
      <p className="tx-breadcrumb">
        <a href="/admin/rubriques">Rubriques</a> ›
      </p>
      <h1>Nouvelle rubrique</h1>
      <div className="tx-narrow">
        <CategoryForm category={null} save={saveCategoryAction} />
      </div>
    </>
  )
}
