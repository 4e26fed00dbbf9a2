import { funnelSteps } from '../api/reports';
import { closedStages, openStages, type StageName } from '../api/submissions';
import type { Core } from '../db/core';
import { statement } from '../db/statements';
import { filterParams, onFilters, quoted } from './periodSql';
import { reportPlacementsBare } from './placementRows';
import { readAnswerDays } from './answerDays';

/** How a submission counts at a funnel step: got there along the road (a move back does not undo it), or stands placed. */
const stepTest = (step: (typeof funnelSteps)[number]) =>
  step === 'placed' ? `p.stage = 'placed'` : `p.furthest >= ${openStages.indexOf(step)}`;
const counted = (test: string) => `count(CASE WHEN ${test} THEN 1 END)`;

/**
 * The period's counts as SQL aggregates over submission_progress (migration 26), for when no one
 * asks which records are behind them: the submissions presented in the period (@start to @end,
 * their first move to submitted or past it) of the filters' jobs (@jobs) and candidate source, by
 * job and step, by how they closed, by source; and per week (@weeks: each week's first and last
 * instants, cut to the period) the submissions presented, the interviews held and the placements
 * made. JavaScript gets tens of rows, where it turned a year's 8,000 submissions into objects.
 */
export function countQueries(source: boolean) {
  const mine = onFilters('p', source);
  // By when they were presented, in an index holding all these queries read (migration 29), pinned:
  // the index of the waiting would be a search by stage.
  const presented = (start: string, end: string) => `FROM submission_progress p INDEXED BY submission_progress_presented WHERE p.submitted_at >= ${start} AND p.submitted_at < ${end} AND ${mine}`;
  return {
    byJob: `SELECT p.job_id, ${funnelSteps.map((step) => counted(stepTest(step))).join(', ')} ${presented('@start', '@end')} GROUP BY p.job_id`,
    closed: `SELECT p.stage, coalesce(p.reason, ''), count(*) ${presented('@start', '@end')} AND p.stage IN (${quoted(closedStages)}) GROUP BY 1, 2`,
    bySource: `SELECT coalesce(p.source, 'Unknown'), count(*), ${counted(stepTest('interviewing'))}, ${counted(stepTest('placed'))}
      ${presented('@start', '@end')} GROUP BY 1`,
    weeks: `
      WITH weeks AS (SELECT key AS i, json_extract(value, '$[0]') AS start, json_extract(value, '$[1]') AS stop FROM json_each(@weeks))
      SELECT i,
        (SELECT count(*) ${presented('weeks.start', 'weeks.stop')}),
        (SELECT count(*) FROM interviews iv JOIN submission_progress p ON p.submission_id = iv.submission_id AND ${mine}
          WHERE iv.deleted_at IS NULL AND iv.cancelled = 0 AND iv.starts_at >= weeks.start AND iv.starts_at < weeks.stop)
      FROM weeks ORDER BY i`,
    // Placements are few (1,500 at 100k): when each was placed, counted per week after.
    placedAt: `SELECT placed_at FROM (${reportPlacementsBare(source)}) WHERE +job_id IN (SELECT value FROM json_each(@jobs))`,
  };
}

export interface CountFilters {
  jobs: readonly string[];
  source: string | null;
}

/** A submission presented in the period, as responsiveness measures it with its records: its road's milestones, the client's feedback (earliest first) and the interviews held. */
export interface Answered {
  id: string;
  jobId: string;
  submittedAt: string;
  stage: StageName;
  beforeAt: string | null;
  offerAt: string | null;
  offerAnsweredAt: string | null;
  feedbackOn: string[];
  interviewsAt: string[];
}

export interface JobCounts {
  jobId: string;
  /** How many reached each of funnelSteps (placed: stand placed). */
  steps: number[];
}

/** The counts of the period's submissions, by SQL; `start` and `end` are the period's first and last instants. */
export function periodCounts(core: Core, filters: CountFilters, start: string, end: string) {
  const queries = countQueries(filters.source !== null);
  const params = { ...filterParams(filters.jobs, filters.source), start, end };
  return {
    byJob: (): JobCounts[] =>
      (statement(core.db, queries.byJob).raw().all(params) as [string, ...number[]][]).map(([jobId, ...steps]) => ({ jobId, steps })),
    closed: () =>
      (statement(core.db, queries.closed).raw().all(params) as [StageName, string, number][]).map(([stage, reason, count]) => ({ stage, reason, count })),
    bySource: () =>
      (statement(core.db, queries.bySource).raw().all(params) as [string, number, number, number][]).map(([source, all, interviewed, placed]) => ({
        source,
        all,
        interviewed,
        placed,
      })),
    /** What responsiveness measures of the submissions presented, in days, worked out by SQL. */
    answerDays: (zone: string, today: string) => readAnswerDays(core, params, zone, today),
    /** Per week, given as [its first instant, the instant after its last], cut to the period: submissions presented, interviews held, placements made. */
    weeks: (weeks: readonly [string, string][]): [number, number, number][] => {
      const rows = statement(core.db, queries.weeks).raw().all({ ...params, weeks: JSON.stringify(weeks) }) as [number, number, number][];
      const placed = statement(core.db, queries.placedAt).pluck().all(params) as string[];
      return rows.map(([i, submissions, interviews]) => {
        const [from, to] = weeks[i]!;
        return [submissions, interviews, placed.filter((at) => at >= from && at < to).length];
      });
    },
  };
}

export type PeriodCounts = ReturnType<typeof periodCounts>;
