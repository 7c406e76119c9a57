'use server'

import { refresh } from 'next/cache'
import { z } from 'zod'
import {
  createCategory,
  deleteCategory,
  deleteTag,
  deleteUnusedTags,
  findTagByNameOrSlug,
  getTagForAdmin,
  mergeTags,
  moveCategory,
  suggestTags,
  updateCategory,
  updateTag,
  type TaxonomyResult,
} from '@/db/queries/taxonomy'
import { fieldErrors } from '@/lib/article-input'
import { Forbidden, requestAddress, requireStaff } from '@/lib/auth'
import { can } from '@/lib/permissions'
import { categoryInputSchema, directionSchema, idSchema, tagInputSchema } from '@/lib/taxonomy-input'
import { failureMessage } from '@/lib/db-errors'

// Each action is a public endpoint: it checks the session and the role itself, validates its
// input, and the domain function checks the permission again before writing.

export type ActionResult = TaxonomyResult

const SERVER_ERROR = 'L’opération a échoué à cause d’une erreur du serveur. Rien n’a été perdu : réessayez dans un instant.'

async function guarded(run: () => Promise<ActionResult>): Promise<ActionResult> {
  try {
    return await run()
  } catch (error) {
    if (error instanceof Forbidden) return { ok: false, error: error.message }
    return { ok: false, error: failureMessage('rubriques', error, SERVER_ERROR, 'text') }
  }
}

/** Editors and administrators only: the page is hidden from others, the action refuses them too. */
async function editor() {
  const staff = await requireStaff('editor')
  if (!can(staff.role, 'taxonomy:manage')) throw new Forbidden('role')
  return { staff, ip: await requestAddress() }
}

const invalid = (error: z.ZodError): ActionResult => ({ ok: false, error: 'Certains champs sont à corriger.', fieldErrors: fieldErrors(error) })
const unknownId = (what: string): ActionResult => ({ ok: false, error: `${what} introuvable.` })

/** Creates a rubrique (id null) or edits one. */
export async function saveCategoryAction(id: unknown, raw: unknown): Promise<ActionResult> {
  return guarded(async () => {
    const { staff, ip } = await editor()
    const categoryId = id === null ? null : idSchema.safeParse(id)
    if (categoryId && !categoryId.success) return unknownId('Rubrique')
    const input = categoryInputSchema.safeParse(raw)
    if (!input.success) return invalid(input.error)
    // A new rubrique: the form then leads to the list, which reads the database afresh.
    if (!categoryId) return createCategory(staff, input.data, ip)
    const result = updateCategory(staff, categoryId.data, input.data, ip)
    if (result.ok) refresh()
    return result
  })
}

export async function deleteCategoryAction(id: unknown): Promise<ActionResult> {
  return guarded(async () => {
    const { staff, ip } = await editor()
    const categoryId = idSchema.safeParse(id)
    if (!categoryId.success) return unknownId('Rubrique')
    return deleteCategory(staff, categoryId.data, ip)
  })
}

export async function moveCategoryAction(id: unknown, direction: unknown): Promise<ActionResult> {
  return guarded(async () => {
    const { staff, ip } = await editor()
    const [categoryId, dir] = [idSchema.safeParse(id), directionSchema.safeParse(direction)]
    if (!categoryId.success || !dir.success) return unknownId('Rubrique')
    const result = moveCategory(staff, categoryId.data, dir.data, ip)
    if (result.ok) refresh()
    return result
  })
}

export async function updateTagAction(id: unknown, raw: unknown): Promise<ActionResult> {
  return guarded(async () => {
    const { staff, ip } = await editor()
    const tagId = idSchema.safeParse(id)
    if (!tagId.success) return unknownId('Tag')
    const input = tagInputSchema.safeParse(raw)
    if (!input.success) return invalid(input.error)
    const result = updateTag(staff, tagId.data, input.data, ip)
    if (result.ok) refresh()
    return result
  })
}

export async function deleteTagAction(id: unknown): Promise<ActionResult> {
  return guarded(async () => {
    const { staff, ip } = await editor()
    const tagId = idSchema.safeParse(id)
    if (!tagId.success) return unknownId('Tag')
    return deleteTag(staff, tagId.data, ip)
  })
}

/** Every tag that no story carries. */
export async function deleteUnusedTagsAction(): Promise<ActionResult> {
  return guarded(async () => {
    const { staff, ip } = await editor()
    return deleteUnusedTags(staff, ip)
  })
}

export type MergePreview =
  | { ok: true; source: { id: number; name: string; slug: string; total: number }; target: { id: number; name: string; slug: string; total: number } }
  | { ok: false; error: string; fieldErrors?: Record<string, string> }

const targetSchema = z.string().trim().min(1, 'Indiquez le tag qui doit rester.').max(80, 'Ce nom est trop long.')

/** First step of a merge: which tag the editor means, and what the merge will do. Writes nothing. */
export async function previewMergeAction(sourceId: unknown, target: unknown): Promise<MergePreview> {
  try {
    await editor()
    const id = idSchema.safeParse(sourceId)
    const text = targetSchema.safeParse(target)
    if (!id.success) return { ok: false, error: 'Tag introuvable.' }
    if (!text.success) return { ok: false, error: text.error.issues[0]!.message, fieldErrors: { target: text.error.issues[0]!.message } }
    const source = getTagForAdmin(id.data)
    if (!source) return { ok: false, error: 'Ce tag n’existe plus.' }
    const found = findTagByNameOrSlug(text.data)
    if (!found) return { ok: false, error: 'Aucun tag ne porte ce nom.', fieldErrors: { target: `Aucun tag ne s’appelle « ${text.data} » : choisissez-en un dans la liste proposée.` } }
    if (found.id === source.id) return { ok: false, error: 'Choisissez un autre tag que celui-ci.', fieldErrors: { target: 'Un tag ne peut pas être fusionné avec lui-même.' } }
    const targetTag = getTagForAdmin(found.id)!
    return {
      ok: true,
      source: { id: source.id, name: source.name, slug: source.slug, total: source.total },
      target: { id: targetTag.id, name: targetTag.name, slug: targetTag.slug, total: targetTag.total },
    }
  } catch (error) {
    if (error instanceof Forbidden) return { ok: false, error: error.message }
    return { ok: false, error: failureMessage('rubriques', error, SERVER_ERROR) }
  }
}

export async function mergeTagsAction(sourceId: unknown, targetId: unknown): Promise<ActionResult> {
  return guarded(async () => {
    const { staff, ip } = await editor()
    const [source, target] = [idSchema.safeParse(sourceId), idSchema.safeParse(targetId)]
    if (!source.success || !target.success) return unknownId('Tag')
    return mergeTags(staff, source.data, target.data, ip)
  })
}

/** Names offered while typing the tag to merge into (a short list, never the whole table). */
export async function suggestTagsAction(sourceId: unknown, text: unknown): Promise<{ name: string; slug: string }[]> {
  try {
    await editor()
  } catch {
    return []
  }
  const id = idSchema.safeParse(sourceId)
  const q = z.string().max(80).safeParse(text)
  if (!id.success || !q.success) return []
  return suggestTags(q.data, id.data).map(({ name, slug }) => ({ name, slug }))
}
