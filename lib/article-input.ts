// What an editor may send when saving a story, checked on the server before anything is written.
// Unknown fields are dropped (mass assignment): status, dates, ids and roles never come from here.
import { z } from 'zod'
import type { BodyDocument } from './body/types'
import { MAX_SLUG_LENGTH, normalizeSlug, slugify } from './slug'

/**
 * C0 control characters (tab and line breaks aside) and DEL: nobody types them, HTML drops them
 * from text but turns them into U+FFFD inside attributes, and XML refuses them. A NUL in a
 * headline gave its share tags two values (the server's, and another once React had hydrated
 * the page), so they are taken out of every text field before it is checked.
 */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g
export const withoutControls = (value: string): string => value.replace(CONTROL_CHARACTERS, '')

/** A text field: control characters out, then trimmed. */
export const cleanText = () => z.string().overwrite(withoutControls).trim()

const optionalText = (max: number) =>
  cleanText()
    .max(max, `${max} caractères au plus.`)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .default(null)

export const bodySchema = z
  .object({ type: z.literal('doc'), content: z.array(z.any()).max(5000).optional() })
  .refine((doc) => JSON.stringify(doc).length <= 500_000, 'Le corps de l’article est trop long.')
  .transform((doc) => doc as BodyDocument)

const articleFields = z.object({
  title: cleanText().min(1, 'Donnez un titre à l’article.').max(200, 'Le titre ne peut pas dépasser 200 caractères.'),
  // Whatever is typed is folded into a slug (see withSlug below); the bound only stops abuse.
  slug: z.string().max(1000, 'L’adresse est beaucoup trop longue.').default(''),
  standfirst: cleanText().max(500, 'Le chapô ne peut pas dépasser 500 caractères.').default(''),
  categoryId: z.coerce.number().int().positive('Choisissez une rubrique.').nullable().default(null),
  tags: z.array(cleanText().min(1).max(60, 'Un mot-clé ne peut pas dépasser 60 caractères.')).max(20, '20 mots-clés au plus.').default([]),
  // Bylines in order. Editors may also sign with a new profile (a freelancer, a pen name).
  authorIds: z.array(z.coerce.number().int().positive()).max(10).default([]),
  newAuthors: z.array(cleanText().min(2, 'Un nom d’auteur doit compter au moins 2 caractères.').max(80, 'Un nom d’auteur ne peut pas dépasser 80 caractères.')).max(5).default([]),
  coverMediaId: z.coerce.number().int().positive().nullable().default(null),
  coverCaption: optionalText(300),
  dateline: optionalText(60),
  sourceName: optionalText(120),
  sourceUrl: optionalText(500).refine((v) => v === null || /^https?:\/\/[^\s]+$/i.test(v), 'L’adresse de la source doit commencer par http:// ou https://.'),
  body: bodySchema,
  featured: z.boolean().default(false),
  breaking: z.boolean().default(false),
})

/**
 * One normalisation for the address: what the editor typed, folded (accents, percent-encoding,
 * "../", emoji and symbols cannot survive) and cut to MAX_SLUG_LENGTH on a word; if nothing is
 * left, the title's slug; if the title has no letter or digit either, an error on the field.
 * A reserved word or an address already in use is not an error here: the save suffixes it
 * ("radios" → "radios-2"), since a headline may well be « Radios » and the journalist needs a
 * working address more than a refusal.
 */
function withSlug(value: z.output<typeof articleFields>, ctx: z.core.$RefinementCtx<z.output<typeof articleFields>>) {
  const slug = normalizeSlug(value.slug, MAX_SLUG_LENGTH) || slugify(value.title, MAX_SLUG_LENGTH)
  if (!slug) ctx.addIssue({ code: 'custom', path: ['slug'], message: 'Donnez une adresse faite de lettres ou de chiffres : ni l’adresse ni le titre n’en contiennent.' })
  return { ...value, slug }
}

export const articleInputSchema = articleFields.transform(withSlug)

export type ArticleInput = z.output<typeof articleInputSchema>

/** "2026-11-28T18:30" typed in the editor, read as Bamako time (UTC+0, no daylight saving). */
export const scheduleInputSchema = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Indiquez la date et l’heure de publication.')
  .transform((v) => new Date(`${v}:00Z`))
  .refine((d) => !Number.isNaN(d.getTime()), 'Cette date n’existe pas.')

export const reviewNoteSchema = z.string().trim().min(3, 'Écrivez une note pour le journaliste (3 caractères au moins).').max(2000, 'La note ne peut pas dépasser 2 000 caractères.')

/** Field errors in French, keyed by field, for display beside each input. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {}
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? 'form')
    out[key] ??= issue.message
  }
  return out
}
