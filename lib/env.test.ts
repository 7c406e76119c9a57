import { describe, expect, it } from 'vitest'
import path from 'node:path'
import { parseEnv } from './env'

describe('parseEnv', () => {
  it('has safe defaults for everything', () => {
    expect(parseEnv({})).toEqual({
      port: 3000,
      databasePath: path.resolve('data/kibaru.db'),
      uploadsDir: path.resolve('data/uploads'),
      siteUrl: 'http://localhost:3000',
      mediaMaxBytes: 10 * 1024 * 1024,
      pageCacheMb: 64,
      pageCacheTtlSeconds: 60,
      serverHeapMb: 256,
      trustedProxyHops: 0,
    })
  })
  it('accepts 0 to turn the page cache off and refuses a negative size', () => {
    expect(parseEnv({ PAGE_CACHE_MB: '0' }).pageCacheMb).toBe(0)
    expect(() => parseEnv({ PAGE_CACHE_MB: '-5' })).toThrow(/PAGE_CACHE_MB/)
    expect(() => parseEnv({ PAGE_CACHE_TTL_SECONDS: 'une minute' })).toThrow(/PAGE_CACHE_TTL_SECONDS/)
    expect(() => parseEnv({ TRUSTED_PROXY_HOPS: '-1' })).toThrow(/TRUSTED_PROXY_HOPS/)
  })
  it('derives SITE_URL from PORT and treats empty values as unset', () => {
    expect(parseEnv({ PORT: '8080', SITE_URL: '' }).siteUrl).toBe('http://localhost:8080')
  })
  it('keeps only the origin of SITE_URL', () => {
    expect(parseEnv({ SITE_URL: 'https://kibaru.ml/' }).siteUrl).toBe('https://kibaru.ml')
  })
  it('refuses invalid values with a French message naming the variable', () => {
    expect(() => parseEnv({ PORT: 'abc' })).toThrow(/PORT/)
    expect(() => parseEnv({ PORT: '70000' })).toThrow(/PORT doit être compris entre 1 et 65535/)
    expect(() => parseEnv({ SITE_URL: 'kibaru.ml' })).toThrow(/SITE_URL/)
    expect(() => parseEnv({ SITE_URL: 'ftp://kibaru.ml' })).toThrow(/SITE_URL/)
    expect(() => parseEnv({ SITE_URL: 'https://kibaru.ml/actu' })).toThrow(/sans chemin/)
    expect(() => parseEnv({ MEDIA_MAX_BYTES: '10 Mo' })).toThrow(/MEDIA_MAX_BYTES/)
  })
  it('reads the upload limit in bytes', () => {
    expect(parseEnv({ MEDIA_MAX_BYTES: '2097152' }).mediaMaxBytes).toBe(2 * 1024 * 1024)
  })
})
