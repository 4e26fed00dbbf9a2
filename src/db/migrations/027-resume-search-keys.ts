import type { Migration } from './types';

/** Each resume in the index beside its candidate, as worked out from the index's keys (`shortlist check` compares them). */
export const resumeKeysFromIndex = `SELECT fk.id, ck.id FROM search_keys fk JOIN files f ON f.id = fk.record_id
  JOIN search_keys ck ON ck.kind = 'candidate' AND ck.record_id = f.candidate_id
  WHERE fk.kind = 'file' AND EXISTS (SELECT 1 FROM search_index WHERE rowid = fk.id)`;

/**
 * Each resume's entry in the search index beside its candidate's, as the two integer keys the
 * index knows them by. A phrase with a place ("Staff Engineer" location:Prague) is held by the
 * candidate's entry or by one of their resumes: finding the resumes' candidates from the index's
 * matches cost a search of the keys, then of the files, for each match (6,000 for the phrase at
 * 100,000 candidates), so a page walked 9,000 candidates instead. Here each match is one probe of
 * a small table. Kept by the search index's catch-up (src/search/searchIndex.ts); written to run
 * again on a database whose version was set back (as the upgrade tests do).
 */
export const resumeSearchKeys: Migration = {
  version: 27,
  name: 'each resume in the search index beside its candidate',
  up(db) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS resume_search_keys (
        file_key INTEGER PRIMARY KEY,
        candidate_key INTEGER NOT NULL
      ) STRICT;
      DELETE FROM resume_search_keys;
      INSERT INTO resume_search_keys (file_key, candidate_key) ${resumeKeysFromIndex};
    `);
  },
};
