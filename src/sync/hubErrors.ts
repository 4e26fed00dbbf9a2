/**
 * Why a sync did not go through, in words a recruiter can act on. "offline" is not a problem: the
 * work waits and goes up later, and the app says so quietly.
 */
export type SyncProblemKind = 'offline' | 'login' | 'denied' | 'not_set_up' | 'newer' | 'address' | 'tls' | 'taken' | 'failed';

export class SyncProblem extends Error {
  constructor(
    readonly kind: SyncProblemKind,
    message: string,
  ) {
    super(message);
    this.name = 'SyncProblem';
  }
}

/** Network failures that mean "not reachable now", not "wrong". */
const OFFLINE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', '57P01', '57P02', '57P03', '08006', '08001', '08003']);

/** What an error from the connection or the server means for the recruiter. */
export function explainSyncError(error: unknown, user: string): SyncProblem {
  if (error instanceof SyncProblem) return error;
  const { code, message = '' } = error as { code?: string; message?: string };
  if ((code && OFFLINE_CODES.has(code)) || /timeout|terminated|Connection ended|closed|connection error|not queryable/i.test(message)) {
    return new SyncProblem('offline', 'The agency server cannot be reached: your changes wait here and go up once it can.');
  }
  if (code === '28P01' || code === '28000') {
    return new SyncProblem('login', `The agency server refused the user “${user}” or its password: check them in Settings → Agency sync.`);
  }
  if (code === '42501') {
    return new SyncProblem('denied', `The user “${user}” may no longer use the agency server: ask your agency’s admin.`);
  }
  if (code === '3D000') return new SyncProblem('address', `The agency server has no such database: check the address in Settings → Agency sync. (${message})`);
  if (/SSL|TLS|certificate/i.test(message)) {
    return new SyncProblem('tls', `The connection to the agency server could not be encrypted: ${message}. Ask your agency’s admin.`);
  }
  if (/row-level security/.test(message)) {
    return new SyncProblem('taken', 'The agency server knows this computer under another user: sync as the user you first synced with, or ask your admin.');
  }
  return new SyncProblem('failed', `The sync did not go through: ${message || String(error)}`);
}
