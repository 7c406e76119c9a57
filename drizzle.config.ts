import { defineConfig } from 'drizzle-kit'

export default defineConfig({
  dialect: 'sqlite',
  schema: './db/schema.ts',
  out: './db/migrations',
  dbCredentials: { url: process.env.DATABASE_PATH ?? './data/kibaru.db' },
  // The FTS5 table and its shadow tables live in a custom migration.
  tablesFilter: ['!articles_fts*'],
})
