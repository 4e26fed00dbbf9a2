/**
 * `npx tsx scripts/probe-browser-ab.ts --db <copy> --a <built renderer> --b <built renderer> [--loads 20]`:
 * Today's fresh load as bench-browser times it, the two builds served side by side over the same
 * core and loaded in turn, A then B, so the machine's load (other work on its cores) falls on both
 * alike. Prints each side's median / p95 and the time each load's call went out and was answered.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CoreHost } from '../src/host/host';
import { startPreviewServer } from '../src/server/http';
import { launchChromium, todayObserver } from './bench-browser';
import { quantile } from './quantile';

const { values } = parseArgs({ options: { db: { type: 'string' }, a: { type: 'string' }, b: { type: 'string' }, loads: { type: 'string' } } });
if (!values.db || values.db.endsWith('bench/demo-100000.db')) throw new Error('Give --db a copy of the bench database.');

const host = await CoreHost.start(values.db);
const servers = await Promise.all([values.a!, values.b!].map((dir) => startPreviewServer(host, { port: 0, staticDir: path.resolve(dir) })));
const browser = await launchChromium();
const results: { painted: number; asked: number; answered: number }[][] = [[], []];
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(todayObserver);
  for (let i = 0; i < Number(values.loads ?? 20); i++) {
    for (const side of [0, 1]) {
      await page.goto('about:blank');
      await page.goto(`${servers[side]!.url}#/today`);
      results[side]!.push(
        await page.evaluate(`(async () => {
          const painted = await window.benchToday;
          const call = performance.getEntriesByType('resource').find((r) => r.name.endsWith('/api/reminders.today'));
          return { painted, asked: call?.startTime ?? -1, answered: call?.responseEnd ?? -1 };
        })()`),
      );
    }
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((server) => server.close()));
  await host.close();
}
const q = (a: number[]) => `${quantile(a, 0.5).toFixed(0)} / ${quantile(a, 0.95).toFixed(0)}`;
// The first load of each side warms its files: left out, as bench-browser's page has been loaded before.
results.forEach((r, side) => {
  const warm = r.slice(1);
  console.log(
    `${side ? 'B' : 'A'}: painted ${q(warm.map((x) => x.painted))} ms (n=${warm.length}), call asked ${q(warm.map((x) => x.asked))}, answered ${q(warm.map((x) => x.answered))}`,
  );
});
