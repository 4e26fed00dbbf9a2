import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { eraseCandidate } from '../../src/sharing/erase';
import { failure, freshApp, type TestApp } from './helpers';
import { count, exportOf, sync, syncedData } from './sharing-helpers';

let clients = 0;

/** A candidate with something of everything hanging off them. */
async function janeWithHistory(app: TestApp, name = 'Jane Doe') {
  const acme = app.call('clients.create', { name: `Acme ${++clients}` });
  const max = app.call('contacts.create', { clientId: acme.id, name: 'Max', role: 'hiring_manager' });
  const job = app.call('jobs.create', { clientId: acme.id, title: 'Engineer' });
  const jane = app.call('candidates.create', { name, emails: [`${name.split(' ')[0]!.toLowerCase()}@example.com`], allowDuplicate: true });
  const submission = app.call('submissions.create', { candidateId: jane.id, jobId: job.id, stage: 'submitted' });
  app.call('feedback.add', { submissionId: submission.id, contactId: max.id, sentiment: 'positive', concerns: [] });
  app.call('interviews.schedule', {
    submissionId: submission.id,
    startsAt: '2026-12-01T10:00:00.000Z',
    timeZone: 'UTC',
    durationMinutes: 60,
    interviewerIds: [max.id],
    format: 'video',
  });
  app.call('notes.add', { about: { kind: 'candidate', id: jane.id }, body: `${name} wants remote work` });
  app.call('notes.add', { about: { kind: 'submission', id: submission.id }, body: 'Prep: systems design' });
  app.call('reminders.create', { title: `Call ${name}`, about: { kind: 'candidate', id: jane.id }, dueOn: '2026-12-02' });
  const file = app.call('files.attach', {
    candidateId: jane.id,
    name: 'cv.txt',
    mimeType: 'text/plain',
    dataBase64: Buffer.from(`${name} — curriculum vitae`).toString('base64'),
  });
  await app.core.background.settled();
  return { jane, job, submission, file };
}

const filesOnDisk = (app: TestApp) => {
  const dir = path.join(path.dirname(app.file), 'files');
  return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
};

describe('likely duplicates', () => {
  it('lists live candidates who share an email, a phone, or a name at one employer, each pair once', async () => {
    const app = await freshApp();
    const a = app.call('candidates.create', { name: 'Jane Doe', emails: ['jane@example.com'], phones: ['+44 7700 900123'] });
    const b = app.call('candidates.create', { name: 'J. Doe', emails: ['jane@example.com'], phones: ['07700 900123'], allowDuplicate: true });
    const c = app.call('candidates.create', { name: 'Bo Chen', currentEmployer: 'Acme' });
    app.call('candidates.create', { name: 'bo  chen', currentEmployer: 'ACME', allowDuplicate: true });
    const gone = app.call('candidates.create', { name: 'Someone', emails: ['jane@example.com'], allowDuplicate: true });
    app.call('candidates.delete', { id: gone.id });
    const pairs = app.call('duplicates.list', {});
    expect(pairs).toHaveLength(2);
    const byIds = new Map(pairs.map((p) => [p.candidates.map((x) => x.id).sort().join(), p.matchedOn.sort()]));
    expect(byIds.get([a.id, b.id].sort().join())).toEqual(['email', 'phone']);
    expect([...byIds.values()]).toContainEqual(['name_and_employer']);
    expect(pairs.flatMap((p) => p.candidates.map((x) => x.id))).toContain(c.id);
  });
});

describe('telling two candidates apart ("not the same person")', () => {
  it('leaves the pair out of the likely duplicates, whichever way round it was told, and only that pair', async () => {
    const app = await freshApp();
    const a = app.call('candidates.create', { name: 'Sam Lee', emails: ['sam@example.com'] });
    const b = app.call('candidates.create', { name: 'Sam Lee', emails: ['sam@example.com'], allowDuplicate: true });
    const c = app.call('candidates.create', { name: 'Samuel Lee', emails: ['sam@example.com'], allowDuplicate: true });
    expect(app.call('duplicates.list', {})).toHaveLength(3);
    app.call('duplicates.dismiss', { ids: [b.id, a.id] });
    app.call('duplicates.dismiss', { ids: [a.id, b.id] });
    const left = app.call('duplicates.list', {}).map((p) => p.candidates.map((x) => x.id).sort().join());
    expect(left.sort()).toEqual([[a.id, c.id].sort().join(), [b.id, c.id].sort().join()].sort());
    expect(count(app, 'SELECT count(*) FROM dismissed_duplicates')).toBe(1);
  });

  it('refuses the same candidate twice, or one that does not exist, and writes nothing', async () => {
    const app = await freshApp();
    const a = app.call('candidates.create', { name: 'Sam Lee' });
    expect(failure(() => app.call('duplicates.dismiss', { ids: [a.id, a.id] })).code).toBe('invalid_input');
    const missing = '01900000-0000-7000-8000-000000000000';
    expect(failure(() => app.call('duplicates.dismiss', { ids: [a.id, missing] }))).toMatchObject({ code: 'not_found', field: 'ids.1' });
    expect(count(app, 'SELECT count(*) FROM dismissed_duplicates')).toBe(0);
  });

  it('travels: a colleague is not asked about the pair again, and an import does not flag it', async () => {
    const ann = await freshApp();
    const bea = await freshApp();
    const a = ann.call('candidates.create', { name: 'Sam Lee', emails: ['sam@example.com'] });
    sync(ann, bea);
    // Bea enters the other Sam Lee, with the same shared inbox; Ann hears of him and tells them apart.
    const b = bea.call('candidates.create', { name: 'Sam Lee', emails: ['sam@example.com'], allowDuplicate: true });
    expect(sync(bea, ann).likelyDuplicates).toHaveLength(1);
    ann.call('duplicates.dismiss', { ids: [a.id, b.id] });
    expect(ann.call('duplicates.list', {})).toEqual([]);
    bea.call('candidates.update', { id: b.id, location: 'Leeds' });
    expect(sync(ann, bea).likelyDuplicates).toEqual([]);
    expect(bea.call('duplicates.list', {})).toEqual([]);
    expect(sync(bea, ann).likelyDuplicates).toEqual([]);
    expect(syncedData(bea)).toEqual(syncedData(ann));
  });
});

describe('merging two candidates', () => {
  it('moves everything to the one kept, fills what it lacked, and sends the other to the trash', async () => {
    const app = await freshApp();
    const kept = app.call('candidates.create', { name: 'Jane Doe', emails: ['jane@work.com'], location: null });
    const { jane: dropped, submission, file } = await janeWithHistory(app, 'Jane D.');
    app.call('candidates.update', { id: dropped.id, location: 'Lyon', salaryExpectation: { amount: 50_000, currency: 'EUR' } });

    const merged = app.call('candidates.merge', { keepId: kept.id, dropId: dropped.id });
    expect(merged).toMatchObject({ name: 'Jane Doe', emails: ['jane@work.com', 'jane@example.com'], location: 'Lyon', salaryExpectation: { amount: 50_000, currency: 'EUR' } });
    const detail = app.call('candidates.get', { id: kept.id });
    expect(detail.submissions.map((s) => s.id)).toEqual([submission.id]);
    expect(detail.files.map((f) => f.id)).toEqual([file.id]);
    expect(app.call('notes.list', { about: { kind: 'candidate', id: kept.id } }).map((n) => n.body)).toEqual(['Jane D. wants remote work']);
    expect(count(app, "SELECT count(*) FROM reminders WHERE subject_type = 'candidate' AND subject_id = ?", kept.id)).toBe(1);
    expect(failure(() => app.call('candidates.get', { id: dropped.id })).code).toBe('not_found');
    expect(app.call('candidates.duplicates', { emails: ['jane@example.com'] }).map((d) => d.id)).toEqual([kept.id]);
  });

  it('refuses to merge a candidate with themself or with one in the trash', async () => {
    const app = await freshApp();
    const a = app.call('candidates.create', { name: 'Jane Doe' });
    const b = app.call('candidates.create', { name: 'Bo Chen' });
    expect(failure(() => app.call('candidates.merge', { keepId: a.id, dropId: a.id }))).toMatchObject({ code: 'invalid_input', field: 'dropId' });
    app.call('candidates.delete', { id: b.id });
    expect(failure(() => app.call('candidates.merge', { keepId: a.id, dropId: b.id }))).toMatchObject({ code: 'not_found', field: 'dropId' });
  });

  it('travels: what a colleague adds to the dropped one before hearing of the merge moves over too', async () => {
    const ann = await freshApp();
    const bea = await freshApp();
    const kept = ann.call('candidates.create', { name: 'Jane Doe', emails: ['jane@example.com'] });
    const dropped = ann.call('candidates.create', { name: 'Jane D.', emails: ['jane@example.com'], allowDuplicate: true });
    sync(ann, bea);
    ann.call('candidates.merge', { keepId: kept.id, dropId: dropped.id });
    bea.call('notes.add', { about: { kind: 'candidate', id: dropped.id }, body: 'Met her at the meetup' });
    sync(bea, ann);
    sync(ann, bea);
    for (const app of [ann, bea]) {
      expect(app.call('notes.list', { about: { kind: 'candidate', id: kept.id } }).map((n) => n.body)).toEqual(['Met her at the meetup']);
      expect(failure(() => app.call('candidates.get', { id: dropped.id })).code).toBe('not_found');
    }
    sync(bea, ann);
    expect(syncedData(bea)).toEqual(syncedData(ann));
  });
});

describe('erasing a candidate (right to be forgotten)', () => {
  it('removes them and everything that hangs off them, on disk and in search, keeping only the fact of the erasure', async () => {
    const app = await freshApp();
    const { jane, submission } = await janeWithHistory(app);
    const other = await janeWithHistory(app, 'Bo Chen');
    expect(app.call('search.query', { query: 'curriculum' }).length).toBe(2);

    const summary = app.call('candidates.erase', { id: jane.id });
    // A submission with two stage changes, an interview and feedback; two notes, a reminder, a file.
    expect(summary).toEqual({ candidates: 1, records: 9, files: 1 });
    await app.core.background.settled();
    for (const [table, where] of [
      ['candidates', 'id = ?'],
      ['submissions', 'candidate_id = ?'],
      ['files', 'candidate_id = ?'],
      ['candidate_keys', 'candidate_id = ?'],
      ['notes', 'subject_id = ?'],
      ['reminders', 'subject_id = ?'],
    ] as const) {
      expect(count(app, `SELECT count(*) FROM ${table} WHERE ${where}`, jane.id), table).toBe(0);
    }
    for (const table of ['stage_changes', 'interviews', 'feedback']) {
      expect(count(app, `SELECT count(*) FROM ${table} WHERE submission_id = ?`, submission.id), table).toBe(0);
    }
    expect(count(app, 'SELECT count(*) FROM notes WHERE subject_id = ?', submission.id)).toBe(0);
    expect(count(app, 'SELECT count(*) FROM changes WHERE row_id IN (?, ?)', jane.id, submission.id)).toBe(0);
    expect(app.call('search.query', { query: 'jane' })).toEqual([]);
    expect(app.call('search.query', { query: 'curriculum' }).map((r) => r.id)).toEqual([other.file.id]);
    expect(count(app, "SELECT count(*) FROM search_index WHERE search_index MATCH 'remote'")).toBe(1);
    expect(filesOnDisk(app)).toHaveLength(1);
    expect(app.core.db.prepare('SELECT id, record_type FROM erasures').all()).toEqual([{ id: jane.id, record_type: 'candidate' }]);
    expect(app.call('candidates.get', { id: other.jane.id }).submissions).toHaveLength(1);
    expect(failure(() => app.call('candidates.erase', { id: jane.id })).code).toBe('not_found');
  });

  it('leaves nothing of them in the database file', async () => {
    const app = await freshApp();
    const { jane } = await janeWithHistory(app, 'Zebedee Quartermaine');
    app.core.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(fs.readFileSync(app.file).includes('Quartermaine')).toBe(true);
    app.call('candidates.erase', { id: jane.id });
    app.core.db.pragma('wal_checkpoint(TRUNCATE)');
    const bytes = fs.readFileSync(app.file);
    for (const trace of ['Quartermaine', 'quartermaine', 'zebedee@example.com', 'curriculum']) expect(bytes.includes(trace), trace).toBe(false);
  });

  it('erases whoever a merge made one person with them', async () => {
    const app = await freshApp();
    const kept = app.call('candidates.create', { name: 'Jane Doe' });
    const dropped = app.call('candidates.create', { name: 'Jane D.' });
    app.call('candidates.merge', { keepId: kept.id, dropId: dropped.id });
    expect(app.call('candidates.erase', { id: kept.id }).candidates).toBe(2);
    expect(count(app, 'SELECT count(*) FROM candidates')).toBe(0);
  });

  it('does not erase a merged-away record since restored from the trash, here or on import', async () => {
    const ann = await freshApp();
    const bea = await freshApp();
    const kept = ann.call('candidates.create', { name: 'Jane Doe', allowDuplicate: true });
    const dropped = ann.call('candidates.create', { name: 'Jane D.', allowDuplicate: true });
    ann.call('candidates.merge', { keepId: kept.id, dropId: dropped.id });
    ann.call('trash.restore', { kind: 'candidate', id: dropped.id });
    sync(ann, bea);
    expect(ann.call('candidates.erase', { id: kept.id }).candidates).toBe(1);
    expect(ann.call('candidates.get', { id: dropped.id }).candidate.name).toBe('Jane D.');
    expect(sync(ann, bea).erased).toBe(1);
    expect(bea.call('candidates.get', { id: dropped.id }).candidate.name).toBe('Jane D.');
    expect(count(bea, 'SELECT count(*) FROM candidates WHERE id = ?', kept.id)).toBe(0);
  });

  it('erases, on import, a record merged into an erased one, even when the merge arrives with the erasure', async () => {
    const ann = await freshApp();
    const bea = await freshApp();
    const kept = ann.call('candidates.create', { name: 'Jane Doe', allowDuplicate: true });
    const dropped = ann.call('candidates.create', { name: 'Jane D.', allowDuplicate: true });
    sync(ann, bea);
    bea.call('candidates.erase', { id: kept.id });
    ann.call('candidates.merge', { keepId: kept.id, dropId: dropped.id });
    expect(sync(ann, bea).erased).toBe(1);
    expect(count(bea, 'SELECT count(*) FROM candidates')).toBe(0);
  });

  it('removes copies only once the erasure is committed: a rolled-back erasure keeps them', async () => {
    const app = await freshApp();
    const { jane } = await janeWithHistory(app);
    expect(() =>
      app.core.db.transaction(() => {
        eraseCandidate(app.core, jane.id);
        throw new Error('rolled back');
      })(),
    ).toThrow('rolled back');
    await app.core.background.settled();
    expect(filesOnDisk(app)).toHaveLength(1);
    expect(count(app, 'SELECT count(*) FROM files WHERE candidate_id = ?', jane.id)).toBe(1);
  });

  it('keeps a copy another candidate uses, even one arriving in the import that carries the erasure', async () => {
    const ann = await freshApp();
    const bea = await freshApp();
    const attach = (candidateId: string) =>
      ann.call('files.attach', { candidateId, name: 'cv.txt', mimeType: 'text/plain', dataBase64: Buffer.from('same cv').toString('base64') });
    const jane = ann.call('candidates.create', { name: 'Jane Doe' });
    attach(jane.id);
    await ann.core.background.settled();
    sync(ann, bea);
    ann.call('candidates.erase', { id: jane.id });
    const bo = ann.call('candidates.create', { name: 'Bo Chen' });
    const boFile = attach(bo.id);
    await ann.core.background.settled();

    sync(ann, bea);
    await bea.core.background.settled();
    expect(count(bea, 'SELECT count(*) FROM files WHERE candidate_id = ?', jane.id)).toBe(0);
    const copy = bea.core.db.prepare('SELECT stored_as FROM files WHERE id = ?').pluck().get(boFile.id) as string;
    expect(filesOnDisk(bea)).toEqual([copy]);
  });

  it('travels with exports, and no older export brings them back', async () => {
    const ann = await freshApp();
    const bea = await freshApp();
    const { jane } = await janeWithHistory(ann);
    sync(ann, bea);
    const beforeErasure = exportOf(bea);
    ann.call('candidates.erase', { id: jane.id });
    // Bea, not knowing yet, adds a note about Jane.
    bea.call('notes.add', { about: { kind: 'candidate', id: jane.id }, body: 'Jane called again' });

    const intoBea = sync(ann, bea);
    expect(intoBea.erased).toBe(1);
    expect(count(bea, 'SELECT count(*) FROM candidates WHERE id = ?', jane.id)).toBe(0);
    await bea.core.background.settled();
    expect(filesOnDisk(bea)).toEqual([]);
    ann.call('sharing.import', { path: beforeErasure });
    sync(bea, ann);
    for (const app of [ann, bea]) {
      expect(count(app, 'SELECT count(*) FROM candidates WHERE id = ?', jane.id)).toBe(0);
      expect(count(app, "SELECT count(*) FROM notes WHERE body LIKE 'Jane%'")).toBe(0);
      expect(app.call('search.query', { query: 'jane' })).toEqual([]);
    }
    expect(syncedData(bea)).toEqual(syncedData(ann));
  });
});
