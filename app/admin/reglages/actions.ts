'use server'

import { refresh } from 'next/cache'
import { z } from 'zod'
import { createRadio, deleteRadio, moveRadio, updateRadio, updateSettings, type SettingsResult } from '@/db/queries/settings-admin'
import { fieldErrors } from '@/lib/article-input'
import { Forbidden, requestAddress, requireStaff } from '@/lib/auth'
import { can } from '@/lib/permissions'
import { radioInputSchema, settingsInputSchema } from '@/lib/settings-input'
import { directionSchema, idSchema } from '@/lib/taxonomy-input'
import { failureMessage } from '@/lib/db-errors'

// Each action is a public endpoint: it checks the session and the role itself (administrators
// only), validates its input, and the domain function checks the permission again.

export type ActionResult = SettingsResult

async function guarded(run: () => Promise<ActionResult>): Promise<ActionResult> {
  try {
    return await run()
  } catch (error) {
    if (error instanceof Forbidden) return { ok: false, error: error.message }
    return { ok: false, error: failureMessage('reglages', error, 'L’enregistrement a échoué à cause d’une erreur du serveur. Vos saisies sont conservées : réessayez dans un instant.', 'text') }
  }
}

async function admin() {
  const staff = await requireStaff('admin')
  if (!can(staff.role, 'settings:manage')) throw new Forbidden('role')
  return { staff, ip: await requestAddress() }
}

const invalid = (error: z.ZodError): ActionResult => ({ ok: false, error: 'Certains champs sont à corriger.', fieldErrors: fieldErrors(error) })

export async function saveSettingsAction(raw: unknown): Promise<ActionResult> {
  return guarded(async () => {
    const { staff, ip } = await admin()
    const input = settingsInputSchema.safeParse(raw)
    if (!input.success) return invalid(input.error)
    const result = updateSettings(staff, input.data, ip)
    if (result.ok) refresh()
    return result
  })
}

/** Adds a station (id null) or edits one. */
export async function saveRadioAction(id: unknown, raw: unknown): Promise<ActionResult> {
  return guarded(async () => {
    const { staff, ip } = await admin()
    const radioId = id === null ? null : idSchema.safeParse(id)
    if (radioId && !radioId.success) return { ok: false, error: 'Station introuvable.' }
    const input = radioInputSchema.safeParse(raw)
    if (!input.success) return invalid(input.error)
    if (!radioId) return createRadio(staff, input.data, ip)
    const result = updateRadio(staff, radioId.data, input.data, ip)
    if (result.ok) refresh()
    return result
  })
}

export async function deleteRadioAction(id: unknown): Promise<ActionResult> {
  return guarded(async () => {
    const { staff, ip } = await admin()
    const radioId = idSchema.safeParse(id)
    if (!radioId.success) return { ok: false, error: 'Station introuvable.' }
    return deleteRadio(staff, radioId.data, ip)
  })
}

export async function moveRadioAction(id: unknown, direction: unknown): Promise<ActionResult> {
  return guarded(async () => {
    const { staff, ip } = await admin()
    const [radioId, dir] = [idSchema.safeParse(id), directionSchema.safeParse(direction)]
    if (!radioId.success || !dir.success) return { ok: false, error: 'Station introuvable.' }
    const result = moveRadio(staff, radioId.data, dir.data, ip)
    if (result.ok) refresh()
    return result
  })
}
