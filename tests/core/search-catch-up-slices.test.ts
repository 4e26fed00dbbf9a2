import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../src/db/core';
import { catchUpSearchIndex, indexed } from '../../src/search/searchIndex';
import { freshApp, tempDir } from './helpers';

const DAY = 24 * 60 * 60 * 1000;

/**
 * Every kind of record indexed, then queued again with changes the index has not seen: a
 * candidate and a client renamed, a resume's text gone, new candidates, each kind whole queued.
 * Returns the database file, copied as it stands, queue and all.
 */
async function queuedWorld(): Promise<string> {
  const app = await freshApp();
  const client = app.call('clients.create', { name: 'Northwind Logistics', industry: 'Freight' });
  const other = app.call('clients.create', { name: 'Initech', industry: 'Software' });
  const manager = app.call('contacts.create', { clientId: client.id, name: 'Max Manager', role: 'hiring_manager' });
  app.call('contacts.create', { clientId: other.id, name: 'Nina Lead', role: 'hr' });
  const job = app.call('jobs.create', { clientId: client.id, title: 'Warehouse Lead', hiringManagerId: manager.id });
  app.call('intake.save', { jobId: job.id, mustHave: ['Forklift licence'], dealBreakers: 'No weekend availability' });
  const people = ['Ada Lovelace', 'Grace Hopper', 'Alan Turing', 'Edsger Dijkstra', 'Barbara Liskov'].map((name, i) =>
    app.call('candidates.create', { name, allowDuplicate: true, currentTitle: i % 2 ? 'Engineer' : 'Analyst', skills: ['Go', `Skill ${i}`] }),
  );
  const resume = (candidateId: string, text: string) =>
    app.call('files.attach', { candidateId, name: 'cv.txt', mimeType: 'text/plain', dataBase64: Buffer.from(text).toString('base64') });
  const [adasResume] = [resume(people[0]!.id, 'Staff engineer at Initech'), resume(people[1]!.id, 'Compilers and the navy')];
  const submission = app.call('submissions.create', { candidateId: people[0]!.id, jobId: job.id, stage: 'submitted' });
  app.clock.advance(DAY);
  app.call('feedback.add', { submissionId: submission.id, contactId: manager.id, sentiment: 'mixed', concerns: ['Commute'], text: 'Strong, far away' });
  app.call('notes.add', { about: { kind: 'client', id: client.id }, body: 'Signed our terms' });
  app.call('notes.add', { about: { kind: 'candidate', id: people[2]!.id }, body: 'Prefers remote' });
  await app.core.background.settled();

  // Behind the index's back: the triggers queue what changes, nothing catches it up.
  const db = app.core.db;
  db.prepare('UPDATE candidates SET name = ? WHERE id = ?').run('Ada Byron', people[0]!.id);
  db.prepare('UPDATE clients SET name = ? WHERE id = ?').run('Northwind Freight', client.id);
  db.prepare('UPDATE files SET text = NULL WHERE id = ?').run(adasResume.id);
  for (const { kind, table } of indexed) db.exec(`INSERT OR IGNORE INTO search_queue (kind, record_id) SELECT '${kind}', id FROM ${table}`);
  for (const name of ['Margaret Hamilton', 'Katherine Johnson', 'Frances Allen', 'Radia Perlman']) {
    app.clock.advance(60_000);
    db.prepare(
      `INSERT INTO candidates (id, name, name_key, emails, phones, skills, links, created_hlc, created_at, created_by, updated_at, updated_by)
       VALUES (?, ?, lower(?), '[]', '[]', '["Go"]', '[]', 'h', 'now', 'd', 'now', 'd')`,
    ).run(app.core.newId(), name, name);
  }
  const file = path.join(tempDir(), 'queued.db');
  db.exec(`VACUUM INTO '${file}'`);
  return file;
}

/** What the index holds after `catchUp` on a copy of `file`, in one transaction. */
function indexedAfter(file: string, catchUp: (core: Core) => void) {
  const copy = path.join(tempDir(), 'copy.db');
  const source = new Database(file, { readonly: true });
  source.exec(`VACUUM INTO '${copy}'`);
  source.close();
  const db = new Database(copy);
  try {
    db.transaction(() => catchUp({ db } as Core)).immediate();
    const all = (sql: string) => db.prepare(sql).raw().all();
    return {
      queued: all('SELECT * FROM search_queue'),
      entries: all('SELECT rowid, kind, record_id, title, body FROM search_index ORDER BY rowid'),
      keys: all('SELECT * FROM search_keys ORDER BY id'),
      words: all('SELECT word, uses FROM name_words ORDER BY word'),
      resumes: all('SELECT * FROM resume_search_keys ORDER BY file_key'),
    };
  } finally {
    db.close();
  }
}

describe('the search index caught up in slices', () => {
  it('ends as it does caught up at once, whatever the slice, across every kind of record', async () => {
    const file = await queuedWorld();
    const atOnce = indexedAfter(file, (core) => catchUpSearchIndex(core));
    expect(atOnce.queued).toEqual([]);
    expect(atOnce.entries.map((entry) => (entry as unknown[])[3])).toEqual(expect.arrayContaining(['Ada Byron', 'Northwind Freight', 'Radia Perlman']));
    expect(atOnce.resumes).toHaveLength(1);
    for (const records of [1, 2, 3, 5, 7, 11, 17]) {
      const inSlices = indexedAfter(file, (core) => {
        while (catchUpSearchIndex(core, records));
      });
      expect(inSlices, `slices of ${records}`).toEqual(atOnce);
    }
  });
});
