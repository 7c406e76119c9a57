'use client'

import { useRouter } from 'next/navigation'
import { useState, useTransition } from 'react'
import { restoreRevisionAction } from '../../actions'

/** Brings an earlier version back as the current one (the history keeps everything). */
export function RestoreButton({ articleId, version, revisionId }: { articleId: number; version: number; revisionId: number }) {
  const router = useRouter()
  const [error, setError] = useState<string | null>(null)
  const [pending, startTransition] = useTransition()
  return (
    <p>
      <button
        type="button"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            if (!window.confirm('Remplacer le texte actuel par cette version ? Le texte actuel reste dans l’historique.')) return
            try {
              const result = await restoreRevisionAction(articleId, version, revisionId)
              if (!result.ok) return setError(result.error)
              // Leaving the history for the editor: any copy kept in this browser is older now.
              window.localStorage.removeItem(`kibaru:article:${articleId}`)
              router.push(`/admin/articles/${articleId}`)
            } catch {
              setError('Le serveur ne répond pas : réessayez dans un instant.')
            }
          })
        }
      >
        Restaurer cette version
      </button>
      {error && (
        <span className="form-error" role="alert">
          {' '}
          {error}
        </span>
      )}
    </p>
  )
}
