import type { Migration } from './types';

interface Indexed {
  table: string;
  kind: string;
  /** SQL over NEW: the words that name the record (weighted higher in ranking). */
  title: string;
  /** SQL over NEW: every other word worth finding it by. */
  body: string;
  /** SQL over NEW: whether the record belongs in the index at all. */
  when?: string;
}

const indexed: Indexed[] = [
  {
    table: 'candidates',
    kind: 'candidate',
    title: 'NEW.name',
    body: `concat_ws(' ', NEW.current_title, NEW.current_employer, NEW.location,
      (SELECT group_concat(value, ' ') FROM json_each(NEW.skills)),
      NEW.screen_why_looking, NEW.screen_career_progression, NEW.screen_certifications,
      NEW.screen_commute, NEW.screen_salary)`,
  },
  { table: 'clients', kind: 'client', title: 'NEW.name', body: "concat_ws(' ', NEW.industry, NEW.location, NEW.relationship)" },
  {
    table: 'contacts',
    kind: 'contact',
    title: 'NEW.name',
    body: `concat_ws(' ', NEW.job_title, NEW.email, NEW.cares_about,
      (SELECT name FROM clients WHERE id = NEW.client_id))`,
  },
  {
    table: 'jobs',
    kind: 'job',
    title: 'NEW.title',
    body: "concat_ws(' ', NEW.location, NEW.owner, (SELECT name FROM clients WHERE id = NEW.client_id))",
  },
  { table: 'notes', kind: 'note', title: "''", body: 'NEW.body' },
  { table: 'files', kind: 'file', title: 'NEW.name', body: 'NEW.text', when: 'NEW.text IS NOT NULL' },
];

/**
 * Triggers keep the index right however a row changes (a form, an import, a merge): a live row
 * is (re)indexed, a row in the trash is not. search_keys gives each record a stable integer
 * rowid in the index, so a change touches one entry instead of scanning them all.
 */
function triggers({ table, kind, title, body, when = '1' }: Indexed): string {
  const key = `(SELECT id FROM search_keys WHERE kind = '${kind}' AND record_id = NEW.id)`;
  const reindex = `
      INSERT OR IGNORE INTO search_keys (kind, record_id) VALUES ('${kind}', NEW.id);
      DELETE FROM search_index WHERE rowid = ${key};
      INSERT INTO search_index (rowid, kind, record_id, title, body)
        SELECT ${key}, '${kind}', NEW.id, ${title}, coalesce(${body}, '')
        WHERE NEW.deleted_at IS NULL AND (${when});`;
  return `
    CREATE TRIGGER ${table}_search_insert AFTER INSERT ON ${table} BEGIN ${reindex} END;
    CREATE TRIGGER ${table}_search_update AFTER UPDATE ON ${table} BEGIN ${reindex} END;`;
}

export const search: Migration = {
  version: 4,
  name: 'full-text search over candidates, clients, contacts, jobs, notes and resumes',
  up(db) {
    db.exec(`
      CREATE TABLE search_keys (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        record_id TEXT NOT NULL,
        UNIQUE (kind, record_id)
      ) STRICT;
      -- remove_diacritics 2: "jose" finds "José"; prefix indexes keep search-as-you-type fast.
      CREATE VIRTUAL TABLE search_index USING fts5(
        kind UNINDEXED, record_id UNINDEXED, title, body,
        tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
      );
      ${indexed.map(triggers).join('\n')}
    `);
    // Index what is already there by touching nothing but the triggers' view of each row.
    for (const { table } of indexed) db.exec(`UPDATE ${table} SET id = id`);
  },
};
