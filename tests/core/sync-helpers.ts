import pg from 'pg';
import type { SyncSummary } from '../../src/api/sync';
import type { HubAddress } from '../../src/sync/hub';
import { initHub } from '../../src/sync/hubSchema';
import { corePort } from '../../src/sync/corePort';
import { syncRound, type CorePort } from '../../src/sync/round';
import { freshApp, type TestApp } from './helpers';
import type { TestPostgres } from './pg-helpers';

/** A laptop on the agency's server: its database, and the address it syncs with as its recruiter. */
export interface Laptop extends TestApp {
  hub: HubAddress;
  user: string;
  /** One sync round, through the contract, as the app's host runs it. */
  sync(options?: { port?: CorePort; page?: number }): Promise<SyncSummary>;
}

export interface Hub {
  database: string;
  /** Runs SQL on the hub as its admin. */
  admin<T extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params?: unknown[]): Promise<T[]>;
  /** A new laptop, for a new recruiter (or for `user`, a recruiter with a second laptop). */
  laptop(user?: { user: string; password: string }): Promise<Laptop>;
  /** A laptop already made (its database as it is) joins the agency server. */
  attach(app: TestApp, user?: { user: string; password: string }): Promise<Laptop>;
}

/** A fresh hub (its own database on the test server), set up as `shortlist hub init` does. */
export async function newHub(server: TestPostgres): Promise<Hub> {
  const database = await server.newDatabase();
  const client = new pg.Client({ connectionString: server.adminUrl(database) });
  await client.connect();
  await initHub(client, []);
  await client.end();
  let laptops = 0;
  const hub: Hub = {
    database,
    admin: (sql, params) => server.admin(sql, params, database),
    async laptop(existing) {
      const app = await freshApp();
      app.clock.advance(++laptops * 7_919); // laptops whose clocks disagree
      return hub.attach(app, existing);
    },
    async attach(app, existing) {
      const recruiter = existing ?? (await server.newRole('recruiter'));
      await server.admin(`GRANT shortlist_recruiter TO ${recruiter.user}`);
      const address = { url: server.url(recruiter.user, recruiter.password, database) };
      // As the recruiter does in Settings → Agency sync (the password goes to the keychain, not here).
      app.call('sync.configure', { address: `postgres://127.0.0.1:${server.port}/${database}`, user: recruiter.user });
      return {
        ...app,
        hub: address,
        user: recruiter.user,
        sync: (options = {}) => syncRound(options.port ?? corePort(app.core), address, { page: options.page }),
      };
    },
  };
  return hub;
}

/** Every laptop syncs, twice round (the first ones pull the later ones' pushes on the second). */
export async function syncAll(laptops: readonly Laptop[]): Promise<void> {
  for (let round = 0; round < 2; round++) for (const laptop of laptops) expectSynced(await laptop.sync());
}

export function expectSynced(summary: SyncSummary): SyncSummary {
  if (summary.status.offline || summary.status.problem) throw new Error(`The sync did not go through: ${JSON.stringify(summary.status)}`);
  return summary;
}

/** Three laptops on one hub, all holding two records of Maya Chen (the second to be merged into the first) and a job. */
export async function twoRecordsOfMaya(hub: Hub) {
  const [ann, bob, cleo] = [await hub.laptop(), await hub.laptop(), await hub.laptop()];
  const kept = ann.call('candidates.create', { name: 'Maya Chen', allowDuplicate: true });
  const dropped = ann.call('candidates.create', { name: 'Maya Chen', allowDuplicate: true });
  const client = ann.call('clients.create', { name: 'Northwind' });
  const job = ann.call('jobs.create', { clientId: client.id, title: 'Backend Engineer' });
  await syncAll([ann, bob, cleo]);
  return { ann, bob, cleo, kept, dropped, job };
}

/**
 * Ann merges two records of Maya Chen, and Bob, who has not heard yet, submits the one she
 * dropped: a row the merge has to move on whichever laptop hears of both.
 */
export async function submittedWhileMerged(hub: Hub) {
  const { ann, bob, cleo, kept, dropped, job } = await twoRecordsOfMaya(hub);
  ann.call('candidates.merge', { keepId: kept.id, dropId: dropped.id });
  const submission = bob.call('submissions.create', { candidateId: dropped.id, jobId: job.id });
  return { ann, bob, cleo, kept, submission };
}
