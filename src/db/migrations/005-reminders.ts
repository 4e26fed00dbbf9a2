import { stamps } from './stamps';
import type { Migration } from './types';

export const reminders: Migration = {
  version: 5,
  name: 'reminders: the follow-ups a recruiter sets and the ones Shortlist proposes',
  changesExports: true,
  up(db) {
    db.exec(`
      -- due_on and due_time are the recruiter's wall clock in time_zone (what they chose);
      -- due_at is the same moment as a UTC instant (the start of due_on when there is no time),
      -- so reminders sort and fall due unambiguously wherever the laptop travels.
      -- A snoozed reminder is open with snoozed_until in the future. status 'resolved' means a
      -- proposed reminder closed itself because its condition cleared.
      -- rule names the rule that proposed it (NULL for the recruiter's own); rule_key is what
      -- the rule proposed it for, so it is proposed once however often rules run.
      -- repeat: JSON, see src/api/reminders.ts.
      CREATE TABLE reminders (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('call', 'email', 'meeting', 'check_in', 'other')),
        subject_type TEXT,
        subject_id TEXT,
        notes TEXT,
        due_on TEXT NOT NULL,
        due_time TEXT,
        time_zone TEXT NOT NULL,
        due_at TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('open', 'done', 'dismissed', 'resolved')),
        snoozed_until TEXT,
        done_at TEXT,
        repeat TEXT,
        rule TEXT,
        rule_key TEXT,${stamps}
      ) STRICT;
      CREATE INDEX reminders_open_by_due ON reminders (coalesce(snoozed_until, due_at), id)
        WHERE status = 'open' AND deleted_at IS NULL;
      CREATE INDEX reminders_by_rule_key ON reminders (rule_key) WHERE rule_key IS NOT NULL;
      CREATE INDEX reminders_by_subject ON reminders (subject_type, subject_id);

      -- This laptop's own record of which reminders it has already shown as a desktop
      -- notification, so a restart never shows one again. Never exported or merged.
      CREATE TABLE reminder_alerts (
        reminder_id TEXT PRIMARY KEY,
        alerted_at TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
