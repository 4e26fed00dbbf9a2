/**
 * Figures for the reports (issue 17), measured by scripts/bench.ts beside its own: each report
 * of the Reports screen worked out in the core for this year to date, for the whole agency and
 * for its busiest client, through the same functions the contract calls, each reading the history
 * afresh; and the screen's six together, which read it once.
 */
import { ReportInput, reportNames } from '../src/api/reports';
import type { Core } from '../src/db/core';
import { dayIn } from '../src/reminders/time';
import { forgetFacts, report } from '../src/reports/reports';
import type { Measure } from './bench-lists';

const RUNS = 20;

export function reportFigures<F>(core: Core, { time, figure }: Measure<F>): F[] {
  const today = dayIn(core.clock.now(), core.timeZone);
  const year = ReportInput.parse({ from: `${today.slice(0, 4)}-01-01`, to: today });
  const busiest = core.db
    .prepare('SELECT j.client_id FROM submissions s JOIN jobs j ON j.id = s.job_id GROUP BY j.client_id ORDER BY count(*) DESC LIMIT 1')
    .pluck()
    .get() as string;
  const oneClient = ReportInput.parse({ ...year, clientId: busiest });
  const afresh = (run: () => unknown) => {
    forgetFacts(core);
    return time(run);
  };
  const each = (filters: typeof year) => reportNames.flatMap((name) => Array.from({ length: RUNS }, () => afresh(() => report(core, name, filters))));
  const screen = Array.from({ length: RUNS }, () => afresh(() => reportNames.forEach((name) => report(core, name, year))));
  return [
    figure(`each report in the core, this year to date (${reportNames.length} reports × ${RUNS})`, each(year), 100),
    figure('each report in the core for the busiest client, this year to date', each(oneClient), 100),
    figure(`the ${reportNames.length} reports of the Reports screen together (the history read once)`, screen, 500),
  ];
}
