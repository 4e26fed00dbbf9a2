import type { ParsedInput } from '../api/contract';
import { ApiError } from '../api/errors';
import type { SyncStatus } from '../api/sync';
import type { Core } from '../db/core';
import { statement } from '../db/statements';
import { clockAheadNow } from '../sharing/clockAhead';
import { waitingCount, watchTables } from './outbox';

interface StateRow {
  address: string | null;
  user: string | null;
  paused: number;
  synced_at: string | null;
  offline: number;
  problem: string | null;
}

/** `sync.status`: what the sidebar shows, always. */
export function syncStatus(core: Core): SyncStatus {
  const state = statement(core.db, 'SELECT address, user, paused, synced_at, offline, problem FROM sync_state').get() as StateRow;
  return {
    configured: Boolean(state.address && state.user),
    address: state.address,
    user: state.user,
    paused: state.paused === 1,
    syncedAt: state.synced_at,
    waiting: waitingCount(core),
    offline: state.offline === 1,
    problem: state.problem,
    clockAhead: clockAheadNow(core),
  };
}

/** `sync.record`: how the last try went. An unreachable server is "offline", never a problem. */
export function recordOutcome(core: Core, { outcome, problem }: ParsedInput<'sync.record'>): SyncStatus {
  const now = core.clock.now().toISOString();
  if (outcome === 'synced') statement(core.db, 'UPDATE sync_state SET synced_at = ?, tried_at = ?, offline = 0, problem = NULL').run(now, now);
  else if (outcome === 'offline') statement(core.db, 'UPDATE sync_state SET tried_at = ?, offline = 1, problem = NULL').run(now);
  else statement(core.db, 'UPDATE sync_state SET tried_at = ?, offline = 0, problem = ?').run(now, problem ?? 'The sync did not go through.');
  return syncStatus(core);
}

/**
 * `sync.configure`: the agency server's address and this recruiter's user (the password goes to
 * the system's keychain, never here). Only postgres:// addresses; no password inside them.
 */
export function configureSync(core: Core, { address, user }: ParsedInput<'sync.configure'>): SyncStatus {
  if (address !== '') {
    let url: URL;
    try {
      url = new URL(address);
    } catch {
      throw new ApiError('invalid_input', 'Write the address as postgres://server/database, e.g. postgres://db.agency.example/shortlist.', 'address');
    }
    if (!['postgres:', 'postgresql:'].includes(url.protocol) || !url.hostname) {
      throw new ApiError('invalid_input', 'Write the address as postgres://server/database, e.g. postgres://db.agency.example/shortlist.', 'address');
    }
    if (url.password) throw new ApiError('invalid_input', 'Leave the password out of the address: type it in the password box, which keeps it in your keychain.', 'address');
    if (address !== '' && user === '') throw new ApiError('invalid_input', 'Type your user name on the agency server.', 'user');
  }
  statement(core.db, 'UPDATE sync_state SET address = ?, user = ?, offline = 0, problem = NULL').run(address || null, user || null);
  if (address !== '') watchTables(core);
  return syncStatus(core);
}

/** `sync.pause`: stops the background sync (Sync now still works) until resumed. */
export function pauseSync(core: Core, { paused }: ParsedInput<'sync.pause'>): SyncStatus {
  statement(core.db, 'UPDATE sync_state SET paused = ?').run(paused ? 1 : 0);
  return syncStatus(core);
}
