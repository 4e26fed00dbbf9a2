import type { Migration } from './types';
import { stamps } from './stamps';

export const jobsAndIntake: Migration = {
  version: 2,
  name: 'jobs, their status history, and intake revisions',
  changesExports: true,
  up(db) {
    db.exec(`
      CREATE TABLE jobs (
        id TEXT PRIMARY KEY,
        client_id TEXT NOT NULL REFERENCES clients (id),
        title TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('open', 'on_hold', 'filled', 'cancelled')),
        openings INTEGER NOT NULL,
        location TEXT,
        remote_policy TEXT CHECK (remote_policy IN ('onsite', 'hybrid', 'remote')),
        employment_type TEXT NOT NULL CHECK (employment_type IN ('permanent', 'contract', 'contract_to_hire')),
        salary_min REAL,
        salary_max REAL,
        salary_currency TEXT,
        fee_type TEXT CHECK (fee_type IN ('percentage', 'flat')),
        fee_percent REAL,
        fee_amount REAL,
        fee_currency TEXT,
        priority TEXT NOT NULL CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
        opened_on TEXT NOT NULL,
        target_fill_on TEXT,
        hiring_manager_id TEXT REFERENCES contacts (id),
        hr_contact_id TEXT REFERENCES contacts (id),
        owner TEXT,${stamps}
      ) STRICT;
      -- Jobs with no target date sort after every dated one.
      CREATE INDEX jobs_live_by_target ON jobs (coalesce(target_fill_on, '9999-12-31'), id) WHERE deleted_at IS NULL;
      CREATE INDEX jobs_live_by_opened ON jobs (opened_on, id) WHERE deleted_at IS NULL;
      CREATE INDEX jobs_live_by_updated ON jobs (updated_at, id) WHERE deleted_at IS NULL;
      CREATE INDEX jobs_by_client ON jobs (client_id);

      -- Append-only: when each job changed status.
      CREATE TABLE job_status_changes (
        id TEXT PRIMARY KEY,
        job_id TEXT NOT NULL REFERENCES jobs (id),
        status TEXT NOT NULL,${stamps}
      ) STRICT;
      CREATE INDEX job_status_changes_by_job ON job_status_changes (job_id, created_hlc);

      -- Append-only: every intake meeting and revision of a job, the latest being current.
      -- attendee_ids and sections are JSON, validated by the contract's intake schema.
      CREATE TABLE intakes (
        id TEXT PRIMARY KEY,
        job_id TEXT NOT NULL REFERENCES jobs (id),
        held_on TEXT NOT NULL,
        attendee_ids TEXT NOT NULL,
        sections TEXT NOT NULL,
        reason TEXT,${stamps}
      ) STRICT;
      CREATE INDEX intakes_by_job ON intakes (job_id, created_hlc);
    `);
  },
};
