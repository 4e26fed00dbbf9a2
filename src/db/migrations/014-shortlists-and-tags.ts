import { stamps } from './stamps';
import type { Migration } from './types';

export const shortlistsAndTags: Migration = {
  version: 14,
  name: 'shortlists and their entries, tags, saved searches, the undo of bulk actions',
  changesExports: true,
  up(db) {
    db.exec(`
      -- Synced. A named list of candidates (or of contacts, for a client campaign).
      CREATE TABLE shortlists (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        subject_type TEXT NOT NULL CHECK (subject_type IN ('candidate', 'contact')),${stamps}
      ) STRICT;
      CREATE INDEX shortlists_live_by_name ON shortlists (name COLLATE NOCASE) WHERE deleted_at IS NULL;

      -- Synced. One person on a shortlist. id is derived from the shortlist and the person, so
      -- the same person added on two laptops is one entry, and removing (deleted_at) and adding
      -- again are one field that merges by its stamps like any other. position orders the list
      -- (a new place between two neighbours is their midpoint); added_at and added_by (a device)
      -- say who put them there, and change together when they are added again.
      CREATE TABLE shortlist_entries (
        id TEXT PRIMARY KEY,
        shortlist_id TEXT NOT NULL REFERENCES shortlists (id),
        subject_type TEXT NOT NULL CHECK (subject_type IN ('candidate', 'contact')),
        subject_id TEXT NOT NULL,
        position REAL NOT NULL,
        note TEXT,
        added_at TEXT NOT NULL,
        added_by TEXT NOT NULL,${stamps}
      ) STRICT;
      CREATE INDEX shortlist_entries_live ON shortlist_entries (shortlist_id, position) WHERE deleted_at IS NULL;
      CREATE INDEX shortlist_entries_by_subject ON shortlist_entries (subject_id);

      -- Synced. One tag on one record; id is derived from the record and name_key (the tag as
      -- compared: case and spacing aside), so the same tag put on one record on two laptops is
      -- one row; untagging is the trash flag. Renaming a tag moves its records to the new name.
      CREATE TABLE tags (
        id TEXT PRIMARY KEY,
        subject_type TEXT NOT NULL CHECK (subject_type IN ('candidate', 'contact', 'client', 'job')),
        subject_id TEXT NOT NULL,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL,${stamps}
      ) STRICT;
      CREATE INDEX tags_live_by_key ON tags (subject_type, name_key, subject_id) WHERE deleted_at IS NULL;
      CREATE INDEX tags_by_subject ON tags (subject_id);

      -- This laptop's own, never exported (a colleague's saved searches would crowd the sidebar):
      -- a list's query and filters saved under a name. filters is the list's filter object as JSON.
      CREATE TABLE saved_searches (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        list TEXT NOT NULL CHECK (list IN ('candidates')),
        query TEXT NOT NULL,
        filters TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      -- This laptop's own: what a bulk action changed, so Undo reverses exactly that. changes is
      -- JSON ({ kind, ids, previous }); the undo writes new changes, which are what travel.
      CREATE TABLE bulk_actions (
        id TEXT PRIMARY KEY,
        summary TEXT NOT NULL,
        changes TEXT NOT NULL,
        created_at TEXT NOT NULL,
        undone_at TEXT
      ) STRICT;

      -- Fielded search (owner:sam, source:referral) finds its candidates by index.
      CREATE INDEX candidates_live_by_owner ON candidates (owner COLLATE NOCASE) WHERE deleted_at IS NULL;
      CREATE INDEX candidates_live_by_source ON candidates (source COLLATE NOCASE) WHERE deleted_at IS NULL;
    `);
  },
};
