'use client'
// A dialog to find a published story and link it as "Lire aussi" inside the body. Native modal
// <dialog>: focus moves to the search field, stays inside, Escape closes, focus returns.
import { useEffect, useId, useRef, useState } from 'react'
import { formatDate } from '@/lib/dates'

export interface PickedArticle {
  id: number
  title: string
  slug: string
}

export function ReadAlsoPicker({ open, onClose, onPick }: { open: boolean; onClose: () => void; onPick: (article: PickedArticle) => void }) {
  const dialog = useRef<HTMLDialogElement>(null)
  const [q, setQ] = useState('')
  const [state, setState] = useState<{ status: 'idle' | 'loading' | 'ready' | 'error'; items: (PickedArticle & { publishedAt: string })[] }>({ status: 'idle', items: [] })
  const titleId = useId()
  const searchId = useId()

  useEffect(() => {
    const el = dialog.current
    if (!el) return
    if (open && !el.open) el.showModal()
    if (!open && el.open) el.close()
  }, [open])

  useEffect(() => {
    if (!open || !q.trim()) return
    const controller = new AbortController()
    const timer = setTimeout(async () => {
      setState((s) => ({ ...s, status: 'loading' }))
      try {
        const response = await fetch(`/admin/articles/recherche?q=${encodeURIComponent(q)}`, { signal: controller.signal })
        if (!response.ok) throw new Error(String(response.status))
        const data = (await response.json()) as { items: (PickedArticle & { publishedAt: string })[] }
        setState({ status: 'ready', items: data.items })
      } catch (error) {
        if (!controller.signal.aborted) setState({ status: 'error', items: [] })
      }
    }, 250)
    return () => {
      controller.abort()
      clearTimeout(timer)
    }
  }, [q, open])

  return (
    <dialog ref={dialog} className="picker-dialog" aria-labelledby={titleId} onClose={onClose} onCancel={onClose}>
      <div className="picker-head">
        <h2 id={titleId}>Lier un article (« Lire aussi »)</h2>
        <button type="button" className="link-button" onClick={onClose}>
          Fermer
        </button>
      </div>
      <label htmlFor={searchId}>Rechercher un article publié</label>
      <input id={searchId} type="search" value={q} onChange={(e) => setQ(e.target.value)} autoFocus placeholder="Mots du titre ou du texte" />
      <div aria-live="polite" className="picker-status">
        {state.status === 'loading' && 'Recherche…'}
        {state.status === 'error' && 'La recherche a échoué : réessayez.'}
        {state.status === 'ready' && state.items.length === 0 && 'Aucun article publié ne correspond.'}
      </div>
      <ul className="picker-results">
        {state.items.map((a) => (
          <li key={a.id}>
            <button
              type="button"
              onClick={() => {
                onPick({ id: a.id, title: a.title, slug: a.slug })
                onClose()
              }}
            >
              <span className="picker-result-title">{a.title}</span>
              <span className="picker-result-date">{formatDate(new Date(a.publishedAt))}</span>
            </button>
          </li>
        ))}
      </ul>
    </dialog>
  )
}
