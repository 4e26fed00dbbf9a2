/**
 * `npx tsx scripts/bench-import.ts [--csv <file>] [--runs <n>]`: the CSV import of
 * bench/candidates-100000.csv into a new database, beside the bare-SQL import of the same rows
 * (scripts/bench-bare-import.ts), alternated in one run so a machine shared with other work
 * slows both alike. Prints each run and the medians; writes only new files under bench/tmp-import/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { closeDatabase, openDatabase } from '../src/db/open';
import { runImport } from '../src/sharing/csv/importer';
import { prepareCsv, readCsvFile } from '../src/sharing/csv/source';
import { bareImport } from './bench-bare-import';

const { values } = parseArgs({ options: { csv: { type: 'string' }, runs: { type: 'string' } } });
const csvFile = path.resolve(values.csv ?? 'bench/candidates-100000.csv');
const runs = Number(values.runs ?? 3);
const dir = path.resolve('bench', 'tmp-import');
fs.mkdirSync(dir, { recursive: true });

async function newDatabase(name: string) {
  const target = path.join(dir, name);
  for (const leftover of [target, `${target}-wal`, `${target}-shm`]) fs.rmSync(leftover, { force: true });
  return openDatabase(target);
}

const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

const bytes = readCsvFile(csvFile);
const csvText = bytes.toString('utf8');
const imports: number[] = [];
const bares: number[] = [];
for (let run = 1; run <= runs; run++) {
  const target = await newDatabase('import.db');
  const prepared = prepareCsv(bytes, { kind: 'candidates', encoding: null, delimiter: null, mapping: null, createMissingClients: true });
  let started = performance.now();
  const { accepted, duplicates } = await runImport(target, prepared);
  imports.push(performance.now() - started);
  closeDatabase(target);

  const bareTarget = await newDatabase('bare.db');
  started = performance.now();
  const written = bareImport(bareTarget, csvText);
  bares.push(performance.now() - started);
  closeDatabase(bareTarget);
  if (written !== accepted) console.warn(`The import accepted ${accepted} rows, the bare import ${written}: not the same work.`);
  console.log(
    `run ${run}: import ${seconds(imports.at(-1)!)} (${accepted} accepted, ${duplicates.length} duplicates), ` +
      `bare SQL ${seconds(bares.at(-1)!)}, ratio ${(imports.at(-1)! / bares.at(-1)!).toFixed(2)}`,
  );
}
console.log(
  `median of ${runs}: import ${seconds(median(imports))}, bare SQL ${seconds(median(bares))}, ` +
    `ratio ${(median(imports) / median(bares)).toFixed(2)} (target: under 10 s and 1.2)`,
);
fs.rmSync(dir, { recursive: true, force: true });
