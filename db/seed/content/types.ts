// The authoring format of the demo content. Each article is written by hand, in French, for
// Kibaru. db/seed/markup.ts turns `body` into the editor's JSON document.

export type CategorySlug =
  | 'politique'
  | 'securite'
  | 'economie'
  | 'societe'
  | 'international'
  | 'sport'
  | 'culture'

/** Illustration motifs drawn by db/seed/images.ts (no photo can be downloaded here). */
export const COVER_MOTIFS = [
  'sahel-sunset', // dunes and a low sun
  'river', // the Niger with a pirogue
  'city', // Bamako skyline, buildings and a bridge
  'assembly', // a hemicycle of seats, institutions
  'crowd', // many stylised people, a gathering
  'market', // stalls and parasols
  'field', // rows of crops, cotton or rice
  'stadium', // a football pitch seen from the stands
  'mosque', // banco mosque silhouette with its toron beams
  'desert-road', // a road into the desert, convoy
  'microphone', // a microphone, press conference
  'chart', // economic bars and a rising line
  'handshake', // two hands, diplomacy
  'drums', // djembés and music
  'school', // classroom, books
  'health', // a cross and a clinic
  'solar', // solar panels under the sun
  'gold', // a mine, gold nuggets
  'rain', // clouds and rain over fields
  'book', // an open book, literature
] as const
export type CoverMotif = (typeof COVER_MOTIFS)[number]

export interface SeedImage {
  motif: CoverMotif
  /** Alt text: what the picture shows, for a reader who cannot see it. */
  alt: string
  /** Caption for this use of the picture. */
  caption: string
  /** Photo credit: who made the picture, e.g. "Illustration Kibaru / A. Traoré". */
  credit: string
}

export interface SeedArticle {
  slug: string
  title: string
  standfirst: string
  category: CategorySlug
  /** Tag names as readers see them ("Assimi Goïta", "Bamako", "Coton"). */
  tags: string[]
  /** Author slugs from db/seed/content/authors.ts, in byline order. */
  authors: string[]
  /** Printed before the first paragraph, in capitals: "BAMAKO", "SÉGOU". */
  dateline?: string
  /** Outlet or agency the story comes from (never the author, never the photographer). */
  source?: { name: string; url?: string }
  /** Published this many hours before seeding (0.5 = thirty minutes ago). */
  hoursAgo: number
  /** Edited after publication this many hours before seeding ("Mis à jour le …"). */
  updatedHoursAgo?: number
  featured?: boolean
  breaking?: boolean
  cover: SeedImage
  /**
   * Mini-markup, blocks separated by a blank line:
   *   plain text                        a paragraph
   *   ## Intertitre / ### Sous-titre    headings (h2, h3)
   *   > text                            a quote (consecutive "> " lines form one quote)
   *   - item / 1. item                  bullet / ordered list (one item per line)
   *   [[lire:slug-of-another-article]]  a "Lire aussi :" block (alone in its block)
   *   [[image:motif|alt|caption|credit]] an inline image (alone in its block)
   * Inline: **bold**, *italic*, [link text](https://example.org).
   */
  body: string
}
