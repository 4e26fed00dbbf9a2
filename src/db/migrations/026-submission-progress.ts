import type { Migration } from './types';

/** The road a submission travels, in order; its closed outcomes are no step on it. */
const road = ['shortlisted', 'submitted', 'client_reviewing', 'interviewing', 'offer', 'placed'];
const roadFrom = (stage: string) => road.slice(road.indexOf(stage)).map((s) => `'${s}'`).join(', ');

/** The live moves of submission `id` (searched in the index of live moves). */
const moves = (id: string, where = '') => `FROM stage_changes WHERE submission_id = ${id} AND deleted_at IS NULL${where}`;

/** The columns, in the order every INSERT below gives them. */
const columns = `submission_id, job_id, candidate_id, live, name, source, salary_amount, salary_currency,
  change_id, stage, reason, at, hlc, before_at, submitted_at, furthest, offer_at, offer_answered_at, placed_at`;

/** A submission's and its candidate's columns, for the submission `s` and candidate `c` of a join. */
const whose = 's.job_id, s.candidate_id, s.deleted_at IS NULL AND c.deleted_at IS NULL, c.name, c.source, c.salary_amount, c.salary_currency';

/** Where submission `id` stands and its road's milestones, `latest` being its latest live move. */
const milestones = (id: string) => `latest.id, latest.stage, latest.reason, latest.created_at, latest.created_hlc,
    (SELECT created_at ${moves(id, ' AND created_hlc < latest.created_hlc')} ORDER BY created_hlc DESC LIMIT 1),
    (SELECT created_at ${moves(id, ` AND stage IN (${roadFrom('submitted')})`)} ORDER BY created_hlc LIMIT 1),
    (SELECT max(CASE stage ${road.map((s, i) => `WHEN '${s}' THEN ${i}`).join(' ')} END) ${moves(id)}),
    offer.created_at,
    (SELECT created_at ${moves(id, ' AND created_hlc > offer.created_hlc')} ORDER BY created_hlc LIMIT 1),
    (SELECT created_at ${moves(id, " AND stage = 'placed'")} ORDER BY created_hlc LIMIT 1)`;

const latestOf = (id: string) => `(SELECT id, stage, reason, created_at, created_hlc ${moves(id)} ORDER BY created_hlc DESC LIMIT 1) latest`;
const offerOf = (id: string) => `(SELECT created_at, created_hlc ${moves(id, " AND stage = 'offer'")} ORDER BY created_hlc LIMIT 1) offer`;

/**
 * Submission `id`'s row worked out again from its live moves (each an index search over its few
 * moves): where it stands (its latest move in clock order, and when the one before was made), when
 * it first reached submitted or past it, how far along the road it ever got, when it first got an
 * offer and when the move that answered it was made, when it was first placed; with its job, and
 * its candidate's name, source and salary expectation. A submission with no live move has no row.
 */
const recompute = (id: string) => `
  DELETE FROM submission_progress WHERE submission_id = ${id};
  INSERT INTO submission_progress (${columns})
  SELECT s.id, ${whose}, ${milestones(id)}
  FROM submissions s JOIN candidates c ON c.id = s.candidate_id, ${latestOf(id)} LEFT JOIN ${offerOf(id)}
  WHERE s.id = ${id};`;

/**
 * A submission's first live move: its row, with the submission's job and its candidate's columns.
 */
const firstMove = `
  INSERT INTO submission_progress (${columns})
  SELECT s.id, ${whose}, NEW.id, NEW.stage, NEW.reason, NEW.created_at, NEW.created_hlc, NULL,
    CASE WHEN NEW.stage IN (${roadFrom('submitted')}) THEN NEW.created_at END,
    CASE NEW.stage ${road.map((s, i) => `WHEN '${s}' THEN ${i}`).join(' ')} END,
    CASE WHEN NEW.stage = 'offer' THEN NEW.created_at END, NULL,
    CASE WHEN NEW.stage = 'placed' THEN NEW.created_at END
  FROM submissions s JOIN candidates c ON c.id = s.candidate_id WHERE s.id = NEW.submission_id;`;

/**
 * A new live move later in clock order than the row's (as nearly every move is: made here, or
 * merged in the order it was made): the row moves on from what it held, reading nothing else. The
 * SET expressions read the row as it was.
 */
const movedOn = `
  UPDATE submission_progress SET
    change_id = NEW.id, stage = NEW.stage, reason = NEW.reason, at = NEW.created_at, hlc = NEW.created_hlc,
    before_at = at,
    submitted_at = coalesce(submitted_at, CASE WHEN NEW.stage IN (${roadFrom('submitted')}) THEN NEW.created_at END),
    furthest = nullif(max(coalesce(furthest, -1), coalesce(CASE NEW.stage ${road.map((s, i) => `WHEN '${s}' THEN ${i}`).join(' ')} END, -1)), -1),
    offer_answered_at = CASE WHEN offer_at IS NOT NULL AND offer_answered_at IS NULL THEN NEW.created_at ELSE offer_answered_at END,
    offer_at = coalesce(offer_at, CASE WHEN NEW.stage = 'offer' THEN NEW.created_at END),
    placed_at = coalesce(placed_at, CASE WHEN NEW.stage = 'placed' THEN NEW.created_at END)
  WHERE submission_id = NEW.submission_id;`;

/** Whether the submission's row holds a move before (<) or after (>) NEW's in clock order, or is there at all. */
const row = (than = '') => `EXISTS (SELECT 1 FROM submission_progress WHERE submission_id = NEW.submission_id${than && ` AND hlc ${than} NEW.created_hlc`})`;

/** A candidate's columns in the rows of their submissions, after the candidate changed. */
const candidateChanged = `
  UPDATE submission_progress SET name = NEW.name, source = NEW.source, salary_amount = NEW.salary_amount, salary_currency = NEW.salary_currency,
    live = NEW.deleted_at IS NULL AND (SELECT deleted_at FROM submissions WHERE id = submission_id) IS NULL
  WHERE submission_id IN (SELECT id FROM submissions WHERE candidate_id = NEW.id);`;

/** Every submission's row worked out from its history, as the table's columns in order (`shortlist check` compares them). */
export const progressFromHistory = `SELECT s.id, ${whose}, ${milestones('s.id')}
  FROM submissions s JOIN candidates c ON c.id = s.candidate_id
  JOIN stage_changes latest ON latest.id = (SELECT id ${moves('s.id')} ORDER BY created_hlc DESC LIMIT 1)
  LEFT JOIN stage_changes offer ON offer.id = (SELECT id ${moves('s.id', " AND stage = 'offer'")} ORDER BY created_hlc LIMIT 1)`;

/** The table's columns, in the order `progressFromHistory` gives them. */
export const progressColumns = columns;

/**
 * Where each submission stands and the milestones of its road, kept by triggers as its moves (and
 * the submission, and its candidate) are written, so a report counts a period's submissions in one
 * table instead of re-reading every move, and every submission's candidate, after each commit.
 * The triggers sit on the tables themselves, so every way a row is written (a form, a bulk action,
 * a merge of an export, a sync, an undo, a trash and its restore, an erasure) keeps it right, and a
 * restored backup brings its own. Derived, local: never synced, never exported; merged laptops
 * derive the same rows from the same history.
 * Written to run again on a database whose version was set back (as the upgrade tests do).
 */
export const submissionProgress: Migration = {
  version: 26,
  name: 'where each submission stands and the milestones of its road, kept by triggers',
  up(db) {
    db.exec(`
      DROP TABLE IF EXISTS submission_progress;
      CREATE TABLE submission_progress (
        submission_id TEXT PRIMARY KEY,
        job_id TEXT NOT NULL,
        candidate_id TEXT NOT NULL,
        -- The submission and its candidate both out of the trash.
        live INTEGER NOT NULL,
        name TEXT NOT NULL,
        source TEXT,
        salary_amount REAL,
        salary_currency TEXT,
        change_id TEXT NOT NULL,
        stage TEXT NOT NULL,
        reason TEXT,
        at TEXT NOT NULL,
        hlc TEXT NOT NULL,
        before_at TEXT,
        submitted_at TEXT,
        furthest INTEGER,
        offer_at TEXT,
        offer_answered_at TEXT,
        placed_at TEXT
      ) STRICT, WITHOUT ROWID;
      -- Only what changes seldom is indexed: every index is kept up at each move of a merge.
      CREATE INDEX submission_progress_by_submitted ON submission_progress (submitted_at) WHERE submitted_at IS NOT NULL;
      CREATE INDEX submission_progress_placed ON submission_progress (submission_id) WHERE stage = 'placed';
      CREATE INDEX submission_progress_by_job ON submission_progress (job_id);

      DROP TRIGGER IF EXISTS stage_changes_progress_insert;
      DROP TRIGGER IF EXISTS stage_changes_progress_update;
      DROP TRIGGER IF EXISTS stage_changes_progress_delete;
      DROP TRIGGER IF EXISTS submissions_progress_insert;
      DROP TRIGGER IF EXISTS submissions_progress_update;
      DROP TRIGGER IF EXISTS submissions_progress_delete;
      DROP TRIGGER IF EXISTS candidates_progress_update;
      DROP TRIGGER IF EXISTS stage_changes_progress_first;
      DROP TRIGGER IF EXISTS stage_changes_progress_late;
      CREATE TRIGGER stage_changes_progress_first AFTER INSERT ON stage_changes WHEN NEW.deleted_at IS NULL AND NOT ${row()}
        BEGIN ${firstMove} END;
      CREATE TRIGGER stage_changes_progress_insert AFTER INSERT ON stage_changes WHEN NEW.deleted_at IS NULL AND ${row('<')}
        BEGIN ${movedOn} END;
      -- A move merged in after a later one (a colleague's, made earlier): worked out again.
      CREATE TRIGGER stage_changes_progress_late AFTER INSERT ON stage_changes WHEN NEW.deleted_at IS NULL AND ${row('>')}
        BEGIN ${recompute('NEW.submission_id')} END;
      CREATE TRIGGER stage_changes_progress_update AFTER UPDATE ON stage_changes BEGIN
        ${recompute('OLD.submission_id')}
        ${recompute('NEW.submission_id')}
      END;
      CREATE TRIGGER stage_changes_progress_delete AFTER DELETE ON stage_changes BEGIN ${recompute('OLD.submission_id')} END;
      -- A submission arrives before its moves, but for a merge that brought them first.
      CREATE TRIGGER submissions_progress_insert AFTER INSERT ON submissions
        WHEN EXISTS (SELECT 1 FROM stage_changes WHERE submission_id = NEW.id AND deleted_at IS NULL) BEGIN ${recompute('NEW.id')} END;
      CREATE TRIGGER submissions_progress_update AFTER UPDATE OF job_id, candidate_id, deleted_at ON submissions BEGIN ${recompute('NEW.id')} END;
      CREATE TRIGGER submissions_progress_delete AFTER DELETE ON submissions BEGIN
        DELETE FROM submission_progress WHERE submission_id = OLD.id;
      END;
      CREATE TRIGGER candidates_progress_update AFTER UPDATE OF name, source, salary_amount, salary_currency, deleted_at ON candidates BEGIN ${candidateChanged} END;

      INSERT INTO submission_progress (${columns}) ${progressFromHistory};
    `);
  },
};
