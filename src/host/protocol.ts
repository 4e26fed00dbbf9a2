import type { Outcome } from '../api/errors';

/** Which connection a worker holds: the one writer, or one of the readers; a restorer replaces the closed file. */
export type Role = 'writer' | 'reader' | 'restorer';

/** What a worker is started with (workerData): everything it needs to open its connection. */
export interface WorkerSetup {
  file: string;
  role: Role;
  nativeBinding?: string;
  timeZone?: string;
  /** For a restorer: the backup to put in the file's place. */
  from?: string;
  /**
   * One Int32: the messages the host has posted that the worker has not yet taken up, so long
   * work between calls (a CSV import) can see that one waits and step aside.
   */
  waiting?: SharedArrayBuffer;
}

/** The host's messages to a worker. */
export type ToWorker =
  /** Opens the connection: a reader waits for it until the writer has opened (and migrated) the file. */
  | { type: 'open' }
  | {
      type: 'call';
      id: number;
      method: string;
      input: unknown;
      /** For a task: one Int32 the host sets to 1 to cancel it. */
      cancel?: SharedArrayBuffer;
    }
  /** Writer only: brings the proposed follow-ups up to date (cheap when nothing changed). */
  | { type: 'propose'; id: number; cancel: SharedArrayBuffer }
  /** Writer only: the integrity check after an unclean close, as a task. */
  | { type: 'check'; id: number; cancel: SharedArrayBuffer }
  /** Asks a background task of this worker's (beginBackgroundTask) to stop. */
  | { type: 'cancel-task'; taskId: number }
  | { type: 'close' };

/** A worker's messages to the host. */
export type FromWorker =
  | { type: 'ready'; deviceId: string; schemaVersion: number; needsCheck: boolean }
  | { type: 'failed'; error: { name: string; reason?: string; message: string } }
  | { type: 'result'; id: number; outcome: Outcome<unknown>; wrote: boolean }
  | { type: 'progress'; id: number; done: number; doing: string }
  | { type: 'task-begin'; taskId: number; label: string; cancellable: boolean }
  | { type: 'task-progress'; taskId: number; done: number; doing: string }
  | { type: 'task-end'; taskId: number; outcome: Outcome<unknown> }
  | { type: 'closed' }
  | { type: 'restored'; outcome: Outcome<unknown> };
