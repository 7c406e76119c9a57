// Every connection the server and the scripts open is set up the same way (issue 6, durability).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { openDatabase } from './open'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kibaru-open-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

it('opens SQLite in WAL mode, synchronous FULL, with foreign keys and a busy timeout', () => {
  const database = openDatabase(path.join(dir, 'pragmas.db'))
  const read = (name: string) => database.$client.pragma(name, { simple: true })
  expect(read('journal_mode')).toBe('wal')
  expect(read('synchronous')).toBe(2) // FULL
  expect(read('foreign_keys')).toBe(1)
  expect(read('busy_timeout')).toBe(5000)
  database.$client.close()
})
