'use client'

// The words of one library image: alt text, photo credit, default caption. A refused save keeps
// what was typed; a read-only view for those who may not change this image. Single-line inputs,
// not textareas: React's hydration resets a textarea typed into before the page's script ran.
import { useActionState, useId } from 'react'
import type { MediaDeleteState, MediaEditState } from '@/app/admin/medias/actions'
import { ALT_MAX, CAPTION_MAX, CREDIT_MAX } from '@/lib/media/limits'
import { formatTime } from '@/lib/dates'
import './media.css'

interface Props {
  id: number
  initial: { alt: string; credit: string; caption: string }
  canEdit: boolean
  action: (state: MediaEditState, form: FormData) => Promise<MediaEditState>
}

export function MediaEditForm({ id, initial, canEdit, action }: Props) {
  const uid = useId()
  const [state, formAction, pending] = useActionState(action, { status: 'idle' } as MediaEditState)
  const values = state.values ?? initial
  const errors = state.fieldErrors ?? {}
  // A new key after each answer: inputs start again from what the server kept or refused.
  const key = `${state.status}-${state.savedAt ?? ''}-${state.error ?? ''}`
  const describe = (name: string, help?: string) => [help, errors[name] ? `${uid}-${name}-error` : null].filter(Boolean).join(' ') || undefined
  return (
    <form action={formAction} className="staff-form media-edit-form" noValidate>
      <input type="hidden" name="id" value={id} />
      <fieldset disabled={!canEdit || pending} className="media-edit-fieldset" key={key}>
        <legend className="visually-hidden">Description de l’image</legend>
        <div className="field">
          <label htmlFor={`${uid}-alt`}>Texte alternatif</label>
          <input id={`${uid}-alt`} name="alt" maxLength={ALT_MAX} defaultValue={values.alt} aria-describedby={describe('alt', `${uid}-alt-help`)} aria-invalid={errors.alt ? true : undefined} />
          <p className="field-help" id={`${uid}-alt-help`}>
            Décrivez ce que montre l’image pour les lecteurs qui ne la voient pas (lecteurs d’écran, connexion lente).
          </p>
          {errors.alt && (
            <p className="field-error" id={`${uid}-alt-error`}>
              {errors.alt}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${uid}-credit`}>Crédit photo</label>
          <input id={`${uid}-credit`} name="credit" maxLength={CREDIT_MAX} defaultValue={values.credit} aria-describedby={describe('credit')} aria-invalid={errors.credit ? true : undefined} />
          {errors.credit && (
            <p className="field-error" id={`${uid}-credit-error`}>
              {errors.credit}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${uid}-caption`}>Légende par défaut</label>
          <input id={`${uid}-caption`} name="caption" maxLength={CAPTION_MAX} defaultValue={values.caption} aria-describedby={describe('caption', `${uid}-caption-help`)} aria-invalid={errors.caption ? true : undefined} />
          <p className="field-help" id={`${uid}-caption-help`}>
            Proposée quand l’image est ajoutée à un article ; chaque article peut la changer.
          </p>
          {errors.caption && (
            <p className="field-error" id={`${uid}-caption-error`}>
              {errors.caption}
            </p>
          )}
        </div>
      </fieldset>
      {state.status === 'error' && state.error && (
        <p className="form-error" aria-live="assertive">
          {state.error}
        </p>
      )}
      {canEdit && (
        <div className="media-edit-actions">
          <button type="submit" disabled={pending}>
            {pending ? 'Enregistrement…' : 'Enregistrer'}
          </button>
          <span className="save-ok" aria-live="polite">
            {state.status === 'saved' && state.savedAt ? `Enregistré à ${formatTime(new Date(state.savedAt))}` : ''}
          </span>
        </div>
      )}
    </form>
  )
}

interface DeleteProps {
  id: number
  action: (state: MediaDeleteState, form: FormData) => Promise<MediaDeleteState>
}

/** Delete, in two steps: the first click only asks for confirmation. */
export function MediaDeleteButton({ id, action }: DeleteProps) {
  const uid = useId()
  const [state, formAction, pending] = useActionState(action, {} as MediaDeleteState)
  return (
    <details className="media-delete">
      <summary className="button button-danger-outline">Supprimer l’image…</summary>
      <form action={formAction} className="media-delete-confirm" aria-labelledby={`${uid}-title`}>
        <input type="hidden" name="id" value={id} />
        <p id={`${uid}-title`}>
          <strong>Supprimer définitivement cette image ?</strong> Le fichier et toutes ses tailles seront effacés. Cette action ne peut pas être annulée.
        </p>
        {state.error && (
          <p className="form-error" aria-live="assertive">
            {state.error}
          </p>
        )}
        <button type="submit" className="button-danger" disabled={pending}>
          {pending ? 'Suppression…' : 'Supprimer définitivement'}
        </button>
      </form>
    </details>
  )
}
