'use client'

/**
 * MediaPicker: a modal dialog to choose an image from the library, or upload a new one, for an
 * article's cover or an image inside its body.
 *
 * ```tsx
 * const [open, setOpen] = useState(false)
 * <button type="button" onClick={() => setOpen(true)}>Choisir l’image principale</button>
 * <MediaPicker
 *   open={open}
 *   onClose={() => setOpen(false)}
 *   onPick={(m) => setCover({ id: m.id, caption: m.caption })}
 *   title="Image principale"
 *   selectedId={cover?.id}
 * />
 * ```
 *
 * Props:
 * - `open` (boolean, required): the caller owns the state; true shows the dialog (showModal).
 * - `onClose()` (required): called whenever the dialog closes: Escape, "Fermer", a click on the
 *   backdrop, and right after `onPick`. Set `open` to false there.
 * - `onPick(media: PickedMedia)` (required): the chosen or freshly uploaded image:
 *   `{ id, src, width, height, alt, credit, caption }` (`caption` is the image's default caption,
 *   to copy into the use; `credit` may be null). Store `id` (body nodes: `{ type: 'image', attrs:
 *   { mediaId: id, caption } }`; covers: `coverMediaId`).
 * - `title` (string, optional): the dialog's heading, "Choisir une image" by default.
 * - `selectedId` (number | null, optional): marks the current image in the grid.
 *
 * Keyboard: focus moves into the dialog (search field) on open, stays inside while it is open
 * (native modal <dialog>), Escape closes, and focus returns to the element that opened it
 * (before `onClose` runs, so `onClose` may move it elsewhere, e.g. back into the text editor).
 * Data: GET /admin/medias/liste (staff only) and POST /admin/medias/televerser.
 */
import Image from 'next/image'
import { useCallback, useEffect, useId, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import type { MediaChoice, MediaPageAnswer } from '@/lib/media/types'
import { MediaUploadForm } from './media-upload-form'
import './media.css'

export type PickedMedia = Omit<MediaChoice, 'thumb'>

export interface MediaPickerProps {
  open: boolean
  onClose: () => void
  onPick: (media: PickedMedia) => void
  title?: string
  selectedId?: number | null
}

const LIST_URL = '/admin/medias/liste'
const DEFAULT_MAX_BYTES = 10 * 1024 * 1024

type Panel = 'library' | 'upload'
type ListState = { status: 'idle' | 'loading' | 'ready' | 'error'; items: MediaChoice[]; page: number; totalPages: number; total: number; error?: string }

const EMPTY_LIST: ListState = { status: 'idle', items: [], page: 0, totalPages: 0, total: 0 }

function picked({ id, src, width, height, alt, credit, caption }: MediaChoice): PickedMedia {
  return { id, src, width, height, alt, credit, caption }
}

export function MediaPicker({ open, onClose, onPick, title = 'Choisir une image', selectedId = null }: MediaPickerProps) {
  const uid = useId()
  const dialogRef = useRef<HTMLDialogElement>(null)
  const searchRef = useRef<HTMLInputElement>(null)
  const openerRef = useRef<HTMLElement | null>(null)
  const requestRef = useRef(0)
  const [panel, setPanel] = useState<Panel>('library')
  const [query, setQuery] = useState('')
  const [mine, setMine] = useState(false)
  const [list, setList] = useState<ListState>(EMPTY_LIST)
  const [maxBytes, setMaxBytes] = useState(DEFAULT_MAX_BYTES)
  // Rendered at the end of <body>, never inside the caller's markup: its upload form must not nest
  // in a form of the page, nor be disabled by a <fieldset disabled> around the button that opens it.
  const [host, setHost] = useState<HTMLElement | null>(null)
  useEffect(() => setHost(document.body), [])

  // Open and close the native dialog with the `open` prop; remember who opened it.
  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    if (open && !dialog.open) {
      openerRef.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
      dialog.showModal()
      searchRef.current?.focus()
    } else if (!open && dialog.open) {
      dialog.close()
    }
  }, [open, host])

  // However it closes (Escape, button, backdrop, pick), tell the caller and give focus back.
  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    const closed = () => {
      const opener = openerRef.current
      openerRef.current = null
      if (opener?.isConnected) opener.focus()
      // After the focus is back, so that onClose may move it elsewhere (into the text editor).
      onClose()
    }
    dialog.addEventListener('close', closed)
    return () => dialog.removeEventListener('close', closed)
  }, [onClose, host])

  const load = useCallback(async (q: string, onlyMine: boolean, page: number) => {
    const request = ++requestRef.current
    setList((l) => ({ ...(page === 1 ? EMPTY_LIST : l), status: 'loading' }))
    try {
      const params = new URLSearchParams({ q, page: String(page), ...(onlyMine && { mine: '1' }) })
      const response = await fetch(`${LIST_URL}?${params}`, { headers: { accept: 'application/json' }, cache: 'no-store' })
      const body = (await response.json()) as MediaPageAnswer
      if (request !== requestRef.current) return
      if (!body.ok) return setList((l) => ({ ...l, status: 'error', error: body.error }))
      setMaxBytes(body.maxBytes)
      setList((l) => ({ status: 'ready', items: page === 1 ? body.items : [...l.items, ...body.items.filter((i) => !l.items.some((o) => o.id === i.id))], page: body.page, totalPages: body.totalPages, total: body.total }))
    } catch {
      if (request === requestRef.current) setList((l) => ({ ...l, status: 'error', error: 'La médiathèque n’a pas pu être chargée. Vérifiez votre connexion, puis réessayez.' }))
    }
  }, [])

  // Search as the journalist types, a moment after the last key.
  useEffect(() => {
    if (!open) return
    const timer = window.setTimeout(() => void load(query.trim(), mine, 1), query ? 300 : 0)
    return () => window.clearTimeout(timer)
  }, [open, query, mine, load])

  function choose(media: MediaChoice) {
    onPick(picked(media))
    dialogRef.current?.close()
  }

  const statusText =
    list.status === 'loading' && list.items.length === 0
      ? 'Chargement…'
      : list.status === 'error'
        ? ''
        : list.status === 'ready'
          ? list.total === 0
            ? query
              ? `Aucune image ne correspond à « ${query.trim()} ».`
              : 'La médiathèque est vide.'
            : `${new Intl.NumberFormat('fr-FR').format(list.total)} image${list.total > 1 ? 's' : ''}`
          : ''

  if (!host) return null
  return createPortal(
    <dialog
      ref={dialogRef}
      className="media-picker"
      aria-labelledby={`${uid}-title`}
      onClick={(e) => {
        // A click on the backdrop (the dialog element itself, outside its box) closes it.
        if (e.target === e.currentTarget) {
          const box = e.currentTarget.getBoundingClientRect()
          if (e.clientX < box.left || e.clientX > box.right || e.clientY < box.top || e.clientY > box.bottom) e.currentTarget.close()
        }
      }}
    >
      {/* Content only while open: a closed picker leaves no fields in the page. */}
      {open && (
        <div className="media-picker-inner">
          <header className="media-picker-header">
            <h2 id={`${uid}-title`}>{title}</h2>
            <button type="button" className="media-picker-close" onClick={() => dialogRef.current?.close()}>
              Fermer
            </button>
          </header>
          <div className="media-picker-tabs" role="group" aria-label="Source de l’image">
            <button type="button" aria-pressed={panel === 'library'} onClick={() => setPanel('library')}>
              Médiathèque
            </button>
            <button type="button" aria-pressed={panel === 'upload'} onClick={() => setPanel('upload')}>
              Téléverser
            </button>
          </div>

          <div hidden={panel !== 'library'} className="media-picker-panel">
            <div className="media-picker-search">
              <div className="field">
                <label htmlFor={`${uid}-q`}>Rechercher une image</label>
                <input ref={searchRef} id={`${uid}-q`} type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Description, crédit, légende, nom du fichier" />
              </div>
              <label className="check">
                <input type="checkbox" checked={mine} onChange={(e) => setMine(e.target.checked)} /> Mes images seulement
              </label>
            </div>
            <p className="field-help" aria-live="polite">
              {statusText}
            </p>
            {list.status === 'error' && (
              <p className="form-error" aria-live="assertive">
                {list.error}{' '}
                <button type="button" className="link-button" onClick={() => void load(query.trim(), mine, Math.max(1, list.page + 1))}>
                  Réessayer
                </button>
              </p>
            )}
            <ul className="media-picker-grid">
              {list.items.map((m) => (
                <li key={m.id}>
                  <button type="button" className="media-picker-item" aria-current={m.id === selectedId ? 'true' : undefined} onClick={() => choose(m)}>
                    <Image src={m.thumb} alt="" width={m.width} height={m.height} sizes="160px" />
                    <span className="media-picker-alt">{m.alt || `Image n° ${m.id} (sans texte alternatif)`}</span>
                    {m.credit && <span className="media-picker-credit">{m.credit}</span>}
                    {m.id === selectedId && <span className="media-picker-current">Image actuelle</span>}
                  </button>
                </li>
              ))}
            </ul>
            {list.page < list.totalPages && (
              <button type="button" className="button-secondary media-picker-more" disabled={list.status === 'loading'} onClick={() => void load(query.trim(), mine, list.page + 1)}>
                {list.status === 'loading' ? 'Chargement…' : 'Afficher plus d’images'}
              </button>
            )}
          </div>

          <div hidden={panel !== 'upload'} className="media-picker-panel">
            <MediaUploadForm compact maxBytes={maxBytes} submitLabel="Téléverser et utiliser" onUploaded={(media) => choose(media)} />
          </div>
        </div>
      )}
    </dialog>,
    host,
  )
}
