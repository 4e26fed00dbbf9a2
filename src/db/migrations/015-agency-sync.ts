import type { Migration } from './types';

/**
 * Live sync through the agency's PostgreSQL (src/sync). What this laptop keeps of it: the rows
 * changed here since they last went up, where its pulls stand, and how the last sync went. The
 * triggers that fill the outbox are made when the laptop first joins a server (src/sync/outbox.ts),
 * so a laptop that shares by files only pays nothing for them.
 */
export const agencySync: Migration = {
  version: 15,
  name: 'agency sync: outbox of rows to push, pull position and status',
  up(db) {
    db.exec(`
      -- Rows (of a synced table) written here since they were last pushed. A row is pushed whole,
      -- with its change log, so one entry per row however often it changed.
      CREATE TABLE sync_outbox (
        entity TEXT NOT NULL,
        row_id TEXT NOT NULL,
        PRIMARY KEY (entity, row_id)
      ) STRICT, WITHOUT ROWID;

      -- One row while a pull merges: what it writes for other laptops is not queued to go back up.
      CREATE TABLE sync_pulling (one INTEGER PRIMARY KEY CHECK (one = 1)) STRICT;

      -- This laptop's agency server (never its password: that is in the system's keychain), where
      -- its pulls stand on it (hub_id tells a new server from the same one), and how syncing went.
      CREATE TABLE sync_state (
        one INTEGER PRIMARY KEY CHECK (one = 1),
        address TEXT,
        user TEXT,
        paused INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1)),
        hub_id TEXT,
        pulled_through INTEGER NOT NULL DEFAULT 0,
        synced_at TEXT,
        tried_at TEXT,
        offline INTEGER NOT NULL DEFAULT 0 CHECK (offline IN (0, 1)),
        problem TEXT
      ) STRICT;
      INSERT INTO sync_state (one) VALUES (1);
    `);
  },
};
