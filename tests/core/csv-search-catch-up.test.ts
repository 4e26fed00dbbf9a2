import { describe, expect, it } from 'vitest';
import { catchUpBetweenCalls } from '../../src/sharing/csv/searchCatchUp';
import { candidatesAsChunksWrite } from './csv-helpers';
import { freshApp, queued, type TestApp } from './helpers';

const indexedCandidates = (app: TestApp) =>
  app.core.db.prepare("SELECT count(*) FROM search_index WHERE kind = 'candidate'").pluck().get() as number;

/**
 * What a call let in while the catch-up runs finds: records still queued and records indexed,
 * once per turn of the event loop until the catch-up is done.
 */
async function callsDuring(app: TestApp, catchUp: () => Promise<void>): Promise<{ queued: number; indexed: number }[]> {
  const seen: { queued: number; indexed: number }[] = [];
  let done = false;
  const call = () => {
    if (done) return;
    seen.push({ queued: queued(app) as number, indexed: indexedCandidates(app) });
    setImmediate(call);
  };
  // Asked before the catch-up starts, as a call posted while the import runs.
  setImmediate(call);
  await catchUp();
  done = true;
  return seen;
}

describe("an import's search catch-up", () => {
  it('lets a waiting call in after each slice of 500 records, each slice whole and searchable', async () => {
    const app = await freshApp();
    candidatesAsChunksWrite(app, 1200, 'Ada Lovelace', 'Go');
    const seen = await callsDuring(app, () => catchUpBetweenCalls(app.core, () => true, 3000));
    expect(seen.slice(0, 2)).toEqual([
      { queued: 700, indexed: 500 },
      { queued: 200, indexed: 1000 },
    ]);
    expect(queued(app)).toBe(0);
    expect(indexedCandidates(app)).toBe(1200);
    const last = app.core.db.prepare("SELECT id FROM candidates WHERE name = 'Ada Lovelace 1199'").pluck().get();
    expect(app.call('search.query', { query: 'lovelace 1199' }).map((r) => r.id)).toContain(last);
    expect(app.call('candidates.list', { query: 'skill:go title:analyst', limit: 1 }).total).toBe(1200);
  });

  it('with no call waiting, catches up in one transaction', async () => {
    const app = await freshApp();
    candidatesAsChunksWrite(app, 1200, 'Ada Lovelace', 'Go');
    const seen = await callsDuring(app, () => catchUpBetweenCalls(app.core, () => false, 3000));
    expect(seen).toEqual([]);
    expect(indexedCandidates(app)).toBe(1200);
  });

  it('where a waiting call cannot be seen, lets calls in once a transaction has run its time', async () => {
    const app = await freshApp();
    candidatesAsChunksWrite(app, 1200, 'Ada Lovelace', 'Go');
    const seen = await callsDuring(app, () => catchUpBetweenCalls(app.core, () => false, 0));
    expect(seen[0]).toEqual({ queued: 700, indexed: 500 });
  });
});
