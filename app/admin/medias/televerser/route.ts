// POST multipart/form-data: "file" (the image) and optional "alt", "credit", "caption".
// Answers JSON { ok: true, media } or { ok: false, error } with a French message. A route handler
// rather than a server action: actions buffer whole bodies (1 MB by default) and report no progress.
import { NextResponse } from 'next/server'
import { clientAddress, Forbidden, requireStaff } from '@/lib/auth'
import { env } from '@/lib/env'
import { mediaFieldErrors, mediaFieldsSchema } from '@/lib/media/fields'
import { isSameOrigin, readUploadForm } from '@/lib/media/http'
import type { UploadAnswer } from '@/lib/media/types'
import { uploadImage } from '@/lib/media/upload'

export const dynamic = 'force-dynamic'

const answer = (body: UploadAnswer, status: number) => NextResponse.json(body, { status, headers: { 'cache-control': 'no-store' } })

export async function POST(request: Request) {
  if (!isSameOrigin(request.headers, env().siteUrl)) {
    return answer({ ok: false, error: 'Requête refusée : elle ne provient pas de la rédaction.' }, 403)
  }
  let staff
  try {
    staff = await requireStaff('journalist')
  } catch (error) {
    if (error instanceof Forbidden) return answer({ ok: false, error: error.message }, error.reason === 'anonymous' ? 401 : 403)
    throw error
  }
  const form = await readUploadForm(request, env().mediaMaxBytes)
  if (!form.ok) return answer({ ok: false, error: form.error }, form.status)
  const fields = mediaFieldsSchema.safeParse(form.fields)
  if (!fields.success) return answer({ ok: false, error: Object.values(mediaFieldErrors(fields.error))[0] ?? 'Certains champs sont à corriger.' }, 400)
  try {
    const result = await uploadImage(staff, form.file, fields.data, clientAddress(request.headers))
    if (!result.ok) return answer({ ok: false, error: result.error }, result.status)
    return answer({ ok: true, media: result.media }, 201)
  } catch (error) {
    console.error('[media] téléversement', error)
    return answer({ ok: false, error: 'Le téléversement a échoué à cause d’une erreur du serveur. Réessayez dans un instant.' }, 500)
  }
}
