'use client'

// Create or edit a rubrique. The slug follows the name while creating (accents folded) until
// the editor types one; when editing, it stays put unless changed on purpose, since a new slug
// moves the rubrique's address (the old one then redirects).
import { useRouter } from 'next/navigation'
import { useId, useState, useTransition } from 'react'
import { OFFLINE } from '@/components/admin/move-buttons'
import { slugify } from '@/lib/slug'
import type { ActionResult } from './actions'
import { HydrationGate } from '@/components/admin/hydration-gate'

interface Fields {
  name: string
  slug: string
  description: string
}

interface Props {
  category: ({ id: number } & Fields) | null
  save: (id: number | null, raw: Fields) => Promise<ActionResult>
}

export function CategoryForm({ category, save }: Props) {
  const router = useRouter()
  const uid = useId()
  const [fields, setFields] = useState<Fields>(() => ({ name: category?.name ?? '', slug: category?.slug ?? '', description: category?.description ?? '' }))
  const [savedSlug, setSavedSlug] = useState(category?.slug ?? null)
  const [slugTouched, setSlugTouched] = useState(category !== null)
  const [result, setResult] = useState<ActionResult | null>(null)
  const [pending, startTransition] = useTransition()
  const errors = result && !result.ok ? (result.fieldErrors ?? {}) : {}
  const id = (name: string) => `${uid}-${name}`

  const set = (patch: Partial<Fields>) => setFields((f) => ({ ...f, ...patch }))

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    setResult(null)
    startTransition(async () => {
      const r = await save(category?.id ?? null, fields).catch((): ActionResult => ({ ok: false, error: OFFLINE }))
      setResult(r)
      if (!r.ok) return
      if (!category) {
        router.push(`/admin/rubriques?creee=${r.id}`)
        return
      }
      set({ slug: r.slug })
      setSavedSlug(r.slug)
    })
  }

  const slugMoves = category && savedSlug && fields.slug.trim() && fields.slug.trim() !== savedSlug

  return (
    <form className="staff-form tx-admin-form" onSubmit={submit} noValidate>
      <HydrationGate>
        {result && !result.ok && <p className="form-error">{result.error}</p>}
        {result?.ok && category && (
          <p className="tx-form-ok" role="status">
            {result.message}
          </p>
        )}
        <div className="field">
          <label htmlFor={id('name')}>Nom de la rubrique</label>
          <input
            id={id('name')}
            value={fields.name}
            maxLength={60}
            required
            aria-invalid={!!errors.name}
            aria-describedby={errors.name ? id('name-error') : undefined}
            onChange={(e) => set({ name: e.target.value, ...(slugTouched ? {} : { slug: slugify(e.target.value) }) })}
          />
          {errors.name && (
            <p id={id('name-error')} className="field-error">
              {errors.name}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={id('slug')}>Adresse de la rubrique</label>
          <div className="tx-slug-input">
            <span aria-hidden="true">/rubriques/</span>
            <input
              id={id('slug')}
              value={fields.slug}
              maxLength={80}
              spellCheck={false}
              autoCapitalize="off"
              aria-invalid={!!errors.slug}
              aria-describedby={`${id('slug-help')}${errors.slug ? ` ${id('slug-error')}` : ''}`}
              onChange={(e) => {
                setSlugTouched(true)
                set({ slug: e.target.value })
              }}
            />
          </div>
          <p id={id('slug-help')} className="field-help">
            Lettres minuscules sans accent, chiffres et tirets.{' '}
            {slugMoves ? (
              <strong>L’ancienne adresse /rubriques/{savedSlug} redirigera vers la nouvelle.</strong>
            ) : category ? (
              'Changer l’adresse laisse l’ancienne rediriger vers la nouvelle.'
            ) : (
              'Proposée d’après le nom.'
            )}
          </p>
          {category && fields.slug !== slugify(fields.name) && slugify(fields.name) && (
            <button type="button" className="link-button" onClick={() => set({ slug: slugify(fields.name) })}>
              Proposer l’adresse d’après le nom ({slugify(fields.name)})
            </button>
          )}
          {errors.slug && (
            <p id={id('slug-error')} className="field-error">
              {errors.slug}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={id('description')}>Description</label>
          <textarea
            id={id('description')}
            value={fields.description}
            rows={3}
            maxLength={300}
            aria-describedby={id('description-help')}
            onChange={(e) => set({ description: e.target.value })}
          />
          <p id={id('description-help')} className="field-help">
            Affichée en tête de la rubrique et dans son flux RSS (300 caractères au plus).
          </p>
          {errors.description && <p className="field-error">{errors.description}</p>}
        </div>
        <div className="tx-form-actions">
          <button type="submit" disabled={pending}>
            {pending ? 'Enregistrement…' : category ? 'Enregistrer la rubrique' : 'Créer la rubrique'}
          </button>
          <a href="/admin/rubriques">Retour aux rubriques</a>
        </div>
      </HydrationGate>
    </form>
  )
}
