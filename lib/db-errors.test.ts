// Which errors are storage faults, and what the person is told (issue 6, faults and durability).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { failureFault, failureMessage, storageFault, storageFaultMessage, withoutFaultLog, withStorageFaults, withStorageFaultsAsync } from './db-errors'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kibaru-db-errors-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

const coded = (code: string, message = code) => Object.assign(new Error(message), { code })

/** The error better-sqlite3 really throws when another connection holds the write lock. */
function realBusyError(): unknown {
  const file = path.join(dir, 'busy.db')
  const holder = new Database(file)
  holder.pragma('journal_mode = WAL')
  holder.exec('CREATE TABLE IF NOT EXISTS t (x)')
  const writer = new Database(file)
  writer.pragma('busy_timeout = 50')
  holder.exec('BEGIN IMMEDIATE')
  try {
    writer.exec('BEGIN IMMEDIATE')
    return null
  } catch (error) {
    return error
  } finally {
    holder.exec('ROLLBACK')
    holder.close()
    writer.close()
  }
}

/** …and when the database may not grow any more. */
function realFullError(): unknown {
  const sqlite = new Database(path.join(dir, 'full.db'))
  sqlite.exec('CREATE TABLE t (x)')
  const pages = sqlite.pragma('page_count', { simple: true }) as number
  sqlite.pragma(`max_page_count = ${pages}`)
  try {
    sqlite.prepare('INSERT INTO t VALUES (?)').run('x'.repeat(100_000))
    return null
  } catch (error) {
    return error
  } finally {
    sqlite.close()
  }
}

describe('storageFault', () => {
  it('knows SQLite’s own busy and full errors', () => {
    const busy = realBusyError()
    const full = realFullError()
    expect((busy as { code: string }).code).toBe('SQLITE_BUSY')
    expect((full as { code: string }).code).toBe('SQLITE_FULL')
    expect(storageFault(busy)).toBe('busy')
    expect(storageFault(full)).toBe('full')
  })

  it('knows their extended codes and a full disk seen by the file system', () => {
    for (const code of ['SQLITE_BUSY_SNAPSHOT', 'SQLITE_BUSY_TIMEOUT', 'SQLITE_LOCKED', 'SQLITE_LOCKED_SHAREDCACHE']) expect(storageFault(coded(code))).toBe('busy')
    for (const code of ['ENOSPC', 'EDQUOT']) expect(storageFault(coded(code))).toBe('full')
  })

  it('looks through the errors drizzle wraps around the driver’s', () => {
    const wrapped = new Error('Failed query: insert into "articles" …', { cause: coded('SQLITE_BUSY') })
    expect(storageFault(new Error('outer', { cause: wrapped }))).toBe('busy')
  })

  it('leaves every other error alone: constraints, bugs, I/O it cannot vouch for', () => {
    for (const code of ['SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_FOREIGNKEY', 'SQLITE_ERROR', 'SQLITE_CORRUPT', 'SQLITE_IOERR_FSYNC', 'SQLITE_BUSYNESS', 'ENOENT']) {
      expect(storageFault(coded(code)), code).toBeNull()
    }
    expect(storageFault(new TypeError('x is undefined'))).toBeNull()
    expect(storageFault('SQLITE_BUSY')).toBeNull()
    expect(storageFault(null)).toBeNull()
    const loop = new Error('loop') as Error & { cause?: unknown }
    loop.cause = loop
    expect(storageFault(loop)).toBeNull()
  })
})

describe('storageFaultMessage', () => {
  it('tells the journalist, in French, that the text is kept and to try again', () => {
    const busy = storageFaultMessage(coded('SQLITE_BUSY'), 'text')!
    expect(busy).toMatch(/^La base de données est momentanément occupée\. Votre texte est conservé\u00a0: réessayez dans quelques secondes\.$/)
    const full = storageFaultMessage(coded('SQLITE_FULL'), 'text')!
    expect(full).toMatch(/^Le disque du serveur est plein\u00a0: .*Votre texte est conservé\u202f; réessayez dans quelques minutes et prévenez l’administrateur du site\.$/)
  })

  it('tells an editor whose publication failed that nothing changed', () => {
    expect(storageFaultMessage(coded('SQLITE_BUSY_SNAPSHOT'))).toMatch(/occupée\. Rien n’a été modifié\u00a0: réessayez/)
    expect(storageFaultMessage(coded('ENOSPC'))).toMatch(/plein.*Rien n’a été modifié/)
  })

  it('has nothing to say about other errors', () => {
    expect(storageFaultMessage(new Error('boom'))).toBeNull()
  })
})

describe('withStorageFaults', () => {
  it('returns the write’s own result when it goes through', () => {
    expect(withStorageFaults('test', 'text', () => ({ ok: true as const, id: 3 }))).toEqual({ ok: true, id: 3 })
  })

  it('turns a fault into a retryable failure, logged as one line without a stack', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const result = withStorageFaults('test', 'text', () => {
      throw new Error('Failed query', { cause: coded('SQLITE_BUSY', 'database is locked') })
    })
    expect(result).toEqual({ ok: false, error: storageFaultMessage(coded('SQLITE_BUSY'), 'text'), retryable: true, fault: 'busy' })
    expect(failureFault(result)).toBe('busy')
    expect(warn).toHaveBeenCalledTimes(1)
    expect(String(warn.mock.calls[0]![0])).toMatch(/^\[test\] base verrouillée .*SQLITE_BUSY database is locked$/)
    warn.mockRestore()
  })

  it('throws any other error on, the very same object', async () => {
    const bug = new TypeError('Cannot read properties of undefined')
    expect(() =>
      withStorageFaults('test', 'text', () => {
        throw bug
      }),
    ).toThrow(bug)
    const constraint = coded('SQLITE_CONSTRAINT_UNIQUE')
    await expect(
      withStorageFaultsAsync('test', 'text', async () => {
        throw constraint
      }),
    ).rejects.toBe(constraint)
  })

  it('catches a fault in an awaited write too', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    await expect(
      withStorageFaultsAsync('test', 'unchanged', async () => {
        throw coded('ENOSPC', 'no space left on device')
      }),
    ).resolves.toMatchObject({ ok: false, retryable: true, fault: 'full', error: expect.stringMatching(/disque du serveur est plein/) })
    vi.restoreAllMocks()
  })

  it('stays quiet inside withoutFaultLog, for a caller that retries and reports once', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const busy = () => withStorageFaults('test', 'text', () => {
      throw coded('SQLITE_BUSY')
    })
    expect(failureFault(withoutFaultLog(busy))).toBe('busy')
    expect(warn).not.toHaveBeenCalled()
    busy()
    expect(warn).toHaveBeenCalledTimes(1)
    warn.mockRestore()
  })

  it('tells a fault’s failure from any other result', () => {
    expect(failureFault({ ok: false, error: 'x', fault: 'full' })).toBe('full')
    expect(failureFault({ ok: false, error: 'Article introuvable.' })).toBeNull()
    expect(failureFault({ ok: true, fault: 'busy' })).toBeNull()
    expect(failureFault(undefined)).toBeNull()
  })
})

describe('failureMessage', () => {
  it('answers a storage fault with its French message, logged in one line, and anything else with the fallback and its stack', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(failureMessage('rubriques', coded('SQLITE_BUSY', 'database is locked'), 'Erreur du serveur.', 'text')).toBe(storageFaultMessage(coded('SQLITE_BUSY'), 'text'))
    expect(warn).toHaveBeenCalledTimes(1)
    expect(error).not.toHaveBeenCalled()
    const bug = new TypeError('x is undefined')
    expect(failureMessage('rubriques', bug, 'Erreur du serveur.')).toBe('Erreur du serveur.')
    expect(error).toHaveBeenCalledWith('[rubriques]', bug)
    warn.mockRestore()
    error.mockRestore()
  })
})
