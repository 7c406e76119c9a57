// Slugs: lowercase ASCII words joined by hyphens, accents folded ("Goïta à Ségou" → "goita-a-segou").

export const MAX_SLUG_LENGTH = 80

/** Paths of the site that a slug must never shadow or imitate. */
export const RESERVED_SLUGS = new Set(['admin', 'api', '_next', 'connexion', 'recherche', 'feed', 'feed-xml', 'nouveau', 'new'])

export function slugify(input: string, maxLength = MAX_SLUG_LENGTH): string {
  const folded = input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .toLowerCase()
  const words = folded.replace(/['’]/g, '-').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
  if (words.length <= maxLength) return words
  // Cut on a word boundary so a long title never ends in half a word.
  const cut = words.slice(0, maxLength + 1)
  const lastHyphen = cut.lastIndexOf('-')
  return (lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : words.slice(0, maxLength)).replace(/-+$/, '')
}

/** True when a string is already a well-formed slug. */
export function isSlug(value: string): boolean {
  return value.length > 0 && value.length <= MAX_SLUG_LENGTH && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)
}
