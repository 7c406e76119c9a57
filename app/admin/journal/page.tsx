import type { Metadata } from 'next'
import { Pagination, parsePage } from '@/components/ui/pagination'
import { auditFilterChoices, listAudit } from '@/db/queries/audit'
import { actionLabel, describeAudit } from '@/lib/audit-labels'
import { requireStaffPage } from '@/lib/auth'
import { formatDate, formatNumber, formatTime } from '@/lib/dates'
import './journal.css'

export const metadata: Metadata = { title: 'Journal' }

type Query = { action?: string | string[]; personne?: string | string[]; page?: string | string[] }

// "::ffff:127.0.0.1" is how Node reports an IPv4 client on a dual-stack socket.
const readableIp = (ip: string | null) => (ip ? ip.replace(/^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/, '$1') : '—')

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

export default async function JournalPage({ searchParams }: { searchParams: Promise<Query> }) {
  await requireStaffPage('admin', '/admin/journal')
  const query = await searchParams
  // Filters read defensively: anything odd means "no filter".
  const rawAction = one(query.action)
  const action = rawAction && /^[a-z0-9._-]{1,60}$/.test(rawAction) ? rawAction : null
  const person = Number(one(query.personne))
  const userId = Number.isSafeInteger(person) && person > 0 ? person : null
  const list = listAudit({ action, userId }, parsePage(query.page))
  const choices = auditFilterChoices()
  const actions = action && !choices.actions.includes(action) ? [...choices.actions, action] : choices.actions
  const filtered = !!(action || userId)
  const keep: Record<string, string> = { ...(action && { action }), ...(userId && { personne: String(userId) }) }

  return (
    <>
      <h1>Journal</h1>
      <p className="journal-intro">Qui a fait quoi dans la rédaction, et quand : connexions, publications, comptes, médias, rubriques et réglages. Heure de Bamako.</p>
      <form method="get" action="/admin/journal" className="journal-filters" role="search" aria-label="Filtrer le journal">
        <div className="field">
          <label htmlFor="journal-action">Action</label>
          <select id="journal-action" name="action" defaultValue={action ?? ''}>
            <option value="">Toutes les actions</option>
            {actions
              .map((a) => ({ value: a, label: actionLabel(a) }))
              .sort((a, b) => a.label.localeCompare(b.label, 'fr'))
              .map((a) => (
                <option key={a.value} value={a.value}>
                  {a.label}
                </option>
              ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="journal-person">Personne</label>
          <select id="journal-person" name="personne" defaultValue={userId ? String(userId) : ''} aria-describedby="journal-person-help">
            <option value="">Tout le monde</option>
            {choices.people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} ({p.email})
              </option>
            ))}
          </select>
          <p className="field-help" id="journal-person-help">
            Ses actions et celles qui concernent son compte.
          </p>
        </div>
        <div className="journal-filter-buttons">
          <button type="submit">Filtrer</button>
          {filtered && <a href="/admin/journal">Effacer les filtres</a>}
        </div>
      </form>

      <p className="field-help journal-total">
        {formatNumber(list.total)} événement{list.total > 1 ? 's' : ''}
        {filtered ? ' correspondant aux filtres' : ''}
      </p>

      {list.items.length === 0 ? (
        <p className="notice">Aucun événement ne correspond à ces filtres.</p>
      ) : (
        <table className="admin-table journal-table">
          <thead>
            <tr>
              <th scope="col">Date et heure</th>
              <th scope="col">Événement</th>
              <th scope="col" className="journal-ip-head">Adresse IP</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((row) => (
              <tr key={row.id}>
                <td className="journal-when">
                  <time dateTime={row.at.toISOString()}>{`${formatDate(row.at)} à ${formatTime(row.at).replace(/ /g, '\u00a0')}`}</time>
                </td>
                <td>
                  <span className="journal-sentence">
                    {describeAudit({ action: row.action, actorName: row.actorName, entityType: row.entityType, entityId: row.entityId, entityName: row.entityName, details: row.details })}
                  </span>
                  <span className="journal-action">{actionLabel(row.action)}</span>
                </td>
                <td className="journal-ip">{readableIp(row.ip)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination basePath="/admin/journal" page={list.page} totalPages={list.totalPages} query={keep} />
    </>
  )
}
