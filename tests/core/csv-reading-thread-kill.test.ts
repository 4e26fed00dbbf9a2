import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../src/db/open';
import { bundledFile } from '../../src/host/options';

/**
 * An import whose rows are read on a thread of their own, killed at moments spread over its
 * chunks: what is in the database is whole chunks of the file's first rows, at least those it
 * reported, never a row the reader had checked but the writer had not committed.
 */
let dir: string;
let child: string;
let workerEntry: string;
let csv: string;
/** Several chunks' worth (a chunk holds at most 5,000 rows), the first megabyte read on the writer's thread. */
const ROWS = 45_000;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shortlist-csv-kill-'));
  child = await bundledFile(path.join(import.meta.dirname, 'crash/csvThreadChild.ts'), 'csv-thread-child');
  workerEntry = await bundledFile(path.join(import.meta.dirname, '../../src/host/worker.ts'), 'core-worker');
  csv = path.join(dir, 'candidates.csv');
  fs.writeFileSync(csv, ['Name,Email', ...Array.from({ length: ROWS }, (_, i) => `Row ${i},row${i}@example.com`)].join('\n'));
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Runs the child on a new database; kills it once it has reported `chunks` chunks (at once after it started, for 0). */
function importKilled(file: string, chunks: number): Promise<string[]> {
  const process_ = spawn(process.execPath, [child, file, csv, workerEntry], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let errors = '';
  process_.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  process_.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    if (output.split('\n').filter((line) => line.startsWith(chunks === 0 ? 'started' : 'accepted ')).length >= Math.max(chunks, 1)) {
      process_.kill('SIGKILL');
    }
  });
  return new Promise((resolve, reject) =>
    process_.once('exit', (code, signal) => {
      if (code !== 0 && signal !== 'SIGKILL') return reject(new Error(`the child failed (${code}): ${errors}`));
      resolve(output.split('\n').slice(0, -1));
    }),
  );
}

describe('killing an import whose rows are read on a thread of their own', { timeout: 300_000 }, () => {
  it.each([
    ['as it starts', 0],
    ['after a chunk', 1],
    ['after two chunks', 2],
    // By then the log is copied into the database by a thread of its own too (checkpointer.ts).
    ['after five chunks', 5],
  ] as const)('killed %s: whole chunks of the first rows, at least those reported', async (_, chunks) => {
    const file = path.join(dir, `killed-${chunks}.db`);
    await openDatabase(file).then(closeDatabase);
    const lines = await importKilled(file, chunks);
    const reported = Math.max(0, ...lines.filter((l) => l.startsWith('accepted ')).map((l) => Number(l.slice(9))));
    const core = await openDatabase(file);
    try {
      expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
      const names = core.db.prepare('SELECT name FROM candidates').pluck().all() as string[];
      expect(names.length).toBeGreaterThanOrEqual(reported);
      expect(new Set(names)).toEqual(new Set(Array.from({ length: names.length }, (_, i) => `Row ${i}`)));
      if (!lines.includes('done')) expect(names.length).toBeLessThan(ROWS);
    } finally {
      closeDatabase(core);
    }
  });
});
