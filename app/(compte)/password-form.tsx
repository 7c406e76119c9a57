'use client'

import { useActionState } from 'react'
import type { TokenKind } from '@/lib/tokens'
import { setPasswordAction, type PasswordState } from './actions'

export function PasswordForm({ kind, token, email }: { kind: TokenKind; token: string; email: string }) {
  const [state, action, pending] = useActionState<PasswordState, FormData>(setPasswordAction, { errors: {} })
  const error = (field: keyof PasswordState['errors']) =>
    state.errors[field] ? (
      <p className="field-error" id={`${field}-error`}>
        {state.errors[field]}
      </p>
    ) : null
  return (
    <form action={action} className="staff-form" noValidate>
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="token" value={token} />
      {/* For password managers: the account this new password belongs to. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      {state.errors.form && (
        <p className="form-error" aria-live="assertive">
          {state.errors.form}
        </p>
      )}
      <div className="field">
        <label htmlFor="password">Nouveau mot de passe</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          aria-invalid={!!state.errors.password}
          aria-describedby={['password-help', state.errors.password && 'password-error'].filter(Boolean).join(' ')}
        />
        <p className="field-help" id="password-help">
          Au moins 12 caractères, sans limite d’alphabet ni d’accents. Une courte phrase que vous seul retenez est idéale.
        </p>
        {error('password')}
      </div>
      <div className="field">
        <label htmlFor="confirm">Confirmer le mot de passe</label>
        <input id="confirm" name="confirm" type="password" autoComplete="new-password" required aria-invalid={!!state.errors.confirm} aria-describedby={state.errors.confirm ? 'confirm-error' : undefined} />
        {error('confirm')}
      </div>
      <button type="submit" disabled={pending}>
        {pending ? 'Enregistrement…' : kind === 'invite' ? 'Activer mon compte' : 'Enregistrer le mot de passe'}
      </button>
    </form>
  )
}
