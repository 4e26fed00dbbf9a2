import { WordCounts } from '../../search/nameWords';
import type { Migration } from './types';

const queue = (kind: string) => `INSERT OR IGNORE INTO search_queue (kind, record_id) SELECT '${kind}', id`;
const intakesOf = (jobIds: string) => `INSERT OR IGNORE INTO search_queue (kind, record_id) SELECT 'intake', id FROM jobs WHERE id IN (${jobIds});`;
const feedbackOn = (submissionIds: string) => `${queue('feedback')} FROM feedback WHERE submission_id IN (${submissionIds});`;

/**
 * Search finds everything a recruiter typed: a job's intake (one entry per job, the current
 * revision's words, so "union" finds the job whose intake mentions one) and what a client said
 * in feedback. Both are queued like every indexed record (migration 7), and leave the index with
 * what they belong to (migration 8).
 *
 * name_words is the vocabulary of the names in the index, for names typed with one letter wrong
 * (src/search/nameWords.ts); recent_items, the records this laptop opened last, for the quick
 * switcher. Both are this laptop's own, never exported, and lose a record when it is erased.
 */
export const searchEverythingTyped: Migration = {
  version: 16,
  name: 'intake and feedback searchable, name words for typos, recently opened records',
  up(db) {
    db.exec(`
      CREATE TRIGGER intakes_search_insert AFTER INSERT ON intakes BEGIN ${intakesOf('NEW.job_id')} END;
      CREATE TRIGGER intakes_search_update AFTER UPDATE ON intakes BEGIN ${intakesOf('OLD.job_id, NEW.job_id')} END;
      CREATE TRIGGER intakes_search_delete AFTER DELETE ON intakes BEGIN ${intakesOf('OLD.job_id')} END;
      ${['INSERT', 'UPDATE', 'DELETE']
        .map(
          (event) => `
      CREATE TRIGGER feedback_search_${event.toLowerCase()} AFTER ${event} ON feedback BEGIN
        INSERT OR IGNORE INTO search_queue (kind, record_id) VALUES ('feedback', ${event === 'DELETE' ? 'OLD' : 'NEW'}.id);
      END;`,
        )
        .join('')}

      CREATE TRIGGER clients_search_trash_typed AFTER UPDATE OF deleted_at ON clients
      WHEN OLD.deleted_at IS NOT NEW.deleted_at BEGIN
        ${intakesOf('SELECT id FROM jobs WHERE client_id = NEW.id')}
        ${feedbackOn('SELECT s.id FROM submissions s JOIN jobs j ON j.id = s.job_id WHERE j.client_id = NEW.id')}
      END;
      CREATE TRIGGER jobs_search_trash_typed AFTER UPDATE OF deleted_at ON jobs
      WHEN OLD.deleted_at IS NOT NEW.deleted_at BEGIN
        ${intakesOf('NEW.id')}
        ${feedbackOn('SELECT id FROM submissions WHERE job_id = NEW.id')}
      END;
      CREATE TRIGGER candidates_search_trash_typed AFTER UPDATE OF deleted_at ON candidates
      WHEN OLD.deleted_at IS NOT NEW.deleted_at BEGIN
        ${feedbackOn('SELECT id FROM submissions WHERE candidate_id = NEW.id')}
      END;
      CREATE TRIGGER submissions_search_trash_typed AFTER UPDATE OF deleted_at, candidate_id, job_id ON submissions BEGIN
        ${feedbackOn('NEW.id')}
      END;

      -- Local: each word of the names in the search index, with how many entries hold it.
      CREATE TABLE name_words (
        word TEXT PRIMARY KEY,
        uses INTEGER NOT NULL
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX name_words_by_length ON name_words (length(word), word);
      -- A first letter wrong or missing: the rest of the word, whole.
      CREATE INDEX name_words_by_rest ON name_words (length(word), substr(word, 2));

      -- Local: the records opened last on this laptop, the latest with the highest id.
      CREATE TABLE recent_items (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('candidate', 'client', 'contact', 'job')),
        record_id TEXT NOT NULL,
        opened_at TEXT NOT NULL,
        UNIQUE (kind, record_id)
      ) STRICT;
      ${['candidate', 'client', 'contact', 'job']
        .map(
          (kind) => `
      CREATE TRIGGER ${kind}s_recent_erase AFTER DELETE ON ${kind}s BEGIN
        DELETE FROM recent_items WHERE kind = '${kind}' AND record_id = OLD.id;
      END;`,
        )
        .join('')}

      -- What is already there: every intake and piece of feedback, indexed at the next catch-up.
      INSERT OR IGNORE INTO search_queue (kind, record_id) SELECT DISTINCT 'intake', job_id FROM intakes;
      ${queue('feedback')} FROM feedback;
    `);
    const words = new WordCounts();
    for (const title of db.prepare('SELECT title FROM search_index').pluck().iterate() as Iterable<string>) words.add(title, 1);
    words.save(db);
  },
};
