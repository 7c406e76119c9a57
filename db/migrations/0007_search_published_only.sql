-- The search index holds published stories only. Readers never see anything else, so the search
-- can rank and count inside FTS5 without looking every match up in articles; and the vocabulary
-- behind "Essayez plutôt" no longer offers words that appear only in drafts.
DROP TRIGGER `articles_fts_ai`;
--> statement-breakpoint
DROP TRIGGER `articles_fts_au`;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_ai` AFTER INSERT ON `articles` WHEN new.status = 'published' BEGIN
  INSERT INTO `articles_fts` (rowid, title, standfirst, body_text, tags)
  VALUES (new.id, new.title, new.standfirst, new.body_text,
    coalesce((SELECT group_concat(t.name, ' ') FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = new.id), ''));
END;
--> statement-breakpoint
-- Publishing adds the story, unpublishing removes it, an edit of a published story replaces it.
CREATE TRIGGER `articles_fts_au` AFTER UPDATE OF title, standfirst, body_text, status ON `articles`
WHEN old.status = 'published' OR new.status = 'published' BEGIN
  DELETE FROM `articles_fts` WHERE rowid = old.id;
  INSERT INTO `articles_fts` (rowid, title, standfirst, body_text, tags)
  SELECT new.id, new.title, new.standfirst, new.body_text,
    coalesce((SELECT group_concat(t.name, ' ') FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = new.id), '')
  WHERE new.status = 'published';
END;
--> statement-breakpoint
DELETE FROM `articles_fts` WHERE rowid IN (SELECT id FROM `articles` WHERE status != 'published');
