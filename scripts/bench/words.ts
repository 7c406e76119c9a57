// Real words of the benchmark corpus (the synthetic phrase bank of db/seed/synthetic.ts and the
// demo stories), so search queries vary and find something, as readers' queries do.

export const SEARCH_WORDS = [
  'bamako', 'segou', 'sikasso', 'kayes', 'mopti', 'gao', 'tombouctou', 'kidal', 'koulikoro', 'menaka',
  'koutiala', 'djenne', 'niono', 'kita', 'gouvernement', 'mairie', 'producteurs', 'enseignants', 'sante',
  'transporteurs', 'federation', 'commercants', 'cooperative', 'femmes', 'autorites', 'jeunes', 'diplomes',
  'eau', 'potable', 'campagne', 'agricole', 'programme', 'formation', 'renovation', 'marche', 'calendrier',
  'mesures', 'ecoles', 'partenariat', 'saison', 'festival', 'musique', 'habitants', 'financement', 'terrain',
  'reunion', 'transparence', 'pluies', 'consultation', 'frequentation', 'dispositif', 'coton', 'aigles',
  'transition', 'elections', 'securite', 'convoi', 'fleuve', 'niger', 'barrage',
] as const

/**
 * The n-th query of a deterministic rotation: every single word first, then pairs of words
 * (a place and a subject, which a reader types to narrow a search), about 3,600 distinct queries.
 */
export function searchQuery(n: number): string {
  const words = SEARCH_WORDS
  const i = ((n % 3660) + 3660) % 3660
  if (i < words.length) return words[i] as string
  const pair = i - words.length
  const a = words[pair % words.length] as string
  const b = words[(pair + 1 + Math.floor(pair / words.length)) % words.length] as string
  return a === b ? a : `${a} ${b}`
}
