// What an administrator may send about the site's settings and its radio and TV stations,
// checked on the server before anything is written. Pure, so the rules are tested beside it.
import { z } from 'zod'

const FACEBOOK_HOSTS = new Set(['facebook.com', 'www.facebook.com', 'm.facebook.com', 'web.facebook.com', 'fr-fr.facebook.com', 'fb.com', 'www.fb.com'])

function parseUrl(value: string): URL | null {
  try {
    return new URL(value)
  } catch {
    return null
  }
}

/** An absolute http(s) address with a host, nothing else (no javascript:, data:, mailto:…). */
export function isWebUrl(value: string): boolean {
  const url = parseUrl(value)
  return !!url && (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0 && !/\s/.test(value)
}

/** A Facebook page: an http(s) address on facebook.com (or fb.com) that names a page. */
export function isFacebookPageUrl(value: string): boolean {
  const url = parseUrl(value)
  return !!url && isWebUrl(value) && FACEBOOK_HOSTS.has(url.hostname.toLowerCase()) && url.pathname.replace(/\/+$/, '').length > 1
}

/**
 * A stream the player may open: an http(s) address, or a file served by the site itself under
 * /media/ (uploads and the demo streams). No parent folders, no protocol-relative "//host".
 */
export function isStreamUrl(value: string): boolean {
  if (value.startsWith('/')) return /^\/media\/(?:[A-Za-z0-9._~%-]+\/)*[A-Za-z0-9._~%-]+$/.test(value) && !value.split('/').some((part) => part === '..' || part === '.')
  return isWebUrl(value)
}

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .default('')
    .transform((v) => (v === '' ? null : v))

export const settingsInputSchema = z.object({
  siteName: z.string().trim().min(1, 'Donnez un nom au site.').max(60, 'Le nom du site ne peut pas dépasser 60 caractères.'),
  tagline: z.string().trim().min(1, 'Écrivez un slogan (il apparaît sous le nom du site).').max(120, 'Le slogan ne peut pas dépasser 120 caractères.'),
  facebookPageUrl: z
    .string()
    .trim()
    .max(300, 'L’adresse est trop longue.')
    .refine(isFacebookPageUrl, 'Indiquez l’adresse complète de la page Facebook, par exemple https://www.facebook.com/kibaru.ml.'),
  facebookAppId: z
    .string()
    .trim()
    .default('')
    .refine((v) => v === '' || /^\d{5,20}$/.test(v), 'L’identifiant d’application Facebook ne contient que des chiffres (de 5 à 20).'),
  contactEmail: z.string().trim().max(254, 'L’adresse est trop longue.').pipe(z.email('Indiquez une adresse e-mail valide, par exemple redaction@kibaru.ml.')),
  defaultShareImageId: z
    .union([z.literal(''), z.coerce.number().int().positive()])
    .default('')
    .transform((v) => (v === '' ? null : v)),
})

export type SettingsInput = z.output<typeof settingsInputSchema>

export const RADIO_KINDS = { radio: 'Radio', tv: 'Télévision' } as const

export const radioInputSchema = z.object({
  name: z.string().trim().min(1, 'Donnez un nom à la station.').max(80, 'Le nom ne peut pas dépasser 80 caractères.'),
  kind: z.enum(['radio', 'tv'], 'Choisissez radio ou télévision.'),
  streamUrl: z
    .string()
    .trim()
    .min(1, 'Indiquez l’adresse du flux.')
    .max(500, 'L’adresse du flux est trop longue.')
    .refine(isStreamUrl, 'L’adresse du flux doit commencer par https:// (ou http://), ou être un fichier du site sous /media/.'),
  websiteUrl: optionalText(300, 'L’adresse du site est trop longue.').refine((v) => v === null || isWebUrl(v), 'L’adresse du site doit commencer par https:// ou http://.'),
  city: optionalText(60, 'La ville ne peut pas dépasser 60 caractères.'),
  frequency: optionalText(30, 'La fréquence ne peut pas dépasser 30 caractères.'),
  description: z.string().trim().max(400, 'La description ne peut pas dépasser 400 caractères.').default(''),
  // A checkbox: present ("on") when ticked, absent otherwise.
  active: z
    .union([z.boolean(), z.string()])
    .optional()
    .transform((v) => v === true || v === 'on' || v === 'true' || v === '1'),
})

export type RadioInput = z.output<typeof radioInputSchema>
