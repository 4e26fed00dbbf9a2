import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { describeImport } from '../../src/cli/import';
import { freshApp } from './helpers';
import { sync } from './sharing-helpers';

const DAY = 24 * 60 * 60 * 1000;

/** Ann's laptop keeps good time; Bea's is `ahead` ms ahead of it. */
async function annAndBea(ahead: number) {
  const ann = await freshApp();
  const bea = await freshApp();
  bea.clock.advance(ahead);
  const jane = bea.call('candidates.create', { name: 'Jane Doe', allowDuplicate: true });
  return { ann, bea, jane };
}

describe('a colleague whose clock is far ahead', () => {
  it('is named in the import’s summary, with how far ahead it is', async () => {
    const { ann, bea } = await annAndBea(3 * DAY + 5 * 60_000);
    const summary = sync(bea, ann);
    expect(summary.clockAhead).toMatchObject({ deviceId: bea.core.deviceId, laptop: `Tester on ${os.hostname()}` });
    expect(summary.clockAhead!.aheadBy).toBeGreaterThan(3 * DAY);
    expect(summary.clockAhead!.message).toMatch(/^The clock of Tester on .+ is about 3 days ahead of this computer’s: ask them to set their date and time automatically/);
    expect(describeImport(summary)).toContain(`Clock far off: ${summary.clockAhead!.message}`);
  });

  it('is not flagged when it is less than a day off', async () => {
    const { ann, bea } = await annAndBea(20 * 60 * 60 * 1000);
    expect(sync(bea, ann).clockAhead).toBeNull();
    expect(ann.call('sync.status', {}).clockAhead).toBeNull();
  });

  it('still has a change made here afterwards win over theirs, on both laptops', async () => {
    const { ann, bea, jane } = await annAndBea(3 * DAY);
    bea.call('candidates.update', { id: jane.id, location: 'Lyon' });
    sync(bea, ann);
    // Ann's clock is three days behind Bea's stamps, yet she saw Lyon before she wrote Paris.
    ann.call('candidates.update', { id: jane.id, location: 'Paris' });
    const intoBea = sync(ann, bea);
    expect(intoBea.conflicts).toEqual([]);
    for (const app of [ann, bea]) expect(app.call('candidates.get', { id: jane.id }).candidate.location).toBe('Paris');
  });

  it('stays in the status until this computer’s clock catches up', async () => {
    const { ann, bea } = await annAndBea(5 * DAY);
    sync(bea, ann);
    expect(ann.call('sync.status', {}).clockAhead).toMatchObject({ deviceId: bea.core.deviceId });
    ann.clock.advance(3 * DAY);
    expect(ann.call('sync.status', {}).clockAhead).toMatchObject({ deviceId: bea.core.deviceId });
    ann.clock.advance(1.5 * DAY);
    expect(ann.call('sync.status', {}).clockAhead).toBeNull();
  });
});
