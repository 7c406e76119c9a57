import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ConfirmDelete } from '@/components/admin/confirm-delete'
import { getRadioForAdmin } from '@/db/queries/settings-admin'
import { requireStaffPage } from '@/lib/auth'
import { deleteRadioAction, saveRadioAction } from '../../actions'
import { RadioForm } from '../radio-form'
import '@/components/admin/taxonomy-settings.css'

type Props = { params: Promise<{ id: string }> }

function load(id: string) {
  return /^\d{1,9}$/.test(id) ? getRadioForAdmin(Number(id)) : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const radio = load((await params).id)
  return { title: radio ? radio.name : 'Station introuvable' }
}

export default async function RadioAdminPage({ params }: Props) {
  const { id } = await params
  await requireStaffPage('admin', `/admin/reglages/radios/${id}`)
  const radio = load(id)
  if (!radio) notFound()
  return (
    <>
      <p className="tx-breadcrumb">
        <a href="/admin/reglages">Réglages</a> › <a href="/admin/reglages/radios">Radios et télévisions</a> ›
      </p>
      <div className="admin-heading">
        <h1>{radio.name}</h1>
        {radio.active && <a href={`/radios#${radio.slug}`}>Voir sur le site</a>}
      </div>
      <div className="tx-split">
        <div className="tx-narrow">
          <RadioForm
            radio={{
              id: radio.id,
              name: radio.name,
              kind: radio.kind,
              streamUrl: radio.streamUrl,
              websiteUrl: radio.websiteUrl ?? '',
              city: radio.city ?? '',
              frequency: radio.frequency ?? '',
              description: radio.description,
              active: radio.active,
            }}
            save={saveRadioAction}
          />
        </div>
        <aside className="tx-side-panels">
          <section className="tx-panel" aria-labelledby="anchor-title">
            <h2 id="anchor-title">Adresse sur le site</h2>
            <p>/radios#{radio.slug}</p>
            <p className="field-help">Elle ne change pas quand la station est renommée, pour que les liens déjà partagés restent bons.</p>
          </section>
          <section className="tx-panel tx-panel-danger" aria-labelledby="delete-title">
            <h2 id="delete-title">Retirer</h2>
            <p className="field-help">Pour la cacher un moment, décochez plutôt « En ligne ».</p>
            <ConfirmDelete
              id={radio.id}
              label="Retirer la station"
              question={`« ${radio.name} » sera retirée du site et de cette liste. Cette action est définitive.`}
              action={deleteRadioAction}
              then="/admin/reglages/radios?ok=supprimee"
            />
          </section>
        </aside>
      </div>
    </>
  )
}
