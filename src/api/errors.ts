/** What went wrong, in a form both the UI and a script can act on. */
export type ErrorCode =
  | 'invalid_input' // the call's input failed its schema or a rule; `field` names the culprit
  | 'not_found' // the record does not exist or is in the trash
  | 'duplicate' // the change would create a second live record where only one may exist
  | 'unknown_method'
  | 'bad_request' // the transport itself was misused (not JSON, wrong origin…)
  | 'unsupported' // this app (the browser preview) cannot do that; the desktop app can
  | 'cancelled' // the recruiter stopped a task; it left nothing half-done
  | 'busy' // other long work is running that this cannot run beside; the message says which
  | 'damaged' // the database file is damaged: nothing more is written to it; restore a backup
  | 'storage' // the disk or the file refused (full, read-only, no permission, a folder); the message names the file and what to do
  | 'internal';

export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  field?: string;
}

export class ApiError extends Error implements ApiErrorBody {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toJSON(): ApiErrorBody {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field };
  }
}

/** The envelope every transport (IPC, HTTP) carries back. */
export type Outcome<R> = { ok: true; result: R } | { ok: false; error: ApiErrorBody };
