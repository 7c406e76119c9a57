// The environment, parsed once. Every variable has a safe default so `npm start` needs no .env.
import path from 'node:path'
import { z } from 'zod'

const schema = z.object({
  PORT: z.coerce
    .number({ error: 'PORT doit être un nombre' })
    .int('PORT doit être un entier')
    .min(1, 'PORT doit être compris entre 1 et 65535')
    .max(65535, 'PORT doit être compris entre 1 et 65535')
    .default(3000),
  DATABASE_PATH: z.string().trim().min(1, 'DATABASE_PATH ne peut pas être vide').default('./data/kibaru.db'),
  UPLOADS_DIR: z.string().trim().min(1, 'UPLOADS_DIR ne peut pas être vide').default('./data/uploads'),
  SITE_URL: z
    .url({ protocol: /^https?$/, error: 'SITE_URL doit être une adresse http(s) complète, par exemple https://kibaru.ml' })
    .optional(),
  MEDIA_MAX_BYTES: z.coerce
    .number({ error: 'MEDIA_MAX_BYTES doit être un nombre d’octets' })
    .int('MEDIA_MAX_BYTES doit être un entier')
    .min(1024, 'MEDIA_MAX_BYTES doit valoir au moins 1024 octets')
    .max(200 * 1024 * 1024, 'MEDIA_MAX_BYTES ne peut pas dépasser 200 Mo')
    .default(10 * 1024 * 1024),
  PAGE_CACHE_MB: z.coerce
    .number({ error: 'PAGE_CACHE_MB doit être un nombre de mégaoctets' })
    .int('PAGE_CACHE_MB doit être un entier')
    .min(0, 'PAGE_CACHE_MB doit être positif (0 désactive le cache des pages)')
    .max(4096, 'PAGE_CACHE_MB ne peut pas dépasser 4096')
    .default(64),
  PAGE_CACHE_TTL_SECONDS: z.coerce
    .number({ error: 'PAGE_CACHE_TTL_SECONDS doit être un nombre de secondes' })
    .int('PAGE_CACHE_TTL_SECONDS doit être un entier')
    .min(1, 'PAGE_CACHE_TTL_SECONDS doit valoir au moins 1')
    .max(86_400, 'PAGE_CACHE_TTL_SECONDS ne peut pas dépasser 86400')
    .default(60),
  SERVER_HEAP_MB: z.coerce
    .number({ error: 'SERVER_HEAP_MB doit être un nombre de mégaoctets' })
    .int('SERVER_HEAP_MB doit être un entier')
    .min(128, 'SERVER_HEAP_MB doit valoir au moins 128')
    .max(16_384, 'SERVER_HEAP_MB ne peut pas dépasser 16384')
    .default(256),
  TRUSTED_PROXY_HOPS: z.coerce
    .number({ error: 'TRUSTED_PROXY_HOPS doit être un nombre de mandataires (0 sans proxy inverse)' })
    .int('TRUSTED_PROXY_HOPS doit être un entier')
    .min(0, 'TRUSTED_PROXY_HOPS doit être compris entre 0 et 10')
    .max(10, 'TRUSTED_PROXY_HOPS doit être compris entre 0 et 10')
    .default(0),
})

export interface Env {
  port: number
  databasePath: string
  uploadsDir: string
  /** Public origin used in absolute links, without a trailing slash. */
  siteUrl: string
  /** Largest accepted image upload, in bytes. */
  mediaMaxBytes: number
  /** Memory for whole reader pages (scripts/server.mjs), in MB; 0 turns the page cache off. */
  pageCacheMb: number
  /** Longest a cached page is served before one refresh (pages with shorter-lived data refresh sooner). */
  pageCacheTtlSeconds: number
  /** V8's old-generation limit for the server process, in MB (memory it may keep between collections). */
  serverHeapMb: number
  /** Reverse proxies of ours in front of the server, whose X-Forwarded-For entries are trusted. */
  trustedProxyHops: number
}

export class EnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined>): Env {
  // An empty variable counts as unset, as shells and CI often export empty values.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''))
  const result = schema.safeParse(cleaned)
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`)
    throw new EnvError(`Configuration invalide :\n${lines.join('\n')}`)
  }
  const { PORT, DATABASE_PATH, UPLOADS_DIR, SITE_URL, MEDIA_MAX_BYTES, PAGE_CACHE_MB, PAGE_CACHE_TTL_SECONDS, SERVER_HEAP_MB, TRUSTED_PROXY_HOPS } = result.data
  const origin = SITE_URL ? new URL(SITE_URL) : new URL(`http://localhost:${PORT}`)
  if (origin.pathname !== '/' || origin.search || origin.hash) {
    throw new EnvError('Configuration invalide :\n  - SITE_URL: donnez seulement l’origine, sans chemin (https://kibaru.ml)')
  }
  return {
    port: PORT,
    databasePath: path.resolve(DATABASE_PATH),
    uploadsDir: path.resolve(UPLOADS_DIR),
    siteUrl: origin.origin,
    mediaMaxBytes: MEDIA_MAX_BYTES,
    pageCacheMb: PAGE_CACHE_MB,
    pageCacheTtlSeconds: PAGE_CACHE_TTL_SECONDS,
    serverHeapMb: SERVER_HEAP_MB,
    trustedProxyHops: TRUSTED_PROXY_HOPS,
  }
}

let cached: Env | undefined
export function env(): Env {
  cached ??= parseEnv(process.env)
  return cached
}
