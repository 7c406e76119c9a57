// Opening and migrating the database, shared by the server (db/client.ts) and the scripts
// (start, migrate, seed), which run outside Next and so cannot import 'server-only' code.
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import { env } from '@/lib/env'
import * as schema from './schema'

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database }

export const MIGRATIONS_DIR = path.join(process.cwd(), 'db', 'migrations')

export function openDatabase(file = env().databasePath): Db {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const sqlite = new Database(file)
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  // FULL: a commit is on disk before it is acknowledged, even across a power loss (in WAL mode
  // NORMAL would only survive a crash of the process). Saves are small; the cost is one fsync.
  sqlite.pragma('synchronous = FULL')
  return drizzle({ client: sqlite, schema }) as Db
}

export function migrateDatabase(database: Db): void {
  migrate(database, { migrationsFolder: MIGRATIONS_DIR })
}
