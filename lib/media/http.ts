// The HTTP side of an upload: refuse requests from other sites, and read a multipart body without
// ever holding more than the size limit in memory (Content-Length is checked when sent, and the
// bytes are counted anyway, since it may be absent or false).
import { UPLOAD_ERRORS } from './sniff'

/** Room for the multipart envelope and the text fields around the file. */
export const FORM_OVERHEAD_BYTES = 64 * 1024

/**
 * True unless the request plainly comes from another site. Browsers send Origin with every POST
 * (and Sec-Fetch-Site): it must name this site, either its public origin or the host the request
 * was sent to. A request without either header is not from a browser page, so it carries no
 * ambient credentials an attacker could borrow; the session check still applies to it.
 */
export function isSameOrigin(headers: Headers, siteUrl: string): boolean {
  const fetchSite = headers.get('sec-fetch-site')
  if (fetchSite && fetchSite !== 'same-origin' && fetchSite !== 'none') return false
  const origin = headers.get('origin')
  if (origin === null) return true
  let host: string
  try {
    const url = new URL(origin)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return false
    host = url.host
  } catch {
    return false // "null" (sandboxed frames, some redirects) or garbage
  }
  const allowed = new Set<string>([new URL(siteUrl).host])
  const forwarded = headers.get('x-forwarded-host')?.split(',')[0]?.trim()
  const direct = headers.get('host')
  if (forwarded) allowed.add(forwarded)
  if (direct) allowed.add(direct)
  return allowed.has(host)
}

export type BodyRead = { ok: true; data: Buffer } | { ok: false; status: 400 | 413; error: string }

/** Reads at most `limit` bytes of a request body; refuses anything longer without reading it all. */
export async function readBoundedBody(request: Request, limit: number, maxBytes: number): Promise<BodyRead> {
  const declared = request.headers.get('content-length')
  if (declared !== null) {
    const length = Number(declared)
    if (!Number.isFinite(length) || length < 0) return { ok: false, status: 400, error: 'Requête invalide.' }
    if (length > limit) return { ok: false, status: 413, error: UPLOAD_ERRORS.tooLarge(maxBytes, Math.max(0, length - FORM_OVERHEAD_BYTES)) }
  }
  if (!request.body) return { ok: false, status: 400, error: UPLOAD_ERRORS.missingFile }
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > limit) {
      await reader.cancel().catch(() => {})
      return { ok: false, status: 413, error: UPLOAD_ERRORS.tooLarge(maxBytes) }
    }
    chunks.push(value)
  }
  return { ok: true, data: Buffer.concat(chunks, total) }
}

export type UploadForm =
  | { ok: true; file: { data: Buffer; name: string | null }; fields: Record<string, string> }
  | { ok: false; status: 400 | 413; error: string }

/** The "file" part and the text fields of a multipart/form-data upload of at most `maxBytes`. */
export async function readUploadForm(request: Request, maxBytes: number): Promise<UploadForm> {
  const type = request.headers.get('content-type') ?? ''
  if (!/^multipart\/form-data;\s*boundary=/i.test(type)) return { ok: false, status: 400, error: 'Envoyez l’image avec le formulaire de téléversement.' }
  const body = await readBoundedBody(request, maxBytes + FORM_OVERHEAD_BYTES, maxBytes)
  if (!body.ok) return body
  let form: FormData
  try {
    form = await new Response(new Uint8Array(body.data), { headers: { 'content-type': type } }).formData()
  } catch {
    return { ok: false, status: 400, error: 'Le formulaire envoyé est incomplet ou illisible. Réessayez.' }
  }
  const file = form.get('file')
  if (!(file instanceof Blob) || file.size === 0) return { ok: false, status: 400, error: file instanceof Blob ? UPLOAD_ERRORS.empty : UPLOAD_ERRORS.missingFile }
  if (file.size > maxBytes) return { ok: false, status: 413, error: UPLOAD_ERRORS.tooLarge(maxBytes, file.size) }
  const fields: Record<string, string> = {}
  for (const key of ['alt', 'credit', 'caption']) {
    const value = form.get(key)
    if (typeof value === 'string') fields[key] = value
  }
  const name = 'name' in file && typeof file.name === 'string' ? file.name : null
  return { ok: true, file: { data: Buffer.from(await file.arrayBuffer()), name }, fields }
}
