import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { TEMP_DIR } from '@/lib/media/storage'
import { copyFile, forEachLimit, hashFile, isInside, listUploads, withParents } from './files'

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kibaru-backup-files-'))
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

describe('listUploads', () => {
  it('lists regular files only, leaving out uploads in progress, hidden names and links', () => {
    const uploads = path.join(root, 'uploads')
    fs.mkdirSync(path.join(uploads, '2026', '11'), { recursive: true })
    fs.mkdirSync(path.join(uploads, TEMP_DIR))
    fs.mkdirSync(path.join(root, 'elsewhere'))
    fs.writeFileSync(path.join(uploads, '2026', '11', 'b.jpg'), 'b')
    fs.writeFileSync(path.join(uploads, '2026', '11', 'a.jpg'), 'a')
    fs.writeFileSync(path.join(uploads, TEMP_DIR, 'x.part'), 'half')
    fs.writeFileSync(path.join(uploads, '2026', '.DS_Store'), '')
    fs.writeFileSync(path.join(root, 'elsewhere', 'passwd'), 'root')
    fs.symlinkSync(path.join(root, 'elsewhere', 'passwd'), path.join(uploads, '2026', 'lien.jpg'))
    fs.symlinkSync(path.join(root, 'elsewhere'), path.join(uploads, 'dossier-lien'))
    const fifo = spawnSync('mkfifo', [path.join(uploads, 'tube')]).status === 0

    return listUploads(uploads).then((listing) => {
      expect(listing.files).toEqual(['2026/11/a.jpg', '2026/11/b.jpg'])
      expect(listing.skipped).toEqual(['2026/lien.jpg', 'dossier-lien', ...(fifo ? ['tube'] : [])].sort())
    })
  })

  it('sees a missing media folder as an empty one', async () => {
    expect(await listUploads(path.join(root, 'absent'))).toEqual({ files: [], skipped: [] })
  })
})

describe('copyFile', () => {
  it('returns the size and SHA-256 of what it wrote, the same as hashFile', async () => {
    const from = path.join(root, 'photo.jpg')
    fs.writeFileSync(from, Buffer.alloc(3 * 1024 * 1024 + 7, 7)) // more than one chunk
    const digest = await copyFile(from, path.join(root, 'copie.jpg'))
    expect(digest.bytes).toBe(3 * 1024 * 1024 + 7)
    expect(await hashFile(path.join(root, 'copie.jpg'))).toEqual(digest)
    expect(await hashFile(from)).toEqual(digest)
  })

  it('never follows a link and never writes over a file', async () => {
    fs.writeFileSync(path.join(root, 'cible.txt'), 'secret')
    fs.symlinkSync(path.join(root, 'cible.txt'), path.join(root, 'lien.txt'))
    await expect(copyFile(path.join(root, 'lien.txt'), path.join(root, 'vole.txt'))).rejects.toMatchObject({ code: 'ELOOP' })
    await expect(hashFile(path.join(root, 'lien.txt'))).rejects.toMatchObject({ code: 'ELOOP' })
    expect(fs.existsSync(path.join(root, 'vole.txt'))).toBe(false)

    fs.writeFileSync(path.join(root, 'deja.txt'), 'à garder')
    await expect(copyFile(path.join(root, 'cible.txt'), path.join(root, 'deja.txt'))).rejects.toMatchObject({ code: 'EEXIST' })
    expect(fs.readFileSync(path.join(root, 'deja.txt'), 'utf8')).toBe('à garder')
  })
})

describe('isInside', () => {
  it('tells a folder inside another from a neighbour with a similar name', () => {
    expect(isInside('/data/uploads', '/data/uploads')).toBe(true)
    expect(isInside('/data/uploads', '/data/uploads/sauvegarde')).toBe(true)
    expect(isInside('/data/uploads', '/data/uploads-sauvegarde')).toBe(false)
    expect(isInside('/data/uploads', '/data')).toBe(false)
    expect(isInside('/data/uploads', '/data/uploads/..sauvegarde')).toBe(true)
  })
})

describe('withParents', () => {
  it('adds the folders between the leaves and the root, deepest first', () => {
    expect(withParents(['/b/uploads/2026/11', '/b/uploads/2026/12', '/b/uploads/demo'], '/b')).toEqual([
      '/b/uploads/2026/11',
      '/b/uploads/2026/12',
      '/b/uploads/2026',
      '/b/uploads/demo',
      '/b/uploads',
    ])
  })
})

describe('forEachLimit', () => {
  it('starts nothing new after a failure and settles the running tasks before throwing', async () => {
    const started: number[] = []
    let running = 0
    let settledWhenThrown = -1
    const task = async (n: number) => {
      started.push(n)
      running++
      await new Promise((r) => setTimeout(r, n === 1 ? 1 : 20))
      running--
      if (n === 1) throw new Error('échec')
    }
    await forEachLimit([0, 1, 2, 3, 4, 5], 2, task).catch(() => {
      settledWhenThrown = running
    })
    expect(settledWhenThrown).toBe(0)
    expect(started).toEqual([0, 1])
  })
})
