'use client'

// The site's settings. Controlled fields: whatever the server answers, what was typed stays.
import { useId, useState, useTransition } from 'react'
import { OFFLINE } from '@/components/admin/move-buttons'
import type { ImageChoice } from '@/db/queries/settings-admin'
import type { ActionResult } from './actions'
import { HydrationGate } from '@/components/admin/hydration-gate'

export interface SettingsFields {
  siteName: string
  tagline: string
  facebookPageUrl: string
  facebookAppId: string
  contactEmail: string
  /** A media id as a string; "" for the built-in image. */
  defaultShareImageId: string
}

interface Props {
  initial: SettingsFields
  images: ImageChoice[]
  fallbackImage: string
  save: (raw: SettingsFields) => Promise<ActionResult>
}

export function SettingsForm({ initial, images, fallbackImage, save }: Props) {
  const uid = useId()
  const [fields, setFields] = useState(initial)
  const [result, setResult] = useState<ActionResult | null>(null)
  const [pending, startTransition] = useTransition()
  const errors = result && !result.ok ? (result.fieldErrors ?? {}) : {}
  const id = (name: string) => `${uid}-${name}`
  const set = (patch: Partial<SettingsFields>) => setFields((f) => ({ ...f, ...patch }))

  const text = (name: keyof SettingsFields, label: string, options: { help?: string; type?: string; maxLength: number; inputMode?: 'numeric' | 'email' | 'url' }) => (
    <div className="field">
      <label htmlFor={id(name)}>{label}</label>
      <input
        id={id(name)}
        type={options.type ?? 'text'}
        inputMode={options.inputMode}
        value={fields[name]}
        maxLength={options.maxLength}
        aria-invalid={!!errors[name]}
        aria-describedby={[options.help ? id(`${name}-help`) : '', errors[name] ? id(`${name}-error`) : ''].filter(Boolean).join(' ') || undefined}
        onChange={(e) => set({ [name]: e.target.value })}
      />
      {options.help && (
        <p id={id(`${name}-help`)} className="field-help">
          {options.help}
        </p>
      )}
      {errors[name] && (
        <p id={id(`${name}-error`)} className="field-error">
          {errors[name]}
        </p>
      )}
    </div>
  )

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    setResult(null)
    startTransition(async () => setResult(await save(fields).catch((): ActionResult => ({ ok: false, error: OFFLINE }))))
  }

  return (
    <form className="staff-form tx-admin-form tx-settings-sections" onSubmit={submit} noValidate>
      <HydrationGate>
        {result && !result.ok && <p className="form-error">{result.error}</p>}
        {result?.ok && (
          <p className="tx-form-ok" role="status">
            {result.message}
          </p>
        )}
        <fieldset className="tx-fieldset">
          <legend>Identité du site</legend>
          {text('siteName', 'Nom du site', { maxLength: 60, help: 'En tête de chaque page, dans les titres, les flux RSS et les partages.' })}
          {text('tagline', 'Slogan', { maxLength: 120, help: 'Affiché sous le nom du site et dans le titre de la page d’accueil.' })}
          {text('contactEmail', 'Adresse e-mail de contact', { type: 'email', inputMode: 'email', maxLength: 254, help: 'Donnée aux lecteurs sur la page Contact.' })}
        </fieldset>
        <fieldset className="tx-fieldset">
          <legend>Facebook</legend>
          {text('facebookPageUrl', 'Adresse de la page Facebook', { type: 'url', inputMode: 'url', maxLength: 300, help: 'Liens « Suivez-nous sur Facebook » du site, par exemple https://www.facebook.com/kibaru.ml.' })}
          {text('facebookAppId', 'Identifiant d’application Facebook (facultatif)', { inputMode: 'numeric', maxLength: 20, help: 'Balise fb:app_id, pour les statistiques de partage de Facebook. Laissez vide si vous n’en avez pas.' })}
        </fieldset>
        <fieldset className="tx-fieldset" aria-describedby={id('image-help')}>
          <legend>Image de partage par défaut</legend>
          <p id={id('image-help')} className="field-help">
            Montrée par Facebook et WhatsApp pour les pages sans image propre : accueil, rubriques, tags, radios… Les articles gardent leur propre image.
            Voici les dernières images de la médiathèque ; l’idéal est une image large (1200 × 630).
          </p>
          {errors.defaultShareImageId && <p className="field-error">{errors.defaultShareImageId}</p>}
          <ul className="tx-image-grid">
            <li className="tx-radio-choice">
              <input
                type="radio"
                id={id('image-none')}
                name="defaultShareImageId"
                value=""
                checked={fields.defaultShareImageId === ''}
                onChange={() => set({ defaultShareImageId: '' })}
              />
              <label htmlFor={id('image-none')}>
                <img src={fallbackImage} alt="" width={1200} height={630} loading="lazy" />
                <span className="tx-choice-caption">Image Kibaru intégrée</span>
              </label>
            </li>
            {images.map((image) => {
              const caption = image.alt || image.name || `Image n° ${image.id}`
              return (
                <li key={image.id} className="tx-radio-choice">
                  <input
                    type="radio"
                    id={id(`image-${image.id}`)}
                    name="defaultShareImageId"
                    value={String(image.id)}
                    checked={fields.defaultShareImageId === String(image.id)}
                    onChange={() => set({ defaultShareImageId: String(image.id) })}
                  />
                  <label htmlFor={id(`image-${image.id}`)} title={caption}>
                    <img src={image.src} alt="" width={image.width} height={image.height} loading="lazy" />
                    <span className="tx-choice-caption">{caption}</span>
                  </label>
                </li>
              )
            })}
          </ul>
        </fieldset>
        <div className="tx-form-actions">
          <button type="submit" disabled={pending}>
            {pending ? 'Enregistrement…' : 'Enregistrer les réglages'}
          </button>
        </div>
      </HydrationGate>
    </form>
  )
}
