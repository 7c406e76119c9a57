'use server'

// Editing and deleting library images. Each action is a public endpoint: it checks the session and
// the role itself, validates its input, and the query function checks this very image (journalists
// manage only their own uploads).
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { deleteMedia, updateMedia } from '@/db/queries/media'
import { Forbidden, requestAddress, requireStaff } from '@/lib/auth'
import { mediaFieldErrors, mediaFieldsSchema } from '@/lib/media/fields'
import { failureMessage } from '@/lib/db-errors'

export interface MediaEditState {
  status: 'idle' | 'saved' | 'error'
  error?: string
  fieldErrors?: Record<string, string>
  /** What was submitted, so a refused save loses nothing. */
  values?: { alt: string; credit: string; caption: string }
  savedAt?: string
}

export interface MediaDeleteState {
  error?: string
}

const idSchema = z.coerce.number().int().positive().max(2 ** 31)

function submitted(form: unknown) {
  if (!(form instanceof FormData)) return null
  const text = (key: string) => {
    const value = form.get(key)
    return typeof value === 'string' ? value : ''
  }
  return { id: form.get('id'), values: { alt: text('alt'), credit: text('credit'), caption: text('caption') } }
}

const SERVER_ERROR = 'L’enregistrement a échoué à cause d’une erreur du serveur. Vos changements sont conservés : réessayez dans un instant.'

export async function updateMediaAction(_: MediaEditState, form: FormData): Promise<MediaEditState> {
  try {
    const staff = await requireStaff('journalist')
    const input = submitted(form)
    if (!input) return { status: 'error', error: 'Formulaire invalide.' }
    const id = idSchema.safeParse(input.id)
    if (!id.success) return { status: 'error', error: 'Cette image n’existe pas ou a été supprimée.', values: input.values }
    const fields = mediaFieldsSchema.safeParse(input.values)
    if (!fields.success) return { status: 'error', error: 'Certains champs sont à corriger.', fieldErrors: mediaFieldErrors(fields.error), values: input.values }
    const result = updateMedia(staff, id.data, fields.data, await requestAddress())
    if (!result.ok) return { status: 'error', error: result.error, values: input.values }
    return { status: 'saved', values: { alt: fields.data.alt, credit: fields.data.credit ?? '', caption: fields.data.caption }, savedAt: new Date().toISOString() }
  } catch (error) {
    if (error instanceof Forbidden) return { status: 'error', error: error.message }
    return { status: 'error', error: failureMessage('media', error, SERVER_ERROR, 'text'), values: submitted(form)?.values }
  }
}

export async function deleteMediaAction(_: MediaDeleteState, form: FormData): Promise<MediaDeleteState> {
  let deleted = false
  try {
    const staff = await requireStaff('journalist')
    const id = idSchema.safeParse(form instanceof FormData ? form.get('id') : null)
    if (!id.success) return { error: 'Cette image n’existe pas ou a été supprimée.' }
    const result = await deleteMedia(staff, id.data, await requestAddress())
    if (!result.ok) return { error: result.error }
    deleted = true
  } catch (error) {
    if (error instanceof Forbidden) return { error: error.message }
    return { error: failureMessage('media', error, 'La suppression a échoué à cause d’une erreur du serveur. Réessayez dans un instant.') }
  }
  // Outside the try: Next's redirect works by throwing.
  if (deleted) redirect('/admin/medias?supprimee=1')
  return {}
}
