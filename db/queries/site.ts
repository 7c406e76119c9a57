// Site chrome and settings: rubriques for the navigation, radios, and the settings table.
import 'server-only'
import { asc, eq } from 'drizzle-orm'
import { TAGS } from '@/lib/cache-tags'
import { db } from '../client'
import { categories, radios, settings } from '../schema'
import { cachedRead } from './cached'

export interface SiteSettings {
  siteName: string
  tagline: string
  facebookPageUrl: string
  /** The ORTM live stream shown as "ORTM en direct" (a radio slug). */
  liveTvSlug: string | null
  contactEmail: string
  /** Facebook application id for fb:app_id; empty when not configured. */
  facebookAppId: string
}

export const DEFAULT_SETTINGS: SiteSettings = {
  siteName: 'Kibaru',
  tagline: "L'actualité du Mali et du Sahel",
  facebookPageUrl: 'https://www.facebook.com/kibaru.ml',
  liveTvSlug: null,
  contactEmail: 'redaction@kibaru.ml',
  facebookAppId: '',
}

export function readSettings(): SiteSettings {
  const rows = db().select().from(settings).all()
  const stored = Object.fromEntries(rows.map((r) => [r.key, r.value]))
  const out: SiteSettings = { ...DEFAULT_SETTINGS }
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof SiteSettings)[]) {
    const value = stored[key]
    if (typeof value === typeof DEFAULT_SETTINGS[key] || (key === 'liveTvSlug' && (typeof value === 'string' || value === null))) {
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

export const getSettings = cachedRead('settings', () => [TAGS.site], readSettings)
export const getCategories = cachedRead('categories', () => [TAGS.site], readCategories)
export const getRadios = cachedRead('radios', () => [TAGS.radios], readRadios)
