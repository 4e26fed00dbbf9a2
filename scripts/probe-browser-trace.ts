/**
 * `npx tsx scripts/probe-browser-trace.ts --db <copy> --static <built renderer> [--what scroll|first|today]`:
 * one of bench-browser's figures taken under Chromium's tracing, and the renderer's main thread's
 * CPU time (the trace's thread durations, so the machine's load counts less than in the clock
 * figures) summed by what it was spent on, each event's own time without what it called.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CoreHost } from '../src/host/host';
import { startPreviewServer } from '../src/server/http';
import { browserPrefixes, firstPaints, keystrokes, launchChromium, scroll, todayPaints } from './bench-browser';
import { quantile } from './quantile';
import { summarise, type TraceEvent } from './trace-summary';

const { values } = parseArgs({ options: { db: { type: 'string' }, static: { type: 'string' }, what: { type: 'string' }, css: { type: 'string' }, rows: { type: 'string' }, js: { type: 'boolean' } } });
if (!values.db || values.db.endsWith('bench/demo-100000.db')) throw new Error('Give --db a copy of the bench database.');
const what = values.what ?? 'scroll';


const host = await CoreHost.start(values.db);
const server = await startPreviewServer(host, { port: 0, staticDir: path.resolve(values.static ?? 'out/renderer') });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${server.url}#/settings`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.evaluate(`location.hash = '#/candidates'`);
  await page.locator('#candidate-list [data-index="0"]').waitFor();
  await page.evaluate(`location.hash = '#/settings'`);
  await page.locator('#candidate-list').waitFor({ state: 'detached' });
  // Through the CSSOM: the page's policy refuses a style tag.
  if (values.css) for (const rule of values.css.split('}').filter((r) => r.trim())) await page.evaluate(`document.styleSheets[0].insertRule(${JSON.stringify(rule + '}')}, document.styleSheets[0].cssRules.length)`);
  const cdp = await page.context().newCDPSession(page);
  if (values.js) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  await browser.startTracing(page, { categories: (process.env.W14_CATS ?? 'devtools.timeline,disabled-by-default-devtools.timeline,v8').split(',') });
  let figure: unknown;
  if (what === 'scroll') {
    await page.evaluate(`location.hash = '#/candidates'`);
    const s = await scroll(page, Number(values.rows ?? 3000));
    figure = { frames: s.scrollFrameWork.length, median: quantile(s.scrollFrameWork, 0.5), p95: quantile(s.scrollFrameWork, 0.95) };
  } else if (what === 'split') {
    await page.evaluate(`location.hash = '#/candidates'`);
    await page.locator('#candidate-list [data-index="0"]').waitFor();
    figure = await page.evaluate(split());
  } else if (what === 'first') figure = await firstPaints(page, 10);
  else if (what === 'keys') {
    const prefixes = browserPrefixes(Number(values.rows ?? 7));
    const t0 = await page.evaluate<number>('performance.now()');
    const samples = await keystrokes(page, prefixes);
    const calls = await page.evaluate<string[]>(`performance.getEntriesByType('resource').filter((r) => r.startTime >= ${t0} && r.name.includes('/api/'))
      .map((r) => r.name.replace(location.origin + '/api/', '') + ' at ' + Math.round(r.startTime - ${t0}) + ' took ' + Math.round(r.responseEnd - r.startTime) + ' (waited ' + Math.round(r.requestStart - r.startTime) + ')')`);
    figure = prefixes.map((p, i) => `${p} ${samples[i]!.toFixed(0)}`);
    console.log(calls.filter((c) => !/took [0-9] /.test(c)).join('\n'));
  } else if (what === 'first-calls') {
    // Each paint with the calls that were in flight or made while it waited, relative to its start.
    const seen: string[] = [];
    for (let i = 0; i < 12; i++) {
      const [start] = await page.evaluate<[number]>(`[performance.now()]`);
      const [paint] = await firstPaints(page, 1);
      const calls = await page.evaluate<string[]>(`performance.getEntriesByType('resource')
        .filter((r) => r.responseEnd >= ${start})
        .map((r) => r.name.replace(location.origin, '').replace('/api/', '') + ' ' + Math.round(r.startTime - ${start}) + '-' + Math.round(r.responseEnd - ${start}))`);
      seen.push(`${paint!.toFixed(0)} ms (from Settings at ~${start.toFixed(0)}): ${calls.join(', ')}`);
    }
    figure = seen;
  }
  else {
    figure = await todayPaints(page, server.url, 5);
    // The last load taken apart: the document, each file and call, and the paint.
    const timings = await page.evaluate(`(async () => {
      const at = (n) => Math.round(n);
      const nav = performance.getEntriesByType('navigation')[0];
      const painted = await window.benchToday;
      return {
        document: [at(nav.requestStart), at(nav.responseEnd)], domInteractive: at(nav.domInteractive), domContentLoaded: at(nav.domContentLoadedEventEnd),
        files: performance.getEntriesByType('resource').map((r) => [r.name.replace(location.origin, ''), at(r.startTime), at(r.responseEnd), r.encodedBodySize]),
        painted: at(painted),
      };
    })()`);
    console.log(JSON.stringify(timings, null, 1));
  }
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  console.log(what, JSON.stringify(figure));
  summarise(trace.traceEvents);
  if (values.js) summariseProfile((await cdp.send('Profiler.stop')).profile as unknown as Profile);
} finally {
  await browser.close();
  await server.close();
  await host.close();
}

interface Profile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/** The script's own time by function, from the sampling profile. */
function summariseProfile(profile: Profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
  });
  const parents = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parents.set(c, n.id);
  const callers = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const name = byId.get(id)!.callFrame.functionName;
    if (!['scrollTo', 'fetch', 'removeChild', 'setTimeout', 'clearTimeout', 'addEventListener', 'postMessage'].includes(name)) return;
    const chain = [name];
    for (let p = parents.get(id); p !== undefined && chain.length < 5; p = parents.get(p)) chain.push(byId.get(p)!.callFrame.functionName || '?');
    callers.set(chain.join(' < '), (callers.get(chain.join(' < ')) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
  });
  for (const [chain, us] of [...callers].sort((a, b) => b[1] - a[1]).slice(0, 14)) console.log(`  ${(us / 1000).toFixed(1)} ms  ${chain}`);
  console.log('script, own time:');
  for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`  ${name.padEnd(70)} ${(us / 1000).toFixed(1)} ms`);
}

/** bench-browser's fling, each frame's work told apart by whether a page of rows arrived just before it. */
function split(): string { return `new Promise((resolve) => {
  const pane = document.querySelector('.list-scroll');
  const list = document.querySelector('.list-rows');
  const rowHeight = document.querySelector('#candidate-list [data-index="0"]').offsetHeight;
  const goal = 3000 * rowHeight;
  const arrival = [], after = [], other = [];
  let height = list.style.height, last = -9;
  let frameNo = 0;
  const frame = (now) => {
    frameNo++;
    const grew = list.style.height !== height;
    height = list.style.height;
    if (grew) last = frameNo;
    const into = frameNo - last === 0 ? arrival : frameNo - last <= 2 ? after : other;
    setTimeout(() => into.push(performance.now() - now), 0);
    if (pane.scrollTop >= goal) {
      const q = (a) => { const s = [...a].sort((x, y) => x - y); return a.length + ' frames, median ' + s[s.length >> 1]?.toFixed(1) + ', p95 ' + s[Math.floor(s.length * 0.95)]?.toFixed(1); };
      resolve({ arrival: q(arrival), twoAfter: q(after), other: q(other) });
      return;
    }
    pane.scrollBy(0, rowHeight * 8);
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})`; }
