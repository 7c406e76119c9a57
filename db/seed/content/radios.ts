// Demo radio and TV entries. Their streams are local demo jingles (db/seed/audio.ts): replace the
// addresses with the stations' real streams in the newsroom.
export interface SeedRadio {
  slug: string
  name: string
  kind: 'radio' | 'tv'
  city: string
  frequency?: string
  description: string
}

export const seedRadios: SeedRadio[] = [
  {
    slug: 'ortm',
    name: 'ORTM Télévision',
    kind: 'tv',
    city: 'Bamako',
    description: "La télévision nationale : journaux, débats et retransmissions officielles. Le direct s'écoute ici en son seul pour économiser vos données.",
  },
  {
    slug: 'radio-mali',
    name: 'Radio Mali – Chaîne nationale',
    kind: 'radio',
    city: 'Bamako',
    description: "La radio publique, en français et dans les langues nationales : informations, magazines et musique.",
  },
  {
    slug: 'radio-kibaru',
    name: 'Radio Kibaru',
    kind: 'radio',
    city: 'Bamako',
    frequency: 'FM 101,4',
    description: 'La radio de la rédaction : flashs toutes les heures, revue de presse à 7 h et grand journal à 19 h.',
  },
  {
    slug: 'radio-sahel-segou',
    name: 'Radio Sahel Ségou',
    kind: 'radio',
    city: 'Ségou',
    frequency: 'FM 96,2',
    description: 'Radio communautaire de la région de Ségou : agriculture, culture et débats en bambara.',
  },
]
