-- The index's vocabulary (term, documents, occurrences), for "did you mean" suggestions.
CREATE VIRTUAL TABLE `articles_fts_vocab` USING fts5vocab('articles_fts', 'row');
