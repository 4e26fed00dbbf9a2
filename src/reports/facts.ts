import type { FeeTerms } from '../api/clients';
import type { Money } from '../api/common';
import type { Placement } from '../api/placements';
import { type ReportFilters, type TimeReport } from '../api/reports';
import type { StageName } from '../api/submissions';
import { feeFromRow, type FeeRow } from '../clients/fee';
import type { Core } from '../db/core';
import { statement } from '../db/statements';
import { todayOf, toPlacement, type PlacementRow } from '../placements/placements';
import { reportPlacementsBare } from './placementRows';
import { instantOf, plusDays } from '../reminders/time';
import { daysIn } from './zoneDays';
import { current, isWaiting, progressOf, type Progress } from './history';
import { keptUntilChange } from '../db/dataState';
import { standingOf, standingQuery } from './standing';
import { money } from './stats';
import { stuckOf } from './stuck';
import { periodCounts, type PeriodCounts } from './counts';
import { openBunchesBySql, stuckBySql, type OpenBunch } from './waiting';
import { readTimeMeasures, type TimeMeasures } from './timeMeasures';

export interface Move {
  stage: StageName;
  reason: string | null;
  at: string;
}

export interface SubmissionFacts {
  id: string;
  candidateName: string;
  source: string | null;
  salaryExpectation: Money | null;
  jobId: string;
  jobTitle: string;
  clientId: string;
  clientName: string;
  hiringManagerId: string | null;
  hiringManagerName: string | null;
  /** Where it stands and the milestones of its road. */
  progress: Progress;
  /** Its stage history in clock order: read for the 'whole' scope only (empty otherwise). */
  moves: Move[];
  /** The days the client's feedback was received, earliest first. */
  feedbackOn: string[];
  /** Interviews that were not cancelled, as instants. */
  interviewsAt: string[];
}

export interface JobFacts {
  id: string;
  title: string;
  clientId: string;
  clientName: string;
  hiringManagerId: string | null;
  hiringManagerName: string | null;
  openedOn: string;
  fee: FeeTerms | null;
  /** What a percentage fee would be taken of: the top of the job's range, or its bottom. */
  salary: Money | null;
  /** Filled or cancelled once, then opened again. */
  reopened: boolean;
}

/** Where a live submission stands now: what the stuck list and the forecast count, whatever the period. */
export interface Standing extends Pick<SubmissionFacts, 'id' | 'candidateName' | 'salaryExpectation' | 'jobId' | 'jobTitle' | 'clientName'> {
  now: Move;
}

/**
 * How much history a report reads. The funnel, responsiveness, sources and activity count the
 * submissions presented in the period and the interviews held in it; time, no submission's history
 * but SQL aggregates over the moves made in it and the jobs opened in it (src/reports/timeMeasures.ts),
 * and the submissions standing still now (counted by SQL); revenue, placements and where each
 * submission stands now (the forecast, counted by SQL unless its records are asked for). 'whole'
 * reads every submission's history, as the reports did before they read by period: the
 * benchmark's naive way, and the tests' yardstick. 'stuck' reads only the stuck, by SQL, for the
 * whole stuck list's CSV.
 */
export type Scope = 'presented' | 'time' | 'revenue' | 'stuck' | 'whole';

/** What every report is worked out from, read once per call, for the filters' submissions and jobs. */
export interface Facts {
  filters: ReportFilters;
  zone: string;
  today: string;
  /** The period as instants: from its first day's midnight to the midnight after its last. */
  start: string;
  end: string;
  /** The submissions the scope needs (every one for 'whole'), each with its whole history: read on first use. */
  submissions: SubmissionFacts[];
  /** The live submissions at a stage where they wait (shortlisted to offer; submitted to offer for 'revenue'), for 'revenue' (the forecast's records) and 'whole': read on first use; none for the other scopes. */
  standing: Standing[];
  /** The stuck list by SQL (src/reports/waiting.ts); stuckOf over `standing` for 'whole'. */
  stuck: (stuckDays: number, limit?: number) => { stuck: TimeReport['stuck']; count: number };
  /** The period's submissions, interviews and placements counted by SQL, when no record is asked for; absent for 'whole'. */
  counts?: PeriodCounts;
  /** The open submissions counted per job and stage by SQL, when no record is asked for; absent for 'whole'. */
  openBunches?: () => OpenBunch[];
  jobs: Map<string, JobFacts>;
  /** Placements that stand, for every scope but 'time' and 'stuck'. */
  placements: Placement[];
  /** What the time report measures, read by SQL for the 'time' scope; else worked out from `submissions`. */
  time: TimeMeasures | null;
  inPeriod: (instant: string) => boolean;
  dayInPeriod: (day: string) => boolean;
  day: (instant: string) => string;
}

/**
 * The queries, named so their plans can be tested. Jobs (few) are read with their client and
 * hiring manager; submissions with their candidate only, the job's facts joined in here. `scoped`
 * reads only the rows of the submissions (or jobs) listed in ?.
 */
export function factQueries(filters: ReportFilters) {
  const where = ['j.deleted_at IS NULL'];
  if (filters.clientId) where.push('j.client_id = @clientId');
  if (filters.jobId) where.push('j.id = @jobId');
  if (filters.recruiter) where.push('lower(j.owner) = lower(@recruiter)');
  const jobs = `
    SELECT j.id, j.title, j.client_id, cl.name AS client_name, j.hiring_manager_id, hm.name AS hiring_manager_name,
      j.opened_on, j.salary_min, j.salary_max, j.salary_currency,
      coalesce(j.fee_type, cl.fee_type) AS fee_type,
      CASE WHEN j.fee_type IS NULL THEN cl.fee_percent ELSE j.fee_percent END AS fee_percent,
      CASE WHEN j.fee_type IS NULL THEN cl.fee_amount ELSE j.fee_amount END AS fee_amount,
      CASE WHEN j.fee_type IS NULL THEN cl.fee_currency ELSE j.fee_currency END AS fee_currency
    FROM jobs j JOIN clients cl ON cl.id = j.client_id AND cl.deleted_at IS NULL
    LEFT JOIN contacts hm ON hm.id = j.hiring_manager_id
    WHERE ${where.join(' AND ')}`;
  const source = filters.source ? ' AND c.source = @source' : '';
  // The candidate searched in the index of live candidates (migration 25), not the wide table.
  const submissions = (scope: string) => `
    SELECT s.id, s.job_id, c.name, c.source, c.salary_amount, c.salary_currency
    FROM submissions s JOIN candidates c INDEXED BY candidates_live_facts ON c.id = s.candidate_id AND c.deleted_at IS NULL
    WHERE ${scope}s.deleted_at IS NULL${source}`;
  // A period's submissions with where each stands and its road's milestones (migration 26):
  // those first presented in it (by submission_progress's index), and those with an interview in it.
  // Its candidate's columns are there too: no wide table is read.
  const presented = `
    SELECT p.submission_id, p.job_id, p.name, p.source, p.salary_amount, p.salary_currency,
      p.stage, p.reason, p.at, p.before_at, p.submitted_at, p.furthest, p.offer_at, p.offer_answered_at
    FROM (SELECT submission_id FROM submission_progress WHERE submitted_at >= @from AND submitted_at < @to
      UNION SELECT submission_id FROM interviews WHERE deleted_at IS NULL AND cancelled = 0 AND starts_at >= @from AND starts_at < @to) t
    JOIN submission_progress p ON p.submission_id = t.submission_id AND p.live = 1${filters.source ? ' AND p.source = @source' : ''}`;
  const of = (table: string, columns: string, extra = '', order = '') => ({
    all: `SELECT submission_id, ${columns} FROM ${table} WHERE deleted_at IS NULL${extra}${order}`,
    scoped: `SELECT submission_id, ${columns} FROM ${table}
      WHERE submission_id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL${extra}${order}`,
  });
  return {
    jobs,
    submissions: {
      all: submissions(''),
      scoped: submissions('s.job_id IN (SELECT value FROM json_each(@jobs)) AND '),
    },
    // In clock order from the index itself (no sort step, no clock stamps read into the heap).
    moves: of('stage_changes', 'stage, reason, created_at', '', ' ORDER BY submission_id, created_hlc'),
    feedback: of('feedback', 'received_on'),
    interviews: of('interviews', 'starts_at', ' AND cancelled = 0'),
    jobStatuses: 'SELECT job_id, status FROM job_status_changes WHERE deleted_at IS NULL ORDER BY job_id, created_hlc',
    /** The submissions a scope needs, from around the period (@from, @to: a day wider than it either side). */
    scopes: { presented },
    standing: standingQuery,
    // Few: read from the placements themselves, the job's filters applied after (a list of the
    // jobs here made SQLite start from the jobs and find every submission's stage); their job's
    // title and client filled in from the filters' jobs.
    placements: reportPlacementsBare(filters.source !== null),
  };
}

type Params = Record<string, string>;
type Raw = string[];

export function readFacts(core: Core, filters: ReportFilters, scope: Scope = 'whole'): Facts {
  const zone = core.timeZone;
  const queries = factQueries(filters);
  const jobParams: Params = Object.fromEntries(
    Object.entries({ clientId: filters.clientId, jobId: filters.jobId, recruiter: filters.recruiter }).filter(
      (entry): entry is [string, string] => entry[1] !== null,
    ),
  );
  const jobs = readJobs(core, queries, jobParams);
  const today = todayOf(core);
  const start = instantOf(filters.from, '00:00', zone);
  const end = instantOf(plusDays(filters.to, 1), '00:00', zone);
  const dayInPeriod = (day: string) => day >= filters.from && day <= filters.to;
  const sourceParam: Params = filters.source ? { source: filters.source } : {};
  const readSubs = () =>
    scope === 'whole'
      ? readWhole(core, queries, jobs, jobParams, sourceParam)
      : readScoped(core, queries, jobs, scope, {
          // A day wider than the period either side, so no move is missed however its instant is
          // written; the reports keep only what falls in the period itself.
          from: instantOf(plusDays(filters.from, -1), '00:00', zone),
          to: instantOf(plusDays(filters.to, 2), '00:00', zone),
          ...sourceParam,
        });
  let subs: SubmissionFacts[] | undefined;
  // Only revenue and activity count placements: read on first use.
  let placements: Placement[] | undefined;
  const readPlacements = () =>
    scope === 'time' || scope === 'stuck'
      ? []
      : placementsKept
          .read(core, JSON.stringify(filters.source), () => statement(core.db, queries.placements).all(sourceParam) as PlacementRow[])
          .flatMap((row) => {
            const job = jobs.get(row.job_id);
            return job ? [toPlacement({ ...row, job_title: job.title, client_id: job.clientId, client_name: job.clientName }, zone, today)] : [];
          });
  let standing: Standing[] | undefined;
  // Read only for the records behind the forecast (revenue), and for the whole history (the stuck
  // too): otherwise the stuck and the forecast are counted by SQL (src/reports/waiting.ts).
  const readStanding = (): Standing[] =>
    scope === 'whole'
      ? facts.submissions.filter((s) => isWaiting(current(s).stage)).map((s) => ({ ...s, now: current(s) }))
      : scope === 'revenue'
        ? standingOf(core, jobs, filters.source)
        : [];
  const day = daysIn(zone);
  const waiting = { jobs, source: filters.source, zone, today, day };
  const facts: Omit<Facts, 'time'> = {
    filters,
    zone,
    today,
    start,
    end,
    get submissions() {
      return (subs ??= readSubs());
    },
    get standing() {
      return (standing ??= readStanding());
    },
    stuck: (stuckDays, limit) => (scope === 'whole' ? stuckOf(facts as Facts, stuckDays, limit) : stuckBySql(core, waiting, stuckDays, limit)),
    ...(scope !== 'whole' && {
      openBunches: () => openBunchesBySql(core, waiting),
      counts: periodCounts(core, { jobs: [...jobs.keys()], source: filters.source }, start, end),
    }),
    jobs,
    get placements() {
      return (placements ??= readPlacements());
    },
    inPeriod: (instant) => instant >= start && instant < end,
    dayInPeriod,
    day,
  };
  return Object.assign(facts, { time: scope === 'time' ? readTimeMeasures(core, facts) : null });
}

/** The placements that stand, whatever the period and the job's filters (applied after): few, but a join of five tables. */
const placementsKept = keptUntilChange<PlacementRow[]>();
export const forgetPlacements = placementsKept.forget;

type Queries = ReturnType<typeof factQueries>;
type Row = (string | number | null)[];
/** submission_progress's columns as the presented query reads them, after the submission's own. */
type ProgressRow = [StageName, string | null, string, string | null, string | null, number | null, string | null, string | null];

/** Every submission of the filters' jobs, with its whole history: how the reports read before they read by period. */
function readWhole(core: Core, queries: Queries, jobs: Map<string, JobFacts>, jobParams: Params, sourceParam: Params): SubmissionFacts[] {
  const jobScoped = Object.keys(jobParams).length > 0;
  const params = { ...(jobScoped && { jobs: JSON.stringify([...jobs.keys()]) }), ...sourceParam };
  const rows = statement(core.db, jobScoped ? queries.submissions.scoped : queries.submissions.all).raw().all(params) as Row[];
  return withHistory(core, queries, jobs, rows, jobScoped || 'source' in sourceParam);
}

/**
 * The submissions presented around the period, or interviewed in it, found by when things
 * happened, each with where it stands and its road's milestones as submission_progress keeps
 * them: no move of theirs is read. Then their feedback and interviews.
 */
function readScoped(core: Core, queries: Queries, jobs: Map<string, JobFacts>, scope: Exclude<Scope, 'whole'>, params: Params): SubmissionFacts[] {
  if (scope === 'revenue' || scope === 'stuck' || scope === 'time') return [];
  const byId = new Map<string, SubmissionFacts>();
  for (const row of statement(core.db, queries.scopes[scope]).raw().all(params) as Row[]) {
    const [stage, reason, at, beforeAt, submittedAt, furthest, offerAt, offerAnsweredAt] = row.slice(6) as unknown as ProgressRow;
    const progress: Progress = {
      now: { stage, reason, at },
      beforeAt,
      submittedAt,
      furthest: furthest ?? -1,
      offerAt,
      offerAnsweredAt,
    };
    const facts = submissionOf(row, jobs);
    if (facts) byId.set(facts.id, { ...facts, progress });
  }
  return withAnswers(core, queries, byId, true);
}

/** A submission of a row (its id, job and candidate), when it is on one of the filters' jobs. */
function submissionOf([id, jobId, name, source, salary, currency]: Row, jobs: Map<string, JobFacts>): Omit<SubmissionFacts, 'progress'> | null {
  const job = jobs.get(jobId as string);
  if (!job) return null;
  return {
      id: id as string,
      candidateName: name as string,
      source: source as string | null,
      salaryExpectation: money(salary, currency),
      jobId: job.id,
      jobTitle: job.title,
      clientId: job.clientId,
      clientName: job.clientName,
      hiringManagerId: job.hiringManagerId,
      hiringManagerName: job.hiringManagerName,
    moves: [],
    feedbackOn: [],
    interviewsAt: [],
  };
}

const read = (core: Core, query: { all: string; scoped: string }, ids: Map<string, unknown>, scoped: boolean) =>
  (scoped ? statement(core.db, query.scoped).raw().all(JSON.stringify([...ids.keys()])) : statement(core.db, query.all).raw().all()) as Raw[];

/** The submissions of `rows` on the filters' jobs, with their moves (in clock order), feedback and interviews. */
function withHistory(core: Core, queries: Queries, jobs: Map<string, JobFacts>, rows: Row[], scoped: boolean): SubmissionFacts[] {
  const bare = new Map<string, Omit<SubmissionFacts, 'progress'>>();
  for (const row of rows) {
    const facts = submissionOf(row, jobs);
    if (facts) bare.set(facts.id, facts);
  }
  let last: Omit<SubmissionFacts, 'progress'> | undefined;
  for (const [id, stage, reason, at] of read(core, queries.moves, bare, scoped)) {
    if (last?.id !== id) last = bare.get(id!);
    last?.moves.push({ stage: stage as StageName, reason: reason ?? null, at: at! });
  }
  const byId = new Map<string, SubmissionFacts>();
  for (const [id, s] of bare) if (s.moves.length > 0) byId.set(id, { ...s, progress: progressOf(s.moves) });
  return withAnswers(core, queries, byId, scoped);
}

/** The submissions with the client's feedback (earliest first) and the interviews held. */
function withAnswers(core: Core, queries: Queries, byId: Map<string, SubmissionFacts>, scoped: boolean): SubmissionFacts[] {
  for (const [id, on] of read(core, queries.feedback, byId, scoped)) byId.get(id!)?.feedbackOn.push(on!);
  for (const [id, at] of read(core, queries.interviews, byId, scoped)) byId.get(id!)?.interviewsAt.push(at!);
  const subs = [...byId.values()];
  for (const s of subs) s.feedbackOn.sort();
  return subs;
}

interface JobRow extends FeeRow {
  id: string;
  title: string;
  client_id: string;
  client_name: string;
  hiring_manager_id: string | null;
  hiring_manager_name: string | null;
  opened_on: string;
  salary_min: number | null;
  salary_max: number | null;
  salary_currency: string | null;
}

function readJobs(core: Core, queries: ReturnType<typeof factQueries>, params: Params): Map<string, JobFacts> {
  const reopened = new Set<string>();
  const closedLast = new Map<string, boolean>();
  for (const row of statement(core.db, queries.jobStatuses).all() as { job_id: string; status: string }[]) {
    const closed = row.status === 'filled' || row.status === 'cancelled';
    if (closedLast.get(row.job_id) && !closed) reopened.add(row.job_id);
    closedLast.set(row.job_id, closed);
  }
  const rows = statement(core.db, queries.jobs).all(params) as JobRow[];
  return new Map(
    rows.map((row) => {
      const amount = row.salary_max ?? row.salary_min;
      return [
        row.id,
        {
          id: row.id,
          title: row.title,
          clientId: row.client_id,
          clientName: row.client_name,
          hiringManagerId: row.hiring_manager_id,
          hiringManagerName: row.hiring_manager_name,
          openedOn: row.opened_on,
          fee: feeFromRow(row),
          salary: amount === null || row.salary_currency === null ? null : { amount, currency: row.salary_currency },
          reopened: reopened.has(row.id),
        },
      ];
    }),
  );
}
