// The demo stories, read from the same files the seed uses, so tests pick real examples.
import { articlesA } from '../db/seed/content/articles-a'
import { articlesB } from '../db/seed/content/articles-b'
import { seedAuthors } from '../db/seed/content/authors'
import type { SeedArticle } from '../db/seed/content/types'

export const demoArticles: SeedArticle[] = [...articlesA, ...articlesB]
export const demoAuthors = seedAuthors

export function findDemo(predicate: (a: SeedArticle) => boolean, what: string): SeedArticle {
  const found = demoArticles.find(predicate)
  if (!found) throw new Error(`Aucun article de démonstration ne correspond : ${what}`)
  return found
}

/** A story that has every part of the article anatomy. */
export function fullAnatomyArticle(): SeedArticle {
  return findDemo(
    (a) =>
      !!a.dateline &&
      !!a.source &&
      /\[\[lire:/.test(a.body) &&
      /^> /m.test(a.body) &&
      /^## /m.test(a.body) &&
      /\[\[image:/.test(a.body) &&
      a.tags.length >= 2,
    'dateline, source, Lire aussi, citation, intertitre, image',
  )
}

/** Text as a reader sees it, minus typography: no-break spaces and curly apostrophes. */
export function plain(text: string | null | undefined): string {
  return (text ?? '').replace(/[\u202f\u00a0]/g, ' ').replace(/’/g, "'").replace(/\s+/g, ' ').trim()
}

/** A pattern matching a title as printed (French spacing and apostrophes applied). */
export function printed(text: string): RegExp {
  const body = [...text]
    .map((c) => (c === ' ' ? '[\\s\\u00a0\\u202f]' : c === "'" || c === '’' ? "['’]" : c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')))
    .join('')
  return new RegExp(`^\\s*${body}\\s*$`)
}
