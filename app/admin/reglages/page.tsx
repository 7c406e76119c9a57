import type { Metadata } from 'next'
import { listImageChoices, listRadiosForAdmin, readSettingsForAdmin } from '@/db/queries/settings-admin'
import { requireStaffPage } from '@/lib/auth'
import { formatNumber } from '@/lib/dates'
import { DEFAULT_SHARE_IMAGE } from '@/lib/seo/metadata'
import { saveSettingsAction } from './actions'
import { SettingsForm } from './settings-form'
import '@/components/admin/taxonomy-settings.css'

export const metadata: Metadata = { title: 'Réglages' }

export default async function SettingsPage() {
  await requireStaffPage('admin', '/admin/reglages')
  const settings = readSettingsForAdmin()
  const images = listImageChoices(settings.defaultShareImageId)
  const radios = listRadiosForAdmin()
  const active = radios.filter((r) => r.active).length
  return (
    <>
      <div className="admin-heading">
        <h1>Réglages du site</h1>
        <a className="button button-secondary" href="/admin/reglages/radios">
          Radios et télévisions
        </a>
      </div>
      <p className="field-help">
        Les changements s’affichent sur le site dès l’enregistrement. Radios et télévisions : {formatNumber(radios.length)} station
        {radios.length > 1 ? 's' : ''}, dont {formatNumber(active)} en ligne — <a href="/admin/reglages/radios">les gérer</a>.
      </p>
      <div className="tx-narrow" style={{ maxWidth: 820 }}>
        <SettingsForm
          initial={{
            siteName: settings.siteName,
            tagline: settings.tagline,
            facebookPageUrl: settings.facebookPageUrl,
            facebookAppId: settings.facebookAppId,
            contactEmail: settings.contactEmail,
            defaultShareImageId: settings.defaultShareImageId === null ? '' : String(settings.defaultShareImageId),
          }}
          images={images}
          fallbackImage={DEFAULT_SHARE_IMAGE.url}
          save={saveSettingsAction}
        />
      </div>
    </>
  )
}
