/**
 * `npx tsx scripts/probe-first-paint-ab.ts --db <copy> --a <built renderer> --b <built renderer> [--rounds 6] [--each 5]`:
 * the candidate list's first paint as bench-browser times it (from Settings at once), the two
 * builds served side by side over the same core and taken in turn, `each` paints of A then `each`
 * of B, `rounds` times, so the machine's load falls on both alike. Prints each side's median / p95
 * and when the list's call went out and was answered, from the click.
 */
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CoreHost } from '../src/host/host';
import { startPreviewServer } from '../src/server/http';
import { launchChromium, pagesOnTheList } from './bench-browser';
import { quantile } from './quantile';

const { values } = parseArgs({ options: { db: { type: 'string' }, a: { type: 'string' }, b: { type: 'string' }, rounds: { type: 'string' }, each: { type: 'string' } } });
if (!values.db || values.db.endsWith('bench/demo-100000.db')) throw new Error('Give --db a copy of the bench database.');

const at = quantile;
const q = (samples: number[]) => `${at(samples, 0.5).toFixed(0)} / ${at(samples, 0.95).toFixed(0)}`;

const load = os.loadavg()[0]!.toFixed(1);
const host = await CoreHost.start(values.db);
// Each side's reads the core let go unread, their page left before a reader was free.
const dropped = [0, 0];
// The calls the server was still answering as each list call came in, and how long the list's took there.
const inFlight = new Set<{ method: string }>();
const ahead: number[][] = [[], []];
const served: number[][] = [[], []];
const servers = await Promise.all(
  [values.a!, values.b!].map((dir, side) =>
    startPreviewServer(
      {
        call: async (method, input, options) => {
          const arrived = performance.now();
          if (method === 'candidates.list') ahead[side]!.push(inFlight.size);
          const call = { method };
          inFlight.add(call);
          const outcome = await host.call(method, input, options);
          inFlight.delete(call);
          if (method === 'candidates.list') served[side]!.push(performance.now() - arrived);
          if (!outcome.ok && outcome.error.code === 'cancelled') dropped[side]!++;
          return outcome;
        },
      },
      { port: 0, staticDir: path.resolve(dir) },
    ),
  ),
);
const browser = await launchChromium();
const painted: number[][] = [[], []];
const listCall: { out: number; in: number }[][] = [[], []];
const cpuBefore = process.cpuUsage();
try {
  const pages = await pagesOnTheList(browser, servers.map((server) => server.url));
  for (let round = 0; round < Number(values.rounds ?? 6); round++) {
    for (const side of [0, 1]) {
      const page = pages[side]!;
      for (let i = 0; i < Number(values.each ?? 5); i++) {
        await page.evaluate(`location.hash = '#/settings'`);
        await page.locator('#candidate-list').waitFor({ state: 'detached' });
        // As bench-browser's firstPaints, with the list's call timed from the same click.
        const sample = await page.evaluate<{ paint: number; out: number; in: number }>(`new Promise((resolve) => {
          performance.clearResourceTimings();
          const start = performance.now();
          const observer = new MutationObserver(() => {
            if (!document.querySelector('#candidate-list [data-index="0"]')) return;
            observer.disconnect();
            requestAnimationFrame(() => {
              const list = performance.getEntriesByType('resource').filter((r) => r.name.endsWith('/api/candidates.list')).at(-1);
              resolve({ paint: performance.now() - start, out: list.startTime - start, in: list.responseEnd - start });
            });
          });
          observer.observe(document.body, { childList: true, subtree: true });
          location.hash = '#/candidates';
        })`);
        painted[side]!.push(sample.paint);
        listCall[side]!.push(sample);
      }
    }
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((server) => server.close()));
  await host.close();
}
const cpu = process.cpuUsage(cpuBefore);
console.log(`load ${load} before, ${os.loadavg()[0]!.toFixed(1)} after; this process's CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms`);
painted.forEach((samples, side) => {
  const calls = listCall[side]!;
  console.log(
    `${side ? 'B' : 'A'}: painted ${q(samples)} ms (n=${samples.length}; slowest ${[...samples].sort((x, y) => x - y).slice(-3).map((n) => n.toFixed(0)).join(', ')}), ` +
      `list call out ${q(calls.map((c) => c.out))}, answered ${q(calls.map((c) => c.in))} ms after the click; reads dropped ${dropped[side]}; ` +
      `in the server ${q(served[side]!)} ms, ${q(ahead[side]!)} calls ahead of it`,
  );
});
