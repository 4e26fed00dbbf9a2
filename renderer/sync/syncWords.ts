import type { SyncStatus } from '../../src/api/sync';
import { formatAgo } from '../ui/dates';

export type SyncTone = 'ok' | 'waiting' | 'problem';

const changes = (n: number) => (n === 1 ? '1 change' : `${n.toLocaleString()} changes`);

/** The sync's state in the recruiter's words: a headline and what it means for their work. */
export function describeSyncStatus(status: SyncStatus, now = new Date()): { headline: string; detail: string; tone: SyncTone } {
  const waiting = status.waiting > 0 ? `${changes(status.waiting)} waiting to go up` : 'Nothing waiting to go up';
  if (status.problem) return { headline: 'Not syncing', detail: status.problem, tone: 'problem' };
  if (status.offline) {
    return { headline: 'Offline', detail: status.waiting > 0 ? `${waiting}: they go up once the server can be reached` : 'The agency server cannot be reached', tone: 'waiting' };
  }
  if (status.paused) return { headline: 'Sync paused', detail: waiting, tone: 'waiting' };
  if (!status.syncedAt) return { headline: 'Not synced yet', detail: waiting, tone: 'waiting' };
  const synced = `Synced ${formatAgo(status.syncedAt, now)}`;
  // Syncing works; what the recruiter can do is ask a colleague to set their clock right.
  if (status.clockAhead) return { headline: synced, detail: status.clockAhead.message, tone: 'waiting' };
  return { headline: synced, detail: status.waiting > 0 ? waiting : 'Up to date', tone: 'ok' };
}
