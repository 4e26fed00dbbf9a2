import Database from 'better-sqlite3';
import { logFailure } from '../../db/errors';

/** What the thread that copies an import's write-ahead log into the database is started with (workerData). */
export interface CheckpointerSetup {
  role: 'wal-checkpointer';
  file: string;
  nativeBinding?: string;
  /** Int32s at ASKED, DONE and STOP: checkpoints asked by the writer, the last asked one done, and whether to stop. */
  shared: SharedArrayBuffer;
}

export const ASKED = 0;
export const DONE = 1;
export const STOP = 2;

/**
 * The log's copying into the database during an import, on a connection and thread of its own
 * (checkpointer.ts): each checkpoint the writer asks for, one at a time, until told to stop. A
 * checkpoint copies pages the writer no longer changes and never blocks its commits (WAL lets one
 * checkpoint run beside one writer), so a call waiting for the writer no longer waits for it.
 */
export function runCheckpointer(setup: CheckpointerSetup): void {
  const counts = new Int32Array(setup.shared);
  let db: Database.Database | null = null;
  try {
    db = new Database(setup.file, { nativeBinding: setup.nativeBinding, fileMustExist: true, timeout: 5000 });
    for (;;) {
      const asked = Atomics.load(counts, ASKED);
      if (Atomics.load(counts, STOP) === 1) break;
      if (asked === Atomics.load(counts, DONE)) {
        Atomics.wait(counts, ASKED, asked, 500);
        continue;
      }
      db.pragma('wal_checkpoint(PASSIVE)');
      Atomics.store(counts, DONE, asked);
      Atomics.notify(counts, DONE);
    }
  } catch (error) {
    // The writer's own checkpoints take over (checkpointer.ts): slower, nothing lost.
    logFailure('the thread copying an import’s log into the database stopped', error, setup.file);
  } finally {
    db?.close();
  }
}
