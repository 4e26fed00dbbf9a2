/**
 * Importing again from a laptop already imported (issue 19): an export of the 100k data set merged
 * into a copy of it once (the whole file read, as every import did before), then the same export
 * again, then exports with a few changes, each read only for what changed since. Everything on
 * copies in a temporary folder; the shared data set is never written.
 *   node --import tsx scripts/bench-import-again.ts [bench/demo-100000.db]
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '../src/db/core';
import { backupDatabase, closeDatabase, openDatabase } from '../src/db/open';
import { dispatch } from '../src/server/dispatch';
import { quantile } from './quantile';

const dataSet = path.resolve(process.argv[2] ?? 'bench/demo-100000.db');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shortlist-bench-import-'));

function call(core: Core, method: string, input: unknown): unknown {
  const outcome = dispatch(core, method, input);
  if (!outcome.ok) throw new Error(`${method}: ${outcome.error.message}`);
  return outcome.result;
}

function timed<T>(run: () => T): [number, T] {
  const start = performance.now();
  const result = run();
  return [performance.now() - start, result];
}

const median = (samples: number[]) => quantile(samples, 0.5);
const ms = (value: number) => `${Math.round(value)} ms`;

async function main(): Promise<void> {
  const colleague = path.join(dir, 'colleague.db');
  const mine = path.join(dir, 'mine.db');
  fs.copyFileSync(dataSet, colleague);
  fs.copyFileSync(dataSet, mine);
  // Both laptops hold the data set's attached files, as real ones would: linked, not copied (an
  // import only ever adds a missing copy, so the shared ones are never written).
  const files = path.join(path.dirname(dataSet), 'files');
  if (fs.existsSync(files)) execFileSync('cp', ['-al', files, path.join(dir, 'files')]);
  const [theirs, ours] = [await openDatabase(colleague), await openDatabase(mine)];
  try {
    const exportOf = (name: string) => {
      const file = path.join(dir, `${name}.shortlist`);
      call(theirs, 'sharing.exportTo', { path: file });
      return file;
    };
    const first = exportOf('first');
    const [whole] = timed(() => call(ours, 'sharing.import', { path: first }));
    console.log(`first import from that laptop (the whole file read, as every import before): ${ms(whole)}`);
    // Its write-ahead log folded in first, as a laptop would have long before the next import.
    ours.db.pragma('wal_checkpoint(TRUNCATE)');

    const again = Array.from({ length: 7 }, () => timed(() => call(ours, 'sharing.import', { path: first }) as { tables: unknown[] })[0]);
    console.log(`the same export again (nothing new): median ${ms(median(again))}, samples ${again.map(ms).join(', ')}`);

    const ids = theirs.db.prepare('SELECT id FROM candidates ORDER BY id LIMIT 10').pluck().all() as string[];
    const few: number[] = [];
    for (let round = 0; round < 3; round++) {
      for (const id of ids) call(theirs, 'candidates.update', { id, location: `City ${round}` });
      const file = exportOf(`few-${round}`);
      const [took, summary] = timed(() => call(ours, 'sharing.import', { path: file }) as { tables: { updated: number }[] });
      if (summary.tables[0]?.updated !== 10) console.warn(`An import of ten changes updated ${JSON.stringify(summary.tables)}.`);
      few.push(took);
    }
    console.log(`an export with 10 candidates changed: median ${ms(median(few))}, samples ${few.map(ms).join(', ')} (the backup before the import included)`);
    // The backup alone, taken as an import takes it now (the file and its log copied, in a write
    // transaction) and as it was taken before (VACUUM INTO), in turn.
    const copies: number[] = [];
    const vacuums: number[] = [];
    for (let round = 0; round < 3; round++) {
      copies.push(timed(() => ours.db.transaction(() => backupDatabase(ours.file, 'bench', ours.clock, { keep: 1, byCopy: true })).immediate())[0]);
      vacuums.push(timed(() => backupDatabase(ours.file, 'bench', ours.clock, { keep: 1 }))[0]);
    }
    console.log(`of which the backup alone, the file and its log copied: median ${ms(median(copies))}, samples ${copies.map(ms).join(', ')}`);
    console.log(`the backup as it was taken before (VACUUM INTO of the database): median ${ms(median(vacuums))}, samples ${vacuums.map(ms).join(', ')}`);
    console.log(`machine load (1 min): ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores`);
  } finally {
    closeDatabase(theirs);
    closeDatabase(ours);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main();
