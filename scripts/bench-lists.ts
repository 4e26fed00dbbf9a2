/**
 * Figures for shortlists, tags and bulk actions (issue 18), measured by scripts/bench.ts beside
 * its own: a search with fields and exclusions, a bulk tag of 10,000 selected candidates, and
 * every candidate exported to CSV, selected and by the list's export, alternated. The bulk tag is
 * rolled back after each run, so the data set stays as it was made.
 */
import { contract, type Method, type ParsedInput } from '../src/api/contract';
import { bulkTag } from '../src/bulk/actions';
import { exportSelection } from '../src/bulk/exportCsv';
import type { Core } from '../src/db/core';
import type { Random } from '../src/demo/random';
import * as words from '../src/demo/words';
import { searchEverything } from '../src/search/search';
import { listCandidates } from '../src/candidates/candidateList';
import { listAsCsv } from '../src/sharing/csv/exporter';
import { quantile } from './quantile';

/** How a caller times a run (S: a sample, the milliseconds or more) and makes a figure of the samples. */
export interface Measure<F, S = number> {
  time: (run: () => unknown) => S;
  figure: (name: string, samples: S[], target: number | null, naive?: S[] | null) => F;
}

const parse = <M extends Method>(method: M, input: unknown) => contract[method].input.parse(input) as ParsedInput<M>;

class RolledBack extends Error {}

/** Runs `work` in a transaction that is then rolled back, for work that must not change the data set. */
function thenRollBack(core: Core, work: () => unknown): void {
  try {
    core.db.transaction(() => {
      work();
      throw new RolledBack();
    }).immediate();
  } catch (error) {
    if (!(error instanceof RolledBack)) throw error;
  }
}

export function listFigures<F, S>(core: Core, candidates: number, random: Random, { time, figure }: Measure<F, S>): F[] {
  const figures: F[] = [];
  const title = () => random.pick(words.titles).split(' ')[0]!.toLowerCase();
  const queries = Array.from({ length: 100 }, () => {
    const city = random.pick(words.cities);
    return `skill:${JSON.stringify(random.pick(words.skills))} -title:${title()} ${city.includes(' ') ? JSON.stringify(city) : city.slice(0, 4)}`;
  });
  const switcher = queries.map((query) => time(() => searchEverything(core, parse('search.query', { query }))));
  // The same without the index: skills as their JSON text, the title and the city by LIKE.
  const likeScan = core.db.prepare(
    `SELECT id FROM candidates WHERE deleted_at IS NULL AND skills LIKE @skill AND coalesce(current_title, '') NOT LIKE @title
     AND (name LIKE @place OR location LIKE @place OR current_title LIKE @place OR current_employer LIKE @place)
     ORDER BY updated_at DESC LIMIT 20`,
  );
  const naive = queries.slice(0, 30).map((query) => {
    const [, skill, , notTitle, place] = /^skill:("[^"]+") -title:(\S+) (.+)$/.exec(query)!.flatMap((m, i) => (i === 2 ? [m, m] : [m]));
    return time(() => likeScan.all({ skill: `%${skill}%`, title: `%${notTitle}%`, place: `%${place!.replaceAll('"', '')}%` }));
  });
  figures.push(figure('search with a field, an exclusion and a place, 100 queries (quick switcher, vs a LIKE scan)', switcher, 10, naive));
  const lists = queries.slice(0, 50).map((query) => time(() => listCandidates(core, parse('candidates.list', { query, limit: 100 }))));
  figures.push(figure('candidate list for the same queries, first page of 100 with its count', lists, 16));

  const picked = core.db.prepare('SELECT id FROM candidates WHERE deleted_at IS NULL LIMIT 10000').pluck().all() as string[];
  const tagging = Array.from({ length: 3 }, () =>
    time(() => thenRollBack(core, () => bulkTag(core, parse('bulk.tag', { selection: { kind: 'candidate', ids: picked }, tags: ['bench'] })))),
  );
  figures.push(figure(`bulk tag of ${picked.length} selected candidates (one transaction, rolled back after)`, tagging, 2000));

  // The selection's export and the list's, two features (neither is the other's naive way), each
  // its own figure, taken in turn in the same conditions, each first on every other pass. Taken
  // once each minutes apart (the list's first, in bench.ts), they measured 3.2 s against 2.1; back
  // to back in one process, fresh, after three bulk tags rolled back, or with 300 MB of heap held,
  // both took 1.9 to 2.3 s of CPU (2026-12-06): nothing the later one met slowed it but the machine.
  const everyone = parse('bulk.exportCsv', { selection: { kind: 'candidate', matching: {} } });
  const listExport = parse('csv.export', { kind: 'candidates' });
  const selected: S[] = [];
  const listed: S[] = [];
  const exports = [
    () => selected.push(time(() => core.db.transaction(() => exportSelection(core, everyone))())),
    () => listed.push(time(() => core.db.transaction(() => listAsCsv(core, listExport))())),
  ];
  for (let pass = 0; pass < 4; pass++) (pass % 2 === 0 ? exports : [...exports].reverse()).forEach((run) => run());
  figures.push(figure(`all ${candidates} candidates selected and exported to CSV (in turn with the list's export)`, selected, 2000));
  figures.push(figure(`the list's CSV export of ${candidates} candidates (in turn with the selection's)`, listed, null));
  return figures;
}

/**
 * On its own, on a copy of the data set (it never writes the shared one), each figure in wall
 * clock and the process's CPU time (what an idle machine would take; the two cores are shared):
 *
 *   npx tsx scripts/bench-lists.ts [--db bench/demo-100000.db] [--seed 7]
 */
async function main(): Promise<void> {
  const [{ default: fs }, { default: os }, { default: path }] = await Promise.all([import('node:fs'), import('node:os'), import('node:path')]);
  const { openDatabase, closeDatabase } = await import('../src/db/open');
  const { Random } = await import('../src/demo/random');
  const arg = (name: string, fallback: string) => (process.argv.includes(`--${name}`) ? process.argv[process.argv.indexOf(`--${name}`) + 1]! : fallback);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-lists-'));
  const file = path.join(dir, 'demo.db');
  fs.copyFileSync(path.resolve(arg('db', 'bench/demo-100000.db')), file);
  const core = await openDatabase(file);
  // Each sample in milliseconds, of the wall clock and of the process's CPU.
  type Sample = { wall: number; cpu: number };
  const time = (run: () => unknown): Sample => {
    const [start, cpuAtStart] = [performance.now(), process.cpuUsage()];
    run();
    const spent = process.cpuUsage(cpuAtStart);
    return { wall: performance.now() - start, cpu: (spent.user + spent.system) / 1000 };
  };
  const stats = (samples: number[]) => `${quantile(samples, 0.5).toFixed(1)} / ${quantile(samples, 0.95).toFixed(1)} ms`;
  const both = (samples: Sample[]) => `${stats(samples.map((s) => s.wall))} (CPU ${stats(samples.map((s) => s.cpu))})`;
  const figure = (name: string, samples: Sample[], target: number | null, naive: Sample[] | null = null) =>
    `${name}: median / p95 ${both(samples)}, target ${target ?? '—'} ms${naive ? `; beside: ${both(naive)}` : ''}`;
  try {
    const candidates = core.db.prepare('SELECT count(*) FROM candidates WHERE deleted_at IS NULL').pluck().get() as number;
    for (const line of listFigures(core, candidates, new Random(Number(arg('seed', '7'))), { time, figure })) console.log(line);
  } finally {
    closeDatabase(core);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('bench-lists.ts')) void main();
