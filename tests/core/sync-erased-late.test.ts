import { describe, expect, it } from 'vitest';
import type { CorePort } from '../../src/sync/round';
import { corePort } from '../../src/sync/corePort';
import { postgresMissing, usePostgres } from './pg-helpers';
import { syncedData } from './sharing-helpers';
import { expectSynced, newHub, syncAll, twoRecordsOfMaya, type Hub, type Laptop } from './sync-helpers';

/**
 * Ann erases Maya (the first of her two records), who has a submission, and the server forgets her;
 * Cleo hears of it. Bob, who has not heard, moves Maya's submission on: a stage change of a
 * submission Cleo no longer has and the server no longer holds.
 */
async function movedAfterErasure(hub: Hub) {
  const { ann, bob, cleo, kept: maya, job } = await twoRecordsOfMaya(hub);
  const submission = ann.call('submissions.create', { candidateId: maya.id, jobId: job.id, stage: 'shortlisted' });
  await syncAll([ann, bob, cleo]);
  ann.call('candidates.erase', { id: maya.id });
  expectSynced(await ann.sync());
  expectSynced(await cleo.sync());
  bob.call('submissions.move', { id: submission.id, stage: 'submitted' });
  return { ann, bob, cleo, submission };
}

const stagesOf = (app: Laptop, submissionId: string) =>
  app.core.db.prepare('SELECT count(*) FROM stage_changes WHERE submission_id = ?').pluck().get(submissionId);

const onServer = async (hub: Hub, submissionId: string) =>
  (await hub.admin<{ n: string }>("SELECT count(*) AS n FROM shortlist.versions WHERE row ->> 'submission_id' = $1", [submissionId]))[0]!.n;

describe.skipIf(postgresMissing)('a candidate erased while a colleague who had not heard kept working on them', () => {
  const postgres = usePostgres();

  it('what the colleague sent after the erasure leaves the server in their own round, as they hear of it', async () => {
    const hub = await newHub(postgres());
    const { ann, bob, cleo, submission } = await movedAfterErasure(hub);
    expectSynced(await bob.sync());
    expect(await onServer(hub, submission.id)).toBe('0');
    await syncAll([ann, bob, cleo]);
    for (const laptop of [ann, bob, cleo]) expect(stagesOf(laptop, submission.id)).toBe(0);
    expect(syncedData(bob)).toEqual(syncedData(ann));
    expect(syncedData(cleo)).toEqual(syncedData(ann));
  });

  it('a laptop that pulls it before then leaves it out (its submission is gone), and merges the rest', async () => {
    const hub = await newHub(postgres());
    const { ann, bob, cleo, submission } = await movedAfterErasure(hub);
    // Bob's round sends the stage change and is cut off before his pull is merged.
    const cutOff: CorePort = {
      call: (method, input) => {
        if (method === 'sync.merge') throw new Error('connection lost');
        return corePort(bob.core).call(method, input);
      },
    };
    await bob.sync({ port: cutOff });
    expect(await onServer(hub, submission.id)).toBe('1');
    // Cleo pulls it meanwhile (before the fix: FOREIGN KEY constraint failed, and her sync stopped).
    expectSynced(await cleo.sync());
    expect(stagesOf(cleo, submission.id)).toBe(0);
    await syncAll([ann, bob, cleo]);
    expect(await onServer(hub, submission.id)).toBe('0');
    for (const laptop of [ann, bob, cleo]) expect(stagesOf(laptop, submission.id)).toBe(0);
    expect(syncedData(bob)).toEqual(syncedData(ann));
    expect(syncedData(cleo)).toEqual(syncedData(ann));
  });
});

describe.skipIf(postgresMissing)('a candidate erased after a colleague merged them into another, neither having heard of the other', () => {
  const postgres = usePostgres();

  it('the submission moved to the kept candidate keeps its history on every laptop, as merging by files gives', async () => {
    const hub = await newHub(postgres());
    const { ann, bob, cleo, kept, dropped, job } = await twoRecordsOfMaya(hub);
    // Ann submits the second record and sends it; Bob merges it into the first; Ann erases it.
    const submission = ann.call('submissions.create', { candidateId: dropped.id, jobId: job.id, stage: 'shortlisted' });
    expectSynced(await ann.sync());
    bob.call('candidates.merge', { keepId: kept.id, dropId: dropped.id });
    ann.call('candidates.erase', { id: dropped.id });
    // Bob moves Ann's submission to the kept record as he hears of it; the server forgets the
    // erased record's versions, the submission's first stage among them, as Ann's erasure arrives.
    for (let round = 0; round < 3; round++) for (const laptop of [bob, cleo, ann]) expectSynced(await laptop.sync());
    for (const laptop of [ann, bob, cleo]) {
      expect(laptop.core.db.prepare('SELECT candidate_id FROM submissions WHERE id = ?').pluck().get(submission.id)).toBe(kept.id);
      expect(stagesOf(laptop, submission.id)).toBe(1);
    }
    expect(syncedData(bob)).toEqual(syncedData(ann));
    expect(syncedData(cleo)).toEqual(syncedData(ann));
  });
});
