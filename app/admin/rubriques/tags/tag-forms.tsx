'use client'

// Renaming a tag, and merging it into another one (in two steps: choose, then confirm with what
// the merge will do). What was typed stays in the fields whatever the server answers.
import { useRouter } from 'next/navigation'
import { useEffect, useId, useState, useTransition } from 'react'
import { OFFLINE } from '@/components/admin/move-buttons'
import { slugify } from '@/lib/slug'
import type { ActionResult, MergePreview } from '../actions'
import { HydrationGate } from '@/components/admin/hydration-gate'

interface TagFields {
  name: string
  slug: string
}

export function TagRenameForm({ tag, save }: { tag: { id: number } & TagFields; save: (id: number, raw: TagFields) => Promise<ActionResult> }) {
  const uid = useId()
  const [fields, setFields] = useState<TagFields>({ name: tag.name, slug: tag.slug })
  const [savedSlug, setSavedSlug] = useState(tag.slug)
  const [result, setResult] = useState<ActionResult | null>(null)
  const [pending, startTransition] = useTransition()
  const errors = result && !result.ok ? (result.fieldErrors ?? {}) : {}
  const proposed = slugify(fields.name, 60)

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    setResult(null)
    startTransition(async () => {
      const r = await save(tag.id, fields).catch((): ActionResult => ({ ok: false, error: OFFLINE }))
      setResult(r)
      if (r.ok) {
        setFields((f) => ({ ...f, slug: r.slug }))
        setSavedSlug(r.slug)
      }
    })
  }

  return (
    <form className="staff-form tx-admin-form" onSubmit={submit} noValidate>
      <HydrationGate>
        {result && !result.ok && <p className="form-error">{result.error}</p>}
        {result?.ok && (
          <p className="tx-form-ok" role="status">
            {result.message}
          </p>
        )}
        <div className="field">
          <label htmlFor={`${uid}-name`}>Nom du tag</label>
          <input id={`${uid}-name`} value={fields.name} maxLength={60} aria-invalid={!!errors.name} onChange={(e) => setFields((f) => ({ ...f, name: e.target.value }))} />
          {errors.name && <p className="field-error">{errors.name}</p>}
        </div>
        <div className="field">
          <label htmlFor={`${uid}-slug`}>Adresse du tag</label>
          <div className="tx-slug-input">
            <span aria-hidden="true">/tags/</span>
            <input
              id={`${uid}-slug`}
              value={fields.slug}
              maxLength={60}
              spellCheck={false}
              autoCapitalize="off"
              aria-invalid={!!errors.slug}
              aria-describedby={`${uid}-slug-help`}
              onChange={(e) => setFields((f) => ({ ...f, slug: e.target.value }))}
            />
          </div>
          <p id={`${uid}-slug-help`} className="field-help">
            {fields.slug.trim() && fields.slug.trim() !== savedSlug ? (
              <strong>L’ancienne adresse /tags/{savedSlug} redirigera vers la nouvelle.</strong>
            ) : (
              'Changer l’adresse laisse l’ancienne rediriger vers la nouvelle.'
            )}
          </p>
          {proposed && proposed !== fields.slug && (
            <button type="button" className="link-button" onClick={() => setFields((f) => ({ ...f, slug: proposed }))}>
              Proposer l’adresse d’après le nom ({proposed})
            </button>
          )}
          {errors.slug && <p className="field-error">{errors.slug}</p>}
        </div>
        <div className="tx-form-actions">
          <button type="submit" disabled={pending}>
            {pending ? 'Enregistrement…' : 'Enregistrer le tag'}
          </button>
        </div>
      </HydrationGate>
    </form>
  )
}

interface MergeProps {
  tag: { id: number; name: string }
  preview: (sourceId: number, target: string) => Promise<MergePreview>
  merge: (sourceId: number, targetId: number) => Promise<ActionResult>
  suggest: (sourceId: number, text: string) => Promise<{ name: string; slug: string }[]>
}

export function TagMergeForm({ tag, preview, merge, suggest }: MergeProps) {
  const router = useRouter()
  const uid = useId()
  const [target, setTarget] = useState('')
  // Suggestions are fetched while typing only, never once the merge is being prepared.
  const [typing, setTyping] = useState(false)
  const [options, setOptions] = useState<{ name: string; slug: string }[]>([])
  const [plan, setPlan] = useState<Extract<MergePreview, { ok: true }> | null>(null)
  const [error, setError] = useState<{ error: string; field?: string } | null>(null)
  const [pending, startTransition] = useTransition()

  // Names offered while typing, a short list fetched as the editor types (never the whole table).
  useEffect(() => {
    const text = target.trim()
    if (!typing || text.length < 1) return
    let stale = false
    const timer = setTimeout(() => {
      suggest(tag.id, text)
        .then((found) => {
          if (!stale) setOptions(found)
        })
        .catch(() => {})
    }, 200)
    return () => {
      stale = true
      clearTimeout(timer)
    }
  }, [target, typing, tag.id, suggest])

  const check = (event: React.FormEvent) => {
    event.preventDefault()
    setError(null)
    setTyping(false)
    startTransition(async () => {
      const r = await preview(tag.id, target).catch((): MergePreview => ({ ok: false, error: OFFLINE }))
      if (r.ok) setPlan(r)
      else setError({ error: r.error, field: r.fieldErrors?.target })
    })
  }

  const confirm = () =>
    startTransition(async () => {
      if (!plan) return
      const r = await merge(plan.source.id, plan.target.id).catch((): ActionResult => ({ ok: false, error: OFFLINE }))
      if (r.ok) {
        router.push(`/admin/rubriques/tags/${r.id}?fusion=${encodeURIComponent(plan.source.slug)}`)
        return
      }
      setPlan(null)
      setError({ error: r.error })
    })

  return (
    <form className="staff-form tx-admin-form" onSubmit={check} noValidate>
      <HydrationGate>
        <div className="field">
          <label htmlFor={`${uid}-target`}>Fusionner dans le tag</label>
          <input
            id={`${uid}-target`}
            list={`${uid}-options`}
            value={target}
            maxLength={80}
            autoComplete="off"
            aria-invalid={!!error?.field}
            aria-describedby={`${uid}-help${error?.field ? ` ${uid}-error` : ''}`}
            onChange={(e) => {
              setTarget(e.target.value)
              setTyping(true)
              setPlan(null)
            }}
          />
          <datalist id={`${uid}-options`}>
            {options.map((o) => (
              <option key={o.slug} value={o.name}>
                /tags/{o.slug}
              </option>
            ))}
          </datalist>
          <p id={`${uid}-help`} className="field-help">
            Le nom ou l’adresse du tag qui reste. Ses articles gagnent tous ceux de « {tag.name} », qui disparaît ; son adresse redirige vers
            celle du tag choisi.
          </p>
          {error?.field && (
            <p id={`${uid}-error`} className="field-error">
              {error.field}
            </p>
          )}
        </div>
        {error && !error.field && <p className="form-error">{error.error}</p>}
        {!plan ? (
          <div className="tx-form-actions">
            <button type="submit" className="button-secondary" disabled={pending || !target.trim()}>
              Préparer la fusion
            </button>
          </div>
        ) : (
          <div className="tx-confirm-box" role="group" aria-label="Confirmer la fusion">
            <p>
              Les {plan.source.total} article{plan.source.total > 1 ? 's' : ''} de « {plan.source.name} » porteront le tag « {plan.target.name} » (qui en
              compte déjà {plan.target.total}). L’adresse /tags/{plan.source.slug} mènera à /tags/{plan.target.slug}, et « {plan.source.name} » sera
              supprimé. Cette action est définitive.
            </p>
            <div className="tx-confirm-actions">
              <button type="button" className="tx-button-danger" disabled={pending} onClick={confirm}>
                {pending ? 'Fusion…' : `Fusionner dans « ${plan.target.name} »`}
              </button>
              <button type="button" className="button-secondary" disabled={pending} onClick={() => setPlan(null)}>
                Annuler
              </button>
            </div>
          </div>
        )}
      </HydrationGate>
    </form>
  )
}
