import fs from 'node:fs/promises'

/** Flushes a folder's entries (new names, renames) to disk, after the files themselves were synced. */
export async function fsyncDirectory(dir: string): Promise<void> {
  let handle: fs.FileHandle | undefined
  try {
    handle = await fs.open(dir, 'r')
    await handle.sync()
  } catch {
    // Some file systems refuse to sync a directory; the files are synced and a rename is atomic.
  } finally {
    await handle?.close()
  }
}
