'use client'

// Uploading an image: a file, its alt text, photo credit and default caption, sent to
// POST /admin/medias/televerser with visible progress. Used by the library page and by the
// picker. The server decides what is acceptable; the size is checked here too so nobody waits
// for 10 MB to travel on mobile data only to be refused.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { ALT_MAX, CAPTION_MAX, CREDIT_MAX } from '@/lib/media/limits'
import { formatBytes, UPLOAD_ERRORS } from '@/lib/media/sniff'
import type { MediaChoice, UploadAnswer } from '@/lib/media/types'
import './media.css'
import { HydrationGate } from '@/components/admin/hydration-gate'

export const UPLOAD_URL = '/admin/medias/televerser'
export const ACCEPTED_TYPES = 'image/jpeg,image/png,image/webp,image/avif,image/gif'

type Progress = { phase: 'sending'; percent: number } | { phase: 'processing' }

/** Sends one image with XMLHttpRequest (fetch reports no upload progress). Never rejects. */
export function sendUpload(form: FormData, onProgress: (p: Progress) => void): { done: Promise<UploadAnswer>; abort: () => void } {
  const xhr = new XMLHttpRequest()
  const done = new Promise<UploadAnswer>((resolve) => {
    xhr.open('POST', UPLOAD_URL)
    xhr.responseType = 'json'
    xhr.setRequestHeader('accept', 'application/json')
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress({ phase: 'sending', percent: Math.min(100, Math.round((e.loaded / e.total) * 100)) })
    }
    xhr.upload.onload = () => onProgress({ phase: 'processing' })
    xhr.onload = () => {
      const body = xhr.response as UploadAnswer | null
      if (body && typeof body === 'object' && 'ok' in body) resolve(body)
      else if (xhr.status === 413) resolve({ ok: false, error: 'Ce fichier est trop lourd pour être envoyé.' })
      else resolve({ ok: false, error: `Le serveur a répondu de façon inattendue (erreur ${xhr.status}). Réessayez.` })
    }
    xhr.onerror = () => resolve({ ok: false, error: 'La connexion a été interrompue pendant l’envoi. Vérifiez votre réseau, puis réessayez.' })
    xhr.onabort = () => resolve({ ok: false, error: 'Envoi annulé.' })
    xhr.send(form)
  })
  return { done, abort: () => xhr.abort() }
}

export interface MediaUploadFormProps {
  /** The upload limit in bytes (env MEDIA_MAX_BYTES), for an immediate French message. */
  maxBytes: number
  /** Called once the server has stored the image. */
  onUploaded: (media: MediaChoice, fileName: string) => void
  /** Called when an upload starts (the library page clears its last success message). */
  onStart?: () => void
  /** Tighter layout for the picker dialog. */
  compact?: boolean
  submitLabel?: string
}

export function MediaUploadForm({ maxBytes, onUploaded, onStart, compact = false, submitLabel = 'Téléverser' }: MediaUploadFormProps) {
  const id = useId()
  const formRef = useRef<HTMLFormElement>(null)
  const fileRef = useRef<HTMLInputElement>(null)
  const abortRef = useRef<(() => void) | null>(null)
  const [file, setFile] = useState<File | null>(null)
  const [preview, setPreview] = useState<string | null>(null)
  const [progress, setProgress] = useState<Progress | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [dragging, setDragging] = useState(false)

  useEffect(() => {
    if (!file || !file.type.startsWith('image/') || file.type === 'image/svg+xml') return setPreview(null)
    const url = URL.createObjectURL(file)
    setPreview(url)
    return () => URL.revokeObjectURL(url)
  }, [file])

  useEffect(() => () => abortRef.current?.(), [])

  function choose(next: File | null) {
    setFile(next)
    setError(next && next.size > maxBytes ? UPLOAD_ERRORS.tooLarge(maxBytes, next.size) : null)
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    // React bubbles events through portals: a form of the page around the picker must not see this one.
    event.stopPropagation()
    if (progress) return
    onStart?.()
    if (!file) return setError(UPLOAD_ERRORS.missingFile)
    if (file.size === 0) return setError(UPLOAD_ERRORS.empty)
    if (file.size > maxBytes) return setError(UPLOAD_ERRORS.tooLarge(maxBytes, file.size))
    const data = new FormData(event.currentTarget)
    data.set('file', file, file.name)
    setError(null)
    setProgress({ phase: 'sending', percent: 0 })
    const upload = sendUpload(data, setProgress)
    abortRef.current = upload.abort
    const result = await upload.done
    abortRef.current = null
    setProgress(null)
    if (!result.ok) {
      // Keep everything typed: only the message changes.
      setError(result.error)
      return
    }
    formRef.current?.reset()
    setFile(null)
    onUploaded(result.media, file.name)
  }

  const busy = progress !== null
  const describedBy = [`${id}-file-help`, `${id}-file-status`, error ? `${id}-error` : null].filter(Boolean).join(' ')
  return (
    <form ref={formRef} className={`media-upload${compact ? ' media-upload-compact' : ''}`} onSubmit={submit} noValidate aria-busy={busy}>
      <HydrationGate>
        <div
          className={`media-drop${dragging ? ' media-drop-active' : ''}`}
          onDragOver={(e) => {
            if (busy || !e.dataTransfer.types.includes('Files')) return
            e.preventDefault()
            setDragging(true)
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault()
            setDragging(false)
            if (!busy) choose(e.dataTransfer.files[0] ?? null)
          }}
        >
          {/* The real input stays in the page, visually hidden but focusable; its label is the zone. */}
          <input
            ref={fileRef}
            id={`${id}-file`}
            className="media-file-input"
            name="file"
            type="file"
            accept={ACCEPTED_TYPES}
            disabled={busy}
            aria-labelledby={`${id}-file-title`}
            aria-describedby={describedBy}
            aria-invalid={error ? true : undefined}
            onChange={(e) => choose(e.currentTarget.files?.[0] ?? null)}
          />
          <label htmlFor={`${id}-file`} className="media-drop-zone">
            {preview ? (
              // A local preview (blob: URL): next/image has nothing to optimise here.
              <img className="media-upload-preview" src={preview} alt="" onError={() => setPreview(null)} />
            ) : (
              <span className="media-drop-icon" aria-hidden="true" />
            )}
            <span className="media-drop-text">
              <span className="media-drop-title" id={`${id}-file-title`}>
                Image
              </span>
              <span className="media-drop-button" aria-hidden="true">
                {file ? 'Choisir une autre image…' : 'Choisir une image…'}
              </span>
              <span className="media-drop-hint" aria-hidden="true">
                ou glissez-la ici
              </span>
            </span>
          </label>
          <p className="media-drop-status" id={`${id}-file-status`} aria-live="polite">
            {file ? `${file.name} (${formatBytes(file.size)})` : 'Aucune image choisie.'}
          </p>
          <p className="field-help" id={`${id}-file-help`}>
            JPEG, PNG, WebP, AVIF ou GIF, {formatBytes(maxBytes)} au plus. Les données de localisation et de l’appareil sont retirées.
          </p>
        </div>
        <div className="media-upload-fields">
          <div className="field">
            <label htmlFor={`${id}-alt`}>Texte alternatif</label>
            <input id={`${id}-alt`} name="alt" maxLength={ALT_MAX} disabled={busy} aria-describedby={`${id}-alt-help`} />
            <p className="field-help" id={`${id}-alt-help`}>
              Ce que montre l’image, pour qui ne la voit pas.
            </p>
          </div>
          <div className="field">
            <label htmlFor={`${id}-credit`}>Crédit photo</label>
            <input id={`${id}-credit`} name="credit" maxLength={CREDIT_MAX} disabled={busy} placeholder="Awa Traoré / Kibaru" />
          </div>
          <div className="field">
            <label htmlFor={`${id}-caption`}>Légende par défaut</label>
            <input id={`${id}-caption`} name="caption" maxLength={CAPTION_MAX} disabled={busy} />
          </div>
          {error && (
            <p className="form-error" id={`${id}-error`} aria-live="assertive">
              {error}
            </p>
          )}
          <div className="media-upload-actions">
            <button type="submit" disabled={busy}>
              {busy ? 'Envoi en cours…' : submitLabel}
            </button>
            {progress && (
              <div className="media-progress" aria-live="polite">
                <progress max={100} value={progress.phase === 'sending' ? progress.percent : undefined} aria-label="Progression du téléversement" />
                <span>{progress.phase === 'sending' ? `Envoi : ${progress.percent}\u00a0%` : 'Traitement de l’image…'}</span>
                {progress.phase === 'sending' && (
                  <button type="button" className="link-button" onClick={() => abortRef.current?.()}>
                    Annuler
                  </button>
                )}
              </div>
            )}
          </div>
        </div>
      </HydrationGate>
    </form>
  )
}
