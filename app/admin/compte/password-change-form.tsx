'use client'

import { useActionState } from 'react'
import { changeOwnPasswordAction, type OwnPasswordState } from './actions'

const FIELDS = [
  { name: 'current', label: 'Mot de passe actuel', autoComplete: 'current-password', help: null },
  {
    name: 'password',
    label: 'Nouveau mot de passe',
    autoComplete: 'new-password',
    help: 'Au moins 12 caractères, sans limite d’alphabet ni d’accents. Une courte phrase que vous seul retenez est idéale.',
  },
  { name: 'confirm', label: 'Confirmer le nouveau mot de passe', autoComplete: 'new-password', help: null },
] as const

export function PasswordChangeForm({ email }: { email: string }) {
  const [state, action, pending] = useActionState<OwnPasswordState, FormData>(changeOwnPasswordAction, { errors: {} })
  return (
    <form action={action} className="staff-form" noValidate>
      {/* For password managers: the account this password belongs to. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      {state.errors.form && (
        <p className="form-error" role="alert">
          {state.errors.form}
        </p>
      )}
      {FIELDS.map((field) => {
        const error = state.errors[field.name]
        const describedBy = [field.help && `${field.name}-help`, error && `${field.name}-error`].filter(Boolean).join(' ') || undefined
        return (
          <div className="field" key={field.name}>
            <label htmlFor={field.name}>{field.label}</label>
            <input id={field.name} name={field.name} type="password" autoComplete={field.autoComplete} required aria-invalid={!!error} aria-describedby={describedBy} />
            {field.help && (
              <p className="field-help" id={`${field.name}-help`}>
                {field.help}
              </p>
            )}
            {error && (
              <p className="field-error" id={`${field.name}-error`}>
                {error}
              </p>
            )}
          </div>
        )
      })}
      <button type="submit" disabled={pending}>
        {pending ? 'Enregistrement…' : 'Changer le mot de passe'}
      </button>
    </form>
  )
}
