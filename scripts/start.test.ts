import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'

describe('npm start', () => {
  it('stops at once with a clear message when a variable is invalid', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
      env: { ...process.env, PORT: 'quatre-vingt', SITE_URL: 'pas une adresse' },
      encoding: 'utf8',
      timeout: 30_000,
    })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('Configuration invalide')
    expect(result.stderr).toContain('PORT')
    expect(result.stderr).toContain('SITE_URL')
    expect(result.stdout).not.toContain('next build')
  })
})
