import { describe, expect, it } from 'vitest'
import { isFacebookPageUrl, isStreamUrl, isWebUrl, radioInputSchema, settingsInputSchema } from './settings-input'

describe('stream addresses', () => {
  it('accepts http(s) streams and files served by the site under /media/', () => {
    for (const ok of ['https://stream.ortm.ml/live.mp3', 'http://41.73.0.1:8000/radio', '/media/radios/ortm.mp3', '/media/2026/01/flux%20test.ogg']) expect(isStreamUrl(ok), ok).toBe(true)
  })

  it('refuses other schemes, other local paths, parent folders and protocol-relative addresses', () => {
    for (const bad of ['javascript:alert(1)', 'data:audio/mp3;base64,AAAA', 'ftp://x.ml/a.mp3', '//evil.example/a.mp3', '/admin', '/media/', '/media/../data/kibaru.db', '/media/./a.mp3', 'https://', 'https://a b.ml/x', 'radio.mp3'])
      expect(isStreamUrl(bad), bad).toBe(false)
  })
})

describe('web and Facebook addresses', () => {
  it('knows a web address', () => {
    expect(isWebUrl('https://ortm.ml')).toBe(true)
    expect(isWebUrl('javascript:alert(1)')).toBe(false)
    expect(isWebUrl('mailto:a@b.ml')).toBe(false)
  })

  it('wants a page on facebook.com', () => {
    expect(isFacebookPageUrl('https://www.facebook.com/kibaru.ml')).toBe(true)
    expect(isFacebookPageUrl('https://m.facebook.com/kibaru.ml/')).toBe(true)
    expect(isFacebookPageUrl('https://www.facebook.com/')).toBe(false)
    expect(isFacebookPageUrl('https://facebook.com.evil.example/kibaru')).toBe(false)
    expect(isFacebookPageUrl('javascript://www.facebook.com/%0aalert(1)')).toBe(false)
  })
})

describe('settings input', () => {
  const valid = { siteName: ' Kibaru ', tagline: 'L’actualité', facebookPageUrl: 'https://www.facebook.com/kibaru.ml', contactEmail: 'redaction@kibaru.ml' }

  it('trims, and turns empty optional fields into their unset values', () => {
    expect(settingsInputSchema.parse({ ...valid, facebookAppId: '', defaultShareImageId: '' })).toEqual({
      siteName: 'Kibaru',
      tagline: 'L’actualité',
      facebookPageUrl: 'https://www.facebook.com/kibaru.ml',
      facebookAppId: '',
      contactEmail: 'redaction@kibaru.ml',
      defaultShareImageId: null,
    })
    expect(settingsInputSchema.parse({ ...valid, defaultShareImageId: '12' }).defaultShareImageId).toBe(12)
  })

  it('says in French what is wrong', () => {
    const result = settingsInputSchema.safeParse({ ...valid, siteName: '', facebookAppId: 'abc', contactEmail: 'pas-une-adresse', facebookPageUrl: 'https://twitter.com/kibaru' })
    expect(result.success).toBe(false)
    const messages = Object.fromEntries(result.error!.issues.map((i) => [String(i.path[0]), i.message]))
    expect(messages).toEqual({
      siteName: 'Donnez un nom au site.',
      facebookAppId: expect.stringContaining('chiffres'),
      contactEmail: expect.stringContaining('adresse e-mail valide'),
      facebookPageUrl: expect.stringContaining('page Facebook'),
    })
  })
})

describe('radio input', () => {
  it('reads the form: the checkbox, empty optional fields, the kind', () => {
    expect(radioInputSchema.parse({ name: 'ORTM', kind: 'tv', streamUrl: '/media/ortm.mp3', websiteUrl: '', city: ' Bamako ', active: 'on' })).toEqual({
      name: 'ORTM',
      kind: 'tv',
      streamUrl: '/media/ortm.mp3',
      websiteUrl: null,
      city: 'Bamako',
      frequency: null,
      description: '',
      active: true,
    })
    expect(radioInputSchema.parse({ name: 'ORTM', kind: 'radio', streamUrl: 'https://a.ml/s' }).active).toBe(false)
  })

  it('refuses a hostile stream or website address and an unknown kind', () => {
    const result = radioInputSchema.safeParse({ name: 'X', kind: 'podcast', streamUrl: 'javascript:alert(1)', websiteUrl: 'javascript:alert(1)' })
    expect(result.success).toBe(false)
    expect(result.error!.issues.map((i) => i.path[0]).sort()).toEqual(['kind', 'streamUrl', 'websiteUrl'])
  })
})
