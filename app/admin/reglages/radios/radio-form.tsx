'use client'

// Add or edit a radio or TV station. Controlled fields: a refusal never loses what was typed.
import { useRouter } from 'next/navigation'
import { useId, useState, useTransition } from 'react'
import { OFFLINE } from '@/components/admin/move-buttons'
import type { ActionResult } from '../actions'
import { HydrationGate } from '@/components/admin/hydration-gate'

export interface RadioFields {
  name: string
  kind: 'radio' | 'tv'
  streamUrl: string
  websiteUrl: string
  city: string
  frequency: string
  description: string
  active: boolean
}

interface Props {
  radio: ({ id: number } & RadioFields) | null
  save: (id: number | null, raw: RadioFields) => Promise<ActionResult>
}

export function RadioForm({ radio, save }: Props) {
  const router = useRouter()
  const uid = useId()
  const [fields, setFields] = useState<RadioFields>(
    () => radio ?? { name: '', kind: 'radio', streamUrl: '', websiteUrl: '', city: '', frequency: '', description: '', active: true },
  )
  const [result, setResult] = useState<ActionResult | null>(null)
  const [pending, startTransition] = useTransition()
  const errors = result && !result.ok ? (result.fieldErrors ?? {}) : {}
  const id = (name: string) => `${uid}-${name}`
  const set = (patch: Partial<RadioFields>) => setFields((f) => ({ ...f, ...patch }))

  const described = (name: string, help: boolean) => [help ? id(`${name}-help`) : '', errors[name] ? id(`${name}-error`) : ''].filter(Boolean).join(' ') || undefined
  const error = (name: string) =>
    errors[name] && (
      <p id={id(`${name}-error`)} className="field-error">
        {errors[name]}
      </p>
    )
  const text = (name: 'name' | 'streamUrl' | 'websiteUrl' | 'city' | 'frequency', label: string, maxLength: number, help?: string, type = 'text') => (
    <div className="field">
      <label htmlFor={id(name)}>{label}</label>
      <input
        id={id(name)}
        type={type}
        value={fields[name]}
        maxLength={maxLength}
        spellCheck={type === 'url' ? false : undefined}
        aria-invalid={!!errors[name]}
        aria-describedby={described(name, !!help)}
        onChange={(e) => set({ [name]: e.target.value } as Partial<RadioFields>)}
      />
      {help && (
        <p id={id(`${name}-help`)} className="field-help">
          {help}
        </p>
      )}
      {error(name)}
    </div>
  )

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    setResult(null)
    startTransition(async () => {
      const r = await save(radio?.id ?? null, fields).catch((): ActionResult => ({ ok: false, error: OFFLINE }))
      setResult(r)
      if (r.ok && !radio) router.push(`/admin/reglages/radios?ajoutee=${r.id}`)
    })
  }

  return (
    <form className="staff-form tx-admin-form" onSubmit={submit} noValidate>
      <HydrationGate>
        {result && !result.ok && <p className="form-error">{result.error}</p>}
        {result?.ok && radio && (
          <p className="tx-form-ok" role="status">
            {result.message}
          </p>
        )}
        {text('name', 'Nom de la station', 80)}
        <fieldset className="field">
          <legend>Type</legend>
          <label className="check">
            <input type="radio" name={id('kind')} value="radio" checked={fields.kind === 'radio'} onChange={() => set({ kind: 'radio' })} /> Radio
          </label>
          <label className="check">
            <input type="radio" name={id('kind')} value="tv" checked={fields.kind === 'tv'} onChange={() => set({ kind: 'tv' })} /> Télévision
          </label>
          {error('kind')}
        </fieldset>
        {text('streamUrl', 'Adresse du flux', 500, 'Le flux audio ou vidéo en direct : https://… (ou http://), ou un fichier du site sous /media/…', 'text')}
        {text('websiteUrl', 'Site web (facultatif)', 300, undefined, 'url')}
        {text('city', 'Ville (facultatif)', 60)}
        {text('frequency', 'Fréquence (facultatif)', 30, 'Par exemple « 97.6 MHz ».')}
        <div className="field">
          <label htmlFor={id('description')}>Description</label>
          <textarea id={id('description')} value={fields.description} rows={3} maxLength={400} aria-invalid={!!errors.description} onChange={(e) => set({ description: e.target.value })} />
          {error('description')}
        </div>
        <label className="check">
          <input type="checkbox" checked={fields.active} onChange={(e) => set({ active: e.target.checked })} /> En ligne : visible sur la page Radios du site
        </label>
        <div className="tx-form-actions">
          <button type="submit" disabled={pending}>
            {pending ? 'Enregistrement…' : radio ? 'Enregistrer la station' : 'Ajouter la station'}
          </button>
          <a href="/admin/reglages/radios">Retour aux stations</a>
        </div>
      </HydrationGate>
    </form>
  )
}
