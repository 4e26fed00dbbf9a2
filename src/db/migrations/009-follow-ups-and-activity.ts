import { stamps } from './stamps';
import type { Migration } from './types';

/**
 * Notes become the record of contact: a note has a kind (note, prep, call, email, meeting,
 * message), and is edited by its author with every earlier text kept. A call, email, meeting or
 * message with a candidate updates when they were last contacted, as it already does a
 * contact's. A repeating reminder that was missed rolls forward, counting what it skipped.
 */
export const followUpsAndActivity: Migration = {
  version: 9,
  name: 'note kinds and revisions, when a candidate was last contacted, missed repeats counted',
  changesExports: true,
  up(db) {
    db.exec(`
      -- Append-only: each row is the text a note had until it was edited (the edit's stamps say
      -- when and on which device). The note's own row holds its text of now, which search reads.
      -- subject_type and subject_id are the note's, so an erasure finds them as it finds notes.
      CREATE TABLE note_revisions (
        id TEXT PRIMARY KEY,
        note_id TEXT NOT NULL REFERENCES notes (id),
        subject_type TEXT NOT NULL,
        subject_id TEXT NOT NULL,
        body TEXT NOT NULL,
        kind TEXT NOT NULL,${stamps}
      ) STRICT;
      CREATE INDEX note_revisions_by_note ON note_revisions (note_id, created_hlc);
      CREATE INDEX notes_by_kind ON notes (subject_type, subject_id, kind) WHERE deleted_at IS NULL;

      -- The recruiter's own date, as contacts.last_contacted_on is.
      ALTER TABLE candidates ADD COLUMN last_contacted_on TEXT;

      -- How many occurrences of a repeating reminder went by undone before the one it shows.
      ALTER TABLE reminders ADD COLUMN missed INTEGER NOT NULL DEFAULT 0;
    `);
  },
};
