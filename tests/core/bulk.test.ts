import { describe, expect, it } from 'vitest';
import { taskCancelled, withTaskProgress } from '../../src/tasks/progress';
import { dispatch } from '../../src/server/dispatch';
import { failure, freshApp, type TestApp } from './helpers';
import { count } from './sharing-helpers';

/** A recruiter with `n` candidates, every third a Java developer. */
async function withCandidates(n: number) {
  const app = await freshApp();
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const skills = i % 3 === 0 ? ['Java'] : ['Go'];
    ids.push(app.call('candidates.create', { name: `Person ${String(i).padStart(3, '0')}`, skills, allowDuplicate: true }).id);
  }
  return { app, ids };
}

const javaDevelopers = { kind: 'candidate' as const, matching: { query: 'skill:java' } };
const tagged = (app: TestApp, tag: string) => app.call('candidates.list', { query: `tag:"${tag}"`, limit: 500 }).total;

describe('selecting many', () => {
  it('everything matching a search is counted in the core, less the ones unticked', async () => {
    const { app, ids } = await withCandidates(9);
    expect(app.call('selection.count', { selection: javaDevelopers }).count).toBe(3);
    expect(app.call('selection.count', { selection: { ...javaDevelopers, except: [ids[0]!, ids[1]!] } }).count).toBe(2);
    expect(app.call('selection.count', { selection: { kind: 'candidate', ids: [ids[0]!, ids[0]!, ids[4]!] } }).count).toBe(2);
  });
});

describe('bulk tagging', () => {
  it('tags everything matching, says how many already had it, and undoes exactly that', async () => {
    const { app, ids } = await withCandidates(9);
    app.call('tags.set', { kind: 'candidate', id: ids[0]!, tags: ['Hot'] });
    const summary = app.call('bulk.tag', { selection: javaDevelopers, tags: ['hot'] });
    expect(summary).toMatchObject({ done: 2, skipped: [], message: 'Tagged 2 candidates “hot”. 1 candidate already had it.' });
    expect(tagged(app, 'hot')).toBe(3);

    const undone = app.call('bulk.undo', { token: summary.undo! });
    expect(undone.message).toBe('Undone: Tagged 2 candidates “hot”. 1 candidate already had it.');
    // The tag put on by hand before the action stays.
    expect(tagged(app, 'hot')).toBe(1);
    expect(app.call('tags.of', { kind: 'candidate', id: ids[0]! })).toEqual(['Hot']);
    expect(failure(() => app.call('bulk.undo', { token: summary.undo! })).message).toContain('undone already');
  });

  it('untags, and Undo puts the tags back', async () => {
    const { app } = await withCandidates(6);
    app.call('bulk.tag', { selection: javaDevelopers, tags: ['hot', 'java'] });
    const summary = app.call('bulk.untag', { selection: javaDevelopers, tags: ['HOT'] });
    expect(summary.message).toBe('Took “HOT” off 2 candidates.');
    expect(tagged(app, 'hot')).toBe(0);
    app.call('bulk.undo', { token: summary.undo! });
    expect(tagged(app, 'hot')).toBe(2);
  });

  it('names each picked record it left alone and why', async () => {
    const { app, ids } = await withCandidates(3);
    app.call('candidates.delete', { id: ids[1]! });
    const summary = app.call('bulk.tag', { selection: { kind: 'candidate', ids }, tags: ['hot'] });
    expect(summary.done).toBe(2);
    expect(summary.skipped).toEqual([{ id: ids[1], name: 'Person 001', reason: 'It is in the trash or no longer exists.' }]);
  });

  it('is all or nothing: cancelled half way, it leaves no tag behind', async () => {
    const { app } = await withCandidates(600);
    let checks = 0;
    const progress = {
      report: () => undefined,
      checkCancelled: () => {
        if (++checks === 3) throw taskCancelled();
      },
    };
    const outcome = withTaskProgress(app.core, progress, () =>
      dispatch(app.core, 'bulk.tag', { selection: { kind: 'candidate', matching: {} }, tags: ['hot'] }),
    );
    expect(outcome).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(count(app, 'SELECT count(*) FROM tags')).toBe(0);
    expect(count(app, 'SELECT count(*) FROM bulk_actions')).toBe(0);
  });

  it('a bad tag is refused before anything is written', async () => {
    const { app } = await withCandidates(2);
    expect(failure(() => app.call('bulk.tag', { selection: javaDevelopers, tags: ['a, b'] }))).toMatchObject({ field: 'tags.0' });
    expect(failure(() => app.call('bulk.tag', { selection: { ...javaDevelopers, matching: { query: 'skill:' } }, tags: ['x'] }))).toMatchObject({
      field: 'query',
    });
  });
});

describe('other bulk actions', () => {
  it('submits a selection to a job, skipping and naming those already on it; Undo takes the new ones off', async () => {
    const { app, ids } = await withCandidates(3);
    const acme = app.call('clients.create', { name: 'Acme' });
    const job = app.call('jobs.create', { clientId: acme.id, title: 'Backend engineer' });
    app.call('submissions.create', { candidateId: ids[1]!, jobId: job.id, stage: 'submitted' });
    const summary = app.call('bulk.submit', { selection: { kind: 'candidate', ids }, jobId: job.id });
    expect(summary.message).toBe('Submitted 2 candidates to Backend engineer. Skipped 1 candidate: see why below.');
    expect(summary.skipped).toEqual([{ id: ids[1], name: 'Person 001', reason: 'Already on Backend engineer (Submitted to client).' }]);
    expect(app.call('submissions.board', { jobId: job.id }).columns.flatMap((c) => c.cards)).toHaveLength(3);
    app.call('bulk.undo', { token: summary.undo! });
    expect(app.call('submissions.board', { jobId: job.id }).columns.flatMap((c) => c.cards)).toHaveLength(1);
  });

  it('logs a note on each, gives them an owner, and Undo sets the owner back', async () => {
    const { app, ids } = await withCandidates(3);
    app.call('candidates.update', { id: ids[0]!, owner: 'Kim' });
    const noted = app.call('bulk.note', { selection: javaDevelopers, body: 'Sent the Northwind role' });
    expect(noted.done).toBe(1);
    expect(app.call('notes.list', { about: { kind: 'candidate', id: ids[0]! } }).map((n) => n.body)).toEqual(['Sent the Northwind role']);
    const owned = app.call('bulk.setOwner', { selection: { kind: 'candidate', ids }, owner: 'Sam' });
    expect(owned.message).toBe('Gave 3 candidates to Sam.');
    app.call('bulk.undo', { token: owned.undo! });
    expect(ids.map((id) => app.call('candidates.get', { id }).candidate.owner)).toEqual(['Kim', null, null]);
  });

  it('logs a call with each: it is contact with them, and Undo takes back the day they were last contacted', async () => {
    const { app, ids } = await withCandidates(2);
    const summary = app.call('bulk.note', { selection: { kind: 'candidate', ids }, body: 'Called about the Northwind role', kind: 'call' });
    expect(summary.message).toBe('Logged a call with 2 candidates.');
    expect(app.call('candidates.get', { id: ids[0]! }).candidate.lastContactedOn).toBe('2026-11-22');
    app.call('bulk.undo', { token: summary.undo! });
    expect(app.call('candidates.get', { id: ids[0]! }).candidate.lastContactedOn).toBeNull();
    expect(app.call('notes.list', { about: { kind: 'candidate', id: ids[0]! } })).toEqual([]);
  });

  it('creates a follow-up about each', async () => {
    const { app, ids } = await withCandidates(2);
    const summary = app.call('bulk.followUp', { selection: { kind: 'candidate', ids }, title: 'Call about January', dueOn: '2026-12-01' });
    expect(summary.done).toBe(2);
    expect(app.call('reminders.list', { about: { kind: 'candidate', id: ids[1]! } }).map((r) => r.title)).toEqual(['Call about January']);
  });

  it('moves a selection to the trash and Undo brings it back', async () => {
    const { app } = await withCandidates(6);
    const summary = app.call('bulk.trash', { selection: javaDevelopers });
    expect(summary.message).toBe('Moved 2 candidates to the trash.');
    expect(app.call('candidates.list', {}).total).toBe(4);
    app.call('bulk.undo', { token: summary.undo! });
    expect(app.call('candidates.list', {}).total).toBe(6);
  });

  it('exports everything matching to CSV without the window listing them', async () => {
    const { app, ids } = await withCandidates(9);
    const file = app.call('bulk.exportCsv', { selection: { ...javaDevelopers, except: [ids[3]!] } });
    const lines = file.text.trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines.slice(1).map((l) => l.split(',')[0]).sort()).toEqual(['Person 000', 'Person 006']);
  });

  it('exports chosen candidates in the order chosen, hundreds of them, the trashed left out', async () => {
    const { app, ids } = await withCandidates(1203);
    app.call('candidates.delete', { id: ids[5]! });
    // Every other one from the last back, past the pages the export reads them in (500 a statement).
    const chosen = ids.filter((_, i) => i % 2 === 1).reverse();
    const file = app.call('bulk.exportCsv', { selection: { kind: 'candidate', ids: chosen } });
    const names = file.text.trim().split('\r\n').slice(1).map((line) => line.split(',')[0]);
    const nameOf = new Map(ids.map((id, i) => [id, `Person ${String(i).padStart(3, '0')}`]));
    expect(names).toEqual(chosen.filter((id) => id !== ids[5]).map((id) => nameOf.get(id)));
    expect(names).toHaveLength(600);
  });
});
