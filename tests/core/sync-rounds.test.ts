import { describe, expect, it } from 'vitest';
import { failure, freshApp } from './helpers';
import { postgresMissing, usePostgres } from './pg-helpers';
import { syncedData } from './sharing-helpers';
import { expectSynced, newHub, submittedWhileMerged, syncAll } from './sync-helpers';

const DAY = 24 * 60 * 60 * 1000;

describe.skipIf(postgresMissing)('sync rounds, batched', () => {
  const postgres = usePostgres();

  it('pushes from two laptops at once, a batch a statement, leave no gap a third laptop’s pull could skip', async () => {
    const hub = await newHub(postgres());
    const [ann, bob, cleo] = [await hub.laptop(), await hub.laptop(), await hub.laptop()];
    for (let i = 0; i < 30; i++) {
      ann.call('candidates.create', { name: `Ann’s candidate ${i}`, allowDuplicate: true });
      bob.call('candidates.create', { name: `Bob’s candidate ${i}`, allowDuplicate: true });
    }
    // Small batches, pushed and pulled at the same time: each batch a transaction of its own on the server.
    for (let round = 0; round < 4; round++) {
      const summaries = await Promise.all([ann.sync({ page: 4 }), bob.sync({ page: 4 }), cleo.sync({ page: 7 })]);
      summaries.forEach(expectSynced);
    }
    await syncAll([ann, bob, cleo]);
    expect(cleo.core.db.prepare('SELECT count(*) FROM candidates').pluck().get()).toBe(60);
    expect(syncedData(cleo)).toEqual(syncedData(ann));
    expect(syncedData(bob)).toEqual(syncedData(ann));
    // Every row went up once per change, however the batches fell.
    const [{ n }] = (await hub.admin<{ n: number }>('SELECT count(*)::int AS n FROM (SELECT DISTINCT device_id, entity, row_id, digest FROM shortlist.versions) v')) as [{ n: number }];
    const [{ all }] = (await hub.admin<{ all: number }>('SELECT count(*)::int AS all FROM shortlist.versions')) as [{ all: number }];
    expect(all).toBe(n);
  });

  it('a submission made to a candidate merged elsewhere moves to the kept one in the round that hears of the merge, and goes up in it', async () => {
    // Ann merges two records; Bob, who has not heard yet, submits the one she dropped.
    const { ann, bob, cleo, kept, submission } = await submittedWhileMerged(await newHub(postgres()));
    expectSynced(await ann.sync());
    const round = expectSynced(await bob.sync());
    expect(round.status.waiting).toBe(0);
    // Cleo and Ann pull the submission already moved: neither moves it again with a stamp of its own.
    // The move is of Ann's merge, whoever made it (src/sharing/candidateMergeMoves.ts).
    for (const laptop of [cleo, ann]) expectSynced(await laptop.sync());
    const stamps = (laptop: typeof ann) =>
      laptop.core.db
        .prepare("SELECT device_id FROM changes WHERE entity = 'submissions' AND row_id = ? AND field = 'candidate_id' AND value = ?")
        .pluck()
        .all(submission.id, JSON.stringify(kept.id));
    for (const laptop of [ann, bob, cleo]) {
      expect(laptop.core.db.prepare('SELECT candidate_id FROM submissions WHERE id = ?').pluck().get(submission.id)).toBe(kept.id);
      expect(stamps(laptop)).toEqual([ann.core.deviceId]);
    }
    expect(syncedData(ann)).toEqual(syncedData(bob));
    expect(syncedData(cleo)).toEqual(syncedData(bob));
  });

  it('names the laptop whose clock is far ahead in the round’s summary and the status', async () => {
    const hub = await newHub(postgres());
    const [ann, bob] = [await hub.laptop(), await hub.laptop()];
    bob.clock.advance(2 * DAY);
    bob.call('candidates.create', { name: 'Jane Doe', allowDuplicate: true });
    expectSynced(await bob.sync());
    const round = expectSynced(await ann.sync());
    expect(round.clockAhead).toMatchObject({ deviceId: bob.core.deviceId });
    expect(round.clockAhead!.message).toMatch(/is about 2 days ahead of this computer’s/);
    expect(round.status.clockAhead).toMatchObject({ deviceId: bob.core.deviceId });
  });
});

describe('a pulled batch', () => {
  it('whose rows are not rows is refused as a whole, and nothing is merged', async () => {
    const app = await freshApp();
    const row = { id: '0193a1b2-0000-7000-8000-000000000001', name: 'Jane Doe' };
    const version = (more: object) => ({ seq: 1, deviceId: 'bea', entity: 'candidates', row, changes: [], ...more });
    for (const spoilt of [version({ row: { ...row, name: { first: 'Jane' } } }), version({ changes: [{ field: 'name', hlc: 'x', value: 'Jane', device_id: 'bea', by: 'me' }] })]) {
      const error = failure(() => app.call('sync.merge', { versions: [spoilt], devices: [], blobs: {}, through: 1 }));
      expect(error.code).toBe('invalid_input');
      expect(error.message).toMatch(/Expected a (row|change log)/);
    }
    expect(app.core.db.prepare('SELECT count(*) FROM candidates').pluck().get()).toBe(0);
    expect(app.core.db.prepare('SELECT pulled_through FROM sync_state').pluck().get()).toBe(0);
  });
});
