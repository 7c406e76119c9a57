'use client'

import { useActionState } from 'react'
import type { Role } from '@/db/schema'
import { ofName } from '@/lib/elision'
import { ROLE_LABELS } from '@/lib/permissions'
import { accountAction, type AccountState } from './actions'
import { CopyLink } from './copy-link'

interface Props {
  userId: number
  name: string
  role: Role
  disabled: boolean
  pending: boolean
}

/** The controls of one account; one form, the pressed button says what to do. */
export function AccountControls({ userId, name, role, disabled, pending }: Props) {
  const [state, action, busy] = useActionState<AccountState, FormData>(accountAction, { ok: null, message: '' })
  const selectId = `role-${userId}`
  return (
    <>
      <form action={action} className="account-controls" aria-label={`Gérer le compte ${ofName(name)}`}>
        <input type="hidden" name="userId" value={userId} />
        <div className="account-role">
          <label htmlFor={selectId}>
            Rôle<span className="visually-hidden"> {ofName(name)}</span>
          </label>
          {/* The key resets the choice to the stored role after each change. */}
          <select id={selectId} name="role" defaultValue={role} key={role}>
            <option value="journalist">{ROLE_LABELS.journalist}</option>
            <option value="editor">{ROLE_LABELS.editor}</option>
            <option value="admin">{ROLE_LABELS.admin}</option>
          </select>
          <button type="submit" name="intent" value="role" className="button-secondary" disabled={busy}>
            Changer le rôle
          </button>
        </div>
        <div className="account-buttons">
          {!disabled && (
            <button type="submit" name="intent" value="link" className="button-secondary" disabled={busy}>
              {pending ? 'Nouveau lien d’invitation' : 'Lien de réinitialisation'}
            </button>
          )}
          {disabled ? (
            <button type="submit" name="intent" value="enable" className="button-secondary" disabled={busy}>
              Réactiver le compte
            </button>
          ) : (
            <button type="submit" name="intent" value="disable" className="button-danger" disabled={busy}>
              Désactiver le compte
            </button>
          )}
        </div>
      </form>
      {/* Outside the form so a link gets the whole width of the card. */}
      <div className="account-feedback" aria-live={state.ok === false ? 'assertive' : 'polite'}>
        {state.message && <p className={state.ok ? 'account-message save-ok' : 'account-message form-error'}>{state.message}</p>}
        {state.ok && state.link && <CopyLink link={state.link} />}
      </div>
    </>
  )
}
