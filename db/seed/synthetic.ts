// Deterministic synthetic volume for benchmarks: `npm run db:seed -- --articles 20000`.
// Stories are assembled from a small bank of French phrases and marked as such in their slug.
import { sql } from 'drizzle-orm'
import { documentToText } from '@/lib/body/text'
import type { BodyDocument } from '@/lib/body/types'
import { slugify } from '@/lib/slug'
import type { Db } from '../open'

const SUBJECTS = ['Le gouvernement', 'La mairie', 'Les producteurs', 'Les enseignants', 'Le ministère de la Santé', 'Les transporteurs', 'La fédération', 'Les commerçants', 'Une coopérative de femmes', 'Les autorités régionales', 'Le Conseil national de Transition', 'Les jeunes diplômés']
const VERBS = ['annonce', 'prépare', 'conteste', 'lance', 'relance', 'suspend', 'célèbre', 'réclame', 'finance', 'évalue']
const OBJECTS = ['un plan pour l’eau potable', 'la campagne agricole', 'un programme de formation', 'la rénovation du marché', 'un nouveau calendrier', 'des mesures contre la vie chère', 'la réouverture des écoles', 'un partenariat régional', 'la saison sportive', 'un festival de musique']
const PLACES = ['Bamako', 'Ségou', 'Sikasso', 'Kayes', 'Mopti', 'Gao', 'Tombouctou', 'Kidal', 'Koulikoro', 'Ménaka', 'Koutiala', 'Djenné', 'Niono', 'Kita']
const SENTENCES = [
  'Les habitants attendent des résultats concrets avant la fin de l’année.',
  'Plusieurs responsables locaux ont salué une initiative jugée nécessaire.',
  'Le financement repose en partie sur des partenaires régionaux.',
  'Sur le terrain, les moyens restent limités et les délais serrés.',
  'Une réunion de suivi est prévue dans les prochaines semaines.',
  'Les organisations de la société civile demandent davantage de transparence.',
  'La saison des pluies complique l’accès à certaines localités.',
  'Les chiffres officiels seront publiés à l’issue de la consultation.',
  'Des commerçants disent constater déjà une hausse de la fréquentation.',
  'Le dispositif doit être étendu à d’autres cercles si l’essai est concluant.',
]

function rng(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 2 ** 32
  }
}
const pick = <T,>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T

export function seedSynthetic(database: Db, count: number, now = Date.now()): number {
  const client = database.$client
  const categoryIds = (client.prepare('SELECT id FROM categories ORDER BY id').all() as { id: number }[]).map((r) => r.id)
  const authorIds = (client.prepare('SELECT id FROM authors ORDER BY id').all() as { id: number }[]).map((r) => r.id)
  const tagIds = (client.prepare('SELECT id FROM tags ORDER BY id').all() as { id: number }[]).map((r) => r.id)
  const coverIds = (client.prepare("SELECT id FROM media WHERE path LIKE 'demo/cover-%' ORDER BY id").all() as { id: number }[]).map((r) => r.id)
  if (!categoryIds.length || !authorIds.length) throw new Error('Ajoutez d’abord le contenu de démonstration (base vide requise).')
  const start = (database.get<{ n: number }>(sql`SELECT count(*) AS n FROM articles WHERE slug LIKE 'synthetique-%'`)?.n ?? 0) + 1

  const insertArticle = client.prepare(
    `INSERT INTO articles (slug, title, standfirst, category_id, status, body, body_text, cover_media_id, cover_caption, published_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'published', ?, ?, ?, ?, ?, ?, ?)`,
  )
  const insertAuthor = client.prepare('INSERT INTO article_authors (article_id, author_id, position) VALUES (?, ?, 0)')
  const insertTag = client.prepare('INSERT OR IGNORE INTO article_tags (article_id, tag_id) VALUES (?, ?)')
  const insertViews = client.prepare('INSERT INTO article_views (article_id, day, count) VALUES (?, ?, ?)')
  const threeYears = 3 * 365 * 86_400_000

  const batch = client.transaction((from: number, to: number) => {
    for (let n = from; n < to; n++) {
      const r = rng(n * 7919)
      const place = pick(r, PLACES)
      const title = `${place} : ${pick(r, SUBJECTS).toLowerCase()} ${pick(r, VERBS)} ${pick(r, OBJECTS)}`
      const slug = `synthetique-${n}-${slugify(title, 60)}`
      const paragraphs = Array.from({ length: 5 }, () => Array.from({ length: 3 }, () => pick(r, SENTENCES)).join(' '))
      const body: BodyDocument = {
        type: 'doc',
        content: [
          ...paragraphs.slice(0, 2).map((t) => ({ type: 'paragraph', content: [{ type: 'text', text: t }] })),
          { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: `Ce qui change à ${place}` }] },
          ...paragraphs.slice(2).map((t) => ({ type: 'paragraph', content: [{ type: 'text', text: t }] })),
        ],
      }
      // Spread over three years, newest last so ids and dates grow together.
      const publishedAt = now - 3_600_000 * 50 - Math.floor(((count - (n - start)) / count) * threeYears)
      const info = insertArticle.run(
        slug,
        title,
        `${pick(r, SENTENCES)} ${pick(r, SENTENCES)}`,
        pick(r, categoryIds),
        JSON.stringify(body),
        documentToText(body),
        coverIds.length ? pick(r, coverIds) : null,
        `${place}, illustration.`,
        publishedAt,
        publishedAt,
        publishedAt,
      )
      const id = Number(info.lastInsertRowid)
      insertAuthor.run(id, pick(r, authorIds))
      for (let t = 0; t < 3 && tagIds.length; t++) insertTag.run(id, pick(r, tagIds))
      if (now - publishedAt < 7 * 86_400_000) insertViews.run(id, new Date(publishedAt).toISOString().slice(0, 10), Math.floor(r() * 500))
    }
  })
  const end = start + count
  for (let from = start; from < end; from += 1000) batch(from, Math.min(end, from + 1000))
  return count
}
