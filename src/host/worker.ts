import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { ApiError, type Outcome } from '../api/errors';
import { restoreDatabase } from '../backups/restore';
import { systemClock } from '../db/clock';
import type { Core } from '../db/core';
import { OpenError } from '../db/openError';
import { checkIntegrity, closeDatabase, closedCleanly, openDatabase } from '../db/open';
import { openReader } from '../db/reader';
import { statement } from '../db/statements';
import { proposeFollowUps } from '../reminders/proposals/run';
import { catchUpSearchIndex } from '../search/searchIndex';
import { dispatch } from '../server/dispatch';
import { useThreadEntry } from '../sharing/csv/checkedRows';
import { runCsvReader, type ReaderSetup } from '../sharing/csv/readerThread';
import { runCheckpointer, type CheckpointerSetup } from '../sharing/csv/checkpointThread';
import { announceTasksWith, taskCancelled, withTaskProgress, type TaskProgress } from '../tasks/progress';
import type { FromWorker, ToWorker, WorkerSetup } from './protocol';

/** How often a task's progress crosses to the host at most: a bar needs no more. */
const PROGRESS_EVERY_MS = 100;

/**
 * One connection of the core on a thread of its own: the writer, or a reader. It answers the
 * host's messages one at a time, each call through the same dispatcher the tests use.
 */
export async function runWorker(setup: WorkerSetup, port: MessagePort): Promise<void> {
  const post = (message: FromWorker) => port.postMessage(message);
  if (setup.role === 'restorer') {
    post({ type: 'restored', outcome: await restore(setup) });
    port.close();
    return;
  }
  // Loading the core's code takes longer than opening: a reader loads it beside the writer, then waits.
  await new Promise<void>((resolve) => port.once('message', (message: ToWorker) => message.type === 'open' && resolve()));
  let core: Core;
  let needsCheck = false;
  try {
    if (setup.role === 'writer') {
      needsCheck = !closedCleanly(setup.file, setup.nativeBinding);
      core = await openDatabase(setup.file, { nativeBinding: setup.nativeBinding, timeZone: setup.timeZone, deferIntegrityCheck: true });
    } else {
      core = openReader(setup.file, setup);
    }
  } catch (error) {
    const reason = error instanceof OpenError ? error.reason : undefined;
    const err = error instanceof Error ? error : new Error(String(error));
    post({ type: 'failed', error: { name: err.name, reason, message: err.message } });
    return;
  }
  post({ type: 'ready', deviceId: core.deviceId, schemaVersion: core.schemaVersion, needsCheck });
  const cancels = announceBackgroundTasks(core, post);
  const waiting = setup.waiting ? new Int32Array(setup.waiting) : null;
  if (waiting) core.callsWaiting = () => Atomics.load(waiting, 0) > 0;

  const changes = () => statement(core.db, 'SELECT total_changes()').pluck().get() as number;
  port.on('message', (message: ToWorker) => {
    // Counted by the host as it posted them (WorkerHandle): taken up now.
    if (waiting && message.type !== 'open' && message.type !== 'close') Atomics.sub(waiting, 0, 1);
    switch (message.type) {
      case 'call': {
        const before = changes();
        const run = () => dispatch(core, message.method, message.input);
        const outcome = message.cancel ? withTaskProgress(core, progressFor(message.id, message.cancel, post), run) : run();
        post({ type: 'result', id: message.id, outcome, wrote: changes() !== before });
        return;
      }
      case 'propose': {
        // Its progress reaches the Tasks list only when a run lasts (the first at 100k candidates).
        const progress = progressFor(message.id, message.cancel, post);
        post({ type: 'result', id: message.id, outcome: guarded(() => withTaskProgress(core, progress, () => propose(core))), wrote: false });
        return;
      }
      case 'check': {
        const progress = progressFor(message.id, message.cancel, post);
        progress.report(0, 'Checking your data after Shortlist was not closed properly');
        post({ type: 'result', id: message.id, outcome: guarded(() => checkIntegrity(core)), wrote: false });
        return;
      }
      case 'cancel-task':
        cancels.get(message.taskId)?.();
        return;
      case 'close':
        void core.background.settled().finally(() => {
          if (setup.role === 'writer') closeDatabase(core);
          else core.db.close();
          post({ type: 'closed' });
          port.close();
        });
    }
  });
}

async function restore(setup: WorkerSetup): Promise<Outcome<unknown>> {
  try {
    const result = await restoreDatabase(setup.file, setup.from!, { clock: systemClock, nativeBinding: setup.nativeBinding, timeZone: setup.timeZone });
    return { ok: true, result };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error: error.toJSON() };
    console.error('[shortlist] restoring a backup failed', error);
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'internal', message: `The backup could not be restored (${message}); your database was kept aside in backups/ first.` } };
  }
}

/** Passes progress on at most every PROGRESS_EVERY_MS, and always the end: a bar needs no more. */
function throttled(send: (done: number, doing: string) => void): (done: number, doing: string) => void {
  let lastSent = 0;
  return (done, doing) => {
    const now = Date.now();
    if (now - lastSent < PROGRESS_EVERY_MS && done < 1) return;
    lastSent = now;
    send(done, doing);
  };
}

/** Tells the host of background work as it begins, goes on and ends; returns how to cancel each. */
function announceBackgroundTasks(core: Core, post: (message: FromWorker) => void): Map<number, () => void> {
  const cancels = new Map<number, () => void>();
  let next = 1;
  announceTasksWith(core, {
    begin(label, cancel) {
      const taskId = next++;
      if (cancel) cancels.set(taskId, cancel);
      post({ type: 'task-begin', taskId, label, cancellable: cancel !== null });
      return {
        report: throttled((done, doing) => post({ type: 'task-progress', taskId, done, doing })),
        end(outcome) {
          cancels.delete(taskId);
          post({ type: 'task-end', taskId, outcome });
        },
      };
    },
  });
  return cancels;
}

/** Brings the proposed follow-ups up to date in a transaction of their own (one query when nothing changed). */
function propose(core: Core): void {
  core.db
    .transaction(() => {
      proposeFollowUps(core);
      catchUpSearchIndex(core);
    })
    .immediate();
}

function guarded(work: () => void): Outcome<unknown> {
  try {
    work();
    return { ok: true, result: { ok: true } };
  } catch (error) {
    if (error instanceof OpenError && error.reason === 'damaged') return { ok: false, error: { code: 'damaged', message: error.message } };
    if (error instanceof ApiError) return { ok: false, error: error.toJSON() };
    console.error('[shortlist] background work on the writer failed:', error);
    return { ok: false, error: { code: 'internal', message: error instanceof Error ? error.message : String(error) } };
  }
}

function progressFor(id: number, cancel: SharedArrayBuffer, post: (message: FromWorker) => void): TaskProgress {
  const flag = new Int32Array(cancel);
  return {
    report: throttled((done, doing) => post({ type: 'progress', id, done: Math.min(1, Math.max(0, done)), doing })),
    checkCancelled() {
      if (Atomics.load(flag, 0) === 1) throw taskCancelled();
    },
  };
}

// Started as a worker by the host (src/host/host.ts), or by an import to read a CSV file's rows
// beside its writing (src/sharing/csv/checkedRows.ts) or copy its log (checkpointer.ts); importing
// this file elsewhere starts nothing.
if (!isMainThread && (workerData as ReaderSetup | undefined)?.role === 'csv-reader') {
  runCsvReader(workerData as ReaderSetup);
} else if (!isMainThread && (workerData as CheckpointerSetup | undefined)?.role === 'wal-checkpointer') {
  runCheckpointer(workerData as CheckpointerSetup);
} else if (!isMainThread && parentPort && (workerData as WorkerSetup | undefined)?.role) {
  // This script, as built or bundled, is also the reader's.
  useThreadEntry(fileURLToPath(import.meta.url));
  void runWorker(workerData as WorkerSetup, parentPort);
}
