import { describe, expect, it } from 'vitest'
import { articleInputSchema, fieldErrors } from './article-input'

const valid = { title: 'Un titre', slug: 'un-titre', body: { type: 'doc', content: [] } }

describe('article input', () => {
  it('accepts a minimal story and fills defaults', () => {
    const parsed = articleInputSchema.parse(valid)
    expect(parsed).toMatchObject({ standfirst: '', categoryId: null, tags: [], featured: false, dateline: null })
  })
  it('drops fields an editor may not set through a save', () => {
    const parsed = articleInputSchema.parse({ ...valid, status: 'published', publishedAt: 1, id: 7, role: 'admin', createdBy: 1 })
    expect(Object.keys(parsed)).not.toEqual(expect.arrayContaining(['status', 'publishedAt', 'id', 'role', 'createdBy']))
  })
  it('explains bad input in French', () => {
    const result = articleInputSchema.safeParse({ ...valid, title: ' ', sourceUrl: 'javascript:alert(1)' })
    expect(result.success).toBe(false)
    if (result.success) return
    const errors = fieldErrors(result.error)
    expect(errors.title).toBe('Donnez un titre à l’article.')
    expect(errors.sourceUrl).toMatch(/http/)
  })
  it('takes control characters out of every text field, keeps markup as typed (it is escaped where shown)', () => {
    const parsed = articleInputSchema.parse({
      ...valid,
      title: '\u0001<scr\u0000ipt>alert(1)</scr\u0000ipt>\u007f',
      standfirst: 'a\u0000b\tc\nd',
      dateline: '\u0000',
      sourceName: 'AFP\u001f',
      coverCaption: '"><img src=x onerror=alert(2)>\u000b',
      tags: ['Kidal\u0000'],
      newAuthors: ['A\u0000wa'],
    })
    expect(parsed).toMatchObject({
      title: '<script>alert(1)</script>',
      standfirst: 'a\u0000b\tc\nd'.replace('\u0000', ''),
      dateline: null,
      sourceName: 'AFP',
      coverCaption: '"><img src=x onerror=alert(2)>',
      tags: ['Kidal'],
      newAuthors: ['Awa'],
    })
    expect(articleInputSchema.safeParse({ ...valid, tags: ['\u0008'] }).success).toBe(false)
    expect(articleInputSchema.safeParse({ ...valid, title: '\u0000 ' }).success).toBe(false)
  })
})

describe('article slug', () => {
  const slugOf = (over: Record<string, unknown>) => articleInputSchema.parse({ ...valid, ...over }).slug
  it('folds whatever is typed into one well-formed address', () => {
    expect(slugOf({ slug: 'Pas Bon' })).toBe('pas-bon')
    expect(slugOf({ slug: '  ../../Sécurité à Ségou/%2e%2e%2f  ' })).toBe('securite-a-segou')
    expect(slugOf({ slug: 'a\u0000b' })).toBe('a-b')
    expect(slugOf({ slug: 'x'.repeat(300) })).toHaveLength(80)
  })
  it('falls back to the title when the address has no letter or digit', () => {
    expect(slugOf({ title: 'Goïta à Ségou', slug: '🎉🎉' })).toBe('goita-a-segou')
    expect(slugOf({ title: 'Goïta à Ségou', slug: '' })).toBe('goita-a-segou')
    expect(slugOf({ title: 'Goïta à Ségou', slug: undefined })).toBe('goita-a-segou')
  })
  it('says so beside the field when neither the address nor the title gives one', () => {
    const result = articleInputSchema.safeParse({ ...valid, title: '🎉 !!', slug: '../' })
    expect(result.success).toBe(false)
    if (result.success) return
    expect(fieldErrors(result.error)).toEqual({ slug: 'Donnez une adresse faite de lettres ou de chiffres : ni l’adresse ni le titre n’en contiennent.' })
  })
  it('lets a reserved word through: the save suffixes it (see db/queries/article-writes-slugs.test.ts)', () => {
    expect(slugOf({ slug: 'Admin' })).toBe('admin')
  })
  it('refuses absurdly long input outright', () => {
    expect(articleInputSchema.safeParse({ ...valid, slug: 'a'.repeat(1001) }).success).toBe(false)
  })
})
