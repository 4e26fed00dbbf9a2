import { stamps } from './stamps';
import type { Migration } from './types';

export const candidatesAndSubmissions: Migration = {
  version: 3,
  name: 'candidates, their files, submissions with stage history, interviews, feedback',
  changesExports: true,
  up(db) {
    db.exec(`
      -- emails, phones, skills, links: JSON arrays. screen_*: the recruiter's screening answers.
      CREATE TABLE candidates (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        emails TEXT NOT NULL,
        phones TEXT NOT NULL,
        location TEXT,
        current_title TEXT,
        current_employer TEXT,
        skills TEXT NOT NULL,
        source TEXT,
        salary_amount REAL,
        salary_currency TEXT,
        availability TEXT,
        work_authorisation TEXT,
        links TEXT NOT NULL,
        owner TEXT,
        consent_basis TEXT,
        consent_on TEXT,
        consent_source TEXT,
        screen_why_looking TEXT,
        screen_career_progression TEXT,
        screen_certifications TEXT,
        screen_commute TEXT,
        screen_salary TEXT,${stamps}
      ) STRICT;
      CREATE INDEX candidates_live_by_name ON candidates (name_key, id) WHERE deleted_at IS NULL;
      CREATE INDEX candidates_live_by_updated ON candidates (updated_at, id) WHERE deleted_at IS NULL;

      -- Derived from candidates on every write, never synced: normalised email, phone and
      -- name+employer, to catch the same person entered twice; and each skill, to filter by it.
      CREATE TABLE candidate_keys (
        key TEXT NOT NULL,
        candidate_id TEXT NOT NULL REFERENCES candidates (id),
        PRIMARY KEY (key, candidate_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX candidate_keys_by_candidate ON candidate_keys (candidate_id);

      -- Copies of attached files live in files/ beside the database; text is what search reads.
      CREATE TABLE files (
        id TEXT PRIMARY KEY,
        candidate_id TEXT NOT NULL REFERENCES candidates (id),
        name TEXT NOT NULL,
        mime_type TEXT NOT NULL,
        size INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        stored_as TEXT NOT NULL,
        text TEXT,${stamps}
      ) STRICT;
      CREATE INDEX files_by_candidate ON files (candidate_id, created_hlc);

      -- One candidate presented for one job; its stage is the latest of its stage_changes.
      CREATE TABLE submissions (
        id TEXT PRIMARY KEY,
        candidate_id TEXT NOT NULL REFERENCES candidates (id),
        job_id TEXT NOT NULL REFERENCES jobs (id),
        placement_start_on TEXT,
        placement_salary REAL,
        placement_currency TEXT,
        placement_fee REAL,
        placement_fee_currency TEXT,
        guarantee_ends_on TEXT,${stamps}
      ) STRICT;
      CREATE INDEX submissions_by_job ON submissions (job_id, candidate_id);
      CREATE INDEX submissions_by_candidate ON submissions (candidate_id);

      -- Append-only: every move of a submission, with why when it went backwards or closed.
      CREATE TABLE stage_changes (
        id TEXT PRIMARY KEY,
        submission_id TEXT NOT NULL REFERENCES submissions (id),
        stage TEXT NOT NULL,
        step TEXT,
        reason TEXT,${stamps}
      ) STRICT;
      CREATE INDEX stage_changes_by_submission ON stage_changes (submission_id, created_hlc);

      -- starts_at is an instant (UTC); time_zone is where the recruiter scheduled it.
      CREATE TABLE interviews (
        id TEXT PRIMARY KEY,
        submission_id TEXT NOT NULL REFERENCES submissions (id),
        starts_at TEXT NOT NULL,
        time_zone TEXT NOT NULL,
        duration_minutes INTEGER NOT NULL,
        step TEXT,
        interviewer_ids TEXT NOT NULL,
        format TEXT NOT NULL CHECK (format IN ('phone', 'video', 'onsite')),
        place TEXT,
        cancelled INTEGER NOT NULL DEFAULT 0,${stamps}
      ) STRICT;
      CREATE INDEX interviews_by_submission ON interviews (submission_id, starts_at);
      CREATE INDEX interviews_by_start ON interviews (starts_at) WHERE deleted_at IS NULL;

      -- Append-only: what the client said, and when.
      CREATE TABLE feedback (
        id TEXT PRIMARY KEY,
        submission_id TEXT NOT NULL REFERENCES submissions (id),
        contact_id TEXT REFERENCES contacts (id),
        received_on TEXT NOT NULL,
        sentiment TEXT NOT NULL CHECK (sentiment IN ('positive', 'mixed', 'negative')),
        concerns TEXT NOT NULL,
        text TEXT,${stamps}
      ) STRICT;
      CREATE INDEX feedback_by_submission ON feedback (submission_id, created_hlc);

      -- A prep note readies the candidate for their next interview; other notes are plain.
      ALTER TABLE notes ADD COLUMN kind TEXT NOT NULL DEFAULT 'note';
    `);
  },
};
