// Site settings and radio/TV stations in the newsroom (administrators only). Every write checks
// the permission itself, runs in one transaction with its audit row, then expires the reader
// caches that show it: the settings are in every page's chrome and metadata, the stations on
// /radios and in the player.
import 'server-only'
import { and, asc, desc, eq, like, ne, sql } from 'drizzle-orm'
import { can } from '@/lib/permissions'
import type { RadioInput, SettingsInput } from '@/lib/settings-input'
import { slugify } from '@/lib/slug'
import { db } from '../client'
import { media, radios, settings } from '../schema'
import { recordAudit } from './audit'
import { invalidateRadios, invalidateSite } from './invalidate'
import { mediaThumbnail } from './media-url'
import { DEFAULT_SETTINGS, readSettings, type SiteSettings } from './site'
import type { StaffUser } from './users'

export type SettingsResult = { ok: true; id: number; message: string } | { ok: false; error: string; fieldErrors?: Record<string, string> }

type Tx = Parameters<Parameters<ReturnType<typeof db>['transaction']>[0]>[0]

const DENIED: SettingsResult = { ok: false, error: 'Seuls les administrateurs peuvent modifier les réglages du site.' }

function audit(tx: Tx, staff: StaffUser, action: string, entityType: string, entityId: string | null, details: Record<string, unknown>, ip: string | null) {
  recordAudit({ userId: staff.id, action, entityType, entityId, details, ip }, tx)
}

// Settings

const JSON_NULL = sql`'null'`

/** The current settings, read without the cache (the form must show what is stored). */
export function readSettingsForAdmin(): SiteSettings {
  return readSettings()
}

export interface ImageChoice {
  id: number
  src: string
  width: number
  height: number
  alt: string
  name: string | null
}

/** Recent images for the share-image choice, the current one first when it is older. */
export function listImageChoices(currentId: number | null, limit = 24): ImageChoice[] {
  const columns = { id: media.id, path: media.path, width: media.width, height: media.height, alt: media.alt, name: media.originalName, variants: media.variants }
  const rows = db().select(columns).from(media).where(like(media.mimeType, 'image/%')).orderBy(desc(media.createdAt), desc(media.id)).limit(limit).all()
  if (currentId !== null && !rows.some((r) => r.id === currentId)) {
    const current = db().select(columns).from(media).where(eq(media.id, currentId)).get()
    if (current) rows.unshift(current)
  }
  // A light thumbnail (a small responsive copy, or the original when there is none); the
  // original's size gives the aspect ratio.
  return rows.map((r) => ({ id: r.id, src: mediaThumbnail(r, 240), width: r.width, height: r.height, alt: r.alt, name: r.name }))
}

/** True when this image is the site's default share image (the media library must keep it). */
export function isDefaultShareImage(mediaId: number): boolean {
  return readSettings().defaultShareImageId === mediaId
}

export function updateSettings(staff: StaffUser, input: SettingsInput, ip: string | null = null): SettingsResult {
  if (!can(staff.role, 'settings:manage')) return DENIED
  const result = db().transaction((tx): SettingsResult => {
    if (input.defaultShareImageId !== null && !tx.select({ id: media.id }).from(media).where(eq(media.id, input.defaultShareImageId)).get()) {
      return { ok: false, error: 'Cette image n’existe plus.', fieldErrors: { defaultShareImageId: 'Cette image n’existe plus : choisissez-en une autre.' } }
    }
    const before = readSettings()
    const now = new Date()
    const changed: Record<string, { from: unknown; to: unknown }> = {}
    for (const key of Object.keys(input) as (keyof SettingsInput)[]) {
      if (!(key in DEFAULT_SETTINGS)) continue
      const raw = input[key]
      if (before[key] !== raw) changed[key] = { from: before[key], to: raw }
      // Stored as JSON: an unset value is the JSON text null, not SQL NULL (the column is NOT NULL).
      const value = raw === null ? JSON_NULL : raw
      tx.insert(settings)
        .values({ key, value, updatedAt: now })
        .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: now } })
        .run()
    }
    audit(tx, staff, 'settings.update', 'settings', null, { changed }, ip)
    return { ok: true, id: 0, message: Object.keys(changed).length ? 'Réglages enregistrés : le site les affiche dès maintenant.' : 'Réglages enregistrés (aucun changement).' }
  })
  // Name, tagline and links are in the header and footer of every page, in metadata and feeds.
  if (result.ok) invalidateSite()
  return result
}

// Radio and TV stations

export interface AdminRadio {
  id: number
  slug: string
  name: string
  kind: 'radio' | 'tv'
  streamUrl: string
  websiteUrl: string | null
  city: string | null
  frequency: string | null
  description: string
  position: number
  active: boolean
}

const radioColumns = {
  id: radios.id,
  slug: radios.slug,
  name: radios.name,
  kind: radios.kind,
  streamUrl: radios.streamUrl,
  websiteUrl: radios.websiteUrl,
  city: radios.city,
  frequency: radios.frequency,
  description: radios.description,
  position: radios.position,
  active: radios.active,
}

export function listRadiosForAdmin(): AdminRadio[] {
  return db().select(radioColumns).from(radios).orderBy(asc(radios.position), asc(radios.name)).all()
}

export function getRadioForAdmin(id: number): AdminRadio | null {
  return db().select(radioColumns).from(radios).where(eq(radios.id, id)).get() ?? null
}

/** A slug for a new station's anchor (/radios#slug), unique; it stays when the station is renamed. */
function uniqueRadioSlug(tx: Tx, name: string): string {
  const base = slugify(name, 60) || 'station'
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`
    if (!tx.select({ id: radios.id }).from(radios).where(eq(radios.slug, slug)).get()) return slug
  }
}

const RADIO_DENIED: SettingsResult = { ok: false, error: 'Seuls les administrateurs peuvent gérer les radios et télévisions.' }

function nameTaken(tx: Tx, name: string, exceptId: number | null): boolean {
  const same = sql`lower(${radios.name}) = lower(${name})`
  return !!tx.select({ id: radios.id }).from(radios).where(exceptId === null ? same : and(same, ne(radios.id, exceptId))).get()
}

const nameTakenResult = (): SettingsResult => ({ ok: false, error: 'Une station porte déjà ce nom.', fieldErrors: { name: 'Une station porte déjà ce nom.' } })

export function createRadio(staff: StaffUser, input: RadioInput, ip: string | null = null): SettingsResult {
  if (!can(staff.role, 'settings:manage')) return RADIO_DENIED
  const result = db().transaction((tx): SettingsResult => {
    if (nameTaken(tx, input.name, null)) return nameTakenResult()
    const last = tx.select({ max: sql<number | null>`max(${radios.position})` }).from(radios).get()?.max
    const slug = uniqueRadioSlug(tx, input.name)
    const id = tx
      .insert(radios)
      .values({ ...input, slug, position: (last ?? -1) + 1 })
      .returning({ id: radios.id })
      .get().id
    audit(tx, staff, 'radio.create', 'radio', String(id), { slug, name: input.name, kind: input.kind, streamUrl: input.streamUrl }, ip)
    return { ok: true, id, message: `« ${input.name} » est ajoutée${input.active ? ' et s’écoute dès maintenant sur la page Radios' : ' (désactivée : elle n’apparaît pas encore sur le site)'}.` }
  })
  if (result.ok) invalidateRadios()
  return result
}

export function updateRadio(staff: StaffUser, id: number, input: RadioInput, ip: string | null = null): SettingsResult {
  if (!can(staff.role, 'settings:manage')) return RADIO_DENIED
  const result = db().transaction((tx): SettingsResult => {
    const current = tx.select(radioColumns).from(radios).where(eq(radios.id, id)).get()
    if (!current) return { ok: false, error: 'Cette station n’existe plus.' }
    if (nameTaken(tx, input.name, id)) return nameTakenResult()
    tx.update(radios).set(input).where(eq(radios.id, id)).run()
    const changed = Object.fromEntries(
      (Object.keys(input) as (keyof RadioInput)[]).filter((k) => current[k] !== input[k]).map((k) => [k, { from: current[k], to: input[k] }]),
    )
    audit(tx, staff, 'radio.update', 'radio', String(id), { name: input.name, slug: current.slug, changed }, ip)
    return { ok: true, id, message: 'Station enregistrée.' }
  })
  if (result.ok) invalidateRadios()
  return result
}

export function deleteRadio(staff: StaffUser, id: number, ip: string | null = null): SettingsResult {
  if (!can(staff.role, 'settings:manage')) return RADIO_DENIED
  let clearedLiveTv = false
  const result = db().transaction((tx): SettingsResult => {
    const current = tx.select({ slug: radios.slug, name: radios.name }).from(radios).where(eq(radios.id, id)).get()
    if (!current) return { ok: false, error: 'Cette station n’existe plus.' }
    tx.delete(radios).where(eq(radios.id, id)).run()
    // The footer's "ORTM en direct" link names a station: never leave it pointing at nothing.
    if (readSettings().liveTvSlug === current.slug) {
      tx.update(settings).set({ value: JSON_NULL, updatedAt: new Date() }).where(eq(settings.key, 'liveTvSlug')).run()
      clearedLiveTv = true
    }
    audit(tx, staff, 'radio.delete', 'radio', String(id), { slug: current.slug, name: current.name }, ip)
    return { ok: true, id, message: `« ${current.name} » est retirée du site.` }
  })
  if (result.ok) {
    invalidateRadios()
    if (clearedLiveTv) invalidateSite()
  }
  return result
}

export function moveRadio(staff: StaffUser, id: number, direction: 'up' | 'down', ip: string | null = null): SettingsResult {
  if (!can(staff.role, 'settings:manage')) return RADIO_DENIED
  const result = db().transaction((tx): SettingsResult => {
    const order = tx.select({ id: radios.id, slug: radios.slug, name: radios.name }).from(radios).orderBy(asc(radios.position), asc(radios.name)).all()
    const from = order.findIndex((r) => r.id === id)
    if (from < 0) return { ok: false, error: 'Cette station n’existe plus.' }
    const to = direction === 'up' ? from - 1 : from + 1
    if (to < 0 || to >= order.length) return { ok: false, error: direction === 'up' ? 'Cette station est déjà la première.' : 'Cette station est déjà la dernière.' }
    const [moved] = order.splice(from, 1)
    order.splice(to, 0, moved!)
    order.forEach((r, position) => tx.update(radios).set({ position }).where(eq(radios.id, r.id)).run())
    audit(tx, staff, 'radio.reorder', 'radio', String(id), { direction, order: order.map((r) => r.slug) }, ip)
    return { ok: true, id, message: `« ${moved!.name} » est maintenant en position ${to + 1} sur ${order.length}.` }
  })
  if (result.ok) invalidateRadios()
  return result
}
