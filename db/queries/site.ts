// Site chrome and settings: rubriques for the navigation, radios, and the settings table.
import 'server-only'
import { asc, eq } from 'drizzle-orm'
import { TAGS } from '@/lib/cache-tags'
import { db } from '../client'
import { categories, media, radios, settings } from '../schema'
import { cachedRead } from './cached'
import { mediaUrl } from './media-url'

export interface SiteSettings {
  siteName: string
  tagline: string
  facebookPageUrl: string
  /** The ORTM live stream shown as "ORTM en direct" (a radio slug). */
  liveTvSlug: string | null
  contactEmail: string
  /** Facebook application id for fb:app_id; empty when not configured. */
  facebookAppId: string
  /** Image (media id) shared for pages that have none of their own; null: the built-in card. */
  defaultShareImageId: number | null
}

export const DEFAULT_SETTINGS: SiteSettings = {
  siteName: 'Kibaru',
  tagline: "L'actualité du Mali et du Sahel",
  facebookPageUrl: 'https://www.facebook.com/kibaru.ml',
  liveTvSlug: null,
  contactEmail: 'redaction@kibaru.ml',
  facebookAppId: '',
  defaultShareImageId: null,
}

/** Settings that may be unset (null) rather than carrying their default's type. */
const NULLABLE: Partial<Record<keyof SiteSettings, 'string' | 'number'>> = { liveTvSlug: 'string', defaultShareImageId: 'number' }

export function readSettings(): SiteSettings {
  const rows = db().select().from(settings).all()
  const stored = Object.fromEntries(rows.map((r) => [r.key, r.value]))
  const out: SiteSettings = { ...DEFAULT_SETTINGS }
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof SiteSettings)[]) {
    const value = stored[key]
    const nullable = NULLABLE[key]
    if (nullable ? value === null || typeof value === nullable : typeof value === typeof DEFAULT_SETTINGS[key]) {
      ;(out as unknown as Record<string, unknown>)[key] = value
    }
  }
  return out
}

export function readCategories() {
  return db()
    .select({ slug: categories.slug, name: categories.name })
    .from(categories)
    .orderBy(asc(categories.position), asc(categories.name))
    .all()
}

export interface PublicRadio {
  slug: string
  name: string
  kind: 'radio' | 'tv'
  streamUrl: string
  websiteUrl: string | null
  city: string | null
  frequency: string | null
  description: string
}

export function readRadios(): PublicRadio[] {
  return db()
    .select({
      slug: radios.slug,
      name: radios.name,
      kind: radios.kind,
      streamUrl: radios.streamUrl,
      websiteUrl: radios.websiteUrl,
      city: radios.city,
      frequency: radios.frequency,
      description: radios.description,
    })
    .from(radios)
    .where(eq(radios.active, true))
    .orderBy(asc(radios.position), asc(radios.name))
    .all()
}

export interface DefaultShareImage {
  url: string
  width: number
  height: number
  alt: string
}

/**
 * The image chosen in the settings for pages without one of their own (homepage, rubriques, tags,
 * radios…): its 1200×630 share crop when the library made one, else the original. Null when none
 * is chosen or the image is gone.
 */
export function readDefaultShareImage(): DefaultShareImage | null {
  const { defaultShareImageId: id, siteName } = readSettings()
  if (id === null) return null
  const row = db().select({ path: media.path, width: media.width, height: media.height, alt: media.alt, variants: media.variants }).from(media).where(eq(media.id, id)).get()
  if (!row) return null
  const share = row.variants?.find((v) => v.purpose === 'share')
  const alt = row.alt || siteName
  return share ? { url: mediaUrl(share.path), width: share.width, height: share.height, alt } : { url: mediaUrl(row.path), width: row.width, height: row.height, alt }
}

export const getSettings = cachedRead('settings', () => [TAGS.site], readSettings)
export const getDefaultShareImage = cachedRead('default-share-image', () => [TAGS.site], readDefaultShareImage)
export const getCategories = cachedRead('categories', () => [TAGS.site], readCategories)
export const getRadios = cachedRead('radios', () => [TAGS.radios], readRadios)
