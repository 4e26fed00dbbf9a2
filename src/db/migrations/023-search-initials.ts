import type { Migration } from './types';

/**
 * The search index gains one-letter prefixes: a middle initial ("Sam P Murphy") made every
 * keystroke read the lists of all the index's words starting with that letter (70 ms and more at
 * 100,000 candidates). FTS5 sets its prefixes when the table is made, so the index is made again
 * with the same rows (and rowids, which search_keys names); at 100k a few seconds, once.
 */
export const searchInitials: Migration = {
  version: 23,
  name: 'one-letter prefixes in the search index',
  up(db) {
    db.exec(`
      CREATE TEMP TABLE search_rows AS SELECT rowid AS id, kind, record_id, title, body FROM search_index;
      DROP TABLE search_index;
      CREATE VIRTUAL TABLE search_index USING fts5(
        kind UNINDEXED, record_id UNINDEXED, title, body,
        tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
      );
      INSERT INTO search_index (rowid, kind, record_id, title, body) SELECT id, kind, record_id, title, body FROM search_rows;
      DROP TABLE search_rows;
    `);
  },
};
