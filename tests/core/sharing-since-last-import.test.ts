import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { erasedCandidates } from '../../src/sharing/erase';
import { openExport } from '../../src/sharing/exportFile';
import { planImport } from '../../src/sharing/sinceLastImport';
import { freshApp, type TestApp } from './helpers';
import { exportOf, syncedData } from './sharing-helpers';

const candidate = (name: string, more: object = {}) => ({ name, allowDuplicate: true, ...more });

/** What importing `file` into `app` would read: per table, the ids of the rows, or 'all'. */
function wouldRead(app: TestApp, file: string): Record<string, string[] | 'all'> {
  const source = openExport(file);
  try {
    const plan = planImport(app.core, source, erasedCandidates(app.core));
    const read: Record<string, string[] | 'all'> = {};
    for (const [table, ids] of plan.rowsToMerge) {
      if (ids === null) read[table] = 'all';
      else if (ids.size > 0) read[table] = [...ids].sort();
    }
    return read;
  } finally {
    source.db.close();
  }
}

const importFile = (app: TestApp, file: string) => app.call('sharing.import', { path: file });

/** Ann has merged an export of Bea's laptop holding a client, a job and two candidates. */
async function annHasBeasWork() {
  const ann = await freshApp();
  const bea = await freshApp();
  bea.clock.advance(60_000);
  const acme = bea.call('clients.create', { name: 'Acme' });
  const job = bea.call('jobs.create', { clientId: acme.id, title: 'Backend engineer' });
  const jane = bea.call('candidates.create', candidate('Jane Doe'));
  const omar = bea.call('candidates.create', candidate('Omar Haddad'));
  bea.call('submissions.create', { candidateId: jane.id, jobId: job.id, stage: 'submitted' });
  const first = exportOf(bea);
  importFile(ann, first);
  return { ann, bea, jane, omar, job, first };
}

describe('importing again from a laptop already imported', () => {
  it('reads nothing of an export that brings nothing new, changes nothing and takes no backup', async () => {
    const { ann, first } = await annHasBeasWork();
    const before = syncedData(ann);
    expect(wouldRead(ann, first)).toEqual({});
    const again = importFile(ann, first);
    expect(again.tables).toEqual([]);
    expect(again.backupPath).toBeNull();
    expect(syncedData(ann)).toEqual(before);
  });

  it('reads, and merges, only the rows changed on that laptop since', async () => {
    const { ann, bea, jane, omar } = await annHasBeasWork();
    bea.clock.advance(60_000);
    bea.call('candidates.update', { id: jane.id, location: 'Lyon' });
    const lina = bea.call('candidates.create', candidate('Lina Park'));
    const second = exportOf(bea);
    expect(wouldRead(ann, second)).toEqual({ candidates: [jane.id, lina.id].sort() });

    const summary = importFile(ann, second);
    expect(summary.tables).toEqual([{ table: 'candidates', added: 1, updated: 1, deleted: 0 }]);
    expect(summary.backupPath).not.toBeNull();
    expect(ann.call('candidates.get', { id: jane.id }).candidate.location).toBe('Lyon');
    expect(ann.call('candidates.get', { id: omar.id }).candidate.name).toBe('Omar Haddad');
    expect(syncedData(ann)).toEqual(syncedData(bea));
  });

  it('reads the same of an export made before exports said what their stamps are', async () => {
    const { ann, bea, jane } = await annHasBeasWork();
    bea.call('candidates.update', { id: jane.id, location: 'Lyon' });
    const second = exportOf(bea);
    const older = new Database(second);
    older.exec('DROP TABLE export_stamps');
    older.close();
    expect(wouldRead(ann, second)).toEqual({ candidates: [jane.id] });
    importFile(ann, second);
    expect(syncedData(ann)).toEqual(syncedData(bea));
  });

  it('still merges what that laptop learned since from a third, however old its stamps', async () => {
    const { ann, bea } = await annHasBeasWork();
    // Cleo's clock is an hour behind: all she wrote is stamped before Bea's last export.
    const cleo = await freshApp();
    cleo.clock.advance(-3_600_000);
    const tom = cleo.call('candidates.create', candidate('Tom Weber'));
    importFile(bea, exportOf(cleo));
    const second = exportOf(bea);
    expect(wouldRead(ann, second)).toMatchObject({ candidates: [tom.id] });

    importFile(ann, second);
    expect(ann.call('candidates.get', { id: tom.id }).candidate.name).toBe('Tom Weber');
    expect(syncedData(ann)).toEqual(syncedData(bea));
  });

  it('reads an export from another laptop whole, even one holding the same work', async () => {
    const { ann, bea, first } = await annHasBeasWork();
    const cleo = await freshApp();
    importFile(cleo, first);
    const cleos = exportOf(cleo);
    expect(Object.values(wouldRead(ann, cleos)).every((read) => read === 'all')).toBe(true);
    importFile(ann, cleos);
    expect(syncedData(ann)).toEqual(syncedData(bea));
  });

  it('reads a table whole when that laptop learned old stamps out of order', async () => {
    const { ann, bea, jane } = await annHasBeasWork();
    // As a pull cut off between two batches would leave it: a change older than Bea's newest arrives late.
    const stamp = bea.core.db.prepare('SELECT created_hlc FROM candidates WHERE id = ?').pluck().get(jane.id) as string;
    const late = stamp.replace(/-([0-9a-f]{4})-/, (_, counter: string) => `-${(parseInt(counter, 16) + 1).toString(16).padStart(4, '0')}-`);
    bea.core.db
      .prepare("INSERT INTO changes (entity, row_id, field, hlc, value, device_id) VALUES ('candidates', ?, 'location', ?, '\"Oslo\"', ?)")
      .run(jane.id, late, bea.core.deviceId);
    bea.core.db.prepare("UPDATE candidates SET location = 'Oslo' WHERE id = ?").run(jane.id);
    const second = exportOf(bea);
    expect(wouldRead(ann, second)).toEqual({ candidates: 'all' });

    importFile(ann, second);
    expect(ann.call('candidates.get', { id: jane.id }).candidate.location).toBe('Oslo');
  });

  it('leaves out what hangs off a candidate erased here, though the colleague still has them', async () => {
    const { ann, bea, jane } = await annHasBeasWork();
    ann.call('candidates.erase', { id: jane.id });
    // Bea, who has not heard of the erasure yet, moves Jane on: a new stage change on an old submission.
    bea.clock.advance(60_000);
    const submissionId = bea.core.db.prepare('SELECT id FROM submissions WHERE candidate_id = ?').pluck().get(jane.id) as string;
    bea.call('submissions.move', { id: submissionId, stage: 'client_reviewing' });
    const summary = importFile(ann, exportOf(bea));
    expect(summary.tables).toEqual([]);
    for (const table of ['candidates', 'submissions']) {
      expect(ann.core.db.prepare(`SELECT count(*) FROM ${table} WHERE ${table === 'candidates' ? 'id' : 'candidate_id'} = ?`).pluck().get(jane.id)).toBe(0);
    }
  });
});
