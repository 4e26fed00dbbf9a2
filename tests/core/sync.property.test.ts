import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syncedTables } from '../../src/sharing/tables';
import { freshApp, tempDir, type TestApp } from './helpers';
import { ops, recruiters, Simulation, type Op } from './merge-simulation';
import { postgresMissing, usePostgres, type TestPostgres } from './pg-helpers';
import { exportOf, syncedData } from './sharing-helpers';
import { expectSynced, newHub, type Laptop } from './sync-helpers';

/**
 * Three recruiters make random changes (the same kinds as the file-merge property test) and sync
 * through the agency server at random moments, in random orders. Whatever they did:
 * - once each has synced enough, they all hold exactly the same data, change log included;
 * - and the same values as merging the laptops' histories (their databases as they stood) by
 *   exporting and importing files: live sync and file sharing are one merge.
 */

/** Every field of every synced row, and whether it is in the trash: what a recruiter sees, without the stamps of when it was merged. */
function values(app: TestApp): Record<string, unknown[]> {
  const data: Record<string, unknown[]> = {};
  for (const { entity } of syncedTables) {
    const columns = ['id', ...entity.fields, 'deleted_at IS NOT NULL AS in_trash'];
    data[entity.table] = app.core.db.prepare(`SELECT ${columns.join(', ')} FROM ${entity.table} ORDER BY id`).all();
  }
  return data;
}

async function checkSync(server: TestPostgres, script: Op[], order: number[]): Promise<void> {
  const hub = await newHub(server);
  const { apps } = await recruiters(3);
  const laptops: Laptop[] = [];
  for (const app of apps) laptops.push(await hub.attach(app));
  const sim = new Simulation(laptops);
  for (const op of script) {
    // A "sync" here is the two laptops each running a round, in the script's order.
    if (op.kind === 'sync') for (const who of [op.from, op.to]) expectSynced(await laptops[who]!.sync());
    else sim.run(op);
  }

  // The histories as they stand: each laptop's database, copied.
  const dir = tempDir();
  const copies = laptops.map((laptop, i) => {
    const file = path.join(dir, `history-${i}.db`);
    laptop.core.db.exec(`VACUUM INTO '${file}'`);
    return file;
  });

  // Through the server: everyone syncs in the drawn order until nothing new comes (moving what was
  // added to a merged-away candidate is a new change on whoever finds it: one more round after a merge).
  for (let round = 0; round < (sim.merged ? 3 : 2); round++) for (const who of order) expectSynced(await laptops[who]!.sync());
  const synced = laptops.map(syncedData);
  for (const other of synced.slice(1)) expect(other).toEqual(synced[0]);

  // By files: the same histories, each importing the others' exports.
  const byFiles = await Promise.all(copies.map((file) => freshApp(file)));
  for (let round = 0; round < (sim.merged ? 3 : 2); round++) {
    const exports = byFiles.map((app) => exportOf(app, dir));
    byFiles.forEach((app, i) => exports.forEach((file, j) => j !== i && app.call('sharing.import', { path: file })));
  }
  // Not when a record merged away on one laptop was erased on another: the server may have given a
  // third laptop that record's rows before the erasure, which it then moved to the kept record and
  // keeps, where the copied histories never held them (a design question: does erasing a merged-away
  // record erase the kept one's rows too?). The laptops still end identical (above).
  const erasedMergedAway = [...sim.erased].some((id) => sim.dropped.has(id));
  if (!erasedMergedAway) expect(values(byFiles[0]!)).toEqual(values(laptops[0]!));
  for (const app of [...laptops, ...byFiles]) app.core.db.close();
}

const numRuns = Number(process.env.FC_NUM_RUNS ?? 10);
/** Runs take a few seconds each on a busy machine; a failure's shrinking gets five minutes more, then ends with what it has. */
const timeLimit = numRuns * 15_000 + 300_000;

describe.skipIf(postgresMissing)('syncing through the agency server, whatever the recruiters did', () => {
  const postgres = usePostgres();

  it('three laptops syncing in random orders end identical to each other and to the same histories merged by files', async () => {
    await fc.assert(
      fc.asyncProperty(ops(3), fc.shuffledSubarray([0, 1, 2], { minLength: 3 }), (script, order) => checkSync(postgres(), script, order)),
      // FC_NUM_RUNS=100 (or more) to look harder, as after a change to the merge or the sync; FC_SEED=n
      // to run again what a failure printed (its counterexample is printed). Shrinking stops after a few
      // minutes, so a failure ends.
      { numRuns, ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {}), interruptAfterTimeLimit: timeLimit },
    );
  }, timeLimit + 60_000);
});
