// Cache tags of reader pages. Every cached read names the tags it depends on; every write that
// changes what readers see invalidates them (db/queries/invalidate.ts).
export const TAGS = {
  /** Site chrome and names: rubriques, settings, authors, tags. */
  site: 'site',
  /** The "Flash info" banner on every reader page: changes only with a breaking story. */
  breaking: 'breaking',
  /** The lists of published stories: home, rubriques, tags, authors, feeds, sitemaps. */
  articles: 'articles',
  /**
   * What a story's page shows of the other stories: related, "Les plus lus", "Lire aussi" links.
   * A new or edited story reaches them within the page's lifetime (a minute); a story taken down
   * leaves them at once.
   */
  storyLinks: 'story-links',
  radios: 'radios',
  /** Most read: refreshed on a timer, not on each view. */
  views: 'views',
  article: (id: number) => `article:${id}`,
  articleSlug: (slug: string) => `article-slug:${slug}`,
} as const
