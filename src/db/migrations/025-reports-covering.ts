import type { Migration } from './types';

/**
 * Reports at 100,000 candidates spent most of their time looking up each submission's candidate
 * (is it live, its source, its name): two searches each, the second into a wide table read page by
 * page. An index of the live candidates holds all a report reads of them. And the moves by when
 * they were made also hold their clock stamp, so the time report finds each move's next one by a
 * search, not by reading the submission's whole history.
 * Each index holds deleted_at (always null in it), or SQLite would read the table to check it.
 * Written to run again on a database whose version was set back (as the upgrade tests do).
 */
export const reportsCovering: Migration = {
  version: 25,
  name: 'live candidates as reports read them; moves by time with their clock stamp',
  up(db) {
    db.exec(`
      CREATE INDEX IF NOT EXISTS candidates_live_facts ON candidates (id, source, name, salary_amount, salary_currency, deleted_at)
        WHERE deleted_at IS NULL;
      DROP INDEX stage_changes_by_time;
      CREATE INDEX stage_changes_by_time ON stage_changes (created_at, stage, submission_id, created_hlc, deleted_at)
        WHERE deleted_at IS NULL;
    `);
  },
};
