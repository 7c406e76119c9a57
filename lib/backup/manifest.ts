// manifest.json: what a backup holds, written last so a folder without it is an unfinished
// backup. Restore trusts nothing in the folder until every size and SHA-256 here matches.
import fs from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import { BackupError } from './errors'
import { writeFileDurably } from './files'

export const MANIFEST_FILE = 'manifest.json'
export const UPLOADS_FOLDER = 'uploads'
/** The session key lib/auth-secret.ts keeps beside the database when AUTH_SECRET is not set. */
export const SECRET_FILE = '.auth-secret'

const digest = z.object({ bytes: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) })
// A bare file name: a manifest must not be able to send restore outside the backup folder.
const plainName = z
  .string()
  .regex(/^[^/\\\0]+$/)
  .refine((name) => name !== '.' && name !== '..' && name !== MANIFEST_FILE && name !== UPLOADS_FOLDER && name !== SECRET_FILE)

export const manifestSchema = z
  .object({
    format: z.literal(1),
    app: z.object({ name: z.string(), version: z.string() }),
    createdAt: z.iso.datetime(),
    database: digest.extend({
      file: plainName,
      sqliteVersion: z.string(),
      tables: z.record(z.string(), z.number().int().nonnegative()),
    }),
    authSecret: digest.extend({ file: z.literal(SECRET_FILE) }).nullable(),
    uploads: z.object({
      folder: z.literal(UPLOADS_FOLDER),
      count: z.number().int().nonnegative(),
      bytes: z.number().int().nonnegative(),
      files: z.array(digest.extend({ path: z.string().min(1) })),
    }),
  })
  .refine((m) => m.uploads.count === m.uploads.files.length, { message: 'uploads.count ne correspond pas à la liste des fichiers' })

export type Manifest = z.infer<typeof manifestSchema>

export async function writeManifest(dir: string, manifest: Manifest): Promise<void> {
  await writeFileDurably(path.join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`)
}

export async function readManifest(dir: string): Promise<Manifest> {
  let text: string
  try {
    text = await fs.readFile(path.join(dir, MANIFEST_FILE), 'utf8')
  } catch {
    throw new BackupError('not-a-backup', `Pas de ${MANIFEST_FILE} dans ${dir} : ce n’est pas une sauvegarde Kibaru, ou elle n’est pas allée jusqu’au bout.`)
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new BackupError('manifest-invalid', `${MANIFEST_FILE} illisible dans ${dir} (JSON invalide) : sauvegarde endommagée.`)
  }
  const parsed = manifestSchema.safeParse(json)
  if (!parsed.success) {
    const lines = parsed.error.issues.slice(0, 5).map((i) => `  - ${i.path.join('.') || '(racine)'} : ${i.message}`)
    throw new BackupError('manifest-invalid', `${MANIFEST_FILE} invalide dans ${dir} :\n${lines.join('\n')}`)
  }
  return parsed.data
}
