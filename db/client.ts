// The one SQLite connection of the process, opened lazily on first use so `next build` never
// opens a database, and kept on globalThis so dev reloads do not leak handles.
import 'server-only'
import { openDatabase, type Db } from './open'

const globalForDb = globalThis as unknown as { kibaruDb?: Db }

export function db(): Db {
  globalForDb.kibaruDb ??= openDatabase()
  return globalForDb.kibaruDb
}
