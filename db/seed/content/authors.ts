// Byline profiles of the demo newsroom. Invented people; none has a staff account.
export interface SeedAuthor {
  slug: string
  name: string
  jobTitle: string
  bio: string
  /** Colours of the drawn portrait (db/seed/images.ts). */
  portrait: { skin: string; background: string; clothes: string; headwear?: 'none' | 'scarf' | 'cap' }
}

export const seedAuthors: SeedAuthor[] = [
  {
    slug: 'aminata-diallo',
    name: 'Aminata Diallo',
    jobTitle: 'Cheffe du service politique',
    bio: "Aminata Diallo suit la vie institutionnelle malienne depuis quinze ans. Passée par la radio communautaire de Kayes avant de rejoindre Bamako, elle couvre le Conseil national de Transition, les partis et les grands rendez-vous diplomatiques de la sous-région.",
    portrait: { skin: '#7a4a2a', background: '#e7d3b5', clothes: '#1f5f8b', headwear: 'scarf' },
  },
  {
    slug: 'moussa-keita',
    name: 'Moussa Keïta',
    jobTitle: 'Reporter sécurité et défense',
    bio: "Moussa Keïta a sillonné les régions du Centre et du Nord, de Mopti à Gao, pour raconter le conflit au plus près des populations. Il s'intéresse particulièrement aux déplacés internes et à la vie quotidienne dans les zones sous blocus.",
    portrait: { skin: '#5c3820', background: '#cfd9c4', clothes: '#4b5320', headwear: 'none' },
  },
  {
    slug: 'fatoumata-coulibaly',
    name: 'Fatoumata Coulibaly',
    jobTitle: 'Journaliste économie',
    bio: "Diplômée en économie du développement à Dakar, Fatoumata Coulibaly décrypte les budgets, les filières agricoles et le secteur minier. Elle anime chaque semaine la chronique « Le prix des choses » consacrée au coût de la vie.",
    portrait: { skin: '#8a5a36', background: '#f2c9a0', clothes: '#9b2d30', headwear: 'scarf' },
  },
  {
    slug: 'ibrahim-traore',
    name: 'Ibrahim Traoré',
    jobTitle: 'Journaliste sport',
    bio: "Ibrahim Traoré a couvert trois Coupes d'Afrique des nations et connaît chaque club de la Première Division malienne. Ancien arbitre de district, il garde un œil sévère sur les décisions contestées.",
    portrait: { skin: '#4a2c18', background: '#bcd7e8', clothes: '#0f7a4a', headwear: 'cap' },
  },
  {
    slug: 'mariam-sangare',
    name: 'Mariam Sangaré',
    jobTitle: 'Journaliste société et culture',
    bio: "Mariam Sangaré écrit sur l'école, la santé, les musiques et les lettres du Mali. Elle a grandi à Ségou, où elle revient chaque année pour le festival sur le Niger.",
    portrait: { skin: '#6b4226', background: '#e9c7d4', clothes: '#6a3d8f', headwear: 'scarf' },
  },
  {
    slug: 'seydou-dembele',
    name: 'Seydou Dembélé',
    jobTitle: 'Correspondant à Tombouctou',
    bio: "Correspondant de Kibaru à Tombouctou, Seydou Dembélé couvre la vie de la cité des 333 saints, la sauvegarde des manuscrits et les difficultés d'approvisionnement de la région.",
    portrait: { skin: '#53331d', background: '#f0dfa8', clothes: '#2e4a7d', headwear: 'none' },
  },
]
