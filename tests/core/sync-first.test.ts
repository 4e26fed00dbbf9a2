import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from '../../src/api/common';
import type { CandidateSummary } from '../../src/api/candidates';
import type { SearchResult } from '../../src/api/search';
import type { LikelyDuplicate } from '../../src/api/sharing';
import { demo } from '../../src/cli/demo';
import { closeDatabase } from '../../src/db/open';
import { CoreHost } from '../../src/host/host';
import { corePort } from '../../src/sync/corePort';
import { hostPort } from '../../src/sync/hostPort';
import { syncRound, type CorePort } from '../../src/sync/round';
import { freshApp, tempDir } from './helpers';
import { postgresMissing, usePostgres } from './pg-helpers';
import { syncedData } from './sharing-helpers';
import { expectSynced, newHub } from './sync-helpers';

/** A call on the host that must succeed. */
async function ok<T>(host: CoreHost, method: string, input: unknown): Promise<T> {
  const outcome = await host.call(method, input);
  if (!outcome.ok) throw new Error(`${method}: ${outcome.error.message}`);
  return outcome.result as T;
}

describe.skipIf(postgresMissing)('a new laptop’s first sync', () => {
  const postgres = usePostgres();

  it('gives it the hub’s data, every table field by field, found by search, and it answers reads all along', async () => {
    const hub = await newHub(postgres());
    const dir = tempDir();
    await demo(path.join(dir, 'agency.db'), 120, 19);
    const ann = await hub.attach(await freshApp(path.join(dir, 'agency.db')));
    // The same person twice on Ann's laptop, far apart in the hub's order (so in different batches).
    const first = ann.core.db.prepare("SELECT id, name, emails FROM candidates WHERE emails <> '[]' ORDER BY id LIMIT 1").get() as {
      id: string;
      name: string;
      emails: string;
    };
    ann.call('candidates.create', { name: first.name, emails: JSON.parse(first.emails) as string[], allowDuplicate: true });
    expectSynced(await ann.sync());

    const bob = await hub.laptop();
    closeDatabase(bob.core);
    // As the app runs it: the core on its threads, the round around it.
    const host = await CoreHost.start(bob.file);
    const listed = async () => (await ok<Page<CandidateSummary>>(host, 'candidates.list', {})).total!;
    const seen: { before: number; during: number; after: number }[] = [];
    let before = 0;
    const port: CorePort = {
      async call(method, input) {
        if (method !== 'sync.merge') return hostPort(host).call(method, input);
        // A read sent while the batch merges is answered from what was committed: all of the
        // batch or none of it, never part.
        const [result, during] = await Promise.all([hostPort(host).call(method, input), listed()]);
        const after = await listed();
        seen.push({ before, during, after });
        before = after;
        return result;
      },
    };
    let summary;
    try {
      summary = expectSynced(await syncRound(port, bob.hub, { page: 40 }));
    } finally {
      await host.close();
    }

    expect(seen.length).toBeGreaterThan(10);
    for (const { before, during, after } of seen) expect([before, after]).toContain(during);
    // Both of the pair were Ann's already: they wait in the duplicates list, not in the round's summary.
    expect(ann.call('duplicates.list', {})).not.toEqual([]);
    expect(summary.likelyDuplicates).toEqual([]);

    const bobNow = await freshApp(bob.file);
    expect(syncedData(bobNow)).toEqual(syncedData(ann));
    expect(bobNow.call('duplicates.list', {}) as LikelyDuplicate[]).toEqual(ann.call('duplicates.list', {}));
    const candidates = ann.core.db.prepare('SELECT id, name FROM candidates WHERE deleted_at IS NULL').all() as { id: string; name: string }[];
    for (const { id, name } of candidates) {
      const found = bobNow.call('search.query', { query: name, kinds: ['candidate'], limit: 50 }) as SearchResult[];
      expect(found.map((r) => r.id)).toContain(id);
    }
  }, 120_000);

  it('names a likely duplicate a later batch brings of a candidate the laptop had before the round', async () => {
    const hub = await newHub(postgres());
    const [ann, bob] = [await hub.laptop(), await hub.laptop()];
    const mine = bob.call('candidates.create', { name: 'Ada Lovelace', emails: ['ada@example.com'] });
    for (let i = 0; i < 6; i++) ann.call('candidates.create', { name: `Candidate ${i}` });
    const theirs = ann.call('candidates.create', { name: 'Ada Lovelace', emails: ['ada@example.com'] });
    expectSynced(await ann.sync());
    const pulled = expectSynced(await bob.sync({ page: 3 }));
    expect(pulled.likelyDuplicates.map((d) => d.candidates.map((c) => c.id).sort())).toEqual([[mine.id, theirs.id].sort()]);
  });

  for (const laptop of ['a laptop with candidates', 'a new laptop'] as const) {
    it(`names a colleague's candidate a later batch brings of one typed on ${laptop} while the round ran`, async () => {
      const hub = await newHub(postgres());
      const [ann, bob] = [await hub.laptop(), await hub.laptop()];
      if (laptop === 'a laptop with candidates') bob.call('candidates.create', { name: 'Grace Hopper' });
      for (let i = 0; i < 6; i++) ann.call('candidates.create', { name: `Candidate ${i}` });
      const theirs = ann.call('candidates.create', { name: 'Ada Lovelace', emails: ['ada@example.com'] });
      expectSynced(await ann.sync());
      // Typed on Bob's laptop after the round's first batch merged, before the batch with Ann's Ada.
      let typed: { id: string } | undefined;
      const port: CorePort = {
        async call(method, input) {
          const answer = await corePort(bob.core).call(method, input);
          if (method === 'sync.merge') typed ??= bob.call('candidates.create', { name: 'Ada Lovelace', emails: ['ada@example.com'] });
          return answer;
        },
      };
      const pulled = expectSynced(await bob.sync({ port, page: 3 }));
      expect(pulled.likelyDuplicates.map((d) => d.candidates.map((c) => c.id).sort())).toEqual([[typed!.id, theirs.id].sort()]);
    });
  }
});
