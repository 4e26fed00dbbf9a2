import { stamps } from './stamps';
import type { Migration } from './types';

export const sharing: Migration = {
  version: 6,
  name: 'sharing: erasures, candidate merges and dismissed duplicates that travel with exports, conflicts to review, known devices',
  changesExports: true,
  up(db) {
    db.exec(`
      -- Synced. A record erased at the person's request (GDPR right to be forgotten). id is the
      -- erased record's own id and nothing else about them is kept: it is what stops an export made
      -- before the erasure from ever bringing them back.
      CREATE TABLE erasures (
        id TEXT PRIMARY KEY,
        record_type TEXT NOT NULL CHECK (record_type IN ('candidate')),${stamps}
      ) STRICT;

      -- Synced. A candidate entered twice, merged: id is the dropped candidate's (now in the
      -- trash), kept_id the one everything moved to. No foreign keys: the record outlives an
      -- erasure of either, so that an import can still tell they were one person.
      CREATE TABLE candidate_merges (
        id TEXT PRIMARY KEY,
        kept_id TEXT NOT NULL,${stamps}
      ) STRICT;
      CREATE INDEX candidate_merges_by_kept ON candidate_merges (kept_id);

      -- Synced. Two candidates who look alike but a recruiter said are different people: the
      -- likely duplicates leave the pair out. first_id sorts before second_id, and id is derived
      -- from the pair, so the same pair told apart on two laptops is one row. No foreign keys, as
      -- for candidate_merges. Back in the pair's review list if deleted_at is set.
      CREATE TABLE dismissed_duplicates (
        id TEXT PRIMARY KEY,
        first_id TEXT NOT NULL,
        second_id TEXT NOT NULL CHECK (second_id > first_id),${stamps}
      ) STRICT;
      CREATE INDEX dismissed_duplicates_by_pair ON dismissed_duplicates (first_id, second_id);

      -- This laptop's own review list: the same field changed on two laptops (or a record edited
      -- on one and deleted on the other), as an import found it. field is the first column of its
      -- group; the values are JSON objects of the group's columns; the hlcs say who and when.
      -- current is the side the merge kept. Never exported: resolving writes the record itself,
      -- and that change is what travels.
      CREATE TABLE conflicts (
        id TEXT PRIMARY KEY,
        entity TEXT NOT NULL,
        row_id TEXT NOT NULL,
        field TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('edit', 'edit_vs_delete')),
        local_value TEXT NOT NULL,
        local_hlc TEXT NOT NULL,
        incoming_value TEXT NOT NULL,
        incoming_hlc TEXT NOT NULL,
        current TEXT NOT NULL CHECK (current IN ('local', 'incoming')),
        found_at TEXT NOT NULL,
        resolved_at TEXT,
        kept TEXT CHECK (kept IN ('local', 'incoming')),
        UNIQUE (entity, row_id, field, local_hlc, incoming_hlc)
      ) STRICT;
      CREATE INDEX conflicts_open ON conflicts (found_at) WHERE resolved_at IS NULL;
      CREATE INDEX conflicts_by_row ON conflicts (row_id);

      -- The laptops whose changes this one has seen, named as their exports named them, so a
      -- conflict can say who changed what. Travels with exports; the latest naming wins.
      CREATE TABLE devices (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        person TEXT,
        seen_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
