'use server'

import { articleInputSchema, fieldErrors } from '@/lib/article-input'
import { Forbidden, requireStaff } from '@/lib/auth'
import { publishArticle, saveArticle, submitForReview, unpublishArticle, type WriteResult } from '@/db/queries/article-writes'

// Each action is a public endpoint: it checks the session and the role itself, validates its
// input, and lets the domain function check this very article.

async function guarded(run: () => Promise<WriteResult>): Promise<WriteResult> {
  try {
    return await run()
  } catch (error) {
    if (error instanceof Forbidden) return { ok: false, error: error.message }
    console.error('[articles]', error)
    return { ok: false, error: 'L’enregistrement a échoué à cause d’une erreur du serveur. Votre texte est conservé : réessayez dans un instant.' }
  }
}

const id = (value: unknown) => (Number.isSafeInteger(value) && (value as number) > 0 ? (value as number) : null)

export async function saveArticleAction(articleId: number | null, expectedVersion: number | null, raw: unknown): Promise<WriteResult> {
  return guarded(async () => {
    const staff = await requireStaff('journalist')
    const input = articleInputSchema.safeParse(raw)
    if (!input.success) return { ok: false, error: 'Certains champs sont à corriger.', fieldErrors: fieldErrors(input.error) }
    if (articleId !== null && id(articleId) === null) return { ok: false, error: 'Article introuvable.' }
    return saveArticle(staff, articleId, articleId === null ? null : id(expectedVersion), input.data)
  })
}

export async function submitForReviewAction(articleId: number, version: number): Promise<WriteResult> {
  return guarded(async () => {
    const staff = await requireStaff('journalist')
    const [a, v] = [id(articleId), id(version)]
    return a && v ? submitForReview(staff, a, v) : { ok: false, error: 'Article introuvable.' }
  })
}

export async function publishArticleAction(articleId: number, version: number): Promise<WriteResult> {
  return guarded(async () => {
    const staff = await requireStaff('editor')
    const [a, v] = [id(articleId), id(version)]
    return a && v ? publishArticle(staff, a, v) : { ok: false, error: 'Article introuvable.' }
  })
}

export async function unpublishArticleAction(articleId: number, version: number): Promise<WriteResult> {
  return guarded(async () => {
    const staff = await requireStaff('editor')
    const [a, v] = [id(articleId), id(version)]
    return a && v ? unpublishArticle(staff, a, v) : { ok: false, error: 'Article introuvable.' }
  })
}
