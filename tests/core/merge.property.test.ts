import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TestApp } from './helpers';
import { ops, recruiters, Simulation, unitStamp, unitValue, type Op, type Write } from './merge-simulation';
import { exportOf, syncedData } from './sharing-helpers';

/**
 * Two or three recruiters, each on their own laptop (database file, device id, clock that drifts
 * and may even step back), make random changes and swap exports at random. Whatever they did,
 * once every laptop has merged every other's last export, in any order:
 * - they all hold exactly the same data (commutative, associative);
 * - merging again changes nothing (idempotent), and old exports bring nothing back;
 * - every value anyone wrote survives, or was overwritten by someone who had seen it, or is in
 *   a conflict log; and an edit lost to a concurrent delete is a logged conflict too;
 * - an erased candidate stays erased.
 */

interface ConflictRow {
  entity: string;
  row_id: string;
  field: string;
  kind: string;
  local_hlc: string;
  incoming_hlc: string;
}

function checkNothingLostSilently(sim: Simulation, app: TestApp, conflicts: ConflictRow[]): void {
  const logged = (w: Write) =>
    conflicts.some((c) => c.row_id === w.rowId && c.field === w.unit[0] && (c.local_hlc === w.stamp || c.incoming_hlc === w.stamp));
  const live = sim.writes.filter((w) => !sim.erased.has(w.rowId) && unitValue(app, w.table, w.rowId, ['id']) !== undefined);
  for (const w of live) {
    const survives = unitValue(app, w.table, w.rowId, w.unit) === w.value;
    // Overwritten by someone who had seen this value: this write, or another of the same value.
    const sameValue = sim.writes.filter((v) => v.rowId === w.rowId && v.unit[0] === w.unit[0] && v.value === w.value);
    const overwrittenKnowingly = sim.writes.some(
      (o) => o.rowId === w.rowId && o.unit[0] === w.unit[0] && sameValue.some((v) => o.known.has(v.stamp)),
    );
    // Or in a conflict log: this write, or another of the same value (two laptops that set a field
    // alike merge into one of the two stamps, and a later conflict names that one).
    if (!(survives || overwrittenKnowingly || sameValue.some(logged))) {
      throw new Error(`A value was lost without a conflict: ${JSON.stringify({ ...w, known: [...w.known] })}`);
    }
  }
  // A record in the trash: an edit the deleting laptop never saw, which no one who saw it threw away, is a conflict.
  for (const rowId of new Set(live.map((w) => w.rowId))) {
    if (unitValue(app, 'candidates', rowId, ['deleted_at']) !== 'true') continue;
    const stamp = unitStamp(app, 'candidates', rowId, ['deleted_at']);
    const deletion = sim.writes.find((w) => w.rowId === rowId && w.stamp === stamp);
    if (!deletion) continue;
    const unseen = live.filter(
      (w) =>
        w.rowId === rowId &&
        w.unit[0] !== 'deleted_at' &&
        !deletion.known.has(w.stamp) &&
        !sim.writes.some((o) => o.rowId === rowId && o.unit[0] === 'deleted_at' && o.known.has(w.stamp)),
    );
    if (unseen.length > 0 && !conflicts.some((c) => c.row_id === rowId && c.field === 'deleted_at')) {
      throw new Error(`An edit lost to a delete without a conflict: ${rowId}`);
    }
  }
}

async function checkMerges(count: number, script: Op[], orders: number[][]): Promise<void> {
  const { apps, base } = await recruiters(count);
  const sim = new Simulation(apps);
  for (const op of script) sim.run(op);

  // Everyone merges everyone else's latest export, each in their own order. Moving what was
  // added to a merged-away candidate is a new change on whichever laptop finds it, so after a
  // candidate merge it takes one more round for those changes to meet.
  let latest: string[] = [];
  for (let round = 0; round < (sim.merged ? 2 : 1); round++) {
    latest = apps.map((app) => exportOf(app));
    apps.forEach((app, i) => {
      for (const j of orders[i]!.filter((j) => j !== i)) app.call('sharing.import', { path: latest[j]! });
    });
  }
  const data = apps.map(syncedData);
  for (const other of data.slice(1)) expect(other).toEqual(data[0]);

  // Again, and with every older export made along the way: nothing changes, nothing comes back.
  const first = apps[0]!;
  const conflictsBefore = first.call('conflicts.list', {});
  for (const file of [...latest, ...apps.map((app) => exportOf(app)), base, ...sim.exports]) first.call('sharing.import', { path: file });
  expect(syncedData(first)).toEqual(data[0]);
  expect(first.call('conflicts.list', {})).toEqual(conflictsBefore);

  for (const id of sim.erased) {
    expect(first.core.db.prepare('SELECT count(*) FROM candidates WHERE id = ?').pluck().get(id)).toBe(0);
    expect(first.core.db.prepare("SELECT count(*) FROM notes WHERE subject_type = 'candidate' AND subject_id = ?").pluck().get(id)).toBe(0);
    expect(first.core.db.prepare('SELECT count(*) FROM changes WHERE row_id = ?').pluck().get(id)).toBe(0);
  }
  const conflicts = apps.flatMap((app) => app.core.db.prepare('SELECT * FROM conflicts').all() as ConflictRow[]);
  checkNothingLostSilently(sim, first, conflicts);
  for (const app of apps) app.core.db.close();
}

const orders = (count: number) => fc.array(fc.shuffledSubarray([...Array(count).keys()], { minLength: count }), { minLength: count, maxLength: count });

describe('merging exports, whatever the recruiters did', () => {
  it('two recruiters converge on the same data, lose nothing silently, and erased stays erased', async () => {
    await fc.assert(
      fc.asyncProperty(ops(2), orders(2), (script, order) => checkMerges(2, script, order)),
      { numRuns: 40 },
    );
  }, 60_000);

  it('three recruiters too, merging in any order', async () => {
    await fc.assert(
      fc.asyncProperty(ops(3), orders(3), (script, order) => checkMerges(3, script, order)),
      { numRuns: 20 },
    );
  }, 60_000);
});
