'use client'

import { useActionState } from 'react'
import { signInAction, type SignInState } from './actions'

export function SignInForm({ retour }: { retour: string }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, { error: null, email: '' })
  return (
    <form action={action} className="staff-form" noValidate>
      <input type="hidden" name="retour" value={retour} />
      {state.error && (
        <p className="form-error" id="sign-in-error" aria-live="assertive">
          {state.error}
        </p>
      )}
      <div className="field">
        <label htmlFor="email">Adresse e-mail</label>
        <input id="email" name="email" type="email" autoComplete="username" required defaultValue={state.email} aria-describedby={state.error ? 'sign-in-error' : undefined} />
      </div>
      <div className="field">
        <label htmlFor="password">Mot de passe</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <button type="submit" disabled={pending}>
        {pending ? 'Connexion…' : 'Se connecter'}
      </button>
    </form>
  )
}
