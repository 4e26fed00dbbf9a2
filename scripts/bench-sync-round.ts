/**
 * Where a sync round's time goes (issue 19): a round bringing 100 changed candidates into a copy
 * of the 100k data set, through a throwaway PostgreSQL, split into each call into the core (the
 * laptop's side) and the rest (the server and the network); and a new laptop's first sync from a
 * hub holding the data set, with how long it took and how many batches. Everything on copies.
 *   node --import tsx scripts/bench-sync-round.ts [bench/demo-100000.db] [--first]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Core } from '../src/db/core';
import { closeDatabase, openDatabase } from '../src/db/open';
import { corePort } from '../src/sync/corePort';
import { HubSession } from '../src/sync/hub';
import type { CorePort } from '../src/sync/round';
import { firstSync, initialised, syncOnce } from './bench-sync';
import { startPostgres } from './throwaway-postgres';
import { quantile } from './quantile';

const args = process.argv.slice(2);
const dataSet = path.resolve(args.find((a) => !a.startsWith('--')) ?? 'bench/demo-100000.db');
/** Trips to the server: every query node-postgres sends is one (it sends the next once this one is answered). */
let trips = 0;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  trips += 1;
  return (query as (...a: unknown[]) => unknown).apply(this, args);
} as typeof query;

const median = (samples: number[]) => quantile(samples, 0.5);

/** The core as a round reaches it, each call's time added up by method. */
function timedPort(core: Core, spent: Map<string, number>): CorePort {
  const port = corePort(core);
  return {
    call(method, input) {
      const start = performance.now();
      try {
        return port.call(method, input);
      } finally {
        spent.set(method, (spent.get(method) ?? 0) + performance.now() - start);
      }
    },
  };
}

async function main(): Promise<void> {
  const server = await startPostgres();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shortlist-bench-round-'));
  const copy = path.join(dir, 'data-set.db');
  fs.copyFileSync(dataSet, copy);
  const [big, colleague] = [await openDatabase(copy), await openDatabase(path.join(dir, 'colleague.db'))];
  const sessions = new Map([big, colleague].map((laptop) => [laptop, new HubSession()]));
  try {
    const url = server.adminUrl(await server.newDatabase());
    const hubId = await initialised(url);
    const sync = (laptop: Core, port: CorePort = corePort(laptop)) => syncOnce(port, url, sessions.get(laptop)!);

    if (args.includes('--first')) {
      // The data set goes up whole, as its laptop's first sync would; then a new laptop pulls it all.
      big.db.exec("UPDATE sync_state SET address = 'bench', user = 'bench'");
      const start = performance.now();
      const up = await sync(big);
      console.log(`the data set's first push: ${up.pushed} rows in ${Math.round(performance.now() - start)} ms`);
      await firstSyncAnatomy(path.join(dir, 'new-laptop.db'), url);
      return;
    }

    // The data set has synced before: what it holds is on the server already (not pushed again here).
    big.db.exec("UPDATE sync_state SET address = 'bench', user = 'bench'");
    corePort(big).call('sync.begin', { hubId });
    big.db.exec('DELETE FROM sync_outbox');
    const ids = Array.from({ length: 100 }, (_, i) => corePort(colleague).call('candidates.create', { name: `Bench Colleague ${i}`, allowDuplicate: true }) as { id: string });
    await sync(colleague);
    await sync(big);
    const rounds: number[] = [];
    const spent = new Map<string, number>();
    let pushTrips = 0;
    let pullTrips = 0;
    for (let round = 0; round < 7; round++) {
      for (const { id } of ids) corePort(colleague).call('candidates.update', { id, location: `City ${round}` });
      trips = 0;
      await sync(colleague);
      pushTrips = trips;
      trips = 0;
      const start = performance.now();
      const { pulled } = await sync(big, timedPort(big, spent));
      rounds.push(performance.now() - start);
      pullTrips = trips;
      if (pulled !== 100) console.warn(`A round brought ${pulled} changes, not 100.`);
    }
    const inCore = [...spent.values()].reduce((a, b) => a + b, 0) / rounds.length;
    console.log(`a round bringing 100 changes: median ${Math.round(median(rounds))} ms (${rounds.map(Math.round).join(', ')})`);
    console.log(`  per round, in the core: ${Math.round(inCore)} ms: ${[...spent].map(([m, t]) => `${m} ${Math.round(t / rounds.length)}`).join(', ')}`);
    console.log(`  per round, the server and the network: ${Math.round(rounds.reduce((a, b) => a + b, 0) / rounds.length - inCore)} ms`);
    console.log(`  trips to the server: ${pushTrips} for the round pushing the 100 changes, ${pullTrips} for the round pulling them`);
  } finally {
    for (const session of sessions.values()) session.close();
    closeDatabase(big);
    closeDatabase(colleague);
    fs.rmSync(dir, { recursive: true, force: true });
    await server.stop();
    console.log(`machine load (1 min): ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores`);
  }
}

/** A new laptop's first sync (bench-sync.ts's), where the time went, and what the laptop then finds. */
async function firstSyncAnatomy(file: string, url: string): Promise<void> {
  const spent = new Map<string, number>();
  const { took, pulled, reads, cpuMs, host } = await firstSync(file, url, spent);
  try {
    const listed = (await host.call('candidates.list', {})) as { result?: { total: number; items: { name: string }[] } };
    const name = listed.result?.items[0]?.name ?? '';
    const found = (await host.call('search.query', { query: name, kinds: ['candidate'] })) as { result?: unknown[] };
    console.log(`a new laptop's first sync: ${pulled} rows in ${Math.round(took)} ms (before issue 19's work on it: 291 s, 2026-12-05; 68 s at its commit 885de74 on this machine that evening)`);
    console.log(`  CPU time of this process (the core's threads, the round, the reads): ${Math.round(cpuMs)} ms; the server's not counted`);
    console.log(`  in the core: ${[...spent].map(([m, t]) => `${m} ${Math.round(t)} ms`).join(', ')}`);
    console.log(`  the candidate list then counts ${listed.result?.total ?? '?'}; a search for the first one's name (${name}) finds ${found.result?.length ?? 0}`);
    console.log(`  reads answered meanwhile: ${reads.length}, median ${median(reads).toFixed(1)} ms, p95 ${quantile(reads, 0.95).toFixed(1)} ms, longest ${Math.max(...reads).toFixed(1)} ms`);
  } finally {
    await host.close();
  }
}

void main();
