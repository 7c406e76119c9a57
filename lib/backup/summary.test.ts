import { describe, expect, it } from 'vitest'
import packageJson from '@/package.json'
import type { BackupResult } from './backup'
import type { Manifest } from './manifest'
import type { RestoreResult } from './restore'
import { backupSummary, formatDuration, restoreSummary } from './summary'

const manifest: Manifest = {
  format: 1,
  app: { name: 'kibaru', version: packageJson.version },
  createdAt: '2026-11-05T10:15:00.000Z',
  database: { file: 'kibaru.db', bytes: 212 * 1024 * 1024, sha256: 'a'.repeat(64), sqliteVersion: '3.53.2', tables: { articles: 20_123, tags: 80, users: 1 } },
  authSecret: { file: '.auth-secret', bytes: 43, sha256: 'b'.repeat(64) },
  uploads: { folder: 'uploads', count: 2, bytes: 1536, files: [] },
}
const backupResult: BackupResult = { dir: '/sauvegardes/2026-11-05', manifest, durationMs: 2400, missingUploads: [], skippedUploads: [], foreignKeyProblems: 0 }
// French numbers use a narrow no-break space between thousands.
const flat = (text: string) => text.replace(/\u202f|\u00a0/g, ' ')

describe('formatDuration', () => {
  it('reads as a French operator expects', () => {
    expect(formatDuration(850)).toBe('850 ms')
    expect(formatDuration(2400)).toBe('2,4 s')
    expect(formatDuration(125_000)).toBe('2 min 05 s')
  })
})

describe('backupSummary', () => {
  it('gives tables, rows, files, sizes and duration, and says the session key is included', () => {
    const text = flat(backupSummary(backupResult))
    expect(text).toContain('Sauvegarde terminée en 2,4 s : /sauvegardes/2026-11-05')
    expect(text).toContain('kibaru.db, 212 Mo, 3 tables, 20 204 lignes dont 20 123 articles')
    expect(text).toContain('Médias : 2 fichiers, 2 Ko.')
    expect(text).toContain('Clé des sessions (.auth-secret) incluse')
    expect(text).not.toContain('Attention')
  })

  it('warns when the key is not beside the database and when named files are missing', () => {
    const text = backupSummary({ ...backupResult, manifest: { ...manifest, authSecret: null }, missingUploads: ['2026/11/a.jpg'] })
    expect(text).toContain('gardez la valeur d’AUTH_SECRET avec cette sauvegarde')
    expect(text).toContain('Attention : 1 fichier nommé par la base est absent de la sauvegarde (supprimé de la médiathèque pendant la copie ?) : 2026/11/a.jpg')
  })
})

describe('restoreSummary', () => {
  const result: RestoreResult = { backupDir: '/sauvegardes/2026-11-05', databasePath: '/srv/kibaru/data/kibaru.db', uploadsDir: '/srv/kibaru/data/uploads', manifest, authSecret: 'restored', otherVersion: false, foreignKeyProblems: 0, durationMs: 3100 }

  it('dates the backup in Bamako time and says what to do next', () => {
    const text = flat(restoreSummary(result))
    expect(text).toContain('Restauration terminée en 3,1 s depuis /sauvegardes/2026-11-05 (sauvegarde du jeudi 5 novembre 2026 à 10 h 15')
    expect(text).toContain('/srv/kibaru/data/kibaru.db, 3 tables')
    expect(text).toContain('Clé des sessions (.auth-secret) restaurée')
    expect(text).toContain('npm start')
    expect(text).not.toContain('autre version')
  })

  it('says when another version made the backup', () => {
    expect(restoreSummary({ ...result, otherVersion: true, manifest: { ...manifest, app: { name: 'kibaru', version: '0.0.9' } } })).toContain('autre version de Kibaru (0.0.9)')
  })
})
