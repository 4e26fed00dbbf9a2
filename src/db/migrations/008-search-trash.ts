import type { Migration } from './types';

const queue = (kind: string) => `INSERT OR IGNORE INTO search_queue (kind, record_id) SELECT '${kind}', id`;

/**
 * What belongs to a record in the trash leaves the search index with it, and comes back when it
 * is restored: a trashed client's contacts, jobs and notes, a trashed candidate's resumes and notes,
 * the notes on a trashed job, contact or submission. Search used to skip them one by one as it
 * read them, so a trashed client with years of notes slowed every search its words matched.
 * Trashing or restoring a record, or moving a submission, queues what belongs to it; the catch-up
 * decides what is shown.
 */
export const searchTrash: Migration = {
  version: 8,
  name: 'search index leaves out what belongs to a record in the trash',
  up(db) {
    const onChange = (table: string, body: string) => `
      CREATE TRIGGER ${table}_search_trash AFTER UPDATE OF deleted_at ON ${table}
      WHEN OLD.deleted_at IS NOT NEW.deleted_at BEGIN ${body} END;`;
    const notesOn = (type: string, ids: string) => `${queue('note')} FROM notes WHERE subject_type = '${type}' AND subject_id IN (${ids});`;
    db.exec(`
      ${onChange(
        'clients',
        `${queue('contact')} FROM contacts WHERE client_id = NEW.id;
        ${queue('job')} FROM jobs WHERE client_id = NEW.id;
        ${notesOn('client', 'NEW.id')}
        ${notesOn('contact', 'SELECT id FROM contacts WHERE client_id = NEW.id')}
        ${notesOn('job', 'SELECT id FROM jobs WHERE client_id = NEW.id')}`,
      )}
      ${onChange('contacts', notesOn('contact', 'NEW.id'))}
      ${onChange('jobs', `${notesOn('job', 'NEW.id')} ${notesOn('submission', 'SELECT id FROM submissions WHERE job_id = NEW.id')}`)}
      ${onChange(
        'candidates',
        `${queue('file')} FROM files WHERE candidate_id = NEW.id;
        ${notesOn('candidate', 'NEW.id')}
        ${notesOn('submission', 'SELECT id FROM submissions WHERE candidate_id = NEW.id')}`,
      )}
      ${onChange('submissions', notesOn('submission', 'NEW.id'))}
      -- A submission moved to another candidate (two merged into one) takes its notes along.
      CREATE TRIGGER submissions_search_move AFTER UPDATE OF candidate_id, job_id ON submissions BEGIN
        ${notesOn('submission', 'NEW.id')}
      END;

      -- What already belongs to something in the trash is indexed again, and so left out.
      ${queue('contact')} FROM contacts WHERE client_id IN (SELECT id FROM clients WHERE deleted_at IS NOT NULL);
      ${queue('job')} FROM jobs WHERE client_id IN (SELECT id FROM clients WHERE deleted_at IS NOT NULL);
      ${queue('file')} FROM files WHERE candidate_id IN (SELECT id FROM candidates WHERE deleted_at IS NOT NULL);
      ${notesOn('client', 'SELECT id FROM clients WHERE deleted_at IS NOT NULL')}
      ${notesOn('contact', 'SELECT id FROM contacts WHERE deleted_at IS NOT NULL OR client_id IN (SELECT id FROM clients WHERE deleted_at IS NOT NULL)')}
      ${notesOn('job', 'SELECT id FROM jobs WHERE deleted_at IS NOT NULL OR client_id IN (SELECT id FROM clients WHERE deleted_at IS NOT NULL)')}
      ${notesOn('candidate', 'SELECT id FROM candidates WHERE deleted_at IS NOT NULL')}
      ${notesOn(
        'submission',
        `SELECT s.id FROM submissions s JOIN candidates c ON c.id = s.candidate_id JOIN jobs j ON j.id = s.job_id
         WHERE s.deleted_at IS NOT NULL OR c.deleted_at IS NOT NULL OR j.deleted_at IS NOT NULL`,
      )}
    `);
  },
};
