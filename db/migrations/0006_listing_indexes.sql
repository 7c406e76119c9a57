-- Indexes for the public lists (db/queries/query-plans.test.ts checks their plans).
-- Tag and author pages, newest first, read in index order. article_tags and article_authors get
-- a copy of the story's publication date while it is published (null otherwise), kept by the
-- triggers below; the application never writes it. The new indexes replace (tag_id) and
-- (author_id), which they start with.
ALTER TABLE `article_tags` ADD `published_at` integer;
--> statement-breakpoint
ALTER TABLE `article_authors` ADD `published_at` integer;
--> statement-breakpoint
UPDATE `article_tags` SET `published_at` = (SELECT a.published_at FROM articles a WHERE a.id = article_tags.article_id AND a.status = 'published');
--> statement-breakpoint
UPDATE `article_authors` SET `published_at` = (SELECT a.published_at FROM articles a WHERE a.id = article_authors.article_id AND a.status = 'published');
--> statement-breakpoint
DROP INDEX `article_tags_tag_idx`;
--> statement-breakpoint
DROP INDEX `article_authors_author_idx`;
--> statement-breakpoint
CREATE INDEX `article_tags_tag_published_idx` ON `article_tags` (`tag_id`,`published_at`,`article_id`);
--> statement-breakpoint
CREATE INDEX `article_authors_author_published_idx` ON `article_authors` (`author_id`,`published_at`,`article_id`);
--> statement-breakpoint
CREATE INDEX `articles_breaking_idx` ON `articles` (`breaking`,`status`,`published_at`);
--> statement-breakpoint
-- "Les plus lus": covering indexes, so the window's rows are read alone, not every article's history.
DROP INDEX `article_views_day_idx`;
--> statement-breakpoint
CREATE INDEX `article_views_day_idx` ON `article_views` (`day`,`article_id`,`count`);
--> statement-breakpoint
DROP INDEX `article_views_hourly_hour_idx`;
--> statement-breakpoint
CREATE INDEX `article_views_hourly_hour_idx` ON `article_views_hourly` (`hour`,`article_id`,`count`);
--> statement-breakpoint
-- Publishing, unpublishing, scheduling or redating a story moves its tag and byline rows.
CREATE TRIGGER `articles_listing_au` AFTER UPDATE OF status, published_at ON `articles` BEGIN
  UPDATE `article_tags` SET `published_at` = CASE WHEN new.status = 'published' THEN new.published_at END WHERE article_id = new.id;
  UPDATE `article_authors` SET `published_at` = CASE WHEN new.status = 'published' THEN new.published_at END WHERE article_id = new.id;
END;
--> statement-breakpoint
-- A tag or byline added to a story (saves replace them, tag merges move them) takes its date.
CREATE TRIGGER `article_tags_listing_ai` AFTER INSERT ON `article_tags` BEGIN
  UPDATE `article_tags` SET `published_at` = (SELECT a.published_at FROM articles a WHERE a.id = new.article_id AND a.status = 'published')
  WHERE article_id = new.article_id AND tag_id = new.tag_id;
END;
--> statement-breakpoint
CREATE TRIGGER `article_authors_listing_ai` AFTER INSERT ON `article_authors` BEGIN
  UPDATE `article_authors` SET `published_at` = (SELECT a.published_at FROM articles a WHERE a.id = new.article_id AND a.status = 'published')
  WHERE article_id = new.article_id AND author_id = new.author_id;
END;
--> statement-breakpoint
-- Tags and bylines never move between stories today; if one ever does, it takes its new story's date.
CREATE TRIGGER `article_tags_listing_au` AFTER UPDATE OF article_id ON `article_tags` BEGIN
  UPDATE `article_tags` SET `published_at` = (SELECT a.published_at FROM articles a WHERE a.id = new.article_id AND a.status = 'published')
  WHERE article_id = new.article_id AND tag_id = new.tag_id;
END;
--> statement-breakpoint
CREATE TRIGGER `article_authors_listing_au` AFTER UPDATE OF article_id ON `article_authors` BEGIN
  UPDATE `article_authors` SET `published_at` = (SELECT a.published_at FROM articles a WHERE a.id = new.article_id AND a.status = 'published')
  WHERE article_id = new.article_id AND author_id = new.author_id;
END;
