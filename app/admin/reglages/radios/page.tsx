import type { Metadata } from 'next'
import { MoveButtons } from '@/components/admin/move-buttons'
import { getRadioForAdmin, listRadiosForAdmin } from '@/db/queries/settings-admin'
import { requireStaffPage } from '@/lib/auth'
import { RADIO_KINDS } from '@/lib/settings-input'
import { moveRadioAction } from '../actions'
import '@/components/admin/taxonomy-settings.css'

export const metadata: Metadata = { title: 'Radios et télévisions' }

export default async function RadiosAdminPage({ searchParams }: { searchParams: Promise<{ ajoutee?: string; ok?: string }> }) {
  await requireStaffPage('admin', '/admin/reglages/radios')
  const { ajoutee, ok } = await searchParams
  const radios = listRadiosForAdmin()
  const added = ajoutee && /^\d{1,9}$/.test(ajoutee) ? getRadioForAdmin(Number(ajoutee)) : null
  return (
    <>
      <p className="tx-breadcrumb">
        <a href="/admin/reglages">Réglages</a> ›
      </p>
      <div className="admin-heading">
        <h1>Radios et télévisions</h1>
        <a className="button" href="/admin/reglages/radios/nouvelle">
          Ajouter une station
        </a>
      </div>
      {added && (
        <p className="tx-form-ok" role="status">
          « {added.name} » est ajoutée{added.active ? ' : elle s’écoute dès maintenant sur la page Radios du site.' : ', hors ligne pour l’instant.'}
        </p>
      )}
      {ok === 'supprimee' && (
        <p className="tx-form-ok" role="status">
          La station est retirée du site.
        </p>
      )}
      <p className="field-help">
        L’ordre ci-dessous est celui de la page <a href="/radios">Radios</a> du site. Une station hors ligne reste ici mais n’apparaît plus aux lecteurs.
      </p>
      {radios.length === 0 ? (
        <p className="empty">Aucune station pour le moment.</p>
      ) : (
        <table className="admin-table tx-taxonomy-table tx-order-table">
          <caption className="visually-hidden">Stations dans l’ordre du site</caption>
          <thead>
            <tr>
              <th scope="col">Ordre</th>
              <th scope="col">Station</th>
              <th scope="col">État</th>
              <th scope="col">Déplacer</th>
            </tr>
          </thead>
          <tbody>
            {radios.map((r, index) => (
              <tr key={r.id}>
                <td className="tx-num">{index + 1}</td>
                <td>
                  <a className="tx-row-title" href={`/admin/reglages/radios/${r.id}`}>
                    {r.name}
                  </a>
                  <span className="tx-row-meta">
                    {[RADIO_KINDS[r.kind], r.city, r.frequency].filter(Boolean).join(' · ')}
                  </span>
                  <span className="tx-row-meta">{r.streamUrl}</span>
                </td>
                <td>
                  <span className={`status-badge ${r.active ? 'tx-badge-on' : 'tx-badge-off'}`}>{r.active ? 'En ligne' : 'Hors ligne'}</span>
                </td>
                <td>
                  <MoveButtons id={r.id} name={r.name} index={index} count={radios.length} move={moveRadioAction} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  )
}
