/**
 * The figures of the core on threads of its own (issue 14), measured by scripts/bench.ts: calls
 * answered while long work runs, how long the serving thread is ever blocked meanwhile, and the
 * open after a crash. Everything runs on a copy of the data set, through the host the app ships.
 */
import fs from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { CoreHost } from '../src/host/host';
import type { Random } from '../src/demo/random';

export interface MeasureHost<F> {
  figure: (name: string, samples: number[], target: number | null, naive?: number[] | null) => F;
}

async function must(host: CoreHost, method: string, input: unknown): Promise<unknown> {
  const outcome = await host.call(method, input);
  if (!outcome.ok) throw new Error(`${method}: ${outcome.error.message}`);
  return outcome.result;
}

/** Samples the serving thread's longest stall (ms) while `work` runs. */
async function stallDuring(work: () => Promise<unknown>): Promise<number> {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  await work();
  delay.disable();
  return delay.max / 1e6;
}

export async function hostFigures<F>(
  file: string,
  csvFile: string,
  prefixes: string[],
  random: Random,
  { figure }: MeasureHost<F>,
): Promise<F[]> {
  const dir = path.dirname(file);
  const copy = path.join(dir, 'host-copy.db');
  for (const leftover of [copy, `${copy}-wal`, `${copy}-shm`]) fs.rmSync(leftover, { force: true });
  fs.copyFileSync(file, copy);
  const figures: F[] = [];

  // Open after a crash: the file marked as not closed cleanly, to the first list answered.
  const Database = (await import('better-sqlite3')).default;
  const mark = new Database(copy);
  mark.prepare("UPDATE settings SET value = '0' WHERE key = 'closed_cleanly'").run();
  mark.close();
  const crashStart = performance.now();
  const host = await CoreHost.start(copy);
  await must(host, 'candidates.list', { limit: 100 });
  figures.push(figure('open after a crash to the first list answered (the integrity check runs as a task)', [performance.now() - crashStart], 1000));

  // A colleague's export (this data set's own, so it brings nothing new) merged while the
  // recruiter keeps typing in the quick switcher and scrolling the list.
  const exportFile = path.join(dir, 'host-export.shortlist');
  fs.rmSync(exportFile, { force: true });
  const exportStall = await stallDuring(() => must(host, 'sharing.exportTo', { path: exportFile }));
  const answered: number[] = [];
  let mergeMs = 0;
  const mergeStall = await stallDuring(async () => {
    const started = performance.now();
    let merging = true;
    const merge = must(host, 'sharing.import', { path: exportFile }).finally(() => {
      merging = false;
      mergeMs = performance.now() - started;
    });
    while (merging) {
      const t0 = performance.now();
      // One in four a list page, the others a keystroke in the quick switcher.
      if (random.int(0, 3) === 0) await must(host, 'candidates.list', { limit: 100 });
      else await must(host, 'search.query', { query: random.pick(prefixes) });
      if (merging) answered.push(performance.now() - t0);
    }
    await merge;
  });
  // The naive way is the arrangement before: one thread, where each of these calls waited for the merge.
  figures.push(figure(`search and list calls while a ${path.basename(file)} export is merged (${answered.length} calls)`, answered, 50, [mergeMs]));

  // A CSV import into a new database, through the host as the app runs it.
  const csvTarget = path.join(dir, 'host-csv.db');
  for (const leftover of [csvTarget, `${csvTarget}-wal`, `${csvTarget}-shm`]) fs.rmSync(leftover, { force: true });
  const csvHost = await CoreHost.start(csvTarget);
  const csvStall = await stallDuring(async () => {
    const { jobId } = (await must(csvHost, 'csv.import', { kind: 'candidates', path: csvFile })) as { jobId: string };
    while (((await must(csvHost, 'csv.progress', { jobId })) as { state: string }).state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
  await csvHost.close();
  figures.push(figure('longest the serving thread was blocked: export, merge, CSV import', [exportStall, mergeStall, csvStall], 50));
  await host.close();
  for (const leftover of [copy, exportFile, csvTarget, path.join(dir, 'backups')]) fs.rmSync(leftover, { recursive: true, force: true });
  return figures;
}
