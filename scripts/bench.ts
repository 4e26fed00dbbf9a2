/**
 * `npm run bench [-- --candidates <n>] [--json <file>]`: performance figures on a generated data
 * set (made once, then reused from bench/), as medians and 95th percentiles, each beside the same
 * work done the naive way where one exists, so the ratio means something on any machine.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { contract, type Method, type ParsedInput } from '../src/api/contract';
import { listCandidates } from '../src/candidates/candidateList';
import { demo } from '../src/cli/demo';
import { closeDatabase, openDatabase } from '../src/db/open';
import { Random } from '../src/demo/random';
import { today } from '../src/reminders/today';
import { listAsCsv } from '../src/sharing/csv/exporter';
import { threadEntry } from '../src/sharing/csv/checkedRows';
import { runImport } from '../src/sharing/csv/importer';
import { prepareCsv, readCsvFile } from '../src/sharing/csv/source';
import * as words from '../src/demo/words';
import { searchEverything } from '../src/search/search';
import { jobBoard } from '../src/submissions/board';
import { bareImport } from './bench-bare-import';
import { hostFigures } from './bench-host';
import { listFigures } from './bench-lists';
import { reportFigures } from './bench-reports';
import { syncFigures } from './bench-sync';
import { buildRenderer, measureBrowser } from './bench-browser';
import { measureReportsScreen } from './bench-reports-screen';
import { quantile } from './quantile';

interface Figure {
  name: string;
  median_ms: number;
  p95_ms: number;
  target_ms: number | null;
  naive_ms: number | null;
  ratio: number | null;
}

const { values } = parseArgs({ options: { candidates: { type: 'string' }, json: { type: 'string' } } });
const candidates = Number(values.candidates ?? 100_000);
const file = path.resolve('bench', `demo-${candidates}.db`);

const parse = <M extends Method>(method: M, input: unknown) => contract[method].input.parse(input) as ParsedInput<M>;

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

async function timeAsync(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

function stats(samples: number[]): { median: number; p95: number } {
  return { median: quantile(samples, 0.5), p95: quantile(samples, 0.95) };
}

function figure(name: string, samples: number[], target: number | null, naive: number[] | null = null): Figure {
  const own = stats(samples);
  const slow = naive && stats(naive);
  return {
    name,
    median_ms: round(own.median),
    p95_ms: round(own.p95),
    target_ms: target,
    naive_ms: slow ? round(slow.median) : null,
    ratio: slow ? round(slow.median / own.median) : null,
  };
}

const round = (n: number) => Math.round(n * 100) / 100;

async function main(): Promise<void> {
  fs.mkdirSync('bench', { recursive: true });
  if (!fs.existsSync(file)) {
    console.log(`Making the data set (${candidates} candidates, seed 1)…`);
    console.log(await demo(file, candidates, 1));
  }
  const figures: Figure[] = [];

  // The app's usual case: the file was closed cleanly last time. After a crash, the first open
  // also runs the integrity check, timed on its own.
  const afterCrash = await openDatabase(file);
  afterCrash.db.prepare("UPDATE settings SET value = '0' WHERE key = 'closed_cleanly'").run();
  afterCrash.db.close();
  const crashOpen = await timeAsync(async () => closeDatabase(await openDatabase(file)));
  const opens: number[] = [];
  const rawOpens: number[] = [];
  for (let i = 0; i < 7; i++) {
    opens.push(await timeAsync(async () => closeDatabase(await openDatabase(file))));
    rawOpens.push(time(() => new Database(file).close()));
  }
  figures.push(figure('open the database after a clean close (vs a bare SQLite open)', opens, 1500, rawOpens));
  figures.push(figure('open the database after a crash (integrity check)', [crashOpen], 1500));

  // What the recruiter waits for when the app starts: the database opened and Today worked out,
  // the follow-up rules run over all the data included.
  const todayOpens: number[] = [];
  for (let i = 0; i < 5; i++) {
    todayOpens.push(
      await timeAsync(async () => {
        const opened = await openDatabase(file);
        opened.db.transaction(() => today(opened)).immediate();
        closeDatabase(opened);
      }),
    );
  }
  figures.push(figure('open the database and work out Today (follow-up rules included)', todayOpens, 1500));

  const core = await openDatabase(file);
  const random = new Random(7);
  const vocabulary = [...words.firstNames, ...words.lastNames, ...words.skills, ...words.titles.flatMap((t) => t.split(' '))];
  const prefixes = Array.from({ length: 200 }, () => {
    const word = random.pick(vocabulary);
    return word.slice(0, Math.min(word.length, random.int(2, 5)));
  });
  const searches = prefixes.map((prefix) => time(() => searchEverything(core, parse('search.query', { query: prefix }))));
  // The same search without the index: every column the index covers, in every kind of record,
  // scanned with LIKE, name matches first (as the index ranks them), the best 40 kept.
  const likeScan = core.db.prepare(
    `SELECT kind, id FROM (
       SELECT 'candidate' AS kind, id, name AS title, name LIKE @p AS named FROM candidates WHERE deleted_at IS NULL
         AND (name LIKE @p OR current_title LIKE @p OR current_employer LIKE @p OR location LIKE @p OR skills LIKE @p
           OR screen_why_looking LIKE @p OR screen_career_progression LIKE @p OR screen_certifications LIKE @p
           OR screen_commute LIKE @p OR screen_salary LIKE @p)
       UNION ALL SELECT 'client', id, name, name LIKE @p FROM clients WHERE deleted_at IS NULL
         AND (name LIKE @p OR industry LIKE @p OR location LIKE @p OR relationship LIKE @p)
       UNION ALL SELECT 'contact', id, name, name LIKE @p FROM contacts WHERE deleted_at IS NULL
         AND (name LIKE @p OR job_title LIKE @p OR email LIKE @p OR cares_about LIKE @p)
       UNION ALL SELECT 'job', id, title, title LIKE @p FROM jobs WHERE deleted_at IS NULL
         AND (title LIKE @p OR location LIKE @p OR owner LIKE @p)
       UNION ALL SELECT 'note', id, '', 0 FROM notes WHERE deleted_at IS NULL AND body LIKE @p
       UNION ALL SELECT 'file', id, name, name LIKE @p FROM files WHERE deleted_at IS NULL AND (name LIKE @p OR text LIKE @p)
     ) ORDER BY named DESC, title LIMIT 40`,
  );
  const naiveSearches = prefixes.slice(0, 40).map((prefix) => time(() => likeScan.all({ p: `%${prefix}%` })));
  figures.push(figure('search in the core, 200 random prefixes (FTS vs a LIKE scan of the same records)', searches, 10, naiveSearches));

  const firstPage = parse('candidates.list', { limit: 100 });
  const pages = Array.from({ length: 50 }, () => time(() => listCandidates(core, firstPage)));
  const rawPage = core.db.prepare(
    'SELECT * FROM candidates WHERE deleted_at IS NULL ORDER BY updated_at DESC, id DESC LIMIT 101',
  );
  const rawPages = Array.from({ length: 50 }, () => time(() => rawPage.all()));
  figures.push(figure('candidate list, first page of 100 (app vs raw SQL)', pages, 16, rawPages));

  let cursor: string | null = null;
  const deepPages: number[] = [];
  for (let i = 0; i < 50; i++) {
    const input = parse('candidates.list', { limit: 100, cursor: cursor ?? undefined });
    deepPages.push(time(() => (cursor = listCandidates(core, input).nextCursor)));
  }
  const offsetPage = core.db.prepare(
    'SELECT * FROM candidates WHERE deleted_at IS NULL ORDER BY updated_at DESC, id DESC LIMIT 100 OFFSET ?',
  );
  const offsetPages = Array.from({ length: 50 }, (_, i) => time(() => offsetPage.all(Math.floor((candidates * i) / 50))));
  figures.push(figure('candidate list, scrolling keyset pages (vs OFFSET paging)', deepPages, 16, offsetPages));

  // CSV: the 100k candidates written out as a list export, then read into a new database, as an
  // agency moving from another tool would. Once each: these take seconds.
  const csvFile = path.resolve('bench', `candidates-${candidates}.csv`);
  let csvText = '';
  const csvExport = time(() => (csvText = core.db.transaction(() => listAsCsv(core, parse('csv.export', { kind: 'candidates' })).text)()));
  fs.writeFileSync(csvFile, csvText);
  figures.push(figure(`CSV export of ${candidates} candidates`, [csvExport], null));
  const newDatabase = async (name: string) => {
    const target = path.resolve('bench', name);
    for (const leftover of [target, `${target}-wal`, `${target}-shm`]) fs.rmSync(leftover, { force: true });
    return openDatabase(target);
  };
  // The reader thread's script is found (bundled from source when a file changed) before the
  // clock starts, as the app's core has it from its start; and each import is timed to its file
  // closed, where the last of what it wrote reaches the database (the bare import's included).
  await threadEntry();
  const target = await newDatabase('csv-import.db');
  const prepared = prepareCsv(readCsvFile(csvFile), { kind: 'candidates', encoding: null, delimiter: null, mapping: null, createMissingClients: true });
  let accepted = 0;
  const csvImport = await timeAsync(async () => {
    accepted = (await runImport(target, prepared)).accepted;
    closeDatabase(target);
  });
  const bareTarget = await newDatabase('csv-bare-import.db');
  let bareWritten = 0;
  const bare = time(() => {
    bareWritten = bareImport(bareTarget, csvText);
    closeDatabase(bareTarget);
  });
  if (bareWritten !== accepted) console.warn(`The CSV import accepted ${accepted} rows, the bare import ${bareWritten}: not the same work.`);
  figures.push(figure(`CSV import of ${candidates} candidate rows into a new database (vs bare SQL)`, [csvImport], 10_000, [bare]));

  figures.push(...(await hostFigures(file, csvFile, prefixes, random, { figure })));

  const bigJob = core.db
    .prepare('SELECT job_id FROM submissions GROUP BY job_id ORDER BY count(*) DESC LIMIT 1')
    .pluck()
    .get() as string;
  const boards = Array.from({ length: 20 }, () => time(() => jobBoard(core, bigJob)));
  figures.push(figure('a job board with 500 submissions', boards, 50));
  figures.push(...listFigures(core, candidates, random, { time, figure }));
  figures.push(...reportFigures(core, { time, figure }));
  figures.push(...(await syncFigures(core, { timeAsync, figure })));

  // In Chromium, through the preview server: what the recruiter sees, painted.
  console.log('Building the renderer and measuring in Chromium…');
  buildRenderer();
  const typed = Array.from({ length: 30 }, () => {
    // What a recruiter types: plain letters, no accents (the search folds them).
    const word = random.pick(vocabulary).normalize('NFD').replace(/[^a-z]/gi, '').toLowerCase();
    return word.slice(0, Math.min(word.length, random.int(2, 5)));
  }).filter((prefix) => prefix.length >= 2);
  const browser = await measureBrowser(file, typed, { scrollRows: 3000 });
  figures.push(figure(`keystroke to painted results in the quick switcher, ${typed.length} prefixes`, browser.keystrokeToResults, 50));
  figures.push(figure('candidate list first paint (link to first row shown)', browser.listFirstPaint, 100));
  figures.push(figure(`candidate list scrolling ${browser.rowsScrolled} rows: work per frame`, browser.scrollFrameWork, 16));
  figures.push(figure(`candidate list scrolling ${browser.rowsScrolled} rows: frame interval (60 Hz = 16.7)`, browser.scrollFrameIntervals, 16.7));
  figures.push(figure('Today painted on a fresh page load (the follow-up rules already up to date)', browser.todayFirstPaint, 300));
  closeDatabase(core);
  // On a copy of the file, closed first so the copy holds every commit.
  // 20 of each, as the browser figures: the p95 of five lay within a fifth of their slowest.
  const reportsScreen = await measureReportsScreen(file, 20);
  figures.push(figure('Reports screen painted from Settings (this quarter), after a change to the data', reportsScreen.afterChange, 500));
  figures.push(figure('Reports screen painted from Settings, nothing changed since', reportsScreen.again, 500));
  figures.push(figure('Reports: the period changed to this year, after a change to the data', reportsScreen.yearAfterChange, 500));

  console.log(`\nShortlist benchmark: ${candidates} candidates (${(fs.statSync(file).size / 1e6).toFixed(0)} MB), ${new Date().toISOString()}\n`);
  console.table(
    figures.map((f) => ({
      figure: f.name,
      'median ms': f.median_ms,
      'p95 ms': f.p95_ms,
      'target ms': f.target_ms ?? '',
      'naive ms': f.naive_ms ?? '',
      'x faster': f.ratio ?? '',
    })),
  );
  if (values.json) fs.writeFileSync(values.json, JSON.stringify({ figures }, null, 2));
}

await main();
