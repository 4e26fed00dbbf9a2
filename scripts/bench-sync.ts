/**
 * The live sync figure (issue 19), measured by scripts/bench.ts beside its own: a sync round that
 * brings 100 changes from a colleague's laptop into the data set, through a PostgreSQL on this
 * machine (a throwaway one, started as for the tests; or SHORTLIST_BENCH_HUB, an admin URL to an
 * empty database). The data set is synced on a copy, so it stays as it was made.
 */
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import pg from 'pg';
import type { Core } from '../src/db/core';
import { closeDatabase, openDatabase } from '../src/db/open';
import { corePort } from '../src/sync/corePort';
import { HubSession } from '../src/sync/hub';
import { initHub } from '../src/sync/hubSchema';
import { syncRound } from '../src/sync/round';
import { postgresMissing, startPostgres } from './throwaway-postgres';

export interface MeasureAsync<F> {
  timeAsync: (run: () => Promise<unknown>) => Promise<number>;
  figure: (name: string, samples: number[], target: number | null, naive?: number[] | null) => F;
}

/** A hub to sync through, and how to take it down. */
async function benchHub(): Promise<{ url: string; stop: () => Promise<void> } | null> {
  const given = process.env.SHORTLIST_BENCH_HUB;
  if (given) return { url: given, stop: async () => undefined };
  if (postgresMissing) {
    console.warn(`Sync figure skipped: ${postgresMissing}`);
    return null;
  }
  const server = await startPostgres();
  return { url: server.adminUrl(await server.newDatabase()), stop: () => server.stop() };
}

export async function syncFigures<F>(core: Core, { timeAsync, figure }: MeasureAsync<F>): Promise<F[]> {
  const hub = await benchHub();
  if (!hub) return [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shortlist-bench-sync-'));
  const copy = path.join(dir, 'data-set.db');
  core.db.exec(`VACUUM INTO '${copy}'`);
  const [big, colleague] = [await openDatabase(copy), await openDatabase(path.join(dir, 'colleague.db'))];
  // As the app's loop does: one connection kept open between rounds, per laptop.
  const sessions = new Map([big, colleague].map((laptop) => [laptop, new HubSession()]));
  try {
    const client = new pg.Client({ connectionString: hub.url });
    await client.connect();
    const { hubId } = await initHub(client, []);
    await client.end();
    const address = { url: hub.url };
    const sync = async (laptop: Core) => {
      const summary = await syncRound(corePort(laptop), address, { session: sessions.get(laptop) });
      if (summary.status.offline || summary.status.problem) throw new Error(`The bench's sync did not go through: ${summary.status.problem ?? 'offline'}`);
      return summary;
    };
    // The data set has synced before: what it holds is on the server already (not pushed again here).
    big.db.exec("UPDATE sync_state SET address = 'bench', user = 'bench'");
    corePort(big).call('sync.begin', { hubId });
    big.db.exec('DELETE FROM sync_outbox');

    const ids = Array.from({ length: 100 }, (_, i) => corePort(colleague).call('candidates.create', { name: `Bench Colleague ${i}`, allowDuplicate: true }) as { id: string });
    await sync(colleague);
    await sync(big);
    const rounds: number[] = [];
    for (let round = 0; round < 7; round++) {
      for (const { id } of ids) corePort(colleague).call('candidates.update', { id, location: `City ${round}` });
      await sync(colleague);
      let pulled = 0;
      rounds.push(await timeAsync(async () => (pulled = (await sync(big)).pulled)));
      if (pulled !== 100) console.warn(`A bench sync round brought ${pulled} changes, not 100.`);
    }
    return [figure('a sync round bringing 100 changes (push, pull and merge, PostgreSQL on this machine)', rounds, 200)];
  } finally {
    for (const session of sessions.values()) session.close();
    closeDatabase(big);
    closeDatabase(colleague);
    fs.rmSync(dir, { recursive: true, force: true });
    await hub.stop();
  }
}
