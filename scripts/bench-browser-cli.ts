/**
 * `npx tsx scripts/bench-browser-cli.ts --db <a copy of bench/demo-100000.db> [--static <built renderer>]
 * [--runs <n>] [--no-build]`: the browser half of `npm run bench` alone, for working on its figures.
 * Prints each run's median / p95 with its sample count, the slowest samples, and the machine's load,
 * so figures of the code before and after can be taken back to back. Never point it at the shared
 * bench file: the preview's core writes to the file it serves.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { browserPrefixes, buildRenderer, measureBrowser, type BrowserSamples } from './bench-browser';
import { quantile } from './quantile';

const { values } = parseArgs({
  options: { db: { type: 'string' }, static: { type: 'string' }, runs: { type: 'string' }, 'no-build': { type: 'boolean' } },
});
if (!values.db || values.db.endsWith('bench/demo-100000.db')) throw new Error('Give --db a copy of the bench database, not the shared file.');

const prefixes = browserPrefixes();

const quantiles = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return `${quantile(samples, 0.5).toFixed(1)} / ${quantile(samples, 0.95).toFixed(1)} ms (n=${samples.length}; slowest ${sorted
    .slice(-3)
    .map((n) => n.toFixed(0))
    .join(', ')})`;
};

if (!values['no-build'] && !values.static) buildRenderer();
for (let run = 0; run < Number(values.runs ?? 1); run++) {
  const load = os.loadavg()[0]!.toFixed(2);
  const samples: BrowserSamples = await measureBrowser(values.db, prefixes, { scrollRows: 3000, staticDir: values.static });
  console.log(`run ${run + 1} (load ${load} before, ${os.loadavg()[0]!.toFixed(2)} after, ${samples.rowsScrolled} rows scrolled)`);
  console.log(`  keystroke to results   ${quantiles(samples.keystrokeToResults)}`);
  console.log(`  list first paint       ${quantiles(samples.listFirstPaint)}`);
  console.log(`  scroll work per frame  ${quantiles(samples.scrollFrameWork)}`);
  console.log(`  scroll frame interval  ${quantiles(samples.scrollFrameIntervals)}`);
  console.log(`  Today on a fresh load  ${quantiles(samples.todayFirstPaint)}`);
}
