/**
 * `npx tsx scripts/probe-hop.ts --db <copy> [--rounds 10]`: what the hop to a reader thread costs a
 * quick-switcher search (issue 14: "a fraction of a millisecond, not more"). The same searches (the
 * browser bench's 30 prefixes and each one's heads, as typing asks them) answered in turn by the
 * core on this thread (dispatch, as the preview answered before the core moved) and through the
 * host (CoreHost.call: posted to a reader, answered there, the result cloned back), on one file.
 * With --before <worktree of 0f760d1> --before-db <its demo>, the old core's answer to the same
 * searches on this thread too, and the answers' sizes: whether the search itself got heavier.
 */
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { closeDatabase, openDatabase } from '../src/db/open';
import { CoreHost } from '../src/host/host';
import { dispatch } from '../src/server/dispatch';
import { browserPrefixes } from './bench-browser';
import { quantile } from './quantile';

const { values } = parseArgs({
  options: { db: { type: 'string' }, rounds: { type: 'string' }, before: { type: 'string' }, 'before-db': { type: 'string' } },
});
if (!values.db || values.db.endsWith('bench/demo-100000.db')) throw new Error('Give --db a copy of the bench database.');

const queries = browserPrefixes().flatMap((prefix) => Array.from({ length: prefix.length - 1 }, (_, i) => prefix.slice(0, i + 2)));
const load = os.loadavg()[0]!.toFixed(1);
const host = await CoreHost.start(values.db);
const core = await openDatabase(values.db);
type Dispatch = (core: unknown, method: string, input: unknown) => { ok: boolean; result?: unknown; error?: { message: string } };
const old = values.before
  ? {
      open: ((await import(path.resolve(values.before, 'src/db/open.ts'))) as { openDatabase(file: string): Promise<unknown> }).openDatabase,
      dispatch: ((await import(path.resolve(values.before, 'src/server/dispatch.ts'))) as { dispatch: Dispatch }).dispatch,
    }
  : undefined;
const oldCore = old && (await old.open(path.resolve(values['before-db']!)));
const here: number[] = [];
const hopped: number[] = [];
const before: number[] = [];
const bytes = { here: 0, before: 0 };
const cpu = { here: 0, hopped: 0 };
try {
  // Once each first, so both have read what they need into their caches.
  for (const query of queries) {
    dispatch(core, 'search.query', { query });
    await host.call('search.query', { query });
  }
  for (let round = 0; round < Number(values.rounds ?? 10); round++) {
    for (const query of queries) {
      if (old) {
        const started = performance.now();
        const outcome = old.dispatch(oldCore, 'search.query', { query });
        before.push(performance.now() - started);
        if (round === 0) {
          const today = dispatch(core, 'search.query', { query });
          bytes.before += JSON.stringify(outcome.result).length;
          bytes.here += JSON.stringify(today.ok ? today.result : null).length;
        }
      }
      // In turn, which first alternating, so the machine's moments fall on both alike.
      for (const side of round % 2 ? ['hopped', 'here'] : ['here', 'hopped']) {
        const [started, used] = [performance.now(), process.cpuUsage()];
        if (side === 'here') {
          const outcome = dispatch(core, 'search.query', { query });
          if (!outcome.ok) throw new Error(outcome.error.message);
        } else {
          const outcome = await host.call('search.query', { query });
          if (!outcome.ok) throw new Error(outcome.error.message);
        }
        const spent = process.cpuUsage(used);
        (side === 'here' ? here : hopped).push(performance.now() - started);
        cpu[side as 'here' | 'hopped'] += (spent.user + spent.system) / 1000;
      }
    }
  }
} finally {
  closeDatabase(core);
  await host.close();
}
const q = (samples: number[]) => `${quantile(samples, 0.5).toFixed(2)} / ${quantile(samples, 0.95).toFixed(2)} ms`;
console.log(`load ${load} before, ${os.loadavg()[0]!.toFixed(1)} after; ${here.length} searches each`);
console.log(`on this thread: ${q(here)}, CPU ${(cpu.here / here.length).toFixed(2)} ms a search`);
if (old) console.log(`0f760d1's core on this thread: ${q(before)}; answers ${bytes.before} bytes of JSON against ${bytes.here} today`);
console.log(`through a reader: ${q(hopped)}, CPU ${(cpu.hopped / hopped.length).toFixed(2)} ms a search (every thread of the process)`);
