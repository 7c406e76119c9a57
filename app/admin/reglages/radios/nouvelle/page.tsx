import type { Metadata } from 'next'
import { requireStaffPage } from '@/lib/auth'
import { saveRadioAction } from '../../actions'
import { RadioForm } from '../radio-form'
import '@/components/admin/taxonomy-settings.css'

export const metadata: Metadata = { title: 'Nouvelle station' }

export default async function NewRadioPage() {
  await requireStaffPage('admin', '/admin/reglages/radios/nouvelle')
  return (
    <>
      <p className="tx-breadcrumb">
        <a href="/admin/reglages">Réglages</a> › <a href="/admin/reglages/radios">Radios et télévisions</a> ›
      </p>
      <h1>Nouvelle station</h1>
      <div className="tx-narrow">
        <RadioForm radio={null} save={saveRadioAction} />
      </div>
    </>
  )
}
