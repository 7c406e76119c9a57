// What an editor may send about rubriques and tags, checked on the server before anything is
// written. An empty slug means "propose one from the name", as the form does while typing.
import { z } from 'zod'
import { cleanText } from './article-input'
import { isSlug, RESERVED_SLUGS, slugify } from './slug'

/** Tags are created from the article editor with 60-character slugs: renaming keeps that limit. */
export const TAG_SLUG_LENGTH = 60

const slugField = (max: number) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .default('')
    .refine((s) => s === '' || (isSlug(s) && s.length <= max), `L’adresse ne peut contenir que des lettres minuscules sans accent, des chiffres et des tirets (${max} au plus).`)
    .refine((s) => !RESERVED_SLUGS.has(s), 'Cette adresse est réservée par le site.')

/** Fills an empty slug from the name; refuses a name that gives no slug at all ("???"). */
function withSlug<T extends { name: string; slug: string }>(max: number) {
  return (value: T, ctx: z.core.$RefinementCtx<T>): T => {
    if (value.slug) return value
    const slug = slugify(value.name, max)
    if (!slug) ctx.addIssue({ code: 'custom', path: ['slug'], message: 'Indiquez une adresse : le nom ne contient aucune lettre ni aucun chiffre.' })
    return { ...value, slug }
  }
}

export const categoryInputSchema = z
  .object({
    name: cleanText().min(1, 'Donnez un nom à la rubrique.').max(60, 'Le nom ne peut pas dépasser 60 caractères.'),
    slug: slugField(80),
    description: cleanText().max(300, 'La description ne peut pas dépasser 300 caractères.').default(''),
  })
  .transform(withSlug(80))

export type CategoryInput = z.output<typeof categoryInputSchema>

export const tagInputSchema = z
  .object({
    name: cleanText().min(1, 'Donnez un nom au tag.').max(60, 'Un tag ne peut pas dépasser 60 caractères.'),
    slug: slugField(TAG_SLUG_LENGTH),
  })
  .transform(withSlug(TAG_SLUG_LENGTH))

export type TagInput = z.output<typeof tagInputSchema>

export const idSchema = z.coerce.number().int().positive()

export const directionSchema = z.enum(['up', 'down'])
export type Direction = z.output<typeof directionSchema>
