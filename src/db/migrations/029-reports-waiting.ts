import type { Migration } from './types';

/** A stay's length in whole milliseconds, from instant `from` to instant `to` (ISO text). */
const msBetween = (from: string, to: string) => `CAST(round((julianday(${to}) - julianday(${from})) * 86400000) AS INTEGER)`;

/** stage_stays' columns, in the order `staysFromHistory` gives them. */
export const staysColumns = 'submission_id, hlc, stage, at, since_stage, since_at, ms';

/** The live moves (`where` narrowing them), each with the stay it ended: the move before it in clock order, and how long since. */
const staysOf = (where: string) => `SELECT submission_id, created_hlc, stage, created_at, lag(stage) OVER w, lag(created_at) OVER w,
    ${msBetween('lag(created_at) OVER w', 'created_at')}
  FROM stage_changes WHERE deleted_at IS NULL${where} WINDOW w AS (PARTITION BY submission_id ORDER BY created_hlc)`;

/** Every live move's row worked out from the history (`shortlist check` compares them). */
export const staysFromHistory = staysOf('');

/** Submission `id`'s rows worked out again from its live moves. */
const restay = (id: string) => `
  DELETE FROM stage_stays WHERE submission_id = ${id};
  INSERT INTO stage_stays (${staysColumns}) ${staysOf(` AND submission_id = ${id}`)};`;

/**
 * A new live move ends the stay begun by the move before it in clock order: one search among the
 * submission's few rows, one row written, no other row changed (as nearly every move is the
 * latest). Merged in before a later one (a colleague's, made earlier), it also begins the stay
 * that later one ends.
 */
const moved = `
  INSERT OR REPLACE INTO stage_stays (${staysColumns})
  SELECT NEW.submission_id, NEW.created_hlc, NEW.stage, NEW.created_at, before.stage, before.at, ${msBetween('before.at', 'NEW.created_at')}
  FROM (SELECT 1) LEFT JOIN (SELECT stage, at FROM stage_stays WHERE submission_id = NEW.submission_id AND hlc < NEW.created_hlc ORDER BY hlc DESC LIMIT 1) before;
  UPDATE stage_stays SET since_stage = NEW.stage, since_at = NEW.created_at, ms = ${msBetween('NEW.created_at', 'at')}
  WHERE submission_id = NEW.submission_id AND hlc = (SELECT min(hlc) FROM stage_stays WHERE submission_id = NEW.submission_id AND hlc > NEW.created_hlc);`;

/**
 * The reports' reads at 100,000 candidates, cold:
 * - the funnel, responsiveness, sources and activity find the period's submissions by when they
 *   were presented, then read each one's wide row (8,300 for a year, 20 to 30 ms of the 40 to 55 of
 *   responsiveness's read); the revenue forecast and the time report's stuck list count the live
 *   submissions waiting at a stage, whatever the period, in a pass over those wide rows (or a
 *   search of each by job), 30 to 50 ms. The index by when they were presented (migration 26's,
 *   replaced) now holds every submission with all those reports read, so each reads it alone. It
 *   changed at every move already (it holds submitted_at, which the move's trigger sets), so a
 *   merge writes it no more often, only wider (an index of the waiting by stage, tried, cost a
 *   merge of the data set's moves some 1.5 s of CPU more);
 * - the placements read 1,500 rows of two wide tables, pages scattered over 18 MB, 45 ms: the
 *   placed rows of submission_progress, and the submissions with a placement, now each hold in an
 *   index all the reports read of them (both change only when a submission is placed or leaves it,
 *   or its placement is edited). The first replaces migration 26's index of the placed;
 * - time in each stage searched, for each of a year's 31,000 moves, the next move of its
 *   submission in an index of 12 MB, 80 to 120 ms: each live move's row in stage_stays holds the
 *   stay it ended (the stage before it, since when, and how long in milliseconds), kept by
 *   triggers on the moves, as submission_progress is (migration 26), and read by when it began. Derived, local:
 *   never synced, never exported; merged laptops derive the same rows from the same history. Each
 *   submission is checked against the filters in a narrow index of submission_progress (whose
 *   columns change only when a submission or its candidate goes to the trash or comes back, or
 *   changes job or source).
 * Each index holds the columns its partial condition names, or SQLite would read the table to check them.
 * Written to run again on a database whose version was set back (as the upgrade tests do).
 */
export const reportsWaiting: Migration = {
  version: 29,
  name: "the submissions as the reports read them, by when presented; the placed and their placements; each move's stay",
  up(db) {
    db.exec(`
      DROP INDEX IF EXISTS submission_progress_placed;
      CREATE INDEX IF NOT EXISTS submission_progress_placed_facts ON submission_progress (submission_id, live, job_id, at, candidate_id, name, source, stage)
        WHERE stage = 'placed';
      CREATE INDEX IF NOT EXISTS submissions_placed ON submissions (id, placement_start_on, placement_salary, placement_currency, placement_fee,
        placement_fee_currency, guarantee_ends_on, candidate_id, job_id, deleted_at) WHERE placement_start_on IS NOT NULL;
      CREATE INDEX IF NOT EXISTS submission_progress_filters ON submission_progress (submission_id, live, job_id, source);
      DROP INDEX IF EXISTS submission_progress_by_submitted;
      CREATE INDEX IF NOT EXISTS submission_progress_presented ON submission_progress (submitted_at, live, job_id, source, stage, at, furthest,
        before_at, offer_at, offer_answered_at, reason);

      DROP TABLE IF EXISTS stage_stays;
      CREATE TABLE stage_stays (
        submission_id TEXT NOT NULL,
        -- The move's clock stamp and stage, and when it was made.
        hlc TEXT NOT NULL,
        stage TEXT NOT NULL,
        at TEXT NOT NULL,
        -- The stay this move ended: the stage of the live move before it in clock order, when that
        -- was made, and how long since; null for a submission's first move.
        since_stage TEXT,
        since_at TEXT,
        ms INTEGER,
        PRIMARY KEY (submission_id, hlc)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX stage_stays_by_time ON stage_stays (since_at, since_stage, ms);

      DROP TRIGGER IF EXISTS stage_changes_stays_insert;
      DROP TRIGGER IF EXISTS stage_changes_stays_update;
      DROP TRIGGER IF EXISTS stage_changes_stays_delete;
      DROP TRIGGER IF EXISTS submissions_stays_delete;
      CREATE TRIGGER stage_changes_stays_insert AFTER INSERT ON stage_changes WHEN NEW.deleted_at IS NULL BEGIN ${moved} END;
      -- Undone, brought back, or merged field by field: the submission's stays worked out again.
      CREATE TRIGGER stage_changes_stays_update AFTER UPDATE ON stage_changes BEGIN
        ${restay('OLD.submission_id')}
        ${restay('NEW.submission_id')}
      END;
      CREATE TRIGGER stage_changes_stays_delete AFTER DELETE ON stage_changes BEGIN ${restay('OLD.submission_id')} END;
      CREATE TRIGGER submissions_stays_delete AFTER DELETE ON submissions BEGIN
        DELETE FROM stage_stays WHERE submission_id = OLD.id;
      END;

      INSERT INTO stage_stays (${staysColumns}) ${staysFromHistory};
    `);
  },
};
