/**
 * `npx tsx scripts/probe-list-arrivals.ts --db <copy> --static <built renderer> [--flings 2] [--rows 3000]`:
 * what the fling's frames in which a page of rows lands spend their main thread on, beside the
 * other frames. bench-browser's fling under Chromium's tracing; each frame's end is marked
 * (performance.mark), so every task between one frame's end and the next is that next frame's,
 * and its CPU (the trace's thread time, which the machine's load changes less than the clock) is
 * summed by kind of work, a frame's average in each group.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CoreHost } from '../src/host/host';
import { startPreviewServer } from '../src/server/http';
import { launchChromium, pagesOnTheList } from './bench-browser';

const { values } = parseArgs({ options: { db: { type: 'string' }, static: { type: 'string' }, flings: { type: 'string' }, rows: { type: 'string' } } });
if (!values.db || values.db.endsWith('bench/demo-100000.db')) throw new Error('Give --db a copy of the bench database.');

interface TraceEvent {
  name: string; cat: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number;
  args?: { name?: string; elementCount?: number; beginData?: { dirtyObjects?: number } };
}

/** bench-browser's fling; each frame's end marked 'arrived' when the list grew just before the frame. */
const fling = (rows: number) => `new Promise((resolve) => {
  const pane = document.querySelector('.list-scroll');
  const list = document.querySelector('.list-rows');
  const rowHeight = document.querySelector('#candidate-list [data-index="0"]').offsetHeight;
  let height = list.style.height;
  const frame = (now) => {
    const grew = list.style.height !== height;
    height = list.style.height;
    setTimeout(() => performance.mark((grew ? 'arrived ' : 'scrolled ') + (performance.now() - now).toFixed(1)), 0);
    if (pane.scrollTop >= ${rows} * rowHeight) return setTimeout(resolve, 50);
    pane.scrollBy(0, rowHeight * 8);
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})`;

const host = await CoreHost.start(values.db);
const server = await startPreviewServer(host, { port: 0, staticDir: path.resolve(values.static ?? 'out/renderer') });
const browser = await launchChromium();
try {
  const [page] = await pagesOnTheList(browser, [server.url]);
  const events: TraceEvent[] = [];
  for (let i = 0; i < Number(values.flings ?? 2); i++) {
    await page!.evaluate(`location.hash = '#/settings'`);
    await page!.locator('#candidate-list').waitFor({ state: 'detached' });
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.user_timing'] });
    await page!.evaluate(`location.hash = '#/candidates'`);
    await page!.locator('#candidate-list [data-index="0"]').waitFor();
    await page!.evaluate(fling(Number(values.rows ?? 3000)));
    events.push(...(JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }).traceEvents);
  }
  summarise(events);
} finally {
  await browser.close();
  await server.close();
  await host.close();
}

/** Each group's frames: their count, and a frame's average self CPU by event name. */
function summarise(all: TraceEvent[]) {
  const mains = new Set(all.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const marks = all.filter((e) => e.cat.includes('blink.user_timing') && /^(arrived|scrolled) /.test(e.name)).sort((a, b) => a.ts - b.ts);
  const kind = (mark: TraceEvent) => mark.name.split(' ')[0]!;
  const work = marks.map((mark) => Number(mark.name.split(' ')[1]));
  const slow = [...work].sort((a, b) => a - b)[Math.floor(work.length * 0.9)]!;
  console.log(`${marks.length} frames, work per frame p90 ${slow} ms`);
  const own = all
    .filter((e) => e.ph === 'X' && e.tdur !== undefined && mains.has(`${e.pid}:${e.tid}`))
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const groups = new Map<string, { frames: number; self: Map<string, number>; total: number; restyled: number; laidOut: number }>();
  for (const name of ['arrived', 'scrolled', 'frame after arrived', 'slow (over p90)', 'slow, a page arrived']) groups.set(name, { frames: 0, self: new Map(), total: 0, restyled: 0, laidOut: 0 });
  let e = 0;
  for (let m = 1; m < marks.length; m++) {
    // A trace's first mark only opens the window of the frame after it.
    if (marks[m]!.ts - marks[m - 1]!.ts > 1e6) continue;
    const arrived = kind(marks[m]!) === 'arrived';
    const group = groups.get(
      work[m]! > slow ? (arrived ? 'slow, a page arrived' : 'slow (over p90)') : !arrived && kind(marks[m - 1]!) === 'arrived' ? 'frame after arrived' : kind(marks[m]!),
    )!;
    group.frames++;
    const stack: { name: string; end: number }[] = [];
    while (e < own.length && own[e]!.ts < marks[m - 1]!.ts) e++;
    for (; e < own.length && own[e]!.ts < marks[m]!.ts; e++) {
      const ev = own[e]!;
      while (stack.length && stack.at(-1)!.end <= ev.ts) stack.pop();
      const parent = stack.at(-1);
      group.restyled += ev.name === 'UpdateLayoutTree' ? (ev.args?.elementCount ?? 0) : 0;
      group.laidOut += ev.name === 'Layout' ? (ev.args?.beginData?.dirtyObjects ?? 0) : 0;
      if (parent) group.self.set(parent.name, (group.self.get(parent.name) ?? 0) - ev.tdur!);
      else group.total += ev.tdur!;
      group.self.set(ev.name, (group.self.get(ev.name) ?? 0) + ev.tdur!);
      stack.push({ name: ev.name, end: ev.ts + (ev.dur ?? 0) });
    }
  }
  for (const [name, { frames, self, total, restyled, laidOut }] of groups) {
    if (!frames) continue;
    console.log(
      `${name}: ${frames} frames, main thread CPU ${(total / frames / 1000).toFixed(2)} ms a frame, ` +
        `${(restyled / frames).toFixed(0)} elements restyled and ${(laidOut / frames).toFixed(0)} layout objects laid out a frame`,
    );
    for (const [what, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 14)) console.log(`  ${what.padEnd(40)} ${(us / frames / 1000).toFixed(2)} ms`);
  }
}
