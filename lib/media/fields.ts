// The words that travel with an image: alt text and photo credit (of the asset), and the default
// caption proposed for each new use. Validated on the server for uploads and edits alike.
import { z } from 'zod'
import { ALT_MAX, CAPTION_MAX, CREDIT_MAX } from './limits'

/** Control characters (other than line breaks in captions) never belong in these fields. */
const clean = (value: string) => value.normalize('NFC').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').trim()

export { ALT_MAX, CAPTION_MAX, CREDIT_MAX }

export const mediaFieldsSchema = z.object({
  alt: z
    .string()
    .default('')
    .transform(clean)
    .pipe(z.string().max(ALT_MAX, `Le texte alternatif ne doit pas dépasser ${ALT_MAX} caractères.`)),
  credit: z
    .string()
    .default('')
    .transform(clean)
    .pipe(z.string().max(CREDIT_MAX, `Le crédit photo ne doit pas dépasser ${CREDIT_MAX} caractères.`))
    .transform((v) => (v === '' ? null : v)),
  caption: z
    .string()
    .default('')
    .transform(clean)
    .pipe(z.string().max(CAPTION_MAX, `La légende ne doit pas dépasser ${CAPTION_MAX} caractères.`)),
})

export type MediaFields = z.output<typeof mediaFieldsSchema>

/** The first message of each field, for display beside it. */
export function mediaFieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {}
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? 'form')
    out[key] ??= issue.message
  }
  return out
}

/** An original file name kept for search and display only: never used as a path. */
export function cleanOriginalName(name: string | null | undefined): string | null {
  if (!name) return null
  const base = name.split(/[\\/]/).pop() ?? ''
  const cleaned = clean(base).slice(0, 200)
  return cleaned || null
}
