// Changing the address of a story. A URL once published never dies: the old slug is kept as a
// permanent redirect to the article itself (not to the next slug), so chains collapse by
// construction: A → B → C leaves A and B both pointing straight at the story's current URL.
import 'server-only'
import { and, eq, ne } from 'drizzle-orm'
import { isSlug, RESERVED_SLUGS } from '@/lib/slug'
import { db } from '../client'
import { articles, slugRedirects } from '../schema'
import { invalidateArticle } from './invalidate'

export type SlugChange = { ok: true; previousSlug: string } | { ok: false; error: string }

export function changeArticleSlug(articleId: number, newSlug: string): SlugChange {
  if (!isSlug(newSlug)) return { ok: false, error: 'L’adresse ne peut contenir que des lettres minuscules sans accent, des chiffres et des tirets.' }
  if (RESERVED_SLUGS.has(newSlug)) return { ok: false, error: 'Cette adresse est réservée par le site.' }
  const database = db()
  // The banner links to a breaking story by its address.
  let breaking = false
  const result = database.transaction((tx): SlugChange => {
    const article = tx.select({ slug: articles.slug, publishedAt: articles.publishedAt, breaking: articles.breaking }).from(articles).where(eq(articles.id, articleId)).get()
    if (!article) return { ok: false, error: 'Article introuvable.' }
    breaking = article.breaking
    if (article.slug === newSlug) return { ok: true, previousSlug: article.slug }
    const taken =
      tx.select({ id: articles.id }).from(articles).where(and(eq(articles.slug, newSlug), ne(articles.id, articleId))).get() ??
      tx.select({ id: slugRedirects.articleId }).from(slugRedirects).where(and(eq(slugRedirects.oldSlug, newSlug), ne(slugRedirects.articleId, articleId))).get()
    if (taken) return { ok: false, error: 'Cette adresse est déjà utilisée par un autre article.' }
    // Taking back one of its own old addresses: that one stops redirecting.
    tx.delete(slugRedirects).where(eq(slugRedirects.oldSlug, newSlug)).run()
    // Only an address readers may have seen needs to live on.
    if (article.publishedAt) tx.insert(slugRedirects).values({ oldSlug: article.slug, articleId }).onConflictDoNothing().run()
    tx.update(articles).set({ slug: newSlug, updatedAt: new Date() }).where(eq(articles.id, articleId)).run()
    return { ok: true, previousSlug: article.slug }
  })
  if (result.ok) invalidateArticle({ id: articleId, slug: newSlug, previousSlug: result.previousSlug, breaking })
  return result
}
