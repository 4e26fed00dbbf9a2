import type { Migration } from './types';

const indexedTables = [
  ['candidates', 'candidate'],
  ['clients', 'client'],
  ['contacts', 'contact'],
  ['jobs', 'job'],
  ['notes', 'note'],
  ['files', 'file'],
] as const;

/**
 * The search index is written by the core at the end of each write (src/search/searchIndex.ts)
 * instead of by migration 4's triggers. FTS5 writes its pending words to disk at every savepoint,
 * and a trigger runs inside its statement's savepoint: each record saved became a segment of its
 * own to merge later, about 80 µs a record, most of the cost of a CSV import or a colleague's
 * export. The triggers now only queue what changed; the index entries are written in one
 * statement per kind. A client's contacts and jobs are queued with it: they are found by its name.
 */
export const searchQueue: Migration = {
  version: 7,
  name: 'search index written after each write from a queue of changed records',
  up(db) {
    const queue = (kind: string, id: string) =>
      `INSERT OR IGNORE INTO search_queue (kind, record_id) VALUES ('${kind}', ${id});`;
    db.exec(`
      -- Local, never exported: records whose search entry is out of date until the next write ends.
      CREATE TABLE search_queue (
        kind TEXT NOT NULL,
        record_id TEXT NOT NULL,
        PRIMARY KEY (kind, record_id)
      ) STRICT, WITHOUT ROWID;
      ${indexedTables
        .map(
          ([table, kind]) => `
      DROP TRIGGER ${table}_search_insert;
      DROP TRIGGER ${table}_search_update;
      CREATE TRIGGER ${table}_search_insert AFTER INSERT ON ${table} BEGIN ${queue(kind, 'NEW.id')} END;
      CREATE TRIGGER ${table}_search_update AFTER UPDATE ON ${table} BEGIN ${queue(kind, 'NEW.id')} END;
      CREATE TRIGGER ${table}_search_delete AFTER DELETE ON ${table} BEGIN ${queue(kind, 'OLD.id')} END;`,
        )
        .join('\n')}
      CREATE TRIGGER clients_search_rename AFTER UPDATE OF name ON clients BEGIN
        INSERT OR IGNORE INTO search_queue (kind, record_id) SELECT 'contact', id FROM contacts WHERE client_id = NEW.id;
        INSERT OR IGNORE INTO search_queue (kind, record_id) SELECT 'job', id FROM jobs WHERE client_id = NEW.id;
      END;
      -- Migration 4 missed renames: every contact and job is indexed again under its client's name of now.
      INSERT INTO search_queue (kind, record_id) SELECT 'contact', id FROM contacts;
      INSERT INTO search_queue (kind, record_id) SELECT 'job', id FROM jobs;
    `);
  },
};
