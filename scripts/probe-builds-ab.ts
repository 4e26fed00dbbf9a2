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
const newServer = await startPreviewServer(host, { port: 0, staticDir: path.resolve(values.after ?? 'out/renderer') });

/** CPU seconds used so far by a process and every process under it (Chromium's renderer, GPU and utility processes). */
function treeCpu(root: number): number {
  const stats = fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d)).flatMap((pid) => {
    try {
      // Fields after the command's closing bracket: state ppid ... utime (12th) stime (13th).
      const after = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ').at(-1)!.split(' ');
      return [{ pid: Number(pid), ppid: Number(after[1]), cpu: Number(after[11]) + Number(after[12]) }];
    } catch {
      return [];
    }
  });
  const inTree = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const s of stats) if (!inTree.has(s.pid) && inTree.has(s.ppid)) grew = inTree.add(s.pid).size > 0;
  }
  return stats.filter((s) => inTree.has(s.pid)).reduce((n, s) => n + s.cpu, 0) / 100; // clock ticks (CLK_TCK) to seconds
}

const load = os.loadavg()[0]!.toFixed(1);
const browser = await launchChromium();
const figures = [0, 1].map(() => ({ keystroke: [] as number[], paint: [] as number[], frame: [] as number[], serverCpu: 0, browserCpu: 0 }));
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
      figures[side]!.keystroke.push(...(await keystrokes(page, prefixes)));
      figures[side]!.paint.push(...(await firstPaints(page, Number(values.paints ?? 10))));
      // The CPU each fling costs this process (the server, its core) and Chromium's processes under it.
      const [own, all] = [process.cpuUsage(), treeCpu(process.pid)];
      figures[side]!.frame.push(...(await scroll(page, Number(values.rows ?? 3000))).scrollFrameWork);
      const used = process.cpuUsage(own);
      const server = (used.user + used.system) / 1e6;
      figures[side]!.serverCpu += server;
      figures[side]!.browserCpu += treeCpu(process.pid) - all - server;
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
  console.log(`${side ? 'after ' : 'before'}: keystroke ${q(f.keystroke)}; first paint ${q(f.paint)}; work per frame ${q(f.frame)}, its flings' CPU: server ${f.serverCpu.toFixed(2)} s, Chromium ${f.browserCpu.toFixed(2)} s`);
}
