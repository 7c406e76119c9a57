// npm run restore: puts a backup made by lib/backup/backup.ts back into an empty data folder.
// It never writes over live data, checks every byte against the manifest before writing any,
// and makes the database appear last: a restore cut short leaves no database behind, so nobody
// mistakes half a restore for a whole one.
import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import packageJson from '@/package.json'
import { storedFile } from '@/lib/media/storage'
import { BackupError } from './errors'
import { copyFile, forEachLimit, fsyncDirectory, hashFile, pathExists, withParents, type FileDigest } from './files'
import { countRows, foreignKeyProblems, integrityProblems, openExisting } from './database'
import { readManifest, SECRET_FILE, UPLOADS_FOLDER, type Manifest } from './manifest'

export interface RestoreResult {
  backupDir: string
  databasePath: string
  uploadsDir: string
  manifest: Manifest
  /** 'restored': written from the backup; 'same': already there with the same content; 'absent': not in the backup. */
  authSecret: 'restored' | 'same' | 'absent'
  /** The app version that made the backup differs from this one (npm start will migrate). */
  otherVersion: boolean
  foreignKeyProblems: number
  durationMs: number
}

const PARALLEL_FILES = 4

function describe(problems: string[]): string {
  const shown = problems.slice(0, 10).map((p) => `  - ${p}`)
  if (problems.length > 10) shown.push(`  - … et ${problems.length - 10} autre(s)`)
  return shown.join('\n')
}

/** Refuses unless the database and its side files are absent and the media folder is empty or absent. */
async function requireEmptyTarget(databasePath: string, uploadsDir: string): Promise<void> {
  // A leftover -wal beside a new database would be replayed into it: it counts as live data too.
  for (const file of [databasePath, `${databasePath}-wal`, `${databasePath}-shm`, `${databasePath}-journal`]) {
    if (await pathExists(file)) {
      throw new BackupError(
        'target-not-empty',
        `${file} existe déjà : la restauration n’écrase jamais des données en place. Arrêtez le site, déplacez l’ancienne base (avec ses fichiers -wal et -shm) hors de ce dossier, puis relancez.`,
      )
    }
  }
  let entries: string[] = []
  try {
    entries = await fs.readdir(uploadsDir)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOTDIR') throw new BackupError('target-not-empty', `${uploadsDir} existe et n’est pas un dossier : vérifiez UPLOADS_DIR.`)
    if (code !== 'ENOENT') throw error
  }
  if (entries.length > 0) {
    throw new BackupError('target-not-empty', `Le dossier des médias ${uploadsDir} n’est pas vide (${entries.length} élément(s)) : la restauration n’écrase jamais des fichiers en place. Videz-le ou choisissez un autre UPLOADS_DIR.`)
  }
}

/** Where a media file of the manifest is in the backup and where it goes, or null for a path that would leave either folder. */
function uploadPaths(backupDir: string, uploadsDir: string, rel: string): { from: string; to: string } | null {
  const from = storedFile(path.join(backupDir, UPLOADS_FOLDER), rel)
  const to = storedFile(uploadsDir, rel)
  return from && to ? { from, to } : null
}

async function verify(file: string, expected: FileDigest, label: string, problems: string[]): Promise<void> {
  try {
    const actual = await hashFile(file)
    if (actual.bytes !== expected.bytes) problems.push(`${label} : ${actual.bytes} octets au lieu de ${expected.bytes}`)
    else if (actual.sha256 !== expected.sha256) problems.push(`${label} : empreinte SHA-256 différente`)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') problems.push(`${label} : manquant`)
    else if (code === 'ELOOP' || code === 'ENOTREG') problems.push(`${label} : n’est pas un fichier ordinaire (lien symbolique ?)`)
    else throw error
  }
}

/** Copies and compares again what was verified: the backup could change between the two reads. */
async function copyVerified(from: string, to: string, expected: FileDigest, mode?: number): Promise<void> {
  const actual = await copyFile(from, to, mode)
  if (actual.sha256 !== expected.sha256 || actual.bytes !== expected.bytes) {
    await fs.rm(to, { force: true })
    throw new BackupError('checksum-mismatch', `${from} a changé pendant la restauration (empreinte SHA-256 différente) : rien n’a été restauré.`)
  }
}

/** Gives `temp` the name `final` unless something took that name meanwhile (npm start, say). */
async function placeWithoutOverwrite(temp: string, final: string): Promise<void> {
  try {
    // link() fails when the name exists, where rename() would silently replace it.
    await fs.link(temp, final)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new BackupError('target-not-empty', `${final} est apparu pendant la restauration (le site a-t-il démarré ?) : rien n’a été remplacé.`)
    // A file system without hard links: check, then rename.
    if (await pathExists(final)) throw new BackupError('target-not-empty', `${final} est apparu pendant la restauration : rien n’a été remplacé.`)
    await fs.rename(temp, final)
    return
  }
  await fs.rm(temp)
}

export async function restore(backupDir: string, databasePath: string, uploadsDir: string): Promise<RestoreResult> {
  const started = Date.now()
  const from = path.resolve(backupDir)
  const database = path.resolve(databasePath)
  const uploads = path.resolve(uploadsDir)
  const dataDir = path.dirname(database)
  const manifest = await readManifest(from)

  // 1. Refuse before reading anything big: the target must be empty.
  await requireEmptyTarget(database, uploads)
  const secretTarget = path.join(dataDir, SECRET_FILE)
  let authSecret: RestoreResult['authSecret'] = manifest.authSecret ? 'restored' : 'absent'
  if (manifest.authSecret && (await pathExists(secretTarget))) {
    const existing = await hashFile(secretTarget).catch(() => null)
    if (existing?.sha256 !== manifest.authSecret.sha256) {
      throw new BackupError('secret-differs', `${secretTarget} existe déjà et diffère de la clé des sessions sauvegardée. Déplacez-le hors du dossier pour restaurer celle de la sauvegarde (les sessions et le jeton du planificateur en dépendent), puis relancez.`)
    }
    authSecret = 'same'
  }

  // 2. Every byte of the backup against the manifest, before writing a single one.
  const problems: string[] = []
  await verify(path.join(from, manifest.database.file), manifest.database, manifest.database.file, problems)
  if (manifest.authSecret) await verify(path.join(from, SECRET_FILE), manifest.authSecret, SECRET_FILE, problems)
  const files: (FileDigest & { path: string; from: string; to: string })[] = []
  const seen = new Set<string>()
  for (const f of manifest.uploads.files) {
    const paths = uploadPaths(from, uploads, f.path)
    if (!paths) problems.push(`${UPLOADS_FOLDER}/${f.path} : chemin refusé (sort du dossier ou fichier caché)`)
    else if (seen.has(paths.to)) problems.push(`${UPLOADS_FOLDER}/${f.path} : nommé deux fois dans le manifeste`)
    else files.push({ ...f, ...paths })
    seen.add(paths?.to ?? '')
  }
  await forEachLimit(files, PARALLEL_FILES, (f) => verify(f.from, f, `${UPLOADS_FOLDER}/${f.path}`, problems))
  if (problems.length) throw new BackupError('checksum-mismatch', `Sauvegarde altérée ou incomplète, rien n’a été restauré :\n${describe(problems.sort())}`)

  // 3. Write, remembering everything we create so a failure leaves the target as we found it.
  const createdFiles: string[] = []
  const createdDirs: string[] = []
  const mkdir = async (dir: string) => {
    // mkdir answers the topmost folder it had to create, if any.
    const first = await fs.mkdir(dir, { recursive: true })
    if (first) createdDirs.push(first)
  }
  const temp = path.join(dataDir, `.${path.basename(database)}.restauration-${randomBytes(6).toString('hex')}`)
  let fkProblems = 0
  try {
    await mkdir(dataDir)
    createdFiles.push(temp)
    await copyVerified(path.join(from, manifest.database.file), temp, manifest.database, 0o600)
    // Checked under its temporary name: the database only takes its real name once known good.
    // VACUUM INTO wrote it in rollback-journal mode, so a read-only connection leaves no side file;
    // the site's first connection switches it to WAL (db/open.ts).
    const check = openExisting(temp, { readonly: true })
    try {
      const broken = integrityProblems(check)
      if (broken.length) throw new BackupError('integrity', `La base sauvegardée ne passe pas PRAGMA integrity_check :\n  ${broken.slice(0, 10).join('\n  ')}`)
      const counts = countRows(check)
      const expected = manifest.database.tables
      const differing = [...new Set([...Object.keys(counts), ...Object.keys(expected)])].filter((t) => counts[t] !== expected[t])
      if (differing.length) throw new BackupError('counts-mismatch', `Nombre de lignes différent du manifeste pour : ${differing.join(', ')}.`)
      fkProblems = foreignKeyProblems(check)
    } finally {
      check.close()
    }

    await mkdir(uploads)
    const folders = new Set<string>()
    for (const f of files) folders.add(path.dirname(f.to))
    for (const folder of folders) await mkdir(folder)
    await forEachLimit(files, PARALLEL_FILES, async (f) => {
      await copyVerified(f.from, f.to, f)
      createdFiles.push(f.to)
    })
    for (const folder of withParents(folders, path.dirname(uploads))) await fsyncDirectory(folder)

    if (manifest.authSecret && authSecret === 'restored') {
      const secretTemp = `${temp}.secret`
      createdFiles.push(secretTemp)
      await copyVerified(path.join(from, SECRET_FILE), secretTemp, manifest.authSecret, 0o600)
      await placeWithoutOverwrite(secretTemp, secretTarget)
      createdFiles.push(secretTarget)
    }

    // 4. Last: the database takes its name. From here on the restore is complete.
    await placeWithoutOverwrite(temp, database)
    await fsyncDirectory(dataDir)
  } catch (error) {
    for (const file of createdFiles) await fs.rm(file, { force: true })
    // Then the folders we made, and those left empty in the media folder (empty when we began).
    // rmdir only removes empty folders: anything another process wrote meanwhile stays.
    for (const dir of [uploads, ...createdDirs]) await removeEmptyTree(dir)
    for (const dir of createdDirs.sort((a, b) => b.length - a.length)) await fs.rmdir(dir).catch(() => {})
    throw error
  }

  return {
    backupDir: from,
    databasePath: database,
    uploadsDir: uploads,
    manifest,
    authSecret,
    otherVersion: manifest.app.version !== packageJson.version,
    foreignKeyProblems: fkProblems,
    durationMs: Date.now() - started,
  }
}

/** Removes the empty folders under `root` (month folders we made inside a media folder that existed empty). */
async function removeEmptyTree(root: string): Promise<void> {
  const entries = await fs.readdir(root, { withFileTypes: true }).catch(() => [])
  for (const entry of entries) {
    if (!entry.isDirectory()) continue
    const dir = path.join(root, entry.name)
    await removeEmptyTree(dir)
    await fs.rmdir(dir).catch(() => {})
  }
}
