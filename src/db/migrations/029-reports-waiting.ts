import type { Migration } from './types';

/**
 * The revenue forecast and the time report's stuck list count the live submissions waiting at a
 * stage, whatever the period: at 100,000 candidates a pass over submission_progress's wide rows
 * (or a search of each row by job) cost 30 to 50 ms cold. This index holds all those queries read
 * of the 25,000 rows (stage, job, the latest move's instant, the candidate's source), in the order
 * the forecast groups them. It changes at every move, as the table's row does: a few microseconds
 * more per move merged (measured in the README).
 * Written to run again on a database whose version was set back (as the upgrade tests do).
 */
export const reportsWaiting: Migration = {
  version: 29,
  name: 'live submissions by stage and job, as the forecast and the stuck list read them',
  up(db) {
    db.exec(`
      CREATE INDEX IF NOT EXISTS submission_progress_waiting ON submission_progress (stage, job_id, at, source, live) WHERE live = 1;
    `);
  },
};
