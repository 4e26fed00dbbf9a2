import { rowsShown, type FunnelAnswer, type ReportFilters, type ReportRows, type ReportRowsQuery, type ResponsivenessAnswer } from '../api/reports';
import type { Core } from '../db/core';
import { report } from './reports';

// The Reports screen shows 25 rows of each long table until "Show all": the funnel's and
// responsiveness' whole answers for a year at 100,000 candidates were some 600 and 350 KB (every
// client, job and hiring manager, each figure with its key), serialised on a reader thread, copied
// to the serving thread, sent as JSON and parsed by the page, for the few rows it draws. The core's
// reports stay whole (the CSV, `shortlist report` and a figure's records use them); only the
// screen's answers are cut, from the whole answer each connection keeps until the data changes.

/** The first rows of a table, as the screen shows them: copies, as the whole answer is kept for the next call. */
const first = <T>(rows: readonly T[]): T[] => rows.slice(0, rowsShown);

/** The funnel as the screen gets it: its tables per client and per job cut to the rows shown. */
export function funnelAnswer(core: Core, filters: ReportFilters): FunnelAnswer {
  const whole = report(core, 'funnel', filters);
  return {
    ...whole,
    byClient: first(whole.byClient),
    byJob: first(whole.byJob),
    totalRows: { byClient: whole.byClient.length, byJob: whole.byJob.length },
  };
}

/** Responsiveness as the screen gets it, with the busiest clients its chart draws (of them all). */
export function responsivenessAnswer(core: Core, filters: ReportFilters): ResponsivenessAnswer {
  const whole = report(core, 'responsiveness', filters);
  // A stable sort of the clients in the table's order, as the screen sorted them when it had them all.
  const busiest = [...whole.byClient]
    .sort((a, b) => b.submissions.value! - a.submissions.value!)
    .slice(0, rowsShown)
    .map((c) => ({ clientId: c.clientId, name: c.name, median: c.toFirstFeedback.median, p90: c.toFirstFeedback.p90 }));
  return {
    ...whole,
    byClient: first(whole.byClient),
    byContact: first(whole.byContact),
    totalRows: { byClient: whole.byClient.length, byContact: whole.byContact.length },
    busiest,
  };
}

/** Every row of one long table, in the report's order: the rest of a folded table. */
export function tableRows(core: Core, { report: name, table, filters }: ReportRowsQuery): ReportRows {
  // The same call on both sides: each narrows `name` to one report, so `table` indexes its answer.
  return name === 'funnel' ? report(core, name, filters)[table] : report(core, name, filters)[table];
}
