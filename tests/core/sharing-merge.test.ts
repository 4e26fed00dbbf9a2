import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { derivedId, insertReminder } from '../../src/reminders/reminders';
import { freshApp } from './helpers';
import { count, exportOf, sync, syncedData } from './sharing-helpers';

/** Two recruiters whose laptops start with the same data: Bea imported Ann's. */
async function twoRecruiters() {
  const ann = await freshApp();
  const bea = await freshApp();
  bea.clock.advance(1000);
  return { ann, bea };
}

const candidate = (name: string, more: object = {}) => ({ name, allowDuplicate: true, ...more });

describe('importing a colleague’s export', () => {
  it('adds what only they have, with its history, and says so', async () => {
    const { ann, bea } = await twoRecruiters();
    const acme = ann.call('clients.create', { name: 'Acme' });
    ann.call('contacts.create', { clientId: acme.id, name: 'Max', role: 'hiring_manager' });
    const job = ann.call('jobs.create', { clientId: acme.id, title: 'Backend engineer' });
    const jane = ann.call('candidates.create', candidate('Jane Doe', { emails: ['jane@example.com'], skills: ['Go'] }));
    ann.call('submissions.create', { candidateId: jane.id, jobId: job.id, stage: 'shortlisted' });
    ann.call('notes.add', { about: { kind: 'candidate', id: jane.id }, body: 'Strong on distributed systems' });

    const summary = sync(ann, bea);
    expect(summary.applied).toBe(true);
    expect(summary.from).toMatchObject({ deviceId: ann.core.deviceId, person: 'Tester' });
    expect(Object.fromEntries(summary.tables.map((t) => [t.table, t.added]))).toMatchObject({
      clients: 1,
      contacts: 1,
      jobs: 1,
      job_status_changes: 1,
      candidates: 1,
      submissions: 1,
      stage_changes: 1,
      notes: 1,
    });
    expect(summary.conflicts).toEqual([]);
    expect(bea.call('candidates.get', { id: jane.id }).candidate.name).toBe('Jane Doe');
    expect(syncedData(bea)).toEqual(syncedData(ann));
  });

  it('keeps both of two edits to different fields of one record', async () => {
    const { ann, bea } = await twoRecruiters();
    const jane = ann.call('candidates.create', candidate('Jane Doe'));
    sync(ann, bea);
    ann.call('candidates.update', { id: jane.id, location: 'Lyon' });
    bea.call('candidates.update', { id: jane.id, currentTitle: 'Staff engineer' });
    const intoBea = sync(ann, bea);
    sync(bea, ann);
    for (const app of [ann, bea]) {
      expect(app.call('candidates.get', { id: jane.id }).candidate).toMatchObject({ location: 'Lyon', currentTitle: 'Staff engineer' });
    }
    expect(intoBea.conflicts).toEqual([]);
    expect(intoBea.tables).toEqual([{ table: 'candidates', added: 0, updated: 1, deleted: 0 }]);
    expect(syncedData(bea)).toEqual(syncedData(ann));
  });

  it('keeps the later of two edits to one field and lists the other as a conflict, with who and when', async () => {
    const { ann, bea } = await twoRecruiters();
    const jane = ann.call('candidates.create', candidate('Jane Doe'));
    sync(ann, bea);
    ann.call('candidates.update', { id: jane.id, location: 'Lyon' });
    bea.clock.advance(60_000);
    bea.call('candidates.update', { id: jane.id, location: 'Paris' });

    const { conflicts } = sync(bea, ann);
    expect(ann.call('candidates.get', { id: jane.id }).candidate.location).toBe('Paris');
    expect(conflicts).toEqual([
      expect.objectContaining({
        table: 'candidates',
        rowId: jane.id,
        recordName: 'Jane Doe',
        field: 'location',
        fieldLabel: 'Location',
        kind: 'edit',
        local: { value: 'Lyon', device: 'This computer', at: ann.clock.now().toISOString() },
        incoming: { value: 'Paris', device: expect.stringContaining('Tester on'), at: bea.clock.now().toISOString() },
        current: 'incoming',
      }),
    ]);
    expect(ann.call('conflicts.list', {})).toEqual(conflicts);
    // Bea learns Ann's edit was seen and lost: not a second conflict on her side.
    expect(sync(ann, bea).conflicts).toEqual([]);
    expect(syncedData(bea)).toEqual(syncedData(ann));
  });

  it('an edit made after seeing the other is simply later, not a conflict', async () => {
    const { ann, bea } = await twoRecruiters();
    const jane = ann.call('candidates.create', candidate('Jane Doe'));
    ann.call('candidates.update', { id: jane.id, location: 'Lyon' });
    sync(ann, bea);
    bea.call('candidates.update', { id: jane.id, location: 'Paris' });
    expect(sync(bea, ann).conflicts).toEqual([]);
    expect(ann.call('candidates.get', { id: jane.id }).candidate.location).toBe('Paris');
  });

  it('merges a group of fields as one value: never one side’s amount with the other’s currency', async () => {
    const { ann, bea } = await twoRecruiters();
    const jane = ann.call('candidates.create', candidate('Jane Doe', { salaryExpectation: { amount: 50_000, currency: 'EUR' } }));
    sync(ann, bea);
    ann.call('candidates.update', { id: jane.id, salaryExpectation: { amount: 60_000, currency: 'EUR' } });
    bea.clock.advance(60_000);
    bea.call('candidates.update', { id: jane.id, salaryExpectation: { amount: 55_000, currency: 'GBP' } });
    const { conflicts } = sync(bea, ann);
    expect(ann.call('candidates.get', { id: jane.id }).candidate.salaryExpectation).toEqual({ amount: 55_000, currency: 'GBP' });
    expect(conflicts).toMatchObject([
      { field: 'salary_amount', fieldLabel: 'Salary expectation', local: { value: '60000 EUR' }, incoming: { value: '55000 GBP' } },
    ]);
  });

  it('an edit against a delete keeps the edit on the record in the trash and lists the conflict', async () => {
    const { ann, bea } = await twoRecruiters();
    const jane = ann.call('candidates.create', candidate('Jane Doe'));
    sync(ann, bea);
    ann.call('candidates.delete', { id: jane.id });
    bea.clock.advance(60_000);
    bea.call('candidates.update', { id: jane.id, location: 'Paris' });

    const summary = sync(bea, ann);
    expect(summary.tables).toEqual([{ table: 'candidates', added: 0, updated: 1, deleted: 0 }]);
    expect(summary.conflicts).toMatchObject([
      {
        kind: 'edit_vs_delete',
        field: 'deleted_at',
        local: { value: 'In the trash' },
        incoming: { value: 'Edited: Location' },
        current: 'local',
      },
    ]);
    const intoBea = sync(ann, bea);
    expect(intoBea.tables).toEqual([{ table: 'candidates', added: 0, updated: 0, deleted: 1 }]);
    expect(intoBea.conflicts).toEqual([]);
    expect(count(bea, 'SELECT count(*) FROM candidates WHERE deleted_at IS NOT NULL AND location = ?', 'Paris')).toBe(1);

    // Keeping the edit brings the record back, on both laptops.
    ann.call('conflicts.resolve', { id: summary.conflicts[0]!.id, keep: 'incoming' });
    expect(ann.call('candidates.get', { id: jane.id }).candidate.location).toBe('Paris');
    sync(ann, bea);
    expect(bea.call('candidates.get', { id: jane.id }).candidate.location).toBe('Paris');
  });

  it('unites append-only history and never duplicates it', async () => {
    const { ann, bea } = await twoRecruiters();
    const acme = ann.call('clients.create', { name: 'Acme' });
    const job = ann.call('jobs.create', { clientId: acme.id, title: 'Backend engineer' });
    const jane = ann.call('candidates.create', candidate('Jane Doe'));
    const submission = ann.call('submissions.create', { candidateId: jane.id, jobId: job.id, stage: 'shortlisted' });
    sync(ann, bea);
    ann.call('notes.add', { about: { kind: 'candidate', id: jane.id }, body: 'Called her' });
    bea.call('notes.add', { about: { kind: 'candidate', id: jane.id }, body: 'She called back' });
    bea.call('submissions.move', { id: submission.id, stage: 'submitted' });
    bea.call('feedback.add', { submissionId: submission.id, sentiment: 'positive', concerns: [] });
    sync(ann, bea);
    sync(bea, ann);
    sync(ann, bea);
    for (const app of [ann, bea]) {
      expect(app.call('notes.list', { about: { kind: 'candidate', id: jane.id } }).map((n) => n.body).sort()).toEqual([
        'Called her',
        'She called back',
      ]);
      expect(app.call('submissions.get', { id: submission.id }).submission.stage).toBe('submitted');
    }
    expect(syncedData(bea)).toEqual(syncedData(ann));
  });

  it('a follow-up both laptops proposed on their own is one record after merging, its changes kept', async () => {
    const { ann, bea } = await twoRecruiters();
    const propose = (app: typeof ann) =>
      app.core.db.transaction(() =>
        insertReminder(
          app.core,
          { title: 'Chase feedback', kind: 'call', about: null, notes: null, dueOn: '2026-11-25', dueTime: null, timeZone: 'UTC', repeat: null, ruleKey: 'chase:1' },
          derivedId('chase:1'),
        ),
      )();
    const id = propose(ann);
    ann.call('reminders.snooze', { id, until: { on: '2026-11-27', time: null } });
    bea.clock.advance(3_600_000);
    propose(bea);
    const intoBea = sync(ann, bea);
    sync(bea, ann);
    expect(intoBea.conflicts).toEqual([]);
    expect(count(bea, 'SELECT count(*) FROM reminders')).toBe(1);
    expect(bea.call('reminders.get', { id }).state).toBe('snoozed');
    expect(syncedData(bea)).toEqual(syncedData(ann));
  });

  it('importing the same export twice changes nothing', async () => {
    const { ann, bea } = await twoRecruiters();
    const jane = ann.call('candidates.create', candidate('Jane Doe'));
    sync(ann, bea);
    ann.call('candidates.update', { id: jane.id, location: 'Lyon' });
    bea.call('candidates.update', { id: jane.id, location: 'Paris' });
    const file = exportOf(ann);
    const first = bea.call('sharing.import', { path: file });
    expect(first.conflicts).toHaveLength(1);
    const after = syncedData(bea);
    const conflicts = bea.call('conflicts.list', {});
    const second = bea.call('sharing.import', { path: file });
    expect(second.tables).toEqual([]);
    expect(second.conflicts).toEqual([]);
    expect(syncedData(bea)).toEqual(after);
    expect(bea.call('conflicts.list', {})).toEqual(conflicts);
  });

  it('keeps search and duplicate lookups right for the records it writes', async () => {
    const { ann, bea } = await twoRecruiters();
    const jane = ann.call('candidates.create', candidate('Jane Doe', { emails: ['jane@example.com'] }));
    sync(ann, bea);
    expect(bea.call('search.query', { query: 'jane' }).map((r) => r.id)).toContain(jane.id);
    ann.call('candidates.update', { id: jane.id, name: 'Janet Doe', emails: ['janet@example.com'] });
    sync(ann, bea);
    expect(bea.call('search.query', { query: 'janet' }).map((r) => r.id)).toContain(jane.id);
    expect(bea.call('candidates.duplicates', { emails: ['janet@example.com'] }).map((d) => d.id)).toEqual([jane.id]);
    expect(bea.call('candidates.duplicates', { emails: ['jane@example.com'] })).toEqual([]);
    ann.call('candidates.delete', { id: jane.id });
    sync(ann, bea);
    expect(bea.call('search.query', { query: 'janet' }).map((r) => r.id)).not.toContain(jane.id);
  });

  it('takes out of search what belongs to a client a colleague trashed, and brings it back with the client', async () => {
    const { ann, bea } = await twoRecruiters();
    const client = ann.call('clients.create', { name: 'Initech' });
    const contact = ann.call('contacts.create', { clientId: client.id, name: 'Bill Lumbergh' });
    sync(ann, bea);
    const indexed = () => bea.core.db.prepare('SELECT record_id FROM search_index WHERE record_id = ?').pluck().all(contact.id);
    expect(indexed()).toEqual([contact.id]);
    ann.call('clients.delete', { id: client.id });
    sync(ann, bea);
    expect(indexed()).toEqual([]);
    ann.call('trash.restore', { kind: 'client', id: client.id });
    sync(ann, bea);
    expect(bea.call('search.query', { query: 'lumbergh' }).map((r) => r.id)).toEqual([contact.id]);
  });

  it('brings attached files along and restores missing copies', async () => {
    const { ann, bea } = await twoRecruiters();
    const jane = ann.call('candidates.create', candidate('Jane Doe'));
    const bytes = Buffer.from('Jane Doe — resume');
    const file = ann.call('files.attach', {
      candidateId: jane.id,
      name: 'resume.txt',
      mimeType: 'text/plain',
      dataBase64: bytes.toString('base64'),
    });
    await ann.core.background.settled();
    const summary = sync(ann, bea);
    expect(summary.filesRestored).toBe(1);
    const copy = bea.core.db.prepare('SELECT stored_as FROM files WHERE id = ?').pluck().get(file.id) as string;
    const onDisk = path.join(path.dirname(bea.file), 'files', copy);
    expect(fs.readFileSync(onDisk)).toEqual(bytes);
    fs.rmSync(onDisk);
    expect(sync(ann, bea).filesRestored).toBe(1);
    expect(fs.readFileSync(onDisk)).toEqual(bytes);
  });

  it('lists a candidate both recruiters entered as a likely duplicate', async () => {
    const { ann, bea } = await twoRecruiters();
    ann.call('candidates.create', candidate('Jane Doe', { emails: ['jane@example.com'] }));
    bea.call('candidates.create', candidate('Jane D.', { emails: ['Jane@Example.com'] }));
    const { likelyDuplicates } = sync(ann, bea);
    expect(likelyDuplicates).toHaveLength(1);
    expect(likelyDuplicates[0]!.matchedOn).toEqual(['email']);
    expect(likelyDuplicates[0]!.candidates.map((c) => c.name).sort()).toEqual(['Jane D.', 'Jane Doe']);
    expect(bea.call('duplicates.list', {})).toHaveLength(1);
  });

  it('moves its clock past the colleague’s, so the next edit here sorts after what was learned', async () => {
    const { ann, bea } = await twoRecruiters();
    const jane = ann.call('candidates.create', candidate('Jane Doe'));
    ann.clock.advance(3_600_000);
    ann.call('candidates.update', { id: jane.id, location: 'Lyon' });
    sync(ann, bea);
    // Bea's laptop is an hour behind; her edit still wins, and is no conflict.
    bea.call('candidates.update', { id: jane.id, location: 'Paris' });
    expect(sync(bea, ann).conflicts).toEqual([]);
    expect(ann.call('candidates.get', { id: jane.id }).candidate.location).toBe('Paris');
  });

  it('takes a backup before importing', async () => {
    const { ann, bea } = await twoRecruiters();
    ann.call('clients.create', { name: 'Acme' });
    bea.call('clients.create', { name: 'Globex' });
    const { backupPath } = sync(ann, bea);
    expect(backupPath).toContain(path.join(path.dirname(bea.file), 'backups'));
    const names = new (await import('better-sqlite3')).default(backupPath!, { readonly: true });
    expect(names.prepare('SELECT name FROM clients').pluck().all()).toEqual(['Globex']);
    names.close();
  });

  it('the backup before an import is one file holding all the import found, the last changes still in the log too', async () => {
    const { ann, bea } = await twoRecruiters();
    ann.call('clients.create', { name: 'Acme' });
    for (let i = 0; i < 3; i++) bea.call('candidates.create', { name: `Dana Walsh ${i}`, emails: [`dana${i}@example.com`] });
    expect(fs.statSync(`${bea.file}-wal`).size).toBeGreaterThan(0);
    const before = syncedData(bea);
    const { backupPath } = sync(ann, bea);
    expect(fs.readdirSync(path.dirname(backupPath!)).filter((name) => /-(wal|shm)$/.test(name))).toEqual([]);
    const Database = (await import('better-sqlite3')).default;
    const copy = new Database(backupPath!, { readonly: true });
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(syncedData({ ...bea, core: { ...bea.core, db: copy } })).toEqual(before);
    } finally {
      copy.close();
    }
  });

  it('keeps only the newest five backups taken before imports, and every backup before a migration', async () => {
    const { ann, bea } = await twoRecruiters();
    const backups = path.join(path.dirname(bea.file), 'backups');
    fs.mkdirSync(backups);
    const migration = path.join(backups, 'shortlist-v3-before-migration-2026-01-01T00-00-00-000Z.db');
    const unrelated = path.join(backups, 'my-copy.db');
    fs.writeFileSync(migration, 'old');
    fs.writeFileSync(unrelated, 'mine');
    const taken: string[] = [];
    for (let i = 0; i < 7; i++) {
      ann.call('clients.create', { name: `Client ${i}` });
      bea.clock.advance(i === 3 ? 0 : 1000); // two backups in one millisecond: told apart by their -2
      taken.push(sync(ann, bea).backupPath!);
    }
    expect(new Set(taken).size).toBe(7);
    expect(fs.readdirSync(backups).sort()).toEqual(
      [...taken.slice(2).map((file) => path.basename(file)), path.basename(migration), path.basename(unrelated)].sort(),
    );
  });

  it('a preview says what an import would do and writes nothing', async () => {
    const { ann, bea } = await twoRecruiters();
    const jane = ann.call('candidates.create', candidate('Jane Doe'));
    sync(ann, bea);
    ann.call('candidates.update', { id: jane.id, location: 'Lyon' });
    bea.call('candidates.update', { id: jane.id, location: 'Paris' });
    ann.call('clients.create', { name: 'Acme' });
    const file = exportOf(ann);
    const before = syncedData(bea);
    const preview = bea.call('sharing.preview', { path: file });
    expect(preview.applied).toBe(false);
    expect(preview.backupPath).toBeNull();
    expect(syncedData(bea)).toEqual(before);
    expect(bea.call('conflicts.list', {})).toEqual([]);
    const applied = bea.call('sharing.import', { path: file });
    // The same story, but for the conflicts' ids (a preview's are never stored) and the backup.
    const story = (summary: typeof preview) => ({
      ...summary,
      applied: null,
      backupPath: null,
      conflicts: summary.conflicts.map((c) => ({ ...c, id: null })),
    });
    expect(story(preview)).toEqual(story(applied));
  });
});
