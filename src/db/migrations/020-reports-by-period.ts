import type { Migration } from './types';

/**
 * Reports read the history of their period only. The stage moves made in a period are found by
 * when they were made (a month's report reads a month's moves, not years of them); each
 * submission's moves, and where it stands now (its latest move: the stuck list, the forecast),
 * are read from an index that holds all a report needs of a live move, without the table.
 * Each index also holds deleted_at (always null in it), or SQLite would read the table to check it.
 */
export const reportsByPeriod: Migration = {
  version: 20,
  name: 'stage moves by when they were made, and each submission’s moves in one index',
  up(db) {
    db.exec(`
      CREATE INDEX stage_changes_by_time ON stage_changes (created_at, stage, submission_id, deleted_at) WHERE deleted_at IS NULL;
      CREATE INDEX stage_changes_live ON stage_changes (submission_id, created_hlc, stage, created_at, reason, deleted_at)
        WHERE deleted_at IS NULL;
    `);
  },
};
