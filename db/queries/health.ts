// The health check's one query: can this process read its database right now?
import 'server-only'
import { db } from '../client'

/**
 * True when the database answers a trivial read. It reads the schema table rather than
 * `SELECT 1`, which SQLite answers without touching the file: a database that cannot be opened,
 * is not a database or cannot be read fails here. The reason goes to the server log only.
 */
export function databaseReadable(): boolean {
  try {
    db().$client.prepare('SELECT count(*) FROM sqlite_schema').pluck().get()
    return true
  } catch (error) {
    console.error(`[santé] base de données illisible : ${error instanceof Error ? error.message : String(error)}`)
    return false
  }
}
