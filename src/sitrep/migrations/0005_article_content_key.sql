-- The same article re-fetched with other whitespace (CRLF line ends, a trailing newline, doubled
-- spaces) has another SHA-256 id; its content key (the hash of the text with whitespace runs made
-- one space) is the same, so the store keeps one copy. Existing rows are keyed by Store._migrate.
ALTER TABLE articles ADD COLUMN content_key TEXT;
CREATE INDEX articles_content_key ON articles(content_key);
