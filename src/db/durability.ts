import type { Core } from './core';

interface Relaxed {
  writers: number;
  synchronous: number;
  checkpointEvery: number;
}

const relaxed = new WeakMap<Core, Relaxed>();

/**
 * For a long write made of many short transactions (a CSV import of thousands of rows): commits
 * stop waiting for the disk, and the write-ahead log is copied into the database every 40 MB
 * instead of every 4 MB, so a page that many chunks change is copied once rather than at every
 * chunk. A power cut meanwhile can lose the last chunks, never damage the file; an import run
 * again reports what it had imported as duplicates (an edit saved in the window meanwhile shares
 * that risk for those seconds). The returned function ends this writer's part: when the last of
 * the writers running at once is done, the settings are put back and what was written is flushed
 * to disk, so nothing is at risk once the writes are over.
 */
export function relaxDurability(core: Core): () => void {
  let state = relaxed.get(core);
  if (!state) {
    state = {
      writers: 0,
      synchronous: core.db.pragma('synchronous', { simple: true }) as number,
      checkpointEvery: core.db.pragma('wal_autocheckpoint', { simple: true }) as number,
    };
    relaxed.set(core, state);
    core.db.pragma('synchronous = NORMAL');
    core.db.pragma('wal_autocheckpoint = 10000');
  }
  state.writers++;
  let done = false;
  return () => {
    if (done) return;
    done = true;
    if (--state.writers > 0) return;
    relaxed.delete(core);
    core.db.pragma(`synchronous = ${state.synchronous}`);
    core.db.pragma(`wal_autocheckpoint = ${state.checkpointEvery}`);
    // Syncs the log to disk, then copies what it can into the database.
    core.db.pragma('wal_checkpoint(PASSIVE)');
  };
}
