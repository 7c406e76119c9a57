// The health check's query against real files: a migrated database is readable; a file that is
// not a database is reported as unreadable (false, no exception), and the check recovers once
// the file is a database again, since a failed open is not kept.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it, vi } from 'vitest'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kibaru-health-'))
const file = path.join(dir, 'test.db')
process.env.DATABASE_PATH = file

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('databaseReadable', () => {
  it('is false for a file that is not a database, and logs why without throwing', async () => {
    fs.writeFileSync(file, 'Ceci n’est pas une base de données SQLite. '.repeat(100))
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    const { databaseReadable } = await import('./health')
    expect(databaseReadable()).toBe(false)
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('base de données illisible'))
    logged.mockRestore()
  })

  it('is true once the file is a database', async () => {
    fs.rmSync(file)
    const sqlite = new Database(file)
    sqlite.exec('CREATE TABLE t (x)')
    sqlite.close()
    const { databaseReadable } = await import('./health')
    expect(databaseReadable()).toBe(true)
  })
})
