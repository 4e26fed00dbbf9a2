import type { TextFile } from '../api/common';
import { csvRecord } from '../api/csv';
import { reportLabels, type ReportFilters, type ReportName, type Reports, type Responsiveness, type Spread } from '../api/reports';
import { stageLabels } from '../api/submissions';
import type { Core } from '../db/core';
import { csvText } from '../placements/placementList';
import { todayOf } from '../placements/placements';
import { report, stuckList } from './reports';

type Cell = string | number | null | undefined;
const cells = (values: readonly Cell[]) => csvRecord(values.map((v) => (v === null || v === undefined ? '' : String(v))));
const percent = (share: number | null) => (share === null ? '' : `${Math.round(share * 1000) / 10}%`);
const spread = (s: Spread) => [s.count.value, s.median, s.p90];

/** Each report as a table: its header and rows. */
const tables: { [K in ReportName]: (r: Reports[K]) => { head: string[]; rows: Cell[][] } } = {
  revenue: (r) => ({
    head: ['Month', `Placed (${r.currency})`, 'Invoiced', 'Paid', 'Overdue', 'Refunded'],
    rows: [...r.months, { month: 'Total', ...r.totals }].map((m) => [m.month, m.placed.value, m.invoiced.value, m.paid.value, m.overdue.value, m.refunded.value]),
  }),
  funnel: (r) => ({
    head: ['Client', 'Job', ...r.steps.map((s) => stageLabels[s.step]), 'Hit rate'],
    rows: [
      ['All', 'All', ...r.steps.map((s) => s.count.value), percent(r.hitRate)],
      ...r.byClient.map((c) => [c.name, 'All', ...c.steps.map((s) => s.count.value), percent(c.hitRate)]),
      ...r.byJob.map((j) => [j.clientName, j.name, ...j.steps.map((s) => s.count.value), percent(j.hitRate)]),
    ],
  }),
  time: (r) => ({
    head: ['Job', 'Client', 'Opened on', 'Reopened', 'Days to first submission', 'Days to fill'],
    rows: r.jobs.map((j) => [j.title, j.clientName, j.openedOn, j.reopened ? 'yes' : 'no', j.toFirstSubmission, j.toFill]),
  }),
  responsiveness: (r) => {
    const row = (client: string, contact: string, m: Responsiveness): Cell[] => [
      client, contact, m.submissions.value, ...spread(m.toFirstFeedback).slice(1), ...spread(m.interviewToFeedback).slice(1),
      ...spread(m.offerToAnswer).slice(1), percent(m.neverAnsweredShare), m.lostWhileWaiting.value,
    ];
    return {
      head: ['Client', 'Hiring manager', 'Submissions', 'Days to first feedback (median)', '(90th percentile)', 'Days from interview to feedback (median)',
        '(90th percentile)', 'Days from offer to answer (median)', '(90th percentile)', 'Never answered', 'Lost to a competitor while waiting'],
      rows: [row('All', 'All', r.overall), ...r.byClient.map((c) => row(c.name, 'All', c)), ...r.byContact.map((c) => row(c.clientName, c.name, c))],
    };
  },
  sources: (r) => ({
    head: ['Source', 'Submissions', 'Interviews', 'Placements', 'Interview rate', 'Placement rate'],
    rows: r.sources.map((s) => [s.source, s.submissions.value, s.interviews.value, s.placements.value, percent(s.interviewRate), percent(s.placementRate)]),
  }),
  activity: (r) => ({
    head: ['Week of', 'Submissions', 'Interviews', 'Placements'],
    rows: r.weeks.map((w) => [w.week, w.submissions.value, w.interviews.value, w.placements.value]),
  }),
};

export function reportTable<N extends ReportName>(name: N, made: Reports[N]): { head: string[]; records: string[] } {
  const { head, rows } = (tables[name] as (r: Reports[N]) => { head: string[]; rows: Cell[][] })(made);
  return { head, records: rows.map(cells) };
}

export function reportCsv(core: Core, name: ReportName, filters: ReportFilters): TextFile {
  const { head, records } = reportTable(name, report(core, name, filters));
  const slug = reportLabels[name].toLowerCase().replace(/\s+/g, '-');
  return { fileName: `shortlist-${slug}-${filters.from}-to-${filters.to}.csv`, mimeType: 'text/csv', text: csvText(head, records) };
}

/** Every stuck submission, the longest-waiting first: the Reports screen lists only the first of them. */
export function stuckCsv(core: Core, filters: ReportFilters): TextFile {
  const { stuckDays, stuck } = stuckList(core, filters);
  const head = ['Candidate', 'Job', 'Client', 'Stage', `Days without a move (${stuckDays} or more)`];
  const records = stuck.map((s) => cells([s.candidateName, s.jobTitle, s.clientName, stageLabels[s.stage], s.days]));
  return { fileName: `shortlist-stuck-${todayOf(core)}.csv`, mimeType: 'text/csv', text: csvText(head, records) };
}
