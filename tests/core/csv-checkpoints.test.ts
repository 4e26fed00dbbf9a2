import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { threadEntry, useThreadEntry } from '../../src/sharing/csv/checkedRows';
import { checkpointsAside } from '../../src/sharing/csv/checkpointer';
import { runImport } from '../../src/sharing/csv/importer';
import { prepareCsv } from '../../src/sharing/csv/source';
import { candidatesAsChunksWrite } from './csv-helpers';
import { freshApp, queued, tempDir, type TestApp } from './helpers';

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
    // All of the log was copied before the writer wrote again, so its next write starts the log
    // afresh: a few frames, where the 2,000 candidates' frames would still be ahead of it.
    candidatesAsChunksWrite(app, 1, 'Ada Lovelace', 'Go');
    const [result] = app.core.db.pragma('wal_checkpoint(PASSIVE)') as { log: number }[];
    expect(result!.log).toBeLessThan(100);
    await checkpoints.end();
    expect(autocheckpoint(app)).toBe(before);
    expect(app.call('candidates.list', { query: 'hopper', limit: 1 }).total).toBe(2010);
    expect(app.call('candidates.list', { query: 'lovelace', limit: 1 }).total).toBe(1);
  });

  it('a thread that fails gives the writer its checkpoints back, and the import goes on whole', async () => {
    const app = await freshApp();
    const relaxed = autocheckpoint(app);
    // The core's thread script, but one that throws as it starts in the role that checkpoints
    // (as code that fails to load or runs out of memory would); it reads rows as before.
    const real = await threadEntry();
    const failing = path.join(tempDir(), 'failing-checkpointer.mjs');
    fs.writeFileSync(
      failing,
      `import { workerData } from 'node:worker_threads';
if (workerData?.role === 'wal-checkpointer') throw new Error('out of memory');
await import(${JSON.stringify(pathToFileURL(real).href)});
`,
    );
    const rows = ['Name,Email', ...Array.from({ length: 30_000 }, (_, i) => `Person ${i},p${i}@example.com`)].join('\n');
    const csv = prepareCsv(Buffer.from(rows), { kind: 'candidates', encoding: null, delimiter: null, mapping: null, createMissingClients: false });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const seen: number[] = [];
    useThreadEntry(failing);
    try {
      // Chunks of at most 5,000 rows: the thread is started after 10,000 and has failed by 20,000.
      const result = await runImport(app.core, csv, { onProgress: () => seen.push(autocheckpoint(app) as number) });
      expect(result).toMatchObject({ rowsRead: 30_000, accepted: 30_000, stopped: false });
      expect(logged.mock.calls.some(([message]) => String(message).includes('the writer checkpoints itself'))).toBe(true);
    } finally {
      useThreadEntry(real);
      logged.mockRestore();
    }
    // Off while the thread was thought to run, then the writer's own again for the chunks after.
    expect(seen).toContain(0);
    expect(seen.at(-1)).not.toBe(0);
    expect(autocheckpoint(app)).toBe(relaxed);
    expect(queued(app)).toBe(0);
    expect(app.call('candidates.list', { query: 'person', limit: 1 }).total).toBe(30_000);
  });
});
