// Cache tags of reader pages. Every cached read names the tags it depends on; every write that
// changes what readers see invalidates them (db/queries/invalidate.ts).
export const TAGS = {
  /** Site chrome: rubriques, settings, the breaking banner. */
  site: 'site',
  /** Any list of published stories: home, rubriques, tags, authors, search, related. */
  articles: 'articles',
  radios: 'radios',
  /** Most read: refreshed on a timer, not on each view. */
  views: 'views',
  article: (id: number) => `article:${id}`,
  articleSlug: (slug: string) => `article-slug:${slug}`,
} as const
