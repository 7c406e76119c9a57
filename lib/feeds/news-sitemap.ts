// Google News sitemap: the stories of the last two days, with publication name, language,
// publication date and title (https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap).
import type { NewsSitemapStory } from './types'
import { absoluteOn, escapeXml, w3cDate } from './xml'

/** Google News reads stories published in the last two days… */
export const NEWS_WINDOW_MS = 48 * 3_600_000
/** …and at most 1,000 of them per sitemap. */
export const NEWS_MAX_STORIES = 1000

export function buildNewsSitemap(origin: string, publication: { name: string; language: string }, stories: NewsSitemapStory[]): string {
  const pub = `<news:publication><news:name>${escapeXml(publication.name)}</news:name><news:language>${escapeXml(publication.language)}</news:language></news:publication>`
  const urls = stories.slice(0, NEWS_MAX_STORIES).flatMap((s) => {
    const date = w3cDate(s.publishedAt)
    if (!date) return []
    return [
      `<url><loc>${escapeXml(absoluteOn(origin, s.path))}</loc><news:news>${pub}<news:publication_date>${date}</news:publication_date><news:title>${escapeXml(s.title)}</news:title></news:news></url>`,
    ]
  })
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n' +
    (urls.length ? urls.join('\n') + '\n' : '') +
    '</urlset>\n'
  )
}
