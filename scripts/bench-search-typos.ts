/**
 * Search at 100k candidates before and after issue 13's search work (intake and feedback in the
 * index, names with a typo), on copies of bench/demo-100000.db (the shared file is never written):
 *
 *   tsx scripts/bench-search-typos.ts [--code <checkout>] [--db <copy>] [--rounds <n>]
 *
 * `--code` is the checkout whose src/ is measured (this one by default; an older commit's
 * `git archive` for "before"); `--db` the copy it opens (made from the shared file if missing).
 * Run before and after one after the other: the machine is shared, so only figures of one run
 * compare. Prints medians and p95 of: the bench's 200 random prefixes, full names as typed, the
 * same names with one letter wrong, and how many of those found the person.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import type { contract as Contract } from '../src/api/contract';
import type * as Open from '../src/db/open';
import type { Random } from '../src/demo/random';
import type * as Words from '../src/demo/words';
import { quantile } from './quantile';

const { values } = parseArgs({
  options: { code: { type: 'string' }, db: { type: 'string' }, rounds: { type: 'string' } },
});
const code = path.resolve(values.code ?? '.');
const shared = path.resolve('bench', 'demo-100000.db');
const file = path.resolve(values.db ?? '/tmp/shortlist-bench-search.db');
const rounds = Number(values.rounds ?? 3);

type Search = (core: unknown, input: unknown) => { title: string }[];

async function main(): Promise<void> {
  if (!fs.existsSync(file)) {
    // A consistent copy of the shared file, its WAL included; the shared file is only read.
    await new Database(shared, { readonly: true }).backup(file);
  }
  const { closeDatabase, openDatabase } = (await import(path.join(code, 'src/db/open.ts'))) as typeof Open;
  const { searchEverything } = (await import(path.join(code, 'src/search/search.ts'))) as { searchEverything: Search };
  const { contract } = (await import(path.join(code, 'src/api/contract.ts'))) as { contract: typeof Contract };
  const { Random: Seeded } = (await import(path.join(code, 'src/demo/random.ts'))) as { Random: typeof Random };
  const words = (await import(path.join(code, 'src/demo/words.ts'))) as typeof Words;

  const opening = performance.now();
  const core = await openDatabase(file);
  // The first search also catches up the index (after the upgrade: every intake and feedback).
  const search = (query: string) => searchEverything(core, contract['search.query'].input.parse({ query }));
  search('warmup');
  console.log(`schema ${core.schemaVersion}; open and first search ${Math.round(performance.now() - opening)} ms`);

  const random = new Seeded(7);
  const vocabulary = [...words.firstNames, ...words.lastNames, ...words.skills, ...words.titles.flatMap((t) => t.split(' '))];
  const prefixes = Array.from({ length: 200 }, () => {
    const word = random.pick(vocabulary);
    return word.slice(0, Math.min(word.length, random.int(2, 5)));
  });
  // The same hundred people in every copy of the file, as a recruiter types them: no middle initial.
  const people = (
    core.db.prepare('SELECT name FROM candidates WHERE deleted_at IS NULL ORDER BY id LIMIT 100 OFFSET 40000').pluck().all() as string[]
  ).map((name) => name.replace(/ \p{L}\. /u, ' '));
  const typos = people.map((name) => ({ name, query: misspell(name, random) }));

  for (let round = 1; round <= rounds; round++) {
    const prefixTimes = prefixes.map((prefix) => time(() => search(prefix)));
    const nameTimes = people.map((name) => time(() => search(name)));
    let found = 0;
    // Demo names repeat: someone of that name among the results is the person found.
    const typoTimes = typos.map(({ name, query }) =>
      time(() => {
        if (search(query).some((r) => r.title.replace(/[\uE000\uE001]/g, '').replace(/ \p{L}\. /u, ' ') === name)) found++;
      }),
    );
    console.log(
      `round ${round}: prefixes ${stats(prefixTimes)} | full names ${stats(nameTimes)} | one letter wrong ${stats(typoTimes)}, ` +
        `the person found ${found}/${typos.length}`,
    );
  }
  closeDatabase(core);
}

/** One letter of one word of the name (not its first), swapped with the next, dropped, doubled or changed. */
function misspell(name: string, random: Random): string {
  const words = name.split(' ');
  const word = words.reduce((a, b) => (b.length > a.length ? b : a));
  const w = words.indexOf(word);
  const at = random.int(1, word.length - 2);
  const edits = [
    () => word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2),
    () => word.slice(0, at) + word.slice(at + 1),
    () => word.slice(0, at) + word[at] + word.slice(at),
    () => word.slice(0, at) + (word[at] === 'x' ? 'q' : 'x') + word.slice(at + 1),
  ];
  words[w] = random.pick(edits)();
  return words.join(' ');
}

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function stats(samples: number[]): string {
  return `median ${quantile(samples, 0.5).toFixed(2)} ms, p95 ${quantile(samples, 0.95).toFixed(2)} ms`;
}

await main();
