import type { Core } from './core';

/**
 * For a long write made of many short transactions (a CSV import of thousands of rows): commits
 * stop waiting for the disk, and the write-ahead log is copied into the database every 40 MB
 * instead of every 4 MB, so a page that many chunks change is copied once rather than at every
 * chunk. A power cut meanwhile can lose the last chunks, never damage the file; an import run
 * again reports what it had imported as duplicates (an edit saved in the window meanwhile shares
 * that risk for those seconds). The returned function puts both settings back and flushes what
 * was written to disk, so nothing is at risk once the write is over.
 */
export function relaxDurability(core: Core): () => void {
  const synchronous = core.db.pragma('synchronous', { simple: true }) as number;
  const checkpointEvery = core.db.pragma('wal_autocheckpoint', { simple: true }) as number;
  core.db.pragma('synchronous = NORMAL');
  core.db.pragma('wal_autocheckpoint = 10000');
  return () => {
    core.db.pragma(`synchronous = ${synchronous}`);
    core.db.pragma(`wal_autocheckpoint = ${checkpointEvery}`);
    // Syncs the log to disk, then copies what it can into the database.
    core.db.pragma('wal_checkpoint(PASSIVE)');
  };
}
