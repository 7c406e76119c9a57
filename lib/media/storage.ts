// Files of the media library under UPLOADS_DIR: "YYYY/MM/<random>.<ext>" for an original and
// "YYYY/MM/<random>-<suffix>.<ext>" for its variants. Names are generated, never taken from the
// upload. Each file is written to a temporary file in UPLOADS_DIR/.tmp (same file system, a
// folder the media route never serves since its name starts with a dot), flushed to disk with
// fsync, then renamed into place: a crash leaves either the whole file or no file, never half an
// image under a public name. No 'server-only' here: the start script cleans leftovers too.
import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import { fsyncDirectory } from '../fsync'

export const TEMP_DIR = '.tmp'
const TEMP_SUFFIX = '.part'

/** A fresh, unguessable base name: 20 lowercase hexadecimal characters. */
export function randomName(): string {
  return randomBytes(10).toString('hex')
}

/** "2026/11" in UTC: the folder of a file uploaded at that date. */
export function monthFolder(date: Date): string {
  return `${date.getUTCFullYear()}/${String(date.getUTCMonth() + 1).padStart(2, '0')}`
}

/**
 * The absolute path of a stored file from its path relative to UPLOADS_DIR, or null when that
 * path would leave the folder or name a hidden file.
 */
export function storedFile(uploadsDir: string, rel: string): string | null {
  const parts = rel.split('/')
  if (parts.some((p) => p === '' || p === '.' || p === '..' || p.startsWith('.') || p.includes('\\') || p.includes('\0'))) return null
  const root = path.resolve(uploadsDir)
  const file = path.resolve(root, ...parts)
  return file.startsWith(root + path.sep) ? file : null
}


export interface FileToStore {
  /** Path relative to UPLOADS_DIR. */
  rel: string
  data: Buffer
}

/**
 * Writes every file durably, or none: all go to temporary files first (fsync'ed), then each is
 * renamed into place. On failure, whatever was written is removed and the error is rethrown.
 */
export async function storeFiles(uploadsDir: string, files: FileToStore[]): Promise<void> {
  const tempDir = path.join(uploadsDir, TEMP_DIR)
  await fs.mkdir(tempDir, { recursive: true })
  const staged: { temp: string; final: string }[] = []
  const placed: string[] = []
  try {
    for (const file of files) {
      const final = storedFile(uploadsDir, file.rel)
      if (!final) throw new Error(`Chemin de média invalide : ${file.rel}`)
      const temp = path.join(tempDir, `${randomName()}${TEMP_SUFFIX}`)
      staged.push({ temp, final })
      const handle = await fs.open(temp, 'wx', 0o644)
      try {
        await handle.writeFile(file.data)
        await handle.sync()
      } finally {
        await handle.close()
      }
    }
    const dirs = new Set<string>()
    for (const { temp, final } of staged) {
      await fs.mkdir(path.dirname(final), { recursive: true })
      // Names are random: an existing file means a collision, never something to overwrite.
      if (await exists(final)) throw new Error(`Le fichier existe déjà : ${final}`)
      await fs.rename(temp, final)
      placed.push(final)
      dirs.add(path.dirname(final))
    }
    for (const dir of dirs) await fsyncDirectory(dir)
  } catch (error) {
    await Promise.all([...staged.map((s) => fs.rm(s.temp, { force: true })), ...placed.map((f) => fs.rm(f, { force: true }))])
    throw error
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file)
    return true
  } catch {
    return false
  }
}

/** Removes stored files (an original and its variants). Missing files are not an error. */
export async function removeFiles(uploadsDir: string, rels: string[]): Promise<void> {
  await Promise.all(
    rels.map(async (rel) => {
      const file = storedFile(uploadsDir, rel)
      if (file) await fs.rm(file, { force: true })
    }),
  )
}

/**
 * Deletes temporary files left by uploads that never finished (a crash, a killed process). Call it
 * at start. Files younger than `olderThanMs` are kept: another process may be writing them.
 * Returns how many files were removed.
 */
export async function cleanTemporaryUploads(uploadsDir: string, { olderThanMs = 60_000, now = Date.now() } = {}): Promise<number> {
  const tempDir = path.join(uploadsDir, TEMP_DIR)
  let names: string[]
  try {
    names = await fs.readdir(tempDir)
  } catch {
    return 0
  }
  let removed = 0
  for (const name of names) {
    const file = path.join(tempDir, name)
    try {
      const stat = await fs.stat(file)
      if (!stat.isFile() || now - stat.mtimeMs < olderThanMs) continue
      await fs.rm(file, { force: true })
      removed++
    } catch {
      // Gone in the meantime: nothing to clean.
    }
  }
  return removed
}
