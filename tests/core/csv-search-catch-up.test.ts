import { describe, expect, it } from 'vitest';
import { catchUpSearchIndex } from '../../src/search/searchIndex';
import { catchUpBetweenCalls } from '../../src/sharing/csv/searchCatchUp';
import { candidatesAsChunksWrite } from './csv-helpers';
import { freshApp, queued, type TestApp } from './helpers';

const indexedCandidates = (app: TestApp) =>
  app.core.db.prepare("SELECT count(*) FROM search_index WHERE kind = 'candidate'").pluck().get() as number;

/**
 * How many segments the search index is in, from FTS5's structure record (rowid 10 of its data):
 * a 4-byte cookie, then the number of levels and of segments, each a SQLite varint.
 */
function segments(structure: Buffer): number {
  let at = 4;
  const varint = () => {
    let value = 0;
    for (let i = 0; i < 8; i++) {
      const byte = structure[at++]!;
      value = value * 128 + (byte & 0x7f);
      if (byte < 0x80) return value;
    }
    return value * 256 + structure[at++]!;
  };
  varint();
  return varint();
}

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

  it('in one transaction, writes the index as a catch-up of all the records at once does, not a segment per slice', async () => {
    // FTS5 writes out what it holds (a segment) wherever a statement opens a savepoint over the
    // index; a segment per slice of 500 cost an import's catch-up three times the one at once.
    const indexPages = async (catchUp: (app: TestApp) => Promise<void>) => {
      const app = await freshApp();
      candidatesAsChunksWrite(app, 1200, 'Ada Lovelace', 'Go');
      await catchUp(app);
      expect(indexedCandidates(app)).toBe(1200);
      const structure = app.core.db.prepare('SELECT block FROM search_index_data WHERE id = 10').pluck().get() as Buffer;
      return segments(structure);
    };
    const inSlices = await indexPages((app) => catchUpBetweenCalls(app.core, () => false, 3000));
    const atOnce = await indexPages(async (app) => {
      app.core.db.transaction(() => catchUpSearchIndex(app.core)).immediate();
    });
    expect(inSlices).toBe(atOnce);
  });

  it('where a waiting call cannot be seen, lets calls in once a transaction has run its time', async () => {
    const app = await freshApp();
    candidatesAsChunksWrite(app, 1200, 'Ada Lovelace', 'Go');
    const seen = await callsDuring(app, () => catchUpBetweenCalls(app.core, () => false, 0));
    expect(seen[0]).toEqual({ queued: 700, indexed: 500 });
  });
});
