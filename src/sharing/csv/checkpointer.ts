import fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Core } from '../../db/core';
import { threadEntry } from './checkedRows';
import { ASKED, DONE, STOP, type CheckpointerSetup } from './checkpointThread';
import { logFailure } from '../../db/errors';

/**
 * Rows written between checkpoints asked of the thread: about 40 MB of log for candidates, the
 * interval the import's relaxed durability gives the writer's own checkpoints (durability.ts).
 */
const ASK_EVERY_ROWS = 10_000;
/**
 * Rows written before the writer waits for a checkpoint to finish: the log starts again from its
 * beginning only when a transaction begins with all of it copied, which a checkpoint running
 * beside the writing never sees. The writer then waits between chunks, answering calls, while the
 * thread copies what came since the checkpoint asked before: 150–220 ms a wait here (load 2 to 6),
 * whatever the interval, so 100,000 candidates waited 0.6–0.9 s in four waits every 20,000 rows,
 * 0.3–0.4 s in two every 40,000 (three runs of each, alternated). The log grows to about 235 MB
 * for them rather than 135 MB (80 MB with the writer's own checkpoints).
 */
const CATCH_UP_EVERY_ROWS = 40_000;

/** What an import tells the thread that checkpoints for it. */
export interface Checkpoints {
  /** After each chunk has committed: may ask for a checkpoint, or wait for one between chunks. */
  afterChunk(rows: number): Promise<void>;
  /** Stops the thread once its checkpoint in hand is done, and gives the writer its own checkpoints back. */
  end(): Promise<void>;
}

/**
 * The write-ahead log copied into the database on a thread of its own while an import writes.
 * A checkpoint (about 40 MB, with its two syncs) on the writer's thread ran inside the commit of
 * every other chunk, 0.1–0.3 s here, and a call waiting for the writer waited for it; the writer's
 * own checkpoints are off meanwhile. The thread starts when the first checkpoint is due (it
 * takes a moment to load; a small import needs none). Where no thread can be had (code bundled on
 * its own, the system's limit) or it stops or fails, the writer checkpoints itself as before.
 */
export function checkpointsAside(
  core: Core,
  { askEveryRows = ASK_EVERY_ROWS, catchUpEveryRows = CATCH_UP_EVERY_ROWS } = {},
): Checkpoints {
  const counts = new Int32Array(new SharedArrayBuffer(12));
  let thread: { exited: Promise<void>; running: boolean } | null = null;
  let failed = false;
  const before = core.db.pragma('wal_autocheckpoint', { simple: true }) as number;
  let sinceAsked = 0;
  let sinceCaughtUp = 0;
  const idle = () => Atomics.load(counts, DONE) === Atomics.load(counts, ASKED);
  const ask = () => {
    Atomics.add(counts, ASKED, 1);
    Atomics.notify(counts, ASKED);
  };
  const giveBack = () => core.db.pragma(`wal_autocheckpoint = ${before}`);

  async function start(): Promise<void> {
    const entry = await threadEntry();
    if (!fs.existsSync(entry)) {
      failed = true;
      return;
    }
    const setup: CheckpointerSetup = { role: 'wal-checkpointer', file: core.file, nativeBinding: core.nativeBinding, shared: counts.buffer as SharedArrayBuffer };
    try {
      const worker = new Worker(entry, { workerData: setup });
      const started = { exited: new Promise<void>((resolve) => worker.once('exit', () => resolve())), running: true };
      // Should the thread stop early, the writer's own checkpoints come back.
      const stopped = () => {
        if (!started.running) return;
        started.running = false;
        if (core.db.open) giveBack();
      };
      // An error the thread does not catch (its code failing to load, out of memory, a throw in a
      // finally) is thrown on the writer's thread where no one listens for it, and takes the core's
      // writer down mid-import. Logged instead, and the writer checkpoints itself from then on.
      worker.on('error', (error) => {
        logFailure('the thread copying an import’s log into the database failed; the writer checkpoints itself', error, core.file);
        stopped();
      });
      void started.exited.then(stopped);
      thread = started;
      core.db.pragma('wal_autocheckpoint = 0');
    } catch (error) {
      failed = true;
      console.error('[shortlist] an import checkpoints on the writer’s thread: no thread of its own could be started', error);
    }
  }

  return {
    async afterChunk(rows) {
      sinceAsked += rows;
      sinceCaughtUp += rows;
      if (!thread && !failed && sinceAsked >= askEveryRows) await start();
      if (!thread?.running) return;
      if (sinceCaughtUp >= catchUpEveryRows) {
        if (idle()) ask();
        // Between chunks: calls are answered while the thread copies.
        while (thread.running && !idle()) await new Promise((resolve) => setTimeout(resolve, 5));
        sinceCaughtUp = sinceAsked = 0;
      } else if (sinceAsked >= askEveryRows && idle()) {
        ask();
        sinceAsked = 0;
      }
    },
    async end() {
      if (!thread) return;
      Atomics.store(counts, STOP, 1);
      Atomics.notify(counts, ASKED);
      await thread.exited;
    },
  };
}
