-- Full-text search over title, standfirst, body text and tag names, accent- and case-insensitive.
-- Rowid is the article id; the public search joins articles to keep only published stories.
CREATE VIRTUAL TABLE `articles_fts` USING fts5(
  title, standfirst, body_text, tags,
  tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
INSERT INTO `articles_fts` (rowid, title, standfirst, body_text, tags)
  SELECT a.id, a.title, a.standfirst, a.body_text,
    coalesce((SELECT group_concat(t.name, ' ') FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = a.id), '')
  FROM articles a;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_ai` AFTER INSERT ON `articles` BEGIN
  INSERT INTO `articles_fts` (rowid, title, standfirst, body_text, tags)
  VALUES (new.id, new.title, new.standfirst, new.body_text, '');
END;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_au` AFTER UPDATE OF title, standfirst, body_text ON `articles` BEGIN
  UPDATE `articles_fts` SET title = new.title, standfirst = new.standfirst, body_text = new.body_text
  WHERE rowid = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_ad` AFTER DELETE ON `articles` BEGIN
  DELETE FROM `articles_fts` WHERE rowid = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `article_tags_fts_ai` AFTER INSERT ON `article_tags` BEGIN
  UPDATE `articles_fts` SET tags = coalesce((SELECT group_concat(t.name, ' ') FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = new.article_id), '')
  WHERE rowid = new.article_id;
END;
--> statement-breakpoint
CREATE TRIGGER `article_tags_fts_ad` AFTER DELETE ON `article_tags` BEGIN
  UPDATE `articles_fts` SET tags = coalesce((SELECT group_concat(t.name, ' ') FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = old.article_id), '')
  WHERE rowid = old.article_id;
END;
--> statement-breakpoint
CREATE TRIGGER `tags_fts_au` AFTER UPDATE OF name ON `tags` BEGIN
  UPDATE `articles_fts` SET tags = coalesce((SELECT group_concat(t.name, ' ') FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = articles_fts.rowid), '')
  WHERE rowid IN (SELECT article_id FROM article_tags WHERE tag_id = new.id);
END;
