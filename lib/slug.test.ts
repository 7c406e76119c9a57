import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { isReservedSlug, isSlug, isSlugVariant, MAX_SLUG_LENGTH, normalizeSlug, RESERVED_SLUGS, slugify, uniqueSlug } from './slug'

describe('slugify', () => {
  it('folds French and Malian accents', () => {
    expect(slugify('Assimi Goïta reçoit les élus de Ségou')).toBe('assimi-goita-recoit-les-elus-de-segou')
    expect(slugify('Sécurité : à Tombouctou, l’été')).toBe('securite-a-tombouctou-l-ete')
    expect(slugify('Œuvre d’art à Kidal')).toBe('oeuvre-d-art-a-kidal')
  })
  it('drops punctuation, emoji and repeated separators', () => {
    expect(slugify('  « Flash » — 100 % 🎉 !!  ')).toBe('flash-100')
    expect(slugify('../../etc/passwd')).toBe('etc-passwd')
  })
  it('returns an empty string when nothing is left', () => {
    expect(slugify('🎉🎉')).toBe('')
    expect(slugify('')).toBe('')
  })
  it('cuts long titles on a word boundary', () => {
    const slug = slugify('Le conseil des ministres adopte un projet de loi sur la décentralisation et les collectivités territoriales du Mali')
    expect(slug.length).toBeLessThanOrEqual(80)
    expect(slug.endsWith('-')).toBe(false)
    expect(slug).toMatch(/^le-conseil-des-ministres-adopte/)
    expect(isSlug(slug)).toBe(true)
  })
})

describe('normalizeSlug', () => {
  // What an editor may paste into the address field, and the only thing that can come out.
  const table: [string, string][] = [
    // traversal, in every disguise
    ['../../etc/passwd', 'etc-passwd'],
    ['..\\..\\windows\\system32', 'windows-system32'],
    ['%2e%2e%2f%2e%2e%2fadmin', 'admin'],
    ['%252e%252e%252fsecret', 'secret'],
    ['/admin/', 'admin'],
    ['C:\\Windows', 'c-windows'],
    ['. .. ...', ''],
    // percent-encoding copied from the browser's bar
    ['s%C3%A9gou', 'segou'],
    ['café%20noir', 'cafe-noir'],
    ['%zz%', 'zz'],
    ['%E0%A4%A', 'a'],
    ['100%', '100'],
    // NUL, control and invisible characters
    ['a\u0000b', 'a-b'],
    ['\u0000\u0001\u001f', ''],
    ['line\nbreak\ttab', 'line-break-tab'],
    ['\u202Eevil', 'evil'],
    ['a\u200Bb', 'a-b'],
    // markup and schemes are just words once folded
    ['<script>alert(1)</script>', 'script-alert-1-script'],
    ['javascript:alert(1)', 'javascript-alert-1'],
    // emoji and symbols
    ['🎉🔥', ''],
    ['👨‍👩‍👧 Famille', 'famille'],
    ['Ça coûte 100 € !', 'ca-coute-100'],
    // Unicode letters: folded where NFKD or the Malian letters allow, dropped otherwise
    ['Bamakɔ ni Sɛgu', 'bamako-ni-segu'],
    ['Ɲɛnɛma', 'nyenema'],
    ['ﬁnance', 'finance'],
    ['Ｍａｌｉ ２０２６', 'mali-2026'],
    ['x²', 'x2'],
    ['Z̴̡a̷l̸g̵o', 'zalgo'],
    ['İstanbul', 'istanbul'],
    ['Straße Œuvre Łódź Øre', 'strasse-oeuvre-lodz-ore'],
    ['Мали', ''],
    ['مالي', ''],
    ['ߒߞߏ', ''],
    // separators at the ends and in a row
    ['  -- Titre --  ', 'titre'],
    ['', ''],
    // reserved words come out as they are: refusing or suffixing depends on what the slug names
    ['_next', 'next'],
    ['feed.xml', 'feed-xml'],
  ]
  it.each(table)('%j → %j', (input, expected) => {
    const slug = normalizeSlug(input)
    expect(slug).toBe(expected)
    if (slug) expect(isSlug(slug)).toBe(true)
  })

  it('cuts very long input to MAX_SLUG_LENGTH, on a word when there is one', () => {
    expect(normalizeSlug('a'.repeat(500))).toBe('a'.repeat(MAX_SLUG_LENGTH))
    expect(normalizeSlug('mot '.repeat(30))).toBe(`${'mot-'.repeat(19)}mot`)
    expect(normalizeSlug('%2e%2e%2f'.repeat(1000) + 'fin')).toBe('fin')
    expect(normalizeSlug('Ɛ'.repeat(100), 60)).toBe('e'.repeat(60))
  })
})

describe('reserved slugs', () => {
  it('stay reserved once normalised (what slugify makes of "feed.xml" is reserved too)', () => {
    for (const word of RESERVED_SLUGS) expect(isReservedSlug(normalizeSlug(word)), word).toBe(true)
  })
  it('cover every top-level page of the site, so a new route cannot be shadowed unnoticed', () => {
    const app = path.join(__dirname, '..', 'app')
    const segments = (dir: string): string[] =>
      fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory() && !d.name.startsWith('['))
        .flatMap((d) => (d.name.startsWith('(') ? segments(path.join(dir, d.name)) : [d.name]))
    for (const segment of segments(app)) expect(isReservedSlug(slugify(segment)), segment).toBe(true)
  })
})

describe('uniqueSlug', () => {
  const takenIn = (...slugs: string[]) => (slug: string) => slugs.includes(slug)
  it('gives the slug itself when it is free, then x-2, x-3…', () => {
    expect(uniqueSlug('kidal', takenIn())).toBe('kidal')
    expect(uniqueSlug('kidal', takenIn('kidal'))).toBe('kidal-2')
    expect(uniqueSlug('kidal', takenIn('kidal', 'kidal-2'))).toBe('kidal-3')
  })
  it('never gives a reserved word', () => {
    expect(uniqueSlug('admin', takenIn())).toBe('admin-2')
    expect(uniqueSlug('radios', takenIn('radios-2'))).toBe('radios-3')
  })
  it('keeps the suffix within the length limit, cutting the base on a word', () => {
    const base = slugify('le conseil des ministres adopte un projet de loi sur la decentralisation et les communes')
    const slug = uniqueSlug(base, takenIn(base))
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH)
    expect(slug).toMatch(/^le-conseil-des-ministres-[a-z-]*[a-z]-2$/)
    expect(uniqueSlug('a'.repeat(80), takenIn('a'.repeat(80)))).toBe(`${'a'.repeat(78)}-2`)
  })
})

describe('isSlugVariant', () => {
  it('recognises the addresses uniqueSlug can give for a base, and nothing else', () => {
    expect(isSlugVariant('kidal', 'kidal')).toBe(true)
    expect(isSlugVariant('kidal-2', 'kidal')).toBe(true)
    expect(isSlugVariant('kidal-17', 'kidal')).toBe(true)
    expect(isSlugVariant('kidal-1', 'kidal')).toBe(false)
    expect(isSlugVariant('kidal-nord', 'kidal')).toBe(false)
    expect(isSlugVariant('kidal-2', 'kidal-2-bis')).toBe(false)
    expect(isSlugVariant(`${'a'.repeat(78)}-2`, 'a'.repeat(80))).toBe(true)
  })
})

describe('isSlug', () => {
  it('accepts only folded lowercase words', () => {
    expect(isSlug('goita-a-segou')).toBe(true)
    expect(isSlug('Goita')).toBe(false)
    expect(isSlug('a--b')).toBe(false)
    expect(isSlug('-a')).toBe(false)
    expect(isSlug('')).toBe(false)
  })
})
