'use client'

import { useActionState } from 'react'
import { createFirstAdminAction, type SetupState } from './actions'

export function SetupForm() {
  const [state, action, pending] = useActionState<SetupState, FormData>(createFirstAdminAction, { errors: {}, values: { name: '', email: '' } })
  const error = (field: keyof SetupState['errors']) =>
    state.errors[field] ? (
      <p className="field-error" id={`${field}-error`}>
        {state.errors[field]}
      </p>
    ) : null
  const describedBy = (field: keyof SetupState['errors']) => (state.errors[field] ? `${field}-error` : undefined)
  return (
    <form action={action} className="staff-form" noValidate>
      {state.errors.form && <p className="form-error">{state.errors.form}</p>}
      <div className="field">
        <label htmlFor="name">Votre nom</label>
        <input id="name" name="name" autoComplete="name" required defaultValue={state.values.name} aria-describedby={describedBy('name')} />
        {error('name')}
      </div>
      <div className="field">
        <label htmlFor="email">Adresse e-mail</label>
        <input id="email" name="email" type="email" autoComplete="username" required defaultValue={state.values.email} aria-describedby={describedBy('email')} />
        {error('email')}
      </div>
      <div className="field">
        <label htmlFor="password">Mot de passe</label>
        <input id="password" name="password" type="password" autoComplete="new-password" required aria-describedby={`password-help ${describedBy('password') ?? ''}`.trim()} />
        <p className="field-help" id="password-help">
          Au moins 12 caractères. Une phrase que vous retenez facilement est idéale.
        </p>
        {error('password')}
      </div>
      <div className="field">
        <label htmlFor="confirm">Confirmer le mot de passe</label>
        <input id="confirm" name="confirm" type="password" autoComplete="new-password" required aria-describedby={describedBy('confirm')} />
        {error('confirm')}
      </div>
      <button type="submit" disabled={pending}>
        {pending ? 'Création…' : 'Créer le compte administrateur'}
      </button>
    </form>
  )
}
