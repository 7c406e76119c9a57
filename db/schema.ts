// The whole Kibaru domain (see shared/DESIGN.md, "Data"). Tables first, then relations, then types.
// Timestamps are stored as integer milliseconds (mode 'timestamp_ms') so ordering is exact.
import { relations, sql } from 'drizzle-orm'
import {
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  type AnySQLiteColumn,
} from 'drizzle-orm/sqlite-core'
import type { BodyDocument } from '@/lib/body/types'

export const ROLES = ['journalist', 'editor', 'admin'] as const
export type Role = (typeof ROLES)[number]

export const ARTICLE_STATUSES = ['draft', 'review', 'scheduled', 'published'] as const
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number]

const createdAt = () =>
  integer('created_at', { mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`)

/** Staff accounts. Readers never have one. */
export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash'),
  role: text('role', { enum: ROLES }).notNull().default('journalist'),
  // Bumped when a user is disabled, demoted or signs out everywhere: older sessions stop working.
  sessionVersion: integer('session_version').notNull().default(1),
  disabledAt: integer('disabled_at', { mode: 'timestamp_ms' }),
  lastLoginAt: integer('last_login_at', { mode: 'timestamp_ms' }),
  createdAt: createdAt(),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }),
})

/** One-time links: invitations and password resets. Only a hash of the token is stored. */
export const userTokens = sqliteTable(
  'user_tokens',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['invite', 'reset'] }).notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    usedAt: integer('used_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
  },
  (t) => [index('user_tokens_user_idx').on(t.userId)],
)

/** Sign-in attempts, for throttling by account and by address. */
export const loginAttempts = sqliteTable(
  'login_attempts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    email: text('email').notNull(),
    ip: text('ip').notNull(),
    success: integer('success', { mode: 'boolean' }).notNull(),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('login_attempts_email_idx').on(t.email, t.at), index('login_attempts_ip_idx').on(t.ip, t.at)],
)

/** A resized copy of an upload, stored beside it (path relative to UPLOADS_DIR). */
export interface MediaVariant {
  path: string
  width: number
  height: number
  format: 'avif' | 'webp' | 'jpeg'
  bytes: number
  purpose: 'responsive' | 'share'
}

/** An uploaded image. Alt text and photo credit belong to the asset; captions belong to each use. */
export const media = sqliteTable('media', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  // Path of the stored file relative to UPLOADS_DIR, e.g. "2026/11/a1b2c3.jpg".
  path: text('path').notNull().unique(),
  originalName: text('original_name'),
  mimeType: text('mime_type').notNull(),
  width: integer('width').notNull(),
  height: integer('height').notNull(),
  bytes: integer('bytes').notNull(),
  alt: text('alt').notNull().default(''),
  credit: text('credit'),
  // Proposed caption for a new use; each use may change it (articles.coverCaption, body images).
  caption: text('caption').notNull().default(''),
  // Resized copies generated with sharp: responsive sizes and the 1200×630 share crop.
  variants: text('variants', { mode: 'json' }).$type<MediaVariant[]>(),
  uploadedBy: integer('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: createdAt(),
})

/** Byline profiles. A freelancer or a pen name needs no staff account. */
export const authors = sqliteTable('authors', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  jobTitle: text('job_title'),
  bio: text('bio').notNull().default(''),
  photoMediaId: integer('photo_media_id').references(() => media.id, { onDelete: 'set null' }),
  userId: integer('user_id')
    .unique()
    .references(() => users.id, { onDelete: 'set null' }),
  createdAt: createdAt(),
})

/** Rubriques. */
export const categories = sqliteTable('categories', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  position: integer('position').notNull().default(0),
  createdAt: createdAt(),
})

export const tags = sqliteTable('tags', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  createdAt: createdAt(),
})

export const articles = sqliteTable(
  'articles',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull().unique(),
    title: text('title').notNull(),
    standfirst: text('standfirst').notNull().default(''),
    categoryId: integer('category_id').references(() => categories.id, { onDelete: 'restrict' }),
    status: text('status', { enum: ARTICLE_STATUSES }).notNull().default('draft'),
    // "BAMAKO", printed before the first paragraph.
    dateline: text('dateline'),
    sourceName: text('source_name'),
    sourceUrl: text('source_url'),
    // The editor's structured document; bodyText is derived from it (search, reading time, feeds).
    body: text('body', { mode: 'json' }).$type<BodyDocument>().notNull(),
    bodyText: text('body_text').notNull().default(''),
    coverMediaId: integer('cover_media_id').references(() => media.id, { onDelete: 'set null' }),
    coverCaption: text('cover_caption'),
    featured: integer('featured', { mode: 'boolean' }).notNull().default(false),
    breaking: integer('breaking', { mode: 'boolean' }).notNull().default(false),
    publishedAt: integer('published_at', { mode: 'timestamp_ms' }),
    // Set when a published story is edited: shown as "Mis à jour le …".
    modifiedAt: integer('modified_at', { mode: 'timestamp_ms' }),
    scheduledAt: integer('scheduled_at', { mode: 'timestamp_ms' }),
    // How late the scheduler put a scheduled story online (the server was down at its time):
    // shown as "Publication en retard" on the dashboard until an editor clears it.
    scheduleMissedMs: integer('schedule_missed_ms'),
    // Optimistic concurrency: every save must name the version it started from.
    version: integer('version').notNull().default(1),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [
    index('articles_status_published_idx').on(t.status, t.publishedAt),
    index('articles_category_published_idx').on(t.categoryId, t.status, t.publishedAt),
    index('articles_featured_idx').on(t.featured, t.status, t.publishedAt),
    // The "Flash info" banner: without it, finding the latest breaking story walks every
    // published one when none is recent.
    index('articles_breaking_idx').on(t.breaking, t.status, t.publishedAt),
    index('articles_scheduled_idx').on(t.status, t.scheduledAt),
  ],
)

/**
 * The story's publication date while it is published, null otherwise: a copy kept by triggers
 * (migration 0006), never written by the application. With it, an author's or a tag's page reads
 * its newest stories in index order instead of sorting every story it has ever had.
 */
const publishedAtCopy = () => integer('published_at', { mode: 'timestamp_ms' })

/** Ordered bylines. */
export const articleAuthors = sqliteTable(
  'article_authors',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    authorId: integer('author_id')
      .notNull()
      .references(() => authors.id, { onDelete: 'restrict' }),
    position: integer('position').notNull().default(0),
    publishedAt: publishedAtCopy(),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.authorId] }),
    index('article_authors_author_published_idx').on(t.authorId, t.publishedAt, t.articleId),
  ],
)

export const articleTags = sqliteTable(
  'article_tags',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    tagId: integer('tag_id')
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
    publishedAt: publishedAtCopy(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.tagId] }), index('article_tags_tag_published_idx').on(t.tagId, t.publishedAt, t.articleId)],
)

export const articleRevisions = sqliteTable(
  'article_revisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    title: text('title').notNull(),
    standfirst: text('standfirst').notNull(),
    body: text('body', { mode: 'json' }).$type<BodyDocument>().notNull(),
    reason: text('reason', { enum: ['autosave', 'save', 'submit', 'publish', 'restore'] }).notNull(),
    // The other fields of the story at that version (slug, rubrique, tags, bylines, cover, …).
    meta: text('meta', { mode: 'json' }).$type<Record<string, unknown>>(),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    // Autosaves by the same person within ten minutes fold into one revision: this moves, createdAt stays.
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('article_revisions_article_idx').on(t.articleId, t.createdAt)],
)

/** Old slugs of published articles: a URL once published never dies. */
export const slugRedirects = sqliteTable('slug_redirects', {
  oldSlug: text('old_slug').primaryKey(),
  articleId: integer('article_id')
    .notNull()
    .references((): AnySQLiteColumn => articles.id, { onDelete: 'cascade' }),
  createdAt: createdAt(),
})

/** Notes left on a story in review: an editor sends it back to its journalist with a note. */
export const reviewNotes = sqliteTable(
  'review_notes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('review_notes_article_idx').on(t.articleId, t.createdAt)],
)

/** Old slugs of renamed rubriques and tags: their pages redirect for good. */
export const taxonomyRedirects = sqliteTable(
  'taxonomy_redirects',
  {
    kind: text('kind', { enum: ['category', 'tag'] }).notNull(),
    oldSlug: text('old_slug').notNull(),
    targetId: integer('target_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.oldSlug] })],
)

/** Views per article per day (UTC date, "YYYY-MM-DD"), written in batches. */
export const articleViews = sqliteTable(
  'article_views',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    day: text('day').notNull(),
    count: integer('count').notNull().default(0),
  },
  // Covering, so "Les plus lus" reads the week's rows alone, never the whole history by article.
  (t) => [primaryKey({ columns: [t.articleId, t.day] }), index('article_views_day_idx').on(t.day, t.articleId, t.count)],
)

/**
 * Views per article per hour (UTC, "YYYY-MM-DDTHH"), for "Les plus lus" over the last 24 hours.
 * Rows older than eight days are pruned; article_views keeps the daily history.
 */
export const articleViewsHourly = sqliteTable(
  'article_views_hourly',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    hour: text('hour').notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.hour] }), index('article_views_hourly_hour_idx').on(t.hour, t.articleId, t.count)],
)

/** Site-wide settings as JSON values (site name, Facebook page URL, …). */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).notNull(),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }),
})

export const radios = sqliteTable(
  'radios',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['radio', 'tv'] }).notNull().default('radio'),
    streamUrl: text('stream_url').notNull(),
    websiteUrl: text('website_url'),
    city: text('city'),
    frequency: text('frequency'),
    description: text('description').notNull().default(''),
    position: integer('position').notNull().default(0),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [index('radios_position_idx').on(t.position)],
)

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    details: text('details', { mode: 'json' }),
    ip: text('ip'),
  },
  (t) => [index('audit_log_at_idx').on(t.at), index('audit_log_entity_idx').on(t.entityType, t.entityId)],
)

// Relations

export const articlesRelations = relations(articles, ({ one, many }) => ({
  category: one(categories, { fields: [articles.categoryId], references: [categories.id] }),
  cover: one(media, { fields: [articles.coverMediaId], references: [media.id] }),
  bylines: many(articleAuthors),
  tags: many(articleTags),
  revisions: many(articleRevisions),
}))

export const articleAuthorsRelations = relations(articleAuthors, ({ one }) => ({
  article: one(articles, { fields: [articleAuthors.articleId], references: [articles.id] }),
  author: one(authors, { fields: [articleAuthors.authorId], references: [authors.id] }),
}))

export const articleTagsRelations = relations(articleTags, ({ one }) => ({
  article: one(articles, { fields: [articleTags.articleId], references: [articles.id] }),
  tag: one(tags, { fields: [articleTags.tagId], references: [tags.id] }),
}))

export const authorsRelations = relations(authors, ({ one, many }) => ({
  photo: one(media, { fields: [authors.photoMediaId], references: [media.id] }),
  user: one(users, { fields: [authors.userId], references: [users.id] }),
  articles: many(articleAuthors),
}))

export const categoriesRelations = relations(categories, ({ many }) => ({ articles: many(articles) }))
export const tagsRelations = relations(tags, ({ many }) => ({ articles: many(articleTags) }))
export const articleRevisionsRelations = relations(articleRevisions, ({ one }) => ({
  article: one(articles, { fields: [articleRevisions.articleId], references: [articles.id] }),
}))

// Types

export type User = typeof users.$inferSelect
export type Author = typeof authors.$inferSelect
export type Category = typeof categories.$inferSelect
export type Tag = typeof tags.$inferSelect
export type Article = typeof articles.$inferSelect
export type NewArticle = typeof articles.$inferInsert
export type Media = typeof media.$inferSelect
export type Radio = typeof radios.$inferSelect
