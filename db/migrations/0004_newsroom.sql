CREATE TABLE `review_notes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`user_id` integer,
	`body` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `review_notes_article_idx` ON `review_notes` (`article_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `taxonomy_redirects` (
	`kind` text NOT NULL,
	`old_slug` text NOT NULL,
	`target_id` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`kind`, `old_slug`)
);
--> statement-breakpoint
ALTER TABLE `article_revisions` ADD `meta` text;--> statement-breakpoint
ALTER TABLE `article_revisions` ADD `updated_at` integer;--> statement-breakpoint
ALTER TABLE `media` ADD `caption` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `media` ADD `variants` text;--> statement-breakpoint
CREATE INDEX `articles_scheduled_idx` ON `articles` (`status`,`scheduled_at`);