import type { Migration } from './types';

/**
 * The reports' reads that do not depend on the period, cold at 100,000 candidates:
 * - the revenue forecast and the time report's stuck list count the live submissions waiting at a
 *   stage: a pass over submission_progress's wide rows (or a search of each by job) cost 30 to 50
 *   ms. The index of the waiting holds all they read (stage, job, the latest move's instant, the
 *   candidate's source), in the order the forecast groups them. It changes at every move, as the
 *   table's row does (what that costs a merge is in the README);
 * - the placements read 1,500 rows of two wide tables, pages scattered over 18 MB, 45 ms: the
 *   placed rows of submission_progress, and the submissions with a placement, now each hold in an
 *   index all the reports read of them (both change only when a submission is placed or leaves it,
 *   or its placement is edited). The first replaces migration 26's index of the placed.
 * Each holds the columns its partial condition names, or SQLite would read the table to check them.
 * Written to run again on a database whose version was set back (as the upgrade tests do).
 */
export const reportsWaiting: Migration = {
  version: 29,
  name: 'live submissions by stage and job; the placed and their placements as the reports read them',
  up(db) {
    db.exec(`
      CREATE INDEX IF NOT EXISTS submission_progress_waiting ON submission_progress (stage, job_id, at, source, live) WHERE live = 1;
      DROP INDEX IF EXISTS submission_progress_placed;
      CREATE INDEX IF NOT EXISTS submission_progress_placed_facts ON submission_progress (submission_id, live, job_id, at, candidate_id, name, source, stage)
        WHERE stage = 'placed';
      CREATE INDEX IF NOT EXISTS submissions_placed ON submissions (id, placement_start_on, placement_salary, placement_currency, placement_fee,
        placement_fee_currency, guarantee_ends_on, candidate_id, job_id, deleted_at) WHERE placement_start_on IS NOT NULL;
    `);
  },
};
