/**
 * What can go wrong with the file itself rather than with what was asked of it, whoever notices
 * it (SQLite or Node's file system): each has its own message naming the file and what to do.
 */
export type Fault = 'damaged' | 'disk_full' | 'read_only' | 'no_permission' | 'locked' | 'is_folder' | 'unreachable' | 'disk_error';

export type OpenFailure = 'not_a_database' | 'not_shortlist' | 'newer_version' | Fault;

/** Why a file could not be opened; the file is left exactly as it was. `cause` keeps SQLite's or the system's own error, for the log. */
export class OpenError extends Error {
  constructor(
    readonly reason: OpenFailure,
    message: string,
    options?: { cause: unknown },
  ) {
    super(message, options);
    this.name = 'OpenError';
  }
}
