'use client'

import { useActionState } from 'react'
import { ofName } from '@/lib/elision'
import { ROLE_LABELS } from '@/lib/permissions'
import { inviteAction, type InviteState } from './actions'
import { CopyLink } from './copy-link'

const initial: InviteState = { status: 'idle', errors: {}, values: { name: '', email: '', role: 'journalist' } }

export function InviteForm() {
  const [state, action, pending] = useActionState<InviteState, FormData>(inviteAction, initial)
  const error = (field: keyof InviteState['errors']) =>
    state.errors[field] ? (
      <p className="field-error" id={`invite-${field}-error`}>
        {state.errors[field]}
      </p>
    ) : null
  const describedBy = (field: keyof InviteState['errors'], help?: string) =>
    [help, state.errors[field] ? `invite-${field}-error` : null].filter(Boolean).join(' ') || undefined
  return (
    <>
      <form action={action} className="invite-form" noValidate>
        {state.errors.form && <p className="form-error">{state.errors.form}</p>}
        <div className="field">
          <label htmlFor="invite-name">Nom complet</label>
          <input id="invite-name" name="name" autoComplete="off" required maxLength={120} defaultValue={state.values.name} aria-invalid={!!state.errors.name} aria-describedby={describedBy('name', 'invite-name-help')} />
          <p className="field-help" id="invite-name-help">
            Il signera ses articles sous ce nom.
          </p>
          {error('name')}
        </div>
        <div className="field">
          <label htmlFor="invite-email">Adresse e-mail</label>
          <input id="invite-email" name="email" type="email" autoComplete="off" required maxLength={254} defaultValue={state.values.email} aria-invalid={!!state.errors.email} aria-describedby={describedBy('email', 'invite-email-help')} />
          <p className="field-help" id="invite-email-help">
            Elle lui servira à se connecter.
          </p>
          {error('email')}
        </div>
        <div className="field">
          <label htmlFor="invite-role">Rôle</label>
          <select id="invite-role" name="role" defaultValue={state.values.role || 'journalist'} aria-describedby={describedBy('role', 'invite-role-help')}>
            <option value="journalist">{ROLE_LABELS.journalist}</option>
            <option value="editor">{ROLE_LABELS.editor}</option>
            <option value="admin">{ROLE_LABELS.admin}</option>
          </select>
          <p className="field-help" id="invite-role-help">
            Journaliste : écrit et soumet ses articles. Éditeur : relit, publie, gère rubriques, tags et médias. Administrateur : tout, y compris les
            comptes et les réglages.
          </p>
          {error('role')}
        </div>
        <div className="invite-submit">
          <button type="submit" disabled={pending}>
            {pending ? 'Création…' : 'Créer l’invitation'}
          </button>
        </div>
      </form>
      {state.status === 'done' && state.link && (
        <div className="invite-result" role="status">
          <p className="save-ok">Le compte {ofName(state.link.name)} est créé, avec sa page d’auteur. Il ne reste qu’à lui transmettre ce lien.</p>
          <CopyLink link={state.link} />
        </div>
      )}
    </>
  )
}
