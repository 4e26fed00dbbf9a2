/**
 * Figures for the reports (issue 17), measured by scripts/bench.ts beside its own: each report of
 * the Reports screen worked out in the core, through the same function the contract calls, for
 * this year to date and for the last month with moves in it, each reading the history afresh,
 * beside the naive way (every submission's whole history read, as before the reports read by
 * period), timed after them (see below); each report's first call after the database opened, apart; each report for the
 * busiest client; the screen's six together; and the screen, revenue and time after the period
 * changed (the placements, read once, kept across periods).
 *
 * On its own, on a copy of the data set (the migrations may write to the file they open):
 *   npx tsx scripts/bench-reports.ts [--db bench/demo-100000.db] [--runs 20] [--cpu]
 * (NODE_OPTIONS=--expose-gc collects the garbage of what ran before the timed runs, as the app's
 * reader thread would not hold it)
 * --cpu times each call by the CPU it used rather than the clock: on a machine others are loading,
 * a single-threaded call's CPU time is close to what it would take on an idle one.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { ReportInput, reportLabels, reportNames } from '../src/api/reports';
import type { Core } from '../src/db/core';
import { closeDatabase, openDatabase } from '../src/db/open';
import { dayIn, plusDays } from '../src/reminders/time';
import { monthOf } from '../src/reports/history';
import { forgetFacts, report } from '../src/reports/reports';
import type { Measure } from './bench-lists';
import { quantile } from './quantile';

export function reportFigures<F>(core: Core, { time, figure }: Measure<F>, runs = 20): F[] {
  const today = dayIn(core.clock.now(), core.timeZone);
  const year = ReportInput.parse({ from: `${today.slice(0, 4)}-01-01`, to: today });
  const lastMove = dayIn(core.db.prepare('SELECT max(created_at) FROM stage_changes').pluck().get() as string, core.timeZone);
  const first = `${monthOf(lastMove)}-01`;
  const month = ReportInput.parse({ from: first, to: plusDays(`${monthOf(plusDays(first, 31))}-01`, -1) });
  const busiest = core.db
    .prepare('SELECT j.client_id FROM submissions s JOIN jobs j ON j.id = s.job_id GROUP BY j.client_id ORDER BY count(*) DESC LIMIT 1')
    .pluck()
    .get() as string;
  const oneClient = ReportInput.parse({ ...year, clientId: busiest });
  const afresh = (run: () => unknown) => {
    forgetFacts(core);
    return time(run);
  };
  // Each report's first call after the database opened costs more than the next (revenue's 160–210
  // ms against 60–70 by CPU, even after another report ran). Revenue for another month run first
  // takes the extra cost and the year's first call then costs as the next; a pass over the index of
  // the presented, first, does not: it is the first run of that report in the process (by a CPU
  // profile, mostly the placements turned into records: toPlacement's dates in the zone, date-fns
  // and Intl run for the first time). A recruiter's first report of a session pays it: timed once per report, shown
  // apart, not mixed into the figures after.
  const cold = reportNames.map((name) => afresh(() => report(core, name, year)));
  const periods = [[`this year to date`, year], [`the month of ${month.from.slice(0, 7)}`, month]] as const;
  // The timed runs first, the naive way after them in a phase of its own: run between them, it
  // left seconds of garbage that the next timed run collected (revenue's p95 164–170 ms by CPU, 37–66
  // alone). The app never reads every submission's history. Garbage from before is collected
  // first when node runs with --expose-gc.
  (globalThis as { gc?: () => void }).gc?.();
  const own = periods.map(([, filters]) => reportNames.map((name) => Array.from({ length: runs }, () => afresh(() => report(core, name, filters)))));
  // The naive way takes seconds: one run in four.
  const naive = periods.map(([, filters]) =>
    reportNames.map((name) => Array.from({ length: Math.ceil(runs / 4) }, () => afresh(() => report(core, name, filters, undefined, 'whole')))),
  );
  const figures: F[] = [figure(`each report's first call after the database opened, this year to date (${reportNames.join(', ')})`, cold, 100)];
  periods.forEach(([period], p) =>
    reportNames.forEach((name, r) =>
      figures.push(figure(`report "${reportLabels[name]}" in the core, ${period} (vs every submission's history read)`, own[p]![r]!, 100, naive[p]![r]!)),
    ),
  );
  (globalThis as { gc?: () => void }).gc?.();
  const each = reportNames.flatMap((name) => Array.from({ length: runs }, () => afresh(() => report(core, name, oneClient))));
  figures.push(figure('each report in the core for the busiest client, this year to date', each, 100));
  const screen = Array.from({ length: runs }, () => afresh(() => reportNames.forEach((name) => report(core, name, year))));
  figures.push(figure(`the ${reportNames.length} reports of the Reports screen together, this year to date`, screen, 500));
  // The recruiter switches between the year and a month: each period's history is read, the
  // placements are not read again. (Where every submission stands was once read again by each
  // report, and timed beside: the screen's reports count it in SQL now, and never read it.)
  for (const [label, names] of [[`the ${reportNames.length} reports of the Reports screen`, reportNames], ['report "Revenue"', ['revenue']], ['report "Time"', ['time']]] as const) {
    const shared = Array.from({ length: runs }, (_, i) => time(() => names.forEach((name) => report(core, name, i % 2 === 0 ? month : year))));
    figures.push(figure(`${label}, the period changed between the year and a month`, shared, 100 * names.length));
  }
  return figures;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { db: { type: 'string' }, runs: { type: 'string' }, cpu: { type: 'boolean' } } });
  const copy = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-reports-')), 'copy.db');
  fs.copyFileSync(path.resolve(values.db ?? 'bench/demo-100000.db'), copy);
  const core = await openDatabase(copy);
  const at = quantile;
  const time = (run: () => unknown) => {
    const [start, used] = [performance.now(), process.cpuUsage()];
    run();
    const cpu = process.cpuUsage(used);
    return values.cpu ? (cpu.user + cpu.system) / 1000 : performance.now() - start;
  };
  const rows = reportFigures(core, {
    time,
    figure: (name, samples, target, naive) => ({
      figure: name,
      'median ms': Math.round(at(samples, 0.5)),
      'p95 ms': Math.round(at(samples, 0.95)),
      'target ms': target ?? '',
      'naive median ms': naive ? Math.round(at(naive, 0.5)) : '',
      'x faster': naive ? Math.round((at(naive, 0.5) / at(samples, 0.5)) * 10) / 10 : '',
    }),
  }, Number(values.runs ?? 20));
  closeDatabase(core);
  fs.rmSync(path.dirname(copy), { recursive: true, force: true });
  console.log(`Reports (${values.cpu ? 'CPU time' : 'clock time'}), ${new Date().toISOString()}, load average ${os.loadavg().map((n) => n.toFixed(1)).join(' ')}`);
  console.table(rows);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
