import { stamps } from './stamps';
import type { Migration } from './types';

export const foundation: Migration = {
  version: 1,
  name: 'foundation: settings, change log, clients, contacts, notes',
  changesExports: true,
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      -- Every change of a field after its row was made, stamped with a hybrid logical clock: with
      -- each row's created_hlc, the basis of per-field merge.
      CREATE TABLE changes (
        entity TEXT NOT NULL,
        row_id TEXT NOT NULL,
        field TEXT NOT NULL,
        hlc TEXT NOT NULL,
        value TEXT,
        device_id TEXT NOT NULL,
        PRIMARY KEY (entity, row_id, field, hlc)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE clients (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        industry TEXT,
        website TEXT,
        location TEXT,
        status TEXT NOT NULL CHECK (status IN ('prospect', 'active', 'dormant')),
        fee_type TEXT CHECK (fee_type IN ('percentage', 'flat')),
        fee_percent REAL,
        fee_amount REAL,
        fee_currency TEXT,
        guarantee_days INTEGER,
        relationship TEXT,${stamps}
      ) STRICT;
      CREATE INDEX clients_live_by_name ON clients (name_key, id) WHERE deleted_at IS NULL;
      CREATE INDEX clients_live_by_updated ON clients (updated_at, id) WHERE deleted_at IS NULL;

      CREATE TABLE contacts (
        id TEXT PRIMARY KEY,
        client_id TEXT NOT NULL REFERENCES clients (id),
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('hiring_manager', 'hr', 'talent_acquisition', 'executive', 'other')),
        job_title TEXT,
        email TEXT,
        phone TEXT,
        cares_about TEXT,
        last_contacted_on TEXT,${stamps}
      ) STRICT;
      CREATE INDEX contacts_by_client ON contacts (client_id, name);

      -- Append-only: a note is never edited. subject_type names the table of subject_id.
      CREATE TABLE notes (
        id TEXT PRIMARY KEY,
        subject_type TEXT NOT NULL,
        subject_id TEXT NOT NULL,
        body TEXT NOT NULL,${stamps}
      ) STRICT;
      CREATE INDEX notes_by_subject ON notes (subject_type, subject_id, created_hlc);
    `);
  },
};
