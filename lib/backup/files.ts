// File helpers shared by backup and restore: copy while hashing, fsync, and the walk of the media
// folder. Every file is opened with O_NOFOLLOW and checked to be a regular file, so neither a
// symbolic link in UPLOADS_DIR nor one planted in a backup can make us read outside the folder.
import { createHash } from 'node:crypto'
import { constants } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import { fsyncDirectory } from '../fsync'

export { fsyncDirectory }

export interface FileDigest {
  bytes: number
  sha256: string
}

const CHUNK = 1024 * 1024
// Windows has no O_NOFOLLOW; the listing below already skips links there.
const READ_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0)

/** Thrown when a path names something else than a regular file (a link, a folder, a pipe). */
export class NotRegularFileError extends Error {
  readonly code = 'ENOTREG'
}

async function openRegular(file: string): Promise<fs.FileHandle> {
  const handle = await fs.open(file, READ_FLAGS)
  if (!(await handle.stat()).isFile()) {
    await handle.close()
    throw new NotRegularFileError(`Pas un fichier ordinaire : ${file}`)
  }
  return handle
}

/** Size and SHA-256 of a regular file, read in chunks (images and databases can be large). */
export async function hashFile(file: string): Promise<FileDigest> {
  const handle = await openRegular(file)
  try {
    const hash = createHash('sha256')
    const buffer = Buffer.allocUnsafe(CHUNK)
    let bytes = 0
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, CHUNK, null)
      if (bytesRead === 0) break
      hash.update(buffer.subarray(0, bytesRead))
      bytes += bytesRead
    }
    return { bytes, sha256: hash.digest('hex') }
  } finally {
    await handle.close()
  }
}

/**
 * Copies a regular file to a new file (never over an existing one), flushed to disk, and returns
 * the size and SHA-256 of the bytes actually written, so the caller can compare them with what
 * it expected. A half-written target is removed.
 */
export async function copyFile(source: string, target: string, mode = 0o644): Promise<FileDigest> {
  const input = await openRegular(source)
  let output: fs.FileHandle | undefined
  try {
    output = await fs.open(target, 'wx', mode)
    const hash = createHash('sha256')
    const buffer = Buffer.allocUnsafe(CHUNK)
    let bytes = 0
    for (;;) {
      const { bytesRead } = await input.read(buffer, 0, CHUNK, null)
      if (bytesRead === 0) break
      const chunk = buffer.subarray(0, bytesRead)
      hash.update(chunk)
      for (let written = 0; written < chunk.length; ) written += (await output.write(chunk, written)).bytesWritten
      bytes += bytesRead
    }
    await output.sync()
    return { bytes, sha256: hash.digest('hex') }
  } catch (error) {
    if (output) {
      await output.close().catch(() => {})
      output = undefined
      await fs.rm(target, { force: true })
    }
    throw error
  } finally {
    await input.close()
    await output?.close()
  }
}


/**
 * The folders in `dirs` and every folder between them and `root` (itself left out), deepest
 * first: after creating a tree, each of them has new entries to fsync, not only the leaves.
 */
export function withParents(dirs: Iterable<string>, root: string): string[] {
  const all = new Set<string>()
  for (const dir of dirs) {
    for (let d = path.resolve(dir); isInside(root, d) && d !== path.resolve(root); d = path.dirname(d)) all.add(d)
  }
  return [...all].sort((a, b) => b.length - a.length)
}

/** Writes a small file durably: temporary name, fsync, rename, fsync of the folder. */
export async function writeFileDurably(file: string, data: string | Buffer, mode = 0o644): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.part`)
  const handle = await fs.open(temp, 'w', mode)
  try {
    await handle.writeFile(data)
    await handle.sync()
  } finally {
    await handle.close()
  }
  await fs.rename(temp, file)
  await fsyncDirectory(path.dirname(file))
}

export interface UploadListing {
  /** Regular files, relative to the folder with '/' separators, in a stable order. */
  files: string[]
  /** Entries left out because they are neither a folder nor a regular file (links, pipes…). */
  skipped: string[]
}

/**
 * Every media file under `root`, without following symbolic links. Names starting with a dot are
 * left out on purpose: they are the temporary files of uploads in progress (lib/media/storage.ts
 * writes them under `.tmp` before renaming them into place) and anything else the media route
 * refuses to serve. A missing folder is an empty one (a site that never received an upload).
 */
export async function listUploads(root: string): Promise<UploadListing> {
  const files: string[] = []
  const skipped: string[] = []
  async function walk(dir: string, prefix: string): Promise<void> {
    let entries
    try {
      entries = await fs.readdir(dir, { withFileTypes: true })
    } catch (error) {
      // A month folder emptied and removed while we walk is not an error; the root being a file is.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return
      throw error
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name
      // Dirent types come from lstat: a link to a folder is a link here, never walked into.
      if (entry.isDirectory()) await walk(path.join(dir, entry.name), rel)
      else if (entry.isFile()) files.push(rel)
      else skipped.push(rel)
    }
  }
  await walk(root, '')
  return { files, skipped }
}

/**
 * Runs `task` over `items` with at most `limit` at a time (file copies overlap their fsyncs). On
 * the first failure no new task starts, and the error is thrown only once the running ones have
 * settled, so a rollback never races a copy still in flight.
 */
export async function forEachLimit<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  let failed = false
  const worker = async () => {
    while (!failed && next < items.length) {
      const item = items[next++] as T
      try {
        await task(item)
      } catch (error) {
        failed = true
        throw error
      }
    }
  }
  const results = await Promise.allSettled(Array.from({ length: Math.min(limit, items.length) }, worker))
  const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')
  if (rejected) throw rejected.reason
}

/** True when `child` is `parent` itself or lies inside it. */
export function isInside(parent: string, child: string): boolean {
  const rel = path.relative(path.resolve(parent), path.resolve(child))
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel))
}

export async function pathExists(file: string): Promise<boolean> {
  try {
    await fs.lstat(file)
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false
    throw error
  }
}
