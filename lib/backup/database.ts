// What backup and restore ask of SQLite: open an existing file (never create one), check it,
// count its rows, and list the media files its rows point to.
import Database from 'better-sqlite3'

export function openExisting(file: string, { readonly = false } = {}): Database.Database {
  const sqlite = new Database(file, { fileMustExist: true, readonly })
  sqlite.pragma('busy_timeout = 5000')
  return sqlite
}

/** The lines of PRAGMA integrity_check, or an empty list when it answers "ok". */
export function integrityProblems(sqlite: Database.Database): string[] {
  const lines = (sqlite.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check)
  return lines.length === 1 && lines[0] === 'ok' ? [] : lines
}

/** How many rows point to a row that does not exist (PRAGMA foreign_key_check). */
export function foreignKeyProblems(sqlite: Database.Database): number {
  return (sqlite.pragma('foreign_key_check') as unknown[]).length
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`

/**
 * Rows per table, by name. Ordinary tables and the search index count. Left out: SQLite's own
 * tables, the shadow tables behind the search index, and fts5vocab tables (articles_fts_vocab),
 * which only show the index's word counts and would cost a walk of the whole index.
 */
export function countRows(sqlite: Database.Database): Record<string, number> {
  const derived = new Set(
    (sqlite.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5vocab%'").all() as { name: string }[]).map((t) => t.name),
  )
  const tables = (sqlite.pragma('table_list') as { schema: string; name: string; type: string }[])
    .filter((t) => t.schema === 'main' && (t.type === 'table' || t.type === 'virtual') && !t.name.startsWith('sqlite_') && !derived.has(t.name))
    .map((t) => t.name)
    .sort()
  return Object.fromEntries(tables.map((name) => [name, (sqlite.prepare(`SELECT count(*) AS n FROM ${quote(name)}`).get() as { n: number }).n]))
}

/** Paths (relative to UPLOADS_DIR) of every stored file the media rows name: originals and variants. */
export function referencedUploads(sqlite: Database.Database): string[] {
  const hasMedia = sqlite.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'media'").get()
  if (!hasMedia) return []
  const paths = new Set<string>()
  for (const row of sqlite.prepare('SELECT path, variants FROM media').all() as { path: string; variants: string | null }[]) {
    paths.add(row.path)
    try {
      for (const variant of (JSON.parse(row.variants ?? '[]') as { path?: unknown }[]) ?? []) if (typeof variant?.path === 'string') paths.add(variant.path)
    } catch {
      // A malformed variants column is the media library's concern, not the backup's.
    }
  }
  return [...paths].sort()
}

export function sqliteVersion(sqlite: Database.Database): string {
  return (sqlite.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v
}
