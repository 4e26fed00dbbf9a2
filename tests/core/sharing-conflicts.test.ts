import { describe, expect, it } from 'vitest';
import { failure, freshApp } from './helpers';
import { sync, syncedData } from './sharing-helpers';

/** Ann and Bea both changed Jane's location; Bea later, so Ann's import keeps Bea's and lists a conflict. */
async function locationConflict() {
  const ann = await freshApp();
  const bea = await freshApp();
  const jane = ann.call('candidates.create', { name: 'Jane Doe' });
  sync(ann, bea);
  ann.call('candidates.update', { id: jane.id, location: 'Lyon' });
  bea.clock.advance(60_000);
  bea.call('candidates.update', { id: jane.id, location: 'Paris' });
  const [conflict] = sync(bea, ann).conflicts;
  return { ann, bea, jane, conflict: conflict! };
}

describe('reviewing conflicts', () => {
  it('keeping the value the merge dropped writes it anew, and it wins on the colleague’s laptop too', async () => {
    const { ann, bea, jane, conflict } = await locationConflict();
    ann.clock.advance(1000);
    ann.call('conflicts.resolve', { id: conflict.id, keep: 'local' });
    expect(ann.call('candidates.get', { id: jane.id }).candidate.location).toBe('Lyon');
    expect(ann.call('conflicts.list', {})).toEqual([]);
    const intoBea = sync(ann, bea);
    expect(intoBea.conflicts).toEqual([]);
    expect(bea.call('candidates.get', { id: jane.id }).candidate.location).toBe('Lyon');
    expect(syncedData(bea)).toEqual(syncedData(ann));
  });

  it('keeping the value the merge kept changes nothing but the list', async () => {
    const { ann, jane, conflict } = await locationConflict();
    const before = syncedData(ann);
    ann.call('conflicts.resolve', { id: conflict.id, keep: 'incoming' });
    expect(ann.call('candidates.get', { id: jane.id }).candidate.location).toBe('Paris');
    expect(syncedData(ann)).toEqual(before);
    expect(ann.call('conflicts.list', {})).toEqual([]);
  });

  it('a resolved conflict cannot be resolved again', async () => {
    const { ann, conflict } = await locationConflict();
    ann.call('conflicts.resolve', { id: conflict.id, keep: 'incoming' });
    expect(failure(() => ann.call('conflicts.resolve', { id: conflict.id, keep: 'local' }))).toMatchObject({ code: 'not_found', field: 'id' });
    expect(failure(() => ann.call('conflicts.resolve', { id: conflict.id, keep: 'mine' as 'local' }))).toMatchObject({
      code: 'invalid_input',
      field: 'keep',
    });
  });

  it('writes a group back whole, and a job’s status with its history', async () => {
    const ann = await freshApp();
    const bea = await freshApp();
    const acme = ann.call('clients.create', { name: 'Acme' });
    const job = ann.call('jobs.create', { clientId: acme.id, title: 'Engineer', salary: { min: 50, max: 60, currency: 'EUR' } });
    sync(ann, bea);
    ann.call('jobs.update', { id: job.id, status: 'on_hold', salary: { min: 55, max: 65, currency: 'EUR' } });
    bea.clock.advance(60_000);
    bea.call('jobs.update', { id: job.id, status: 'filled', salary: { min: 70, max: 80, currency: 'GBP' } });
    const { conflicts } = sync(bea, ann);
    expect(conflicts.map((c) => [c.fieldLabel, c.local.value, c.incoming.value]).sort()).toEqual([
      ['Salary range', '55 65 EUR', '70 80 GBP'],
      ['Status', 'on_hold', 'filled'],
    ]);
    for (const conflict of conflicts) ann.call('conflicts.resolve', { id: conflict.id, keep: 'local' });
    const detail = ann.call('jobs.get', { id: job.id });
    expect(detail.job).toMatchObject({ status: 'on_hold', salary: { min: 55, max: 65, currency: 'EUR' } });
    expect(detail.statusHistory.map((s) => s.status)).toEqual(['open', 'on_hold', 'filled', 'on_hold']);
  });

  it('an edit against a delete can be settled by keeping the delete', async () => {
    const ann = await freshApp();
    const bea = await freshApp();
    const acme = ann.call('clients.create', { name: 'Acme' });
    sync(ann, bea);
    ann.call('clients.update', { id: acme.id, industry: 'Robotics' });
    bea.call('clients.delete', { id: acme.id });
    const [conflict] = sync(bea, ann).conflicts;
    expect(conflict).toMatchObject({ recordName: 'Acme', kind: 'edit_vs_delete', local: { value: 'Edited: Industry' }, current: 'incoming' });
    ann.call('conflicts.resolve', { id: conflict!.id, keep: 'incoming' });
    expect(failure(() => ann.call('clients.get', { id: acme.id })).code).toBe('not_found');
  });
});
