import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cleanTemporaryUploads, monthFolder, randomName, removeFiles, storedFile, storeFiles, TEMP_DIR } from './storage'

let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kibaru-storage-'))
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('stored names', () => {
  it('are generated: a UTC month folder and a random name', () => {
    expect(monthFolder(new Date('2026-11-30T23:59:00Z'))).toBe('2026/11')
    expect(monthFolder(new Date('2027-01-01T00:00:00Z'))).toBe('2027/01')
    const names = new Set(Array.from({ length: 50 }, randomName))
    expect(names.size).toBe(50)
    for (const name of names) expect(name).toMatch(/^[0-9a-f]{20}$/)
  })

  it('never leave UPLOADS_DIR nor name hidden files', () => {
    expect(storedFile(dir, '2026/11/abc.jpg')).toBe(path.join(dir, '2026', '11', 'abc.jpg'))
    for (const bad of ['../secret.jpg', '2026/../../x.jpg', '.tmp/x.part', '2026//x.jpg', '/etc/passwd', '2026/11/.hidden.jpg', 'a\\..\\b.jpg']) {
      expect(storedFile(dir, bad), bad).toBeNull()
    }
  })
})

describe('storeFiles', () => {
  it('puts every file in place and leaves no temporary file', async () => {
    await storeFiles(dir, [
      { rel: '2026/11/a.jpg', data: Buffer.from('original') },
      { rel: '2026/11/a-480.webp', data: Buffer.from('variant') },
    ])
    expect(fs.readFileSync(path.join(dir, '2026/11/a.jpg'), 'utf8')).toBe('original')
    expect(fs.readFileSync(path.join(dir, '2026/11/a-480.webp'), 'utf8')).toBe('variant')
    expect(fs.readdirSync(path.join(dir, TEMP_DIR))).toEqual([])
  })

  it('writes all or nothing: a failure removes what was already placed', async () => {
    fs.mkdirSync(path.join(dir, '2026/11'), { recursive: true })
    fs.writeFileSync(path.join(dir, '2026/11/b-480.webp'), 'déjà là')
    await expect(
      storeFiles(dir, [
        { rel: '2026/11/b.jpg', data: Buffer.from('original') },
        { rel: '2026/11/b-480.webp', data: Buffer.from('variant') },
      ]),
    ).rejects.toThrow(/existe déjà/)
    expect(fs.existsSync(path.join(dir, '2026/11/b.jpg'))).toBe(false)
    expect(fs.readFileSync(path.join(dir, '2026/11/b-480.webp'), 'utf8')).toBe('déjà là')
    expect(fs.readdirSync(path.join(dir, TEMP_DIR))).toEqual([])
  })

  it('refuses a path outside the folder', async () => {
    await expect(storeFiles(dir, [{ rel: '../evil.jpg', data: Buffer.from('x') }])).rejects.toThrow(/invalide/)
    expect(fs.existsSync(path.join(dir, '..', 'evil.jpg'))).toBe(false)
  })

  it('removes files, ignoring missing ones and paths outside the folder', async () => {
    await storeFiles(dir, [{ rel: '2026/11/c.jpg', data: Buffer.from('x') }])
    const outside = path.join(path.dirname(dir), `${path.basename(dir)}-outside.txt`)
    fs.writeFileSync(outside, 'keep')
    try {
      await removeFiles(dir, ['2026/11/c.jpg', '2026/11/missing.webp', `../${path.basename(outside)}`])
      expect(fs.existsSync(path.join(dir, '2026/11/c.jpg'))).toBe(false)
      expect(fs.existsSync(outside)).toBe(true)
    } finally {
      fs.rmSync(outside, { force: true })
    }
  })
})

describe('cleanTemporaryUploads', () => {
  it('removes leftovers of interrupted uploads, but not files still being written', async () => {
    const temp = path.join(dir, TEMP_DIR)
    fs.mkdirSync(temp, { recursive: true })
    fs.writeFileSync(path.join(temp, 'old.part'), 'x')
    fs.writeFileSync(path.join(temp, 'fresh.part'), 'x')
    const hourAgo = new Date(Date.now() - 3_600_000)
    fs.utimesSync(path.join(temp, 'old.part'), hourAgo, hourAgo)
    expect(await cleanTemporaryUploads(dir)).toBe(1)
    expect(fs.readdirSync(temp)).toEqual(['fresh.part'])
    expect(await cleanTemporaryUploads(dir, { olderThanMs: 0, now: Date.now() + 1000 })).toBe(1)
    expect(fs.readdirSync(temp)).toEqual([])
  })

  it('is harmless when there is nothing to clean', async () => {
    expect(await cleanTemporaryUploads(path.join(dir, 'absent'))).toBe(0)
  })
})
