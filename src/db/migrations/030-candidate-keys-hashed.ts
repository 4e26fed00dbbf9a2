import { lookupKeys } from '../../candidates/duplicates';
import type { Migration } from './types';

/**
 * Candidates' lookup keys as integers (src/candidates/lookupKey.ts): a kind and a hash of the
 * key's text, where the text itself was stored. The keys are derived from the candidates' rows and
 * never exported, so they are all made again from the rows as they stand, in the trash or not,
 * in key order (about 2 s at 100,000 candidates here). Written to run again on a database whose
 * version was set back (as the upgrade test does).
 */
export const candidateKeysHashed: Migration = {
  version: 30,
  name: "candidates' lookup keys as integers",
  up(db) {
    db.exec(`
      DROP TABLE IF EXISTS candidate_keys;
      CREATE TABLE candidate_keys (
        key INTEGER NOT NULL,
        candidate_id TEXT NOT NULL REFERENCES candidates (id),
        PRIMARY KEY (key, candidate_id)
      ) STRICT, WITHOUT ROWID;
    `);
    const rows = db.prepare('SELECT id, name, emails, phones, skills, current_employer FROM candidates').iterate() as IterableIterator<{
      id: string;
      name: string;
      emails: string;
      phones: string;
      skills: string;
      current_employer: string | null;
    }>;
    const keys: [number, string][] = [];
    const list = (json: string) => JSON.parse(json) as string[];
    for (const row of rows) {
      const identity = { name: row.name, emails: list(row.emails), phones: list(row.phones), skills: list(row.skills), currentEmployer: row.current_employer };
      for (const key of lookupKeys(identity)) keys.push([key, row.id]);
    }
    keys.sort(([a, x], [b, y]) => a - b || (x < y ? -1 : x > y ? 1 : 0));
    const insert = db.prepare('INSERT OR IGNORE INTO candidate_keys (key, candidate_id) VALUES (?, ?)');
    for (const [key, id] of keys) insert.run(key, id);
    // Built after the rows: one pass over them in order, rather than an insert at a random place per key.
    db.exec('CREATE INDEX candidate_keys_by_candidate ON candidate_keys (candidate_id)');
  },
};
