// Demo content for an empty database: rubriques, authors, ~40 stories with drawn covers,
// radios and settings. Deterministic apart from dates, which are relative to the time of seeding.
import fs from 'node:fs'
import path from 'node:path'
import { sql } from 'drizzle-orm'
import { documentToText } from '@/lib/body/text'
import type { BodyDocument } from '@/lib/body/types'
import { slugify } from '@/lib/slug'
import type { Db } from '../open'
import * as s from '../schema'
import { renderJingle } from './audio'
import { articlesA } from './content/articles-a'
import { articlesB } from './content/articles-b'
import { seedAuthors } from './content/authors'
import { seedRadios } from './content/radios'
import type { CategorySlug, CoverMotif, SeedArticle } from './content/types'
import { renderCover, renderPortrait } from './images'
import { markupToDocument } from './markup'

export const SEED_CATEGORIES: { slug: CategorySlug; name: string; description: string }[] = [
  { slug: 'politique', name: 'Politique', description: 'Institutions de la Transition, partis, élections et vie publique.' },
  { slug: 'securite', name: 'Sécurité', description: 'Défense, sécurité des populations et situation humanitaire au Mali et au Sahel.' },
  { slug: 'economie', name: 'Économie', description: 'Budget, agriculture, mines, énergie et coût de la vie.' },
  { slug: 'societe', name: 'Société', description: 'École, santé, eau, jeunesse et vie quotidienne.' },
  { slug: 'international', name: 'International', description: "L'Alliance des États du Sahel, l'Afrique de l'Ouest et le monde." },
  { slug: 'sport', name: 'Sport', description: 'Les Aigles, le championnat national et tous les sports.' },
  { slug: 'culture', name: 'Culture', description: 'Musique, littérature, cinéma, patrimoine et festivals.' },
]

export const DEMO_ARTICLES: SeedArticle[] = [...articlesA, ...articlesB]

export function isEmpty(database: Db): boolean {
  const row = database.get<{ n: number }>(sql`SELECT (SELECT count(*) FROM articles) + (SELECT count(*) FROM categories) AS n`)
  return !row || row.n === 0
}

interface StoredImage {
  path: string
  width: number
  height: number
  bytes: number
}

/** Writes an image into UPLOADS_DIR/demo unless the same file is already there. */
async function storeImage(uploadsDir: string, name: string, width: number, height: number, render: () => Promise<Buffer>): Promise<StoredImage> {
  const rel = `demo/${name}.jpg`
  const file = path.join(uploadsDir, rel)
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, await render())
  }
  return { path: rel, width, height, bytes: fs.statSync(file).size }
}

function storeAudio(uploadsDir: string, name: string, seed: number): string {
  const rel = `demo/${name}.wav`
  const file = path.join(uploadsDir, rel)
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, renderJingle(seed))
  }
  return rel
}

/** A stable pseudo-random number in [0, 1) from a string and a salt. */
function hash01(text: string, salt = 0): number {
  let h = 2166136261 ^ salt
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619)
  return ((h >>> 0) % 100000) / 100000
}

export async function seedDemo(database: Db, uploadsDir: string, now = Date.now()): Promise<{ articles: number }> {
  // Render every picture first (async), then write everything in one synchronous transaction.
  const covers = await Promise.all(
    DEMO_ARTICLES.map((a, i) => storeImage(uploadsDir, `cover-${a.slug}`, 1600, 900, () => renderCover(a.cover.motif, i))),
  )
  const inline = new Map<string, StoredImage>()
  for (const [i, a] of DEMO_ARTICLES.entries()) {
    for (const m of a.body.matchAll(/\[\[image:([^|\]]+)\|/g)) {
      const motif = (m[1] ?? '').trim() as CoverMotif
      const key = `${a.slug}-${motif}`
      if (!inline.has(key)) inline.set(key, await storeImage(uploadsDir, `inline-${key}`, 1600, 900, () => renderCover(motif, i + 101)))
    }
  }
  const portraits = await Promise.all(seedAuthors.map((a) => storeImage(uploadsDir, `portrait-${a.slug}`, 480, 480, () => renderPortrait(a.portrait))))
  const streams = seedRadios.map((r, i) => storeAudio(uploadsDir, `flux-${r.slug}`, i + 1))

  database.transaction((tx) => {
    const insertMedia = (img: StoredImage, alt: string, credit: string | null) =>
      tx
        .insert(s.media)
        .values({ path: img.path, mimeType: 'image/jpeg', width: img.width, height: img.height, bytes: img.bytes, alt, credit, originalName: path.basename(img.path) })
        .onConflictDoUpdate({ target: s.media.path, set: { alt, credit } })
        .returning({ id: s.media.id })
        .get().id

    const categoryIds = new Map<string, number>()
    SEED_CATEGORIES.forEach((c, position) => {
      categoryIds.set(c.slug, tx.insert(s.categories).values({ ...c, position }).returning({ id: s.categories.id }).get().id)
    })

    const authorIds = new Map<string, number>()
    seedAuthors.forEach((a, i) => {
      const photo = portraits[i]
      const photoMediaId = photo ? insertMedia(photo, `Portrait dessiné de ${a.name}`, 'Illustration Kibaru') : null
      authorIds.set(a.slug, tx.insert(s.authors).values({ slug: a.slug, name: a.name, jobTitle: a.jobTitle, bio: a.bio, photoMediaId }).returning({ id: s.authors.id }).get().id)
    })

    const tagIds = new Map<string, number>()
    const tagId = (name: string) => {
      const slug = slugify(name)
      let id = tagIds.get(slug)
      if (id === undefined) {
        id = tx.insert(s.tags).values({ slug, name }).returning({ id: s.tags.id }).get().id
        tagIds.set(slug, id)
      }
      return id
    }

    // Insert every story with an empty body first, so "Lire aussi" links can name any other.
    const articleIds = new Map<string, number>()
    DEMO_ARTICLES.forEach((a, i) => {
      const cover = covers[i]
      const publishedAt = new Date(now - a.hoursAgo * 3_600_000)
      const id = tx
        .insert(s.articles)
        .values({
          slug: a.slug,
          title: a.title,
          standfirst: a.standfirst,
          categoryId: categoryIds.get(a.category) ?? null,
          status: 'published',
          dateline: a.dateline ?? null,
          sourceName: a.source?.name ?? null,
          sourceUrl: a.source?.url ?? null,
          body: { type: 'doc', content: [] },
          coverMediaId: cover ? insertMedia(cover, a.cover.alt, a.cover.credit) : null,
          coverCaption: a.cover.caption,
          featured: a.featured ?? false,
          breaking: a.breaking ?? false,
          publishedAt,
          modifiedAt: a.updatedHoursAgo !== undefined ? new Date(now - a.updatedHoursAgo * 3_600_000) : null,
          createdAt: publishedAt,
          updatedAt: publishedAt,
        })
        .returning({ id: s.articles.id })
        .get().id
      articleIds.set(a.slug, id)
      a.authors.forEach((slug, position) => {
        const authorId = authorIds.get(slug)
        if (authorId === undefined) throw new Error(`Auteur inconnu dans la démo : ${slug} (${a.slug})`)
        tx.insert(s.articleAuthors).values({ articleId: id, authorId, position }).run()
      })
      for (const name of new Set(a.tags)) tx.insert(s.articleTags).values({ articleId: id, tagId: tagId(name) }).onConflictDoNothing().run()
    })

    DEMO_ARTICLES.forEach((a) => {
      const id = articleIds.get(a.slug)!
      const body: BodyDocument = markupToDocument(a.body, {
        articleId: (slug) => {
          const target = articleIds.get(slug)
          if (target === undefined) throw new Error(`« Lire aussi » vers un article inconnu : ${slug} (${a.slug})`)
          return target
        },
        image: (spec) => {
          const stored = inline.get(`${a.slug}-${spec.motif}`)
          if (!stored) throw new Error(`Image inconnue : ${spec.motif} (${a.slug})`)
          return insertMedia(stored, spec.alt, spec.credit)
        },
      })
      tx.update(s.articles).set({ body, bodyText: documentToText(body) }).where(sql`${s.articles.id} = ${id}`).run()

      // A week of plausible view counts, so "Les plus lus" has something to rank.
      const recency = Math.max(0.05, 1 - a.hoursAgo / 400)
      for (let d = 0; d < 7; d++) {
        const day = new Date(now - d * 86_400_000).toISOString().slice(0, 10)
        const published = new Date(now - a.hoursAgo * 3_600_000).toISOString().slice(0, 10)
        if (day < published) continue
        const count = Math.round((150 + 2500 * hash01(a.slug, d)) * recency * (a.featured || a.breaking ? 3 : 1))
        tx.insert(s.articleViews).values({ articleId: id, day, count }).run()
      }
      // And the last 24 hours, hour by hour, for "Les plus lus" of the day.
      for (let h = 0; h < 24; h++) {
        if (h > a.hoursAgo) break
        const hour = new Date(now - h * 3_600_000).toISOString().slice(0, 13)
        const count = Math.round((1 + 12 * hash01(a.slug, 100 + h)) * recency * (a.featured || a.breaking ? 3 : 1))
        tx.insert(s.articleViewsHourly).values({ articleId: id, hour, count }).run()
      }
    })

    seedRadios.forEach((r, position) => {
      tx.insert(s.radios)
        .values({ slug: r.slug, name: r.name, kind: r.kind, city: r.city, frequency: r.frequency ?? null, description: r.description, streamUrl: `/media/${streams[position]}`, position })
        .run()
    })

    const settings: Record<string, unknown> = {
      siteName: 'Kibaru',
      tagline: "L'actualité du Mali et du Sahel",
      facebookPageUrl: 'https://www.facebook.com/kibaru.ml',
      liveTvSlug: 'ortm',
      contactEmail: 'redaction@kibaru.ml',
    }
    for (const [key, value] of Object.entries(settings)) tx.insert(s.settings).values({ key, value }).run()
  })
  return { articles: DEMO_ARTICLES.length }
}
