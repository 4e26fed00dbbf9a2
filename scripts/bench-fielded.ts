/**
 * Fielded search at 100,000 candidates (issue 18): the quick switcher's and the candidate list's
 * answer to queries in the search syntax, each field on its own and mixed with words, exclusions
 * and phrases, as medians and 95th percentiles beside a LIKE scan of the same records. Runs on a
 * copy of the benchmark's data set (it never writes the shared one):
 *
 *   npx tsx scripts/bench-fielded.ts [--db bench/demo-100000.db] [--slowest 10]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { candidateFilterConditions, candidateListQueries, listCandidates, SUMMARY_SQL } from '../src/candidates/candidateList';
import { keysetQueries, runList } from '../src/db/keyset';
import { contract, type Method, type ParsedInput } from '../src/api/contract';
import { closeDatabase, openDatabase } from '../src/db/open';
import { Random } from '../src/demo/random';
import * as words from '../src/demo/words';
import { searchEverything } from '../src/search/search';
import { quantile } from './quantile';

const arg = (name: string, fallback: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : process.argv[at + 1]!;
};
const source = path.resolve(arg('db', 'bench/demo-100000.db'));
const slowest = Number(arg('slowest', '10'));
const parse = <M extends Method>(method: M, input: unknown) => contract[method].input.parse(input) as ParsedInput<M>;

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}
/** The process's CPU time for `run`: what it costs on an idle machine, where the wall clock also counts the others' work. */
function cpuTime(run: () => unknown): number {
  const start = process.cpuUsage();
  run();
  const spent = process.cpuUsage(start);
  return (spent.user + spent.system) / 1000;
}
function stats(samples: number[]) {
  return `median ${quantile(samples, 0.5).toFixed(2)} ms, p95 ${quantile(samples, 0.95).toFixed(2)} ms`;
}

/** The queries a recruiter types: each field, and fields mixed with words, exclusions and phrases. */
function queries(random: Random): { kind: string; query: string }[] {
  const quoted = (s: string) => (s.includes(' ') ? JSON.stringify(s) : s);
  const title = () => random.pick(words.titles).split(' ')[0]!.toLowerCase();
  const city = () => random.pick(words.cities);
  const kinds: [string, () => string][] = [
    ['skill', () => `skill:${quoted(random.pick(words.skills))}`],
    ['title', () => `title:${title()}`],
    ['employer', () => `employer:${quoted(random.pick(words.companies))}`],
    ['location', () => `location:${quoted(city())}`],
    ['source', () => `source:${quoted(random.pick(words.sources))}`],
    ['stage', () => `stage:${random.pick(['submitted', 'interviewing', 'offer', 'placed'])}`],
    ['skill -title place', () => `skill:${quoted(random.pick(words.skills))} -title:${title()} ${city().slice(0, 4)}`],
    ['skill OR skill', () => `skill:${quoted(random.pick(words.skills))} OR skill:${quoted(random.pick(words.skills))}`],
    ['word -skill', () => `${title()} -skill:${quoted(random.pick(words.skills))}`],
    ['phrase location', () => `"${random.pick(words.titles)}" location:${quoted(city())}`],
  ];
  return kinds.flatMap(([kind, make]) => Array.from({ length: 20 }, () => ({ kind, query: make() })));
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-fielded-'));
  const file = path.join(dir, 'demo.db');
  fs.copyFileSync(source, file);
  const core = await openDatabase(file);
  try {
    const all = queries(new Random(18));
    // Warm the page cache as a running app would have it.
    for (const { query } of all.slice(0, 20)) searchEverything(core, parse('search.query', { query }));
    const switcher: { kind: string; query: string; ms: number; cpu: number }[] = [];
    const list: number[] = [];
    for (const { kind, query } of all) {
      // Each query's first run, as typed: the wall clock and the process's CPU time of the same run.
      const cpuStart = process.cpuUsage();
      const ms = time(() => searchEverything(core, parse('search.query', { query })));
      const spent = process.cpuUsage(cpuStart);
      switcher.push({ kind, query, ms, cpu: (spent.user + spent.system) / 1000 });
      list.push(time(() => listCandidates(core, parse('candidates.list', { query, limit: 100 }))));
    }
    // The naive way: every candidate read and counted, the field's value by LIKE in its column
    // (skills as their JSON text), as a list that shows how many match must do without an index.
    const likeScan = core.db.prepare(
      `SELECT count(*) FROM candidates WHERE deleted_at IS NULL AND (skills LIKE @a OR current_title LIKE @a OR current_employer LIKE @a
         OR location LIKE @a OR source LIKE @a)`,
    );
    const naive = all.filter((_, i) => i % 5 === 0).map(({ query }) => {
      const word = query.split(/[: "]+/)[1] ?? query;
      return time(() => likeScan.get({ a: `%${word}%` }));
    });
    console.log(`fielded search, ${all.length} queries on ${path.basename(source)} (copy), one run:`);
    console.log(`  quick switcher (search.query, 20 results): ${stats(switcher.map((s) => s.ms))}`);
    console.log(`  candidate list, first page of 100 with its count: ${stats(list)}`);
    console.log(`  naive: a LIKE scan counting the same records: ${stats(naive)}`);
    console.log(`  quick switcher, CPU time: ${stats(switcher.map((s) => s.cpu))}`);
    const byKind = new Map<string, typeof switcher>();
    for (const s of switcher) byKind.set(s.kind, [...(byKind.get(s.kind) ?? []), s]);
    for (const [kind, runs] of byKind) console.log(`    ${kind.padEnd(20)} ${stats(runs.map((r) => r.ms))} (CPU ${stats(runs.map((r) => r.cpu))})`);
    // What this round changed, beside the way before it, in the same run: a stage by ranking every
    // stage change, a source page found by its index and sorted.
    const before = {
      stage: `SELECT id FROM candidates WHERE deleted_at IS NULL AND +id IN (SELECT candidate_id FROM (
        SELECT s.candidate_id, sc.stage, row_number() OVER (PARTITION BY s.candidate_id ORDER BY sc.created_hlc DESC) AS latest
        FROM submissions s JOIN stage_changes sc ON sc.submission_id = s.id WHERE s.deleted_at IS NULL AND sc.deleted_at IS NULL)
        WHERE latest = 1 AND stage = ?) ORDER BY updated_at DESC, id DESC LIMIT 21`,
      source: `SELECT id FROM candidates WHERE deleted_at IS NULL AND source = ? COLLATE NOCASE ORDER BY updated_at DESC, id DESC LIMIT 21`,
    };
    for (const field of ['stage', 'source'] as const) {
      const old = core.db.prepare(before[field]);
      const values = all.filter((q) => q.kind === field).map((q) => q.query.slice(field.length + 1).replaceAll('"', ''));
      const then = values.map((v) => time(() => old.all(v)));
      const now = values.map((v) => time(() => listCandidates(core, parse('candidates.list', { query: `${field}:${JSON.stringify(v)}`, limit: 20 }), { count: false })));
      console.log(`  ${field}: a page of 20 now ${stats(now)}; the way before ${stats(then)}`);
    }
    // The page the way before this round (6687514), in the same run: the query's parts as sets of
    // candidates (each match of its words read from the index), walked by the sort order's index.
    const walkSortIndex = (sql: string) => sql.replace(/(?<![\w.+])(id IN \(|source = \?|owner = \?)/g, '+$1');
    const pageBefore = (query: string) => {
      const { where, params } = candidateFilterConditions(parse('candidates.list', { query }));
      const { page } = keysetQueries({ select: 'id', table: 'candidates', where: where.map(walkSortIndex), params, sortKey: 'updated_at', direction: 'DESC', cursor: undefined, limit: 20 });
      const ids = (core.db.prepare(page.sql).all(...page.params) as { id: string }[]).slice(0, 20).map((r) => r.id);
      return core.db.prepare(SUMMARY_SQL).all(JSON.stringify(ids));
    };
    const pageNow = (query: string) => listCandidates(core, parse('candidates.list', { query, limit: 20 }), { count: false });
    // Every page walked in the sort order, none read from the few candidates a part finds (the
    // phrase with a place was walked so before migration 27).
    const pageWalked = (query: string) => {
      const ids = runList(core, { ...candidateListQueries(parse('candidates.list', { query, limit: 20 })), first: false }, (r: { id: string }) => r.id).items;
      return core.db.prepare(SUMMARY_SQL).all(JSON.stringify(ids));
    };
    console.log('  a page of 20, now beside the way before and walked, alternated (wall clock; CPU time, as on an idle machine):');
    const samples = () => ({ now: [] as number[], before: [] as number[], nowCpu: [] as number[], beforeCpu: [] as number[], walkedCpu: [] as number[] });
    const ways = samples();
    const print = (kind: string, w: typeof ways) =>
      console.log(`    ${kind.padEnd(20)} now ${stats(w.now)} (CPU ${stats(w.nowCpu)}); before ${stats(w.before)} (CPU ${stats(w.beforeCpu)}); walked, CPU ${stats(w.walkedCpu)}`);
    for (const kind of byKind.keys()) {
      const w = samples();
      for (const { query } of all.filter((q) => q.kind === kind)) {
        w.now.push(time(() => pageNow(query)));
        w.before.push(time(() => pageBefore(query)));
        w.nowCpu.push(cpuTime(() => pageNow(query)));
        w.beforeCpu.push(cpuTime(() => pageBefore(query)));
        w.walkedCpu.push(cpuTime(() => pageWalked(query)));
      }
      print(kind, w);
      for (const way of Object.keys(ways) as (keyof typeof ways)[]) ways[way].push(...w[way]);
    }
    print('all', ways);
    console.log(`  slowest in the quick switcher:`);
    for (const s of [...switcher].sort((a, b) => b.ms - a.ms).slice(0, slowest)) console.log(`    ${s.ms.toFixed(1).padStart(7)} ms  ${s.query}`);
  } finally {
    closeDatabase(core);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main();
