'use server'

import { revalidatePath } from 'next/cache'
import { articleInputSchema, fieldErrors, reviewNoteSchema, scheduleInputSchema } from '@/lib/article-input'
import { Forbidden, requireStaff } from '@/lib/auth'
import { logStorageFault, storageFaultMessage } from '@/lib/db-errors'
import {
  acknowledgeLatePublication,
  publishArticle,
  restoreRevision,
  saveArticle,
  scheduleArticle,
  sendBackArticle,
  submitForReview,
  unpublishArticle,
  type WriteResult,
} from '@/db/queries/article-writes'
import { writeWhenUnlocked } from '@/db/queries/write-lock'

// Each action is a public endpoint: it checks the session and the role itself, validates its
// input, and lets the domain function check this very article. Writes wait for a database locked
// by another process without freezing the server (db/queries/write-lock.ts), and a lock that
// outlasts the wait, or a full disk, comes back as a retryable French message.

async function guarded(run: () => Promise<WriteResult>): Promise<WriteResult> {
  try {
    return await run()
  } catch (error) {
    if (error instanceof Forbidden) return { ok: false, error: error.message }
    // The domain functions already answer storage faults of their writes; this catches one in
    // the reads around them (the session's account, say) with the same message.
    const fault = storageFaultMessage(error, 'text')
    if (fault) {
      logStorageFault('articles', error)
      return { ok: false, error: fault, retryable: true }
    }
    console.error('[articles]', error)
    return { ok: false, error: 'L’enregistrement a échoué à cause d’une erreur du serveur. Votre texte est conservé : réessayez dans un instant.' }
  }
}

const id = (value: unknown) => (Number.isSafeInteger(value) && (value as number) > 0 ? (value as number) : null)

export async function saveArticleAction(articleId: number | null, expectedVersion: number | null, raw: unknown, autosave: unknown = false): Promise<WriteResult> {
  return guarded(async () => {
    const staff = await requireStaff('journalist')
    const input = articleInputSchema.safeParse(raw)
    if (!input.success) return { ok: false, error: 'Certains champs sont à corriger.', fieldErrors: fieldErrors(input.error) }
    if (articleId !== null && id(articleId) === null) return { ok: false, error: 'Article introuvable.' }
    return writeWhenUnlocked(() => saveArticle(staff, articleId, articleId === null ? null : id(expectedVersion), input.data, { autosave: autosave === true }))
  })
}

export async function submitForReviewAction(articleId: number, version: number): Promise<WriteResult> {
  return guarded(async () => {
    const staff = await requireStaff('journalist')
    const [a, v] = [id(articleId), id(version)]
    return a && v ? writeWhenUnlocked(() => submitForReview(staff, a, v)) : { ok: false, error: 'Article introuvable.' }
  })
}

export async function publishArticleAction(articleId: number, version: number): Promise<WriteResult> {
  return guarded(async () => {
    const staff = await requireStaff('editor')
    const [a, v] = [id(articleId), id(version)]
    return a && v ? writeWhenUnlocked(() => publishArticle(staff, a, v)) : { ok: false, error: 'Article introuvable.' }
  })
}

export async function unpublishArticleAction(articleId: number, version: number): Promise<WriteResult> {
  return guarded(async () => {
    const staff = await requireStaff('editor')
    const [a, v] = [id(articleId), id(version)]
    return a && v ? writeWhenUnlocked(() => unpublishArticle(staff, a, v)) : { ok: false, error: 'Article introuvable.' }
  })
}

export async function scheduleArticleAction(articleId: number, version: number, when: unknown): Promise<WriteResult> {
  return guarded(async () => {
    const staff = await requireStaff('editor')
    const [a, v] = [id(articleId), id(version)]
    if (!a || !v) return { ok: false, error: 'Article introuvable.' }
    const at = scheduleInputSchema.safeParse(when)
    if (!at.success) return { ok: false, error: at.error.issues[0]?.message ?? 'Date invalide.', fieldErrors: { scheduledAt: at.error.issues[0]?.message ?? 'Date invalide.' } }
    return writeWhenUnlocked(() => scheduleArticle(staff, a, v, at.data))
  })
}

export async function sendBackArticleAction(articleId: number, version: number, note: unknown): Promise<WriteResult> {
  return guarded(async () => {
    const staff = await requireStaff('editor')
    const [a, v] = [id(articleId), id(version)]
    if (!a || !v) return { ok: false, error: 'Article introuvable.' }
    const text = reviewNoteSchema.safeParse(note)
    if (!text.success) return { ok: false, error: text.error.issues[0]?.message ?? 'Note invalide.', fieldErrors: { note: text.error.issues[0]?.message ?? 'Note invalide.' } }
    return writeWhenUnlocked(() => sendBackArticle(staff, a, v, text.data))
  })
}

export async function restoreRevisionAction(articleId: number, version: number, revisionId: number): Promise<WriteResult> {
  return guarded(async () => {
    const staff = await requireStaff('journalist')
    const [a, v, r] = [id(articleId), id(version), id(revisionId)]
    return a && v && r ? writeWhenUnlocked(() => restoreRevision(staff, a, v, r)) : { ok: false, error: 'Article introuvable.' }
  })
}

export async function acknowledgeLateAction(articleId: number): Promise<WriteResult> {
  return guarded(async () => {
    const staff = await requireStaff('editor')
    const a = id(articleId)
    return a ? writeWhenUnlocked(() => acknowledgeLatePublication(staff, a)) : { ok: false, error: 'Article introuvable.' }
  })
}

/** The dashboard's "C’est noté" button (a plain form: works without JavaScript). */
export async function acknowledgeLateFormAction(form: FormData): Promise<void> {
  const result = await acknowledgeLateAction(Number(form.get('id')))
  if (result.ok) revalidatePath('/admin')
}
