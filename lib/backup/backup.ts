// npm run backup: an online, consistent copy of the database and the media files while the site
// serves and the newsroom writes.
//
// The database is copied with VACUUM INTO rather than the backup API (db.backup()). VACUUM INTO
// reads the whole database inside one read transaction, so the copy is the database exactly as
// of one commit, and in WAL mode writers are never blocked meanwhile. The backup API copies a few
// pages per step and starts over whenever another connection writes between two steps: the site
// is another process, and with view counters and autosaves landing every few seconds a copy of a
// large database restarted thousands of times without finishing in our trial (43 MB, one write
// every 5 ms). VACUUM INTO also writes a compact file with no -wal beside it, and refuses to
// write over an existing one. SQLite does not fsync that file, so we do.
//
// Never a file copy: copying kibaru.db while the server writes (and without its -wal) can give a
// torn or stale database.
import fs from 'node:fs/promises'
import path from 'node:path'
import packageJson from '@/package.json'
import { BackupError } from './errors'
import { copyFile, forEachLimit, fsyncDirectory, hashFile, isInside, listUploads, withParents, type FileDigest } from './files'
import { countRows, foreignKeyProblems, integrityProblems, openExisting, referencedUploads, sqliteVersion } from './database'
import { SECRET_FILE, UPLOADS_FOLDER, writeManifest, type Manifest } from './manifest'

export interface BackupResult {
  dir: string
  manifest: Manifest
  durationMs: number
  /** Files the backed-up media rows name but the backup lacks (deleted while we copied). */
  missingUploads: string[]
  /** Entries of UPLOADS_DIR left out: symbolic links, pipes, sockets. */
  skippedUploads: string[]
  /** Rows of the copy that point to a missing row (PRAGMA foreign_key_check); 0 normally. */
  foreignKeyProblems: number
}

// Copies in flight at once: enough to overlap the per-file fsyncs, few enough to leave the
// site's two cores and its disk to readers.
const PARALLEL_COPIES = 4

/** Makes sure `dir` is an empty folder (creating it when missing); returns whether we created it. */
async function prepareOutDir(dir: string): Promise<boolean> {
  let entries: string[]
  try {
    entries = await fs.readdir(dir)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') {
      // 0700: the copy holds staff accounts (password hashes) and the session key.
      await fs.mkdir(dir, { recursive: true, mode: 0o700 })
      return true
    }
    if (code === 'ENOTDIR') throw new BackupError('out-not-empty', `${dir} existe et n’est pas un dossier. Indiquez un dossier vide ou qui n’existe pas encore.`)
    throw error
  }
  if (entries.length > 0) {
    throw new BackupError(
      'out-not-empty',
      `Le dossier de sauvegarde ${dir} n’est pas vide (${entries.length} élément(s)). Une sauvegarde ne remplace jamais une autre : choisissez un dossier vide ou nouveau, par exemple daté (sauvegardes/$(date +%F-%H%M)).`,
    )
  }
  return false
}

export async function backup(databasePath: string, uploadsDir: string, outDir: string): Promise<BackupResult> {
  const started = Date.now()
  const source = path.resolve(databasePath)
  const uploads = path.resolve(uploadsDir)
  const dir = path.resolve(outDir)

  const stat = await fs.stat(source).catch(() => null)
  if (!stat?.isFile()) throw new BackupError('source-missing', `Base de données introuvable : ${source}. Vérifiez DATABASE_PATH.`)
  if (isInside(uploads, dir)) throw new BackupError('out-inside-uploads', `Le dossier de sauvegarde ${dir} est dans le dossier des médias (${uploads}) : il se copierait lui-même et serait servi au public. Choisissez un dossier ailleurs.`)
  const createdDir = await prepareOutDir(dir)

  try {
    // 1. The database first, then the files. An upload writes its file before its row
    //    (lib/media/storage.ts, then the INSERT), so every row in the snapshot names a file that
    //    was already on disk when the snapshot was taken, and is still there when we copy the
    //    folder just after. The other order would miss the files of images uploaded between the
    //    two copies while keeping their rows. Files added after the snapshot are copied too and
    //    are harmless: no row of this backup points to them.
    const databaseFile = path.basename(source)
    const copy = path.join(dir, databaseFile)
    const live = openExisting(source)
    try {
      live.prepare('VACUUM INTO ?').run(copy)
    } finally {
      live.close()
    }
    await fs.chmod(copy, 0o600)
    const handle = await fs.open(copy, 'r+')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }

    const check = openExisting(copy, { readonly: true })
    let tables: Record<string, number>
    let referenced: string[]
    let fkProblems: number
    let version: string
    try {
      const problems = integrityProblems(check)
      if (problems.length) throw new BackupError('integrity', `La copie de la base ne passe pas PRAGMA integrity_check :\n  ${problems.slice(0, 10).join('\n  ')}\nLa base en service est peut-être endommagée : gardez vos sauvegardes précédentes.`)
      tables = countRows(check)
      referenced = referencedUploads(check)
      fkProblems = foreignKeyProblems(check)
      version = sqliteVersion(check)
    } finally {
      check.close()
    }
    const databaseDigest = await hashFile(copy)

    // 2. The media files, each hashed as it is written.
    const listing = await listUploads(uploads)
    const copied: (FileDigest & { path: string })[] = []
    const vanished: string[] = []
    const made = new Set<string>()
    await forEachLimit(listing.files, PARALLEL_COPIES, async (rel) => {
      const target = path.join(dir, UPLOADS_FOLDER, ...rel.split('/'))
      const parent = path.dirname(target)
      if (!made.has(parent)) {
        await fs.mkdir(parent, { recursive: true })
        made.add(parent)
      }
      try {
        copied.push({ path: rel, ...(await copyFile(path.join(uploads, ...rel.split('/')), target)) })
      } catch (error) {
        // Deleted from the library since the listing, or swapped for a link: not part of the backup.
        const code = (error as NodeJS.ErrnoException).code
        if (code === 'ENOENT' || code === 'ELOOP' || code === 'ENOTREG') vanished.push(rel)
        else throw error
      }
    })
    copied.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    for (const folder of withParents(made, dir)) await fsyncDirectory(folder)

    // 3. The session key: with it, a restored site keeps its staff signed in and the scheduler
    //    token (derived from it, lib/scheduler.ts) unchanged.
    const secretSource = path.join(path.dirname(source), SECRET_FILE)
    let authSecret: Manifest['authSecret'] = null
    if ((await fs.lstat(secretSource).catch(() => null))?.isFile()) {
      authSecret = { file: SECRET_FILE, ...(await copyFile(secretSource, path.join(dir, SECRET_FILE), 0o600)) }
    }

    const present = new Set(copied.map((f) => f.path))
    const manifest: Manifest = {
      format: 1,
      app: { name: packageJson.name, version: packageJson.version },
      createdAt: new Date(started).toISOString(),
      database: { file: databaseFile, ...databaseDigest, sqliteVersion: version, tables },
      authSecret,
      uploads: { folder: UPLOADS_FOLDER, count: copied.length, bytes: copied.reduce((sum, f) => sum + f.bytes, 0), files: copied },
    }
    // 4. Last, and durably: a folder with a manifest is a finished backup.
    await fsyncDirectory(dir)
    await writeManifest(dir, manifest)
    return {
      dir,
      manifest,
      durationMs: Date.now() - started,
      missingUploads: referenced.filter((rel) => !present.has(rel)),
      skippedUploads: [...listing.skipped, ...vanished].sort(),
      foreignKeyProblems: fkProblems,
    }
  } catch (error) {
    // The folder was empty (or absent) when we started: whatever is in it now is ours.
    if (createdDir) await fs.rm(dir, { recursive: true, force: true })
    else for (const name of await fs.readdir(dir).catch(() => [])) await fs.rm(path.join(dir, name), { recursive: true, force: true })
    throw error
  }
}
