import os from 'node:os';
import { ApiError } from '../api/errors';
import { statement } from '../db/statements';
import type { Handlers } from '../server/handler';
import { lackedCopies, readCopies } from './copies';
import { beginRound, mergePulled } from './merge';
import { joinHub, markSent, outgoing } from './outbox';
import { configureSync, pauseSync, recordOutcome, syncStatus } from './status';

type SyncMethods =
  | 'desktop.keepSyncPassword'
  | 'sync.now'
  | 'sync.status'
  | 'sync.configure'
  | 'sync.pause'
  | 'sync.begin'
  | 'sync.outgoing'
  | 'sync.sent'
  | 'sync.lacked'
  | 'sync.blobs'
  | 'sync.merge'
  | 'sync.record';

/**
 * The core's side of a sync round (src/sync/round.ts runs it, with the network, in the host):
 * what to push, what the server now holds, merging what was pulled, and how it went. Each step is
 * one call, so a connection lost between them leaves both sides consistent.
 */
export const syncHandlers: Handlers<SyncMethods> = {
  'sync.now': () => {
    throw new ApiError('unsupported', 'Syncing is done by the app around the core (it needs the network): this core cannot do it alone.');
  },
  'desktop.keepSyncPassword': () => {
    throw new ApiError(
      'unsupported',
      'The browser preview cannot keep a password: it connects with PGPASSWORD or ~/.pgpass of the computer it runs on.',
      'password',
    );
  },
  'sync.status': syncStatus,
  'sync.configure': configureSync,
  'sync.pause': pauseSync,
  'sync.begin': (core, { hubId }) => {
    joinHub(core, hubId);
    beginRound(core);
    return {
      deviceId: core.deviceId,
      deviceName: os.hostname(),
      person: personName(),
      pulledThrough: statement(core.db, 'SELECT pulled_through FROM sync_state').pluck().get() as number,
    };
  },
  'sync.outgoing': (core, { limit }) => outgoing(core, limit),
  'sync.sent': (core, { versions }) => ({ waiting: markSent(core, versions) }),
  'sync.lacked': (core, { files }) => lackedCopies(core, files),
  'sync.blobs': (core, { files }) => readCopies(core, files),
  'sync.merge': mergePulled,
  'sync.record': recordOutcome,
};

function personName(): string | null {
  try {
    return os.userInfo().username;
  } catch {
    return null;
  }
}
