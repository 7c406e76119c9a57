// Slugs: lowercase ASCII words joined by hyphens, accents folded ("Goïta à Ségou" → "goita-a-segou").
// Every address an editor types or that a title proposes goes through `normalizeSlug` (or
// `slugify` for names), so nothing but [a-z0-9-] can reach a URL, a file name or a cache key.

export const MAX_SLUG_LENGTH = 80

/**
 * Paths of the site that a slug must never shadow or imitate: the top-level routes of app/, the
 * sections that take a slug, the files Next and crawlers ask for, and words a bug could produce.
 * Stories, rubriques and tags never get one (stories are suffixed, the others refused).
 */
export const RESERVED_SLUGS = new Set([
  // Next.js, the API and static files
  '_next',
  'next',
  'api',
  'static',
  'public',
  'media',
  'medias',
  'partage',
  'icon-png',
  'favicon-ico',
  'robots-txt',
  // Feeds and sitemaps, with and without their extension once folded ("feed.xml" → "feed-xml")
  'feed',
  'feed-xml',
  'flux',
  'rss',
  'sitemap',
  'sitemap-xml',
  'sitemaps',
  'news-sitemap-xml',
  // Newsroom and accounts
  'admin',
  'connexion',
  'deconnexion',
  'installation',
  'invitation',
  'reinitialisation',
  'compte',
  'nouveau',
  'new',
  // Reader sections
  'apercu',
  'articles',
  'rubriques',
  'tags',
  'auteurs',
  'recherche',
  'radios',
  'a-propos',
  'contact',
  'mentions-legales',
  // What a missing value prints as: such a URL would hide a bug rather than show it
  'undefined',
  'null',
])

// Letters of Malian languages (Bambara, Songhay, Fulfulde) and a few Latin letters that NFKD
// leaves whole: without this "Bamakɔ" would become "bamak" and "Ɲɛ" would vanish.
const EXTRA_LETTERS: Record<string, string> = {
  œ: 'oe',
  æ: 'ae',
  ß: 'ss',
  ɛ: 'e',
  ɔ: 'o',
  ɲ: 'ny',
  ŋ: 'ng',
  ɓ: 'b',
  ɗ: 'd',
  ƴ: 'y',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  ı: 'i',
  þ: 'th',
}
const EXTRA_LETTER = new RegExp(`[${Object.keys(EXTRA_LETTERS).join('')}]`, 'g')

export function slugify(input: string, maxLength = MAX_SLUG_LENGTH): string {
  // NFKD splits accents off their letters and turns ligatures, full-width and superscript forms
  // into plain ones ("ﬁ" → "fi", "Ｍａｌｉ" → "Mali", "²" → "2"); what is still not [a-z0-9] after
  // that (emoji, symbols, other scripts, control characters, dots, slashes) becomes a separator.
  const folded = input
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(EXTRA_LETTER, (c) => EXTRA_LETTERS[c] ?? '')
  const words = folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
  if (words.length <= maxLength) return words
  // Cut on a word boundary so a long title never ends in half a word.
  const cut = words.slice(0, maxLength + 1)
  const lastHyphen = cut.lastIndexOf('-')
  return (lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : words.slice(0, maxLength)).replace(/-+$/, '')
}

/**
 * The one normalisation for an address an editor submits. It first undoes percent-encoding (an
 * address copied from the browser's bar reads "s%C3%A9gou"; "%2e%2e%2f" is "../" in disguise),
 * then folds like `slugify`. The result is a well-formed slug or '' — never a reserved check:
 * that depends on what the slug is for (see `uniqueSlug`).
 */
export function normalizeSlug(input: string, maxLength = MAX_SLUG_LENGTH): string {
  let text = input
  // Twice at most covers "%252e" (encoded twice); a broken escape is left for slugify to drop.
  for (let i = 0; i < 2 && /%[0-9a-f]{2}/i.test(text); i++) {
    try {
      text = decodeURIComponent(text)
    } catch {
      text = text.replace(/%[0-9a-f]{2}/gi, '-')
    }
  }
  return slugify(text, maxLength)
}

/** True when a string is already a well-formed slug. */
export function isSlug(value: string): boolean {
  return value.length > 0 && value.length <= MAX_SLUG_LENGTH && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)
}

export const isReservedSlug = (slug: string): boolean => RESERVED_SLUGS.has(slug)

/** `base`, then `base-2`, `base-3`…, each short enough to fit `maxLength` (the base is cut on a word). */
function candidate(base: string, n: number, maxLength: number): string {
  if (n === 1) return base
  const suffix = `-${n}`
  return `${slugify(base, maxLength - suffix.length) || 'article'}${suffix}`
}

/**
 * The first of `base`, `base-2`, `base-3`… that is neither reserved nor taken, as WordPress does:
 * a journalist whose headline is already someone's address gets a working one instead of an
 * error. `isTaken` must be read inside the transaction that then writes the slug.
 */
export function uniqueSlug(base: string, isTaken: (slug: string) => boolean, maxLength = MAX_SLUG_LENGTH): string {
  for (let n = 1; ; n++) {
    const slug = candidate(base, n, maxLength)
    if (!isReservedSlug(slug) && !isTaken(slug)) return slug
  }
}

/** Is `slug` one of the addresses `uniqueSlug(base, …)` can give (base itself or base-N)? */
export function isSlugVariant(slug: string, base: string, maxLength = MAX_SLUG_LENGTH): boolean {
  if (slug === base) return true
  const match = /^(.+)-([0-9]+)$/.exec(slug)
  if (!match || Number(match[2]) < 2) return false
  return candidate(base, Number(match[2]), maxLength) === slug
}
