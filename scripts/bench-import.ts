/**
 * `npx tsx scripts/bench-import.ts [--csv <file>] [--runs <n>] [--waits] [--alone]`: the CSV import of
 * bench/candidates-100000.csv into a new database (its rows read and checked on a thread of their
 * own), beside the same import reading them on the writer's thread as it did before, and the
 * bare-SQL import of the same rows (scripts/bench-bare-import.ts), alternated in one run so a
 * machine shared with other work slows them alike. Prints each run and the medians; writes only
 * new files under bench/tmp-import/. With --waits, calls reach the import (the first of each run)
 * every 0.7 and 1.5 s in turn, and each is timed from its arrival until the writer is free to
 * answer it (see callsArriving): the design's "no call waits more than 50 ms behind long work".
 * With --alone, only the import as it is, for timing two versions of it back to back.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { closeDatabase, openDatabase } from '../src/db/open';
import { threadEntry, type ReadingThread } from '../src/sharing/csv/checkedRows';
import { runImport } from '../src/sharing/csv/importer';
import { prepareCsv, readCsvFile } from '../src/sharing/csv/source';
import { bareImport } from './bench-bare-import';
import { quantile } from './quantile';

const { values } = parseArgs({ options: { csv: { type: 'string' }, runs: { type: 'string' }, waits: { type: 'boolean' }, alone: { type: 'boolean' } } });
const csvFile = path.resolve(values.csv ?? 'bench/candidates-100000.csv');
const runs = Number(values.runs ?? 3);
const dir = path.resolve('bench', 'tmp-import');
fs.mkdirSync(dir, { recursive: true });

async function newDatabase(name: string) {
  const target = path.join(dir, name);
  for (const leftover of [target, `${target}-wal`, `${target}-shm`]) fs.rmSync(leftover, { force: true });
  return openDatabase(target);
}

/**
 * CPU time (ms) of this process and of its main thread (the writer's: every import here writes
 * on it), and bytes written so far: steadier than the wall clock on a machine shared with other
 * work. The thread's time is read from Linux's /proc (clock ticks of 10 ms), NaN elsewhere.
 */
function usage(): { cpu: number; writerCpu: number; written: number } {
  const { user, system } = process.cpuUsage();
  const io = fs.existsSync('/proc/self/io') ? fs.readFileSync('/proc/self/io', 'utf8') : '';
  const stat = fs.existsSync(`/proc/self/task/${process.pid}/stat`) ? fs.readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8') : '';
  // Fields 14 and 15 (user and system ticks), counted after the command's name in brackets.
  const ticks = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return {
    cpu: (user + system) / 1000,
    writerCpu: (Number(ticks[11]) + Number(ticks[12])) * 10,
    written: Number(/^write_bytes: (\d+)/m.exec(io)?.[1] ?? NaN),
  };
}

type Measured = { ms: number; cpu: number; writerCpu: number; mb: number };

/** Times `work`: wall clock, CPU (all threads, and the writer's), megabytes written. */
async function measure(work: () => unknown): Promise<Measured> {
  const before = usage();
  const started = performance.now();
  await work();
  const ms = performance.now() - started;
  const after = usage();
  return { ms, cpu: after.cpu - before.cpu, writerCpu: after.writerCpu - before.writerCpu, mb: (after.written - before.written) / 1e6 };
}

const describe = ({ ms, cpu, writerCpu, mb }: Measured) =>
  `${seconds(ms)} (CPU ${seconds(cpu)}, the writer's thread ${seconds(writerCpu)}, ${mb.toFixed(0)} MB written)`;

const median = (samples: number[]) => quantile(samples, 0.5);
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

// The script of the threads an import starts (the reader's, the checkpointer's), found before any
// import is timed, as the app's core has it from its start (src/host/worker.ts): run from source,
// it is bundled on first use when a source file changed since the last bundle (0.4-1.8 s here, as
// others edit the tree), which the bench counted in the time of each run's first import and the
// app never does.
await threadEntry();

const bytes = readCsvFile(csvFile);
const csvText = bytes.toString('utf8');
const imports: Measured[] = [];
const oneThread: Measured[] = [];
const bares: Measured[] = [];
let result = { accepted: 0, duplicates: [] as unknown[] };
const waits: number[] = [];

/**
 * Calls arriving at the writer while the import runs, as the host's would: one every 0.7 and
 * 1.5 s in turn. From its arrival the import is told a call waits (its callsWaiting, as the host
 * tells it), and the call counts as answered when the writer's thread next turns its event loop
 * (a timer set for the arrival fires then, as the host's message would be taken up then): its
 * wait is from the arrival to that moment, whatever the writer was doing (a row, a commit, a
 * checkpoint, the search index's catch-up).
 */
function callsArriving(): { callsWaiting: () => boolean; stop: () => void } {
  let arrival = performance.now() + 700;
  let gap = 1500;
  let timer: NodeJS.Timeout;
  const arm = () => {
    timer = setTimeout(() => {
      const now = performance.now();
      waits.push(now - arrival);
      arrival = now + gap;
      gap = gap === 1500 ? 700 : 1500;
      arm();
    }, Math.max(0, arrival - performance.now()));
  };
  arm();
  return { callsWaiting: () => performance.now() >= arrival, stop: () => clearTimeout(timer) };
}

/** The app's import of the file into a new database, its rows read where `readingThread` says. */
async function appImport(readingThread: ReadingThread, probed = false) {
  const target = await newDatabase('import.db');
  const prepared = prepareCsv(bytes, { kind: 'candidates', encoding: null, delimiter: null, mapping: null, createMissingClients: true });
  // Closing is part of it: the import's last writes reach the database file there.
  return measure(async () => {
    const calls = probed ? callsArriving() : null;
    try {
      result = await runImport(target, prepared, { readingThread, ...(calls && { callsWaiting: calls.callsWaiting }) });
    } finally {
      calls?.stop();
    }
    closeDatabase(target);
  });
}


for (let run = 1; run <= runs; run++) {
  imports.push(await appImport('own', values.waits));
  if (values.alone) {
    console.log(`run ${run}: import ${describe(imports.at(-1)!)}, ${result.accepted} accepted, ${result.duplicates.length} duplicates`);
    continue;
  }

  const bareTarget = await newDatabase('bare.db');
  let written = 0;
  bares.push(
    await measure(() => {
      written = bareImport(bareTarget, csvText);
      closeDatabase(bareTarget);
    }),
  );
  if (written !== result.accepted) console.warn(`The import accepted ${result.accepted} rows, the bare import ${written}: not the same work.`);
  oneThread.push(await appImport('writer'));
  const bare = bares.at(-1)!;
  console.log(
    `run ${run}: import ${describe(imports.at(-1)!)}, ${result.accepted} accepted, ${result.duplicates.length} duplicates; ` +
      `bare SQL ${describe(bare)}; read on the writer's thread ${describe(oneThread.at(-1)!)}; ` +
      `ratios to bare ${(imports.at(-1)!.ms / bare.ms).toFixed(2)} and ${(oneThread.at(-1)!.ms / bare.ms).toFixed(2)}, ` +
      `the writer's CPU ${(imports.at(-1)!.writerCpu / bare.writerCpu).toFixed(2)} and ${(oneThread.at(-1)!.writerCpu / bare.writerCpu).toFixed(2)}`,
  );
}
const medians = (samples: Measured[]): Measured => ({
  ms: median(samples.map((s) => s.ms)),
  cpu: median(samples.map((s) => s.cpu)),
  writerCpu: median(samples.map((s) => s.writerCpu)),
  mb: median(samples.map((s) => s.mb)),
});
const [imported, bare, single] = [medians(imports), medians(bares), medians(oneThread)];
if (!values.alone) console.log(
  `median of ${runs}: import ${describe(imported)}, bare SQL ${describe(bare)}, ratio ${(imported.ms / bare.ms).toFixed(2)} ` +
    `(CPU ${(imported.cpu / bare.cpu).toFixed(2)}); read on the writer's thread ${describe(single)}, ratio ` +
    `${(single.ms / bare.ms).toFixed(2)} (CPU ${(single.cpu / bare.cpu).toFixed(2)}); the writer's CPU ${(imported.writerCpu / bare.writerCpu).toFixed(2)} ` +
    `and ${(single.writerCpu / bare.writerCpu).toFixed(2)}; target: under 10 s and 1.2`,
);
if (values.waits) {
  console.log(
    `calls waiting behind the import (${waits.length}): median ${quantile(waits, 0.5).toFixed(1)} ms, ` +
      `p95 ${quantile(waits, 0.95).toFixed(1)} ms, longest ${Math.max(...waits).toFixed(1)} ms; target 50 ms`,
  );
}
fs.rmSync(dir, { recursive: true, force: true });
