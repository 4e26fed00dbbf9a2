import fs from 'node:fs';
import type { SyncSummary } from '../api/sync';
import { closeDatabase, openDatabase } from '../db/open';
import { connectHub, hubUser } from '../sync/hub';
import { explainSyncError } from '../sync/hubErrors';
import { HUB_VERSION, initHub } from '../sync/hubSchema';
import { corePort } from '../sync/corePort';
import { syncRound } from '../sync/round';
import { describeMerge } from './import';

/**
 * `shortlist sync`: one round with the agency server, as the app runs every 30 s: what went up,
 * what came down, the conflicts and likely duplicates. The password comes from where psql looks
 * for it (PGPASSWORD, ~/.pgpass). Exit 1 when it did not go through (offline included).
 */
export async function syncCommand(db: string, hub: string): Promise<{ lines: string[]; ok: boolean }> {
  if (!fs.existsSync(db)) throw new Error(`There is no database at ${db}. Check --db.`);
  const core = await openDatabase(db);
  try {
    const summary = await syncRound(corePort(core), { url: hub });
    await core.background.settled();
    return { lines: describeSync(summary), ok: !summary.status.offline && summary.status.problem === null };
  } finally {
    closeDatabase(core);
  }
}

export function describeSync(summary: SyncSummary): string[] {
  const { status } = summary;
  const lines = [`Pushed: ${summary.pushed} changes`, `Pulled: ${summary.pulled} changes`];
  if (summary.pulled > 0) lines.push(...describeMerge(summary, 'Nothing new: this database already had everything pulled.'));
  if (status.offline) lines.push('Offline: the agency server cannot be reached. Your changes wait here and go up at the next sync.');
  if (status.problem) lines.push(`Not synced: ${status.problem}`);
  lines.push(`Changes waiting to go up: ${status.waiting}`);
  return lines;
}

/** `shortlist hub init`: the schema, the recruiters' group role and its row-level security, and the named recruiters. */
export async function hubInitCommand(hub: string, recruiters: readonly string[]): Promise<string[]> {
  const client = await connectHub({ url: hub }).catch((error: unknown) => {
    throw explainSyncError(error, hubUser({ url: hub }));
  });
  try {
    const { hubId, created, joined } = await initHub(client, recruiters);
    const lines = [`The agency server is ready for Shortlist (server version ${HUB_VERSION}, id ${hubId}).`];
    for (const role of joined) lines.push(`  ${role} may sync${created.includes(role) ? ' (new user: set its password, e.g. \\password in psql)' : ''}`);
    lines.push('Remove a recruiter with: REVOKE shortlist_recruiter FROM <user>;');
    return lines;
  } catch (error) {
    throw explainSyncError(error, hubUser({ url: hub }));
  } finally {
    await client.end().catch(() => undefined);
  }
}
