'use client'

// A destructive action in two steps, without a browser dialog: the first button asks, the second
// does it. A refusal from the server (a rubrique still in use…) is shown in place, in French.
import { useRouter } from 'next/navigation'
import { useRef, useState, useTransition } from 'react'
import { OFFLINE } from './move-buttons'

type Result = { ok: true } | { ok: false; error: string }

interface Props {
  id: number
  /** "Supprimer la rubrique" */
  label: string
  /** "La rubrique « Sport » sera supprimée. Cette action est définitive." */
  question: string
  action: (id: number) => Promise<Result>
  /** Where to go once it is done. */
  then: string
}

export function ConfirmDelete({ id, label, question, action, then }: Props) {
  const router = useRouter()
  const [asking, setAsking] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [pending, startTransition] = useTransition()
  const confirmRef = useRef<HTMLButtonElement>(null)
  const openRef = useRef<HTMLButtonElement>(null)

  const confirm = () =>
    startTransition(async () => {
      const result = await action(id).catch((): Result => ({ ok: false, error: OFFLINE }))
      if (result.ok) {
        router.push(then)
        return
      }
      setAsking(false)
      setError(result.error)
      openRef.current?.focus()
    })

  return (
    <div className="tx-confirm-delete">
      {!asking ? (
        <button
          ref={openRef}
          type="button"
          className="tx-button-danger"
          onClick={() => {
            setError(null)
            setAsking(true)
            // Focus the real button once it is there, so Enter confirms and Tab reaches "Annuler".
            requestAnimationFrame(() => confirmRef.current?.focus())
          }}
        >
          {label}
        </button>
      ) : (
        <div className="tx-confirm-box" role="group" aria-label="Confirmation">
          <p>{question}</p>
          <div className="tx-confirm-actions">
            <button ref={confirmRef} type="button" className="tx-button-danger" disabled={pending} onClick={confirm}>
              {pending ? 'Suppression…' : 'Confirmer la suppression'}
            </button>
            <button
              type="button"
              className="button-secondary"
              disabled={pending}
              onClick={() => {
                setAsking(false)
                requestAnimationFrame(() => openRef.current?.focus())
              }}
            >
              Annuler
            </button>
          </div>
        </div>
      )}
      <p className="form-error" aria-live="assertive" hidden={!error}>
        {error}
      </p>
    </div>
  )
}
