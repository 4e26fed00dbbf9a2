/**
 * `npx tsx scripts/probe-builds-ab.ts --db <copy> --before <worktree> --before-db <its own demo file>
 * [--after <built renderer>] [--rounds 3] [--paints 10] [--rows 3000]`: the three browser figures of issue 14 (keystroke to
 * results, the candidate list's first paint, its fling's work per frame), for the whole app before
 * the core left the window's thread and as it is now, taken as bench-browser takes them, in turn.
 *
 * "Before" is a worktree of 0f760d1 (the core on the serving thread, its renderer built in its
 * out/renderer, node_modules linked to this one's) served by its own preview server and core over a
 * demo file its own code made (its schema is older than the bench file's); "after" is this tree's
 * build (or --after's) served as `npm run bench` serves it (CoreHost, the core on threads of its own). Both servers
 * run in this process, as each bench ran its own; one Chromium drives both, a tab each, the two
 * taken in turn round after round (A then B, then B then A), so the machine's load falls on both alike.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { CoreHost } from '../src/host/host';
import { startPreviewServer } from '../src/server/http';
import { browserPrefixes, firstPaints, keystrokes, launchChromium, pagesOnTheList, scroll } from './bench-browser';
import { quantile } from './quantile';
import { summarise, type TraceEvent } from './trace-summary';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    before: { type: 'string' },
    'before-db': { type: 'string' },
    after: { type: 'string' },
    rounds: { type: 'string' },
    paints: { type: 'string' },
    rows: { type: 'string' },
    trace: { type: 'boolean' },
  },
});
if (!values.db || values.db.endsWith('bench/demo-100000.db')) throw new Error('Give --db a copy of the bench database.');
if (!values.before || !values['before-db']) throw new Error('Give --before the worktree of 0f760d1 and --before-db its demo file.');

const prefixes = browserPrefixes();

// The old tree's own modules (its core runs on this thread, as its preview server ran it).
const before = path.resolve(values.before);
const oldOpen = (await import(path.join(before, 'src/db/open.ts'))) as { openDatabase(file: string): Promise<unknown>; closeDatabase(core: unknown): void };
const oldHttp = (await import(path.join(before, 'src/server/http.ts'))) as {
  startPreviewServer(core: unknown, options: { port: number; staticDir: string }): Promise<{ url: string; close(): Promise<void> }>;
};
const oldCore = await oldOpen.openDatabase(path.resolve(values['before-db']));
const oldServer = await oldHttp.startPreviewServer(oldCore, { port: 0, staticDir: path.join(before, 'out/renderer') });
const host = await CoreHost.start(values.db);
// The after side's searches as the server's thread sees them: posted to a reader and answered back.
const hostSearches: number[] = [];
const call = host.call.bind(host);
host.call = async (method, input, options) => {
  const started = performance.now();
  const outcome = await call(method, input, options);
  if (method === 'search.query') hostSearches.push(performance.now() - started);
  return outcome;
};
const newServer = await startPreviewServer(host, { port: 0, staticDir: path.resolve(values.after ?? 'out/renderer') });

/** Fields of a /proc stat line after the command's closing bracket: state, ppid, ... utime (12th), stime (13th). */
const statFields = (file: string) => fs.readFileSync(file, 'utf8').split(') ').at(-1)!.split(' ');

/**
 * CPU seconds used so far by each thread of this process and the processes under it (Chromium's
 * renderers, GPU and utility processes), summed by thread name (CrRendererMain, Compositor, …),
 * this process's own threads under "server".
 */
function cpuByThread(): Map<string, number> {
  const procs = fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d)).flatMap((pid) => {
    try {
      return [{ pid: Number(pid), ppid: Number(statFields(`/proc/${pid}/stat`)[1]) }];
    } catch {
      return [];
    }
  });
  const inTree = new Set([process.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of procs) if (!inTree.has(p.pid) && inTree.has(p.ppid)) grew = inTree.add(p.pid).size > 0;
  }
  const byName = new Map<string, number>();
  for (const pid of inTree) {
    let tasks: string[] = [];
    try {
      tasks = fs.readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tasks) {
      try {
        const name = pid === process.pid ? 'server' : fs.readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
        const f = statFields(`/proc/${pid}/task/${tid}/stat`);
        byName.set(name, (byName.get(name) ?? 0) + (Number(f[11]) + Number(f[12])) / 100); // clock ticks (CLK_TCK) to seconds
      } catch {
        // The thread ended meanwhile.
      }
    }
  }
  return byName;
}

const load = os.loadavg()[0]!.toFixed(1);
const browser = await launchChromium();
const figures = [0, 1].map(() => ({
  keystroke: [] as number[],
  searchCall: [] as number[],
  paint: [] as number[],
  listCall: [] as number[],
  frame: [] as number[],
  cpu: new Map<string, number>(),
}));

/** The calls to `method` since the timings were last cleared: from the request sent to the answer's end. */
async function callTimes(page: Page, method: string): Promise<number[]> {
  const times = await page.evaluate<number[]>(`performance.getEntriesByType('resource')
    .filter((r) => r.name.endsWith('/api/${method}')).map((r) => r.responseEnd - r.requestStart)`);
  await page.evaluate('performance.clearResourceTimings(); performance.setResourceTimingBufferSize(100000)');
  return times;
}
try {
  const pages = await pagesOnTheList(browser, [oldServer.url, newServer.url]);
  for (const page of pages) {
    // The quick switcher's first search on each reader is left out of neither: warm both once.
    await keystrokes(page, prefixes.slice(0, 3));
  }
  // --trace: a fling of each under Chromium's tracing, the main thread's CPU by kind of work, in turn.
  for (let round = 0; values.trace && round < Number(values.rounds ?? 1); round++) {
    for (const side of round % 2 ? [1, 0] : [0, 1]) {
      const page = pages[side]!;
      await firstPaints(page, 1);
      await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'] });
      const work = (await scroll(page, Number(values.rows ?? 3000))).scrollFrameWork;
      const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
      console.log(`${side ? 'after' : 'before'}: ${work.length} frames, work per frame ${quantile(work, 0.5).toFixed(1)} / ${quantile(work, 0.95).toFixed(1)} ms`);
      summarise(trace.traceEvents);
    }
  }
  for (let round = 0; !values.trace && round < Number(values.rounds ?? 3); round++) {
    for (const side of round % 2 ? [1, 0] : [0, 1]) {
      const page = pages[side]!;
      await callTimes(page, '');
      figures[side]!.keystroke.push(...(await keystrokes(page, prefixes)));
      figures[side]!.searchCall.push(...(await callTimes(page, 'search.query')));
      figures[side]!.paint.push(...(await firstPaints(page, Number(values.paints ?? 10))));
      figures[side]!.listCall.push(...(await callTimes(page, 'candidates.list')));
      // The CPU each fling costs this process (the server, its core) and each of Chromium's threads.
      const before = cpuByThread();
      figures[side]!.frame.push(...(await scroll(page, Number(values.rows ?? 3000))).scrollFrameWork);
      for (const [name, cpu] of cpuByThread()) figures[side]!.cpu.set(name, (figures[side]!.cpu.get(name) ?? 0) + cpu - (before.get(name) ?? 0));
    }
  }
} finally {
  await browser.close();
  await Promise.all([oldServer.close(), newServer.close()]);
  await host.close();
  oldOpen.closeDatabase(oldCore);
}
const q = (samples: number[]) => `${quantile(samples, 0.5).toFixed(1)} / ${quantile(samples, 0.95).toFixed(1)} ms (n=${samples.length})`;
console.log(`load ${load} before, ${os.loadavg()[0]!.toFixed(1)} after`);
for (const side of [0, 1]) {
  const f = figures[side]!;
  console.log(`${side ? 'after ' : 'before'}: keystroke ${q(f.keystroke)} (its search calls ${q(f.searchCall)}); first paint ${q(f.paint)} (its list calls ${q(f.listCall)}); work per frame ${q(f.frame)}`);
}
console.log(`after's searches through the host, as the server's thread waited for them: ${q(hostSearches)}`);
// The flings' CPU by thread, the busiest first: where one build spends more than the other.
const threads = [...figures[0]!.cpu.keys()].sort((a, b) => figures[1]!.cpu.get(b)! - figures[1]!.cpu.get(a)!);
for (const name of threads.slice(0, 12)) {
  console.log(`  flings' CPU ${name.padEnd(18)} before ${figures[0]!.cpu.get(name)!.toFixed(2)} s, after ${(figures[1]!.cpu.get(name) ?? 0).toFixed(2)} s`);
}
