/**
 * The live sync figures (issue 19), measured by scripts/bench.ts beside its own, through a
 * PostgreSQL on this machine (a throwaway one, started as for the tests; or SHORTLIST_BENCH_HUB, an
 * admin URL to an empty database): a sync round that brings 100 changes from a colleague's laptop
 * into the data set; how long a change takes to show on a colleague's laptop; and a new laptop's
 * first sync from a hub holding the data set, the app's reads timed meanwhile. The data set is
 * synced on copies, so it stays as it was made.
 */
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import pg from 'pg';
import type { Core } from '../src/db/core';
import { closeDatabase, openDatabase } from '../src/db/open';
import { CoreHost } from '../src/host/host';
import { corePort } from '../src/sync/corePort';
import { HubSession } from '../src/sync/hub';
import { hostPort } from '../src/sync/hostPort';
import { initHub } from '../src/sync/hubSchema';
import { PUSH_AFTER_CHANGE_MS, SYNC_INTERVAL_MS } from '../src/sync/loop';
import { syncRound, type CorePort } from '../src/sync/round';
import { postgresMissing, startPostgres } from './throwaway-postgres';

export interface MeasureAsync<F> {
  timeAsync: (run: () => Promise<unknown>) => Promise<number>;
  figure: (name: string, samples: number[], target: number | null, naive?: number[] | null) => F;
}

/** A hub to sync through, another empty one for the first sync (not with a hub given), and how to take them down. */
async function benchHub(): Promise<{ url: string; another: (() => Promise<string>) | null; stop: () => Promise<void> } | null> {
  const given = process.env.SHORTLIST_BENCH_HUB;
  if (given) return { url: given, another: null, stop: async () => undefined };
  if (postgresMissing) {
    console.warn(`Sync figures skipped: ${postgresMissing}`);
    return null;
  }
  const server = await startPostgres();
  const another = async () => server.adminUrl(await server.newDatabase());
  return { url: await another(), another, stop: () => server.stop() };
}

/** Sets up the hub's schema, and gives its id. */
export async function initialised(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await initHub(client, [])).hubId;
  } finally {
    await client.end();
  }
}

/** One round, refused loudly: a figure from a round that did not go through would mean nothing. */
export async function syncOnce(port: CorePort, url: string, session: HubSession) {
  const summary = await syncRound(port, { url }, { session });
  if (summary.status.offline || summary.status.problem) throw new Error(`The bench's sync did not go through: ${summary.status.problem ?? 'offline'}`);
  return summary;
}

export async function syncFigures<F>(core: Core, { timeAsync, figure }: MeasureAsync<F>): Promise<F[]> {
  const hub = await benchHub();
  if (!hub) return [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shortlist-bench-sync-'));
  const copy = path.join(dir, 'data-set.db');
  core.db.exec(`VACUUM INTO '${copy}'`);
  const big = await openDatabase(copy);
  const colleague = await openDatabase(path.join(dir, 'colleague.db'));
  // As the app's loop does: one connection kept open between rounds, per laptop.
  const sessions = new Map([big, colleague].map((laptop) => [laptop, new HubSession()]));
  try {
    const hubId = await initialised(hub.url);
    const sync = (laptop: Core) => syncOnce(corePort(laptop), hub.url, sessions.get(laptop)!);
    // The data set has synced before: what it holds is on the server already (not pushed again here).
    big.db.exec("UPDATE sync_state SET address = 'bench', user = 'bench'");
    corePort(big).call('sync.begin', { hubId });
    big.db.exec('DELETE FROM sync_outbox');

    const ids = Array.from({ length: 100 }, (_, i) => corePort(colleague).call('candidates.create', { name: `Bench Colleague ${i}`, allowDuplicate: true }) as { id: string });
    await sync(colleague);
    await sync(big);
    const rounds: number[] = [];
    const pushes: number[] = [];
    for (let round = 0; round < 7; round++) {
      for (const { id } of ids) corePort(colleague).call('candidates.update', { id, location: `City ${round}` });
      pushes.push(await timeAsync(() => sync(colleague)));
      let pulled = 0;
      rounds.push(await timeAsync(async () => (pulled = (await sync(big)).pulled)));
      if (pulled !== 100) console.warn(`A bench sync round brought ${pulled} changes, not 100.`);
    }
    const figures = [
      figure('a sync round bringing 100 changes (push, pull and merge, PostgreSQL on this machine)', rounds, 200),
      // Pushed a moment after it is made, pulled at the colleague's next tick: the longest wait.
      figure(
        `a change shown on a colleague's laptop, the longest wait (pushed ${PUSH_AFTER_CHANGE_MS / 1000} s after it is made, pulled within the ${SYNC_INTERVAL_MS / 1000} s interval; Sync now: the round alone)`,
        rounds.map((pull, i) => PUSH_AFTER_CHANGE_MS + pushes[i]! + SYNC_INTERVAL_MS + pull),
        35_000,
      ),
    ];
    if (!hub.another) return figures;
    // The data set goes up whole to a new hub, as its laptop's first sync would; then a new laptop pulls it all.
    const seedFile = path.join(dir, 'first-seed.db');
    core.db.exec(`VACUUM INTO '${seedFile}'`);
    const seed = await openDatabase(seedFile);
    const firstHub = await hub.another();
    await initialised(firstHub);
    const session = new HubSession();
    try {
      seed.db.exec("UPDATE sync_state SET address = 'bench', user = 'bench'");
      await syncOnce(corePort(seed), firstHub, session);
    } finally {
      session.close();
      closeDatabase(seed);
    }
    const first = await firstSync(path.join(dir, 'new-laptop.db'), firstHub);
    await first.host.close();
    figures.push(
      figure(`a new laptop's first sync from a hub holding the data set (${first.pulled} rows)`, [first.took], 30_000),
      figure(`a search or the candidate list answered during that first sync (${first.reads.length} reads)`, first.reads, 50),
    );
    return figures;
  } finally {
    for (const session of sessions.values()) session.close();
    closeDatabase(big);
    closeDatabase(colleague);
    fs.rmSync(dir, { recursive: true, force: true });
    await hub.stop();
  }
}

/**
 * A new laptop's first sync, as the app runs it: the core on its threads (CoreHost), the round
 * in this process; meanwhile the window's reads (a search, the candidate list) go on, each timed,
 * as the app stays usable. `spent` adds up the time of each call into the core.
 */
export async function firstSync(file: string, url: string, spent = new Map<string, number>()): Promise<{ took: number; pulled: number; reads: number[]; cpuMs: number; host: CoreHost }> {
  const host = await CoreHost.start(file);
  const port: CorePort = {
    async call(method, input) {
      const begun = performance.now();
      try {
        return await hostPort(host).call(method, input);
      } finally {
        spent.set(method, (spent.get(method) ?? 0) + performance.now() - begun);
      }
    },
  };
  const reads: number[] = [];
  let syncing = true;
  const reading = (async () => {
    for (let n = 0; syncing; n++) {
      const begun = performance.now();
      // A recruiter's pace: a search, now and then the list (its count reads every candidate).
      await host.call(n % 4 ? 'search.query' : 'candidates.list', n % 4 ? { query: ['ja', 'mar', 'li', 'son'][n % 4] } : {});
      reads.push(performance.now() - begun);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  })();
  const session = new HubSession();
  try {
    const start = performance.now();
    const cpu = process.cpuUsage();
    const { pulled } = await syncOnce(port, url, session);
    const took = performance.now() - start;
    const { user, system } = process.cpuUsage(cpu);
    return { took, pulled, reads, cpuMs: (user + system) / 1000, host };
  } catch (error) {
    await host.close();
    throw error;
  } finally {
    syncing = false;
    await reading;
    session.close();
  }
}
