import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkpointsAside } from '../../src/sharing/csv/checkpointer';
import { candidatesAsChunksWrite } from './csv-helpers';
import { freshApp, type TestApp } from './helpers';

const autocheckpoint = (app: TestApp) => app.core.db.pragma('wal_autocheckpoint', { simple: true });

describe("an import's log copied into the database on a thread of its own", () => {
  it('copies what the chunks wrote while the writer checkpoints nothing itself, and gives its checkpoints back', async () => {
    const app = await freshApp();
    const before = autocheckpoint(app);
    const checkpoints = checkpointsAside(app.core, { askEveryRows: 1, catchUpEveryRows: 2 });
    const fileSize = () => fs.statSync(app.file).size;
    candidatesAsChunksWrite(app, 10, 'Grace Hopper', 'COBOL');
    // The first checkpoint due starts the thread, and the writer's own checkpoints stop.
    await checkpoints.afterChunk(1);
    expect(autocheckpoint(app)).toBe(0);
    const empty = fileSize();
    candidatesAsChunksWrite(app, 2000, 'Grace Hopper', 'COBOL');
    // The second chunk waits (between chunks) until the thread has copied all that was written.
    await checkpoints.afterChunk(1);
    expect(fileSize()).toBeGreaterThan(empty + 1_000_000);
    // Nothing left in the log for the writer to copy.
    const [result] = app.core.db.pragma('wal_checkpoint(PASSIVE)') as { log: number; checkpointed: number }[];
    expect(result!.checkpointed).toBe(result!.log);
    await checkpoints.end();
    expect(autocheckpoint(app)).toBe(before);
    expect(app.call('candidates.list', { query: 'hopper', limit: 1 }).total).toBe(2010);
  });
});
