import type { FeeTerms } from '../api/clients';
import type { Money } from '../api/common';
import type { Placement } from '../api/placements';
import type { ReportFilters } from '../api/reports';
import type { StageName } from '../api/submissions';
import { feeFromRow, type FeeRow } from '../clients/fee';
import type { Core } from '../db/core';
import { statement } from '../db/statements';
import { selectPlacements, todayOf, toPlacement, type PlacementRow } from '../placements/placements';
import { dayIn, instantOf, plusDays } from '../reminders/time';

export interface Move {
  stage: StageName;
  reason: string | null;
  at: string;
  hlc: string;
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
  /** Its stage history in clock order; the last is where it stands. */
  moves: Move[];
  /** The days the client's feedback was received, earliest first. */
  feedbackOn: string[];
  /** Interviews that were not cancelled, as instants. */
  interviewsAt: string[];
}

export interface JobFacts {
  id: string;
  title: string;
  clientName: string;
  openedOn: string;
  fee: FeeTerms | null;
  /** What a percentage fee would be taken of: the top of the job's range, or its bottom. */
  salary: Money | null;
  /** Filled or cancelled once, then opened again. */
  reopened: boolean;
}

/** What every report is worked out from, read once per call, for the filters' submissions and jobs. */
export interface Facts {
  filters: ReportFilters;
  zone: string;
  today: string;
  /** The period as instants: from its first day's midnight to the midnight after its last. */
  start: string;
  end: string;
  submissions: SubmissionFacts[];
  jobs: Map<string, JobFacts>;
  placements: Placement[];
  inPeriod: (instant: string) => boolean;
  dayInPeriod: (day: string) => boolean;
  day: (instant: string) => string;
}

/** The queries, named so their plans can be tested. `scoped` reads only the submissions listed in ?. */
export function factQueries(filters: ReportFilters) {
  const where = ['j.deleted_at IS NULL'];
  if (filters.clientId) where.push('j.client_id = @clientId');
  if (filters.jobId) where.push('j.id = @jobId');
  if (filters.recruiter) where.push('lower(j.owner) = lower(@recruiter)');
  const jobs = `
    SELECT j.id, j.title, cl.name AS client_name, j.opened_on, j.salary_min, j.salary_max, j.salary_currency,
      coalesce(j.fee_type, cl.fee_type) AS fee_type,
      CASE WHEN j.fee_type IS NULL THEN cl.fee_percent ELSE j.fee_percent END AS fee_percent,
      CASE WHEN j.fee_type IS NULL THEN cl.fee_amount ELSE j.fee_amount END AS fee_amount,
      CASE WHEN j.fee_type IS NULL THEN cl.fee_currency ELSE j.fee_currency END AS fee_currency
    FROM jobs j JOIN clients cl ON cl.id = j.client_id AND cl.deleted_at IS NULL
    WHERE ${where.join(' AND ')}`;
  const submissions = `
    SELECT s.id, c.name AS candidate_name, c.source, c.salary_amount, c.salary_currency, s.job_id, j.title AS job_title,
      j.client_id, cl.name AS client_name, j.hiring_manager_id, hm.name AS hiring_manager_name
    FROM jobs j
    JOIN clients cl ON cl.id = j.client_id AND cl.deleted_at IS NULL
    JOIN submissions s ON s.job_id = j.id AND s.deleted_at IS NULL
    JOIN candidates c ON c.id = s.candidate_id AND c.deleted_at IS NULL
    LEFT JOIN contacts hm ON hm.id = j.hiring_manager_id
    WHERE ${[...where, ...(filters.source ? ['c.source = @source'] : [])].join(' AND ')}`;
  const of = (table: string, columns: string, extra = '') => ({
    all: `SELECT submission_id, ${columns} FROM ${table} WHERE deleted_at IS NULL${extra}`,
    scoped: `SELECT submission_id, ${columns} FROM ${table}
      WHERE submission_id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL${extra}`,
  });
  return {
    jobs,
    submissions,
    moves: of('stage_changes', 'stage, reason, created_at, created_hlc'),
    feedback: of('feedback', 'received_on'),
    interviews: of('interviews', 'starts_at', ' AND cancelled = 0'),
    jobStatuses: 'SELECT job_id, status FROM job_status_changes WHERE deleted_at IS NULL ORDER BY job_id, created_hlc',
  };
}

type Params = Record<string, string>;

export function readFacts(core: Core, filters: ReportFilters): Facts {
  const zone = core.timeZone;
  const queries = factQueries(filters);
  const params: Params = Object.fromEntries(
    Object.entries({ clientId: filters.clientId, jobId: filters.jobId, recruiter: filters.recruiter, source: filters.source }).filter(
      (entry): entry is [string, string] => entry[1] !== null,
    ),
  );
  const jobParams = Object.fromEntries(Object.entries(params).filter(([name]) => name !== 'source'));
  const subs = (statement(core.db, queries.submissions).all(params) as SubmissionRow[]).map(toFacts);
  const byId = new Map(subs.map((s) => [s.id, s]));
  const scoped = Object.keys(params).length > 0;
  const read = (query: { all: string; scoped: string }) =>
    (scoped ? statement(core.db, query.scoped).all(JSON.stringify([...byId.keys()])) : statement(core.db, query.all).all()) as ({
      submission_id: string;
    } & Record<string, string>)[];
  for (const row of read(queries.moves)) {
    byId.get(row.submission_id)?.moves.push({ stage: row.stage as StageName, reason: row.reason ?? null, at: row.created_at!, hlc: row.created_hlc! });
  }
  for (const row of read(queries.feedback)) byId.get(row.submission_id)?.feedbackOn.push(row.received_on!);
  for (const row of read(queries.interviews)) byId.get(row.submission_id)?.interviewsAt.push(row.starts_at!);
  for (const s of subs) {
    s.moves.sort((a, b) => (a.hlc < b.hlc ? -1 : 1));
    s.feedbackOn.sort();
  }
  const today = todayOf(core);
  const start = instantOf(filters.from, '00:00', zone);
  const end = instantOf(plusDays(filters.to, 1), '00:00', zone);
  return {
    filters,
    zone,
    today,
    start,
    end,
    submissions: subs.filter((s) => s.moves.length > 0),
    jobs: readJobs(core, queries, jobParams),
    placements: (statement(core.db, selectPlacements).all() as PlacementRow[])
      .filter((row) => byId.has(row.submission_id))
      .map((row) => toPlacement(row, zone, today)),
    inPeriod: (instant) => instant >= start && instant < end,
    dayInPeriod: (day) => day >= filters.from && day <= filters.to,
    day: (instant) => dayIn(instant, zone),
  };
}

interface SubmissionRow {
  id: string;
  candidate_name: string;
  source: string | null;
  salary_amount: number | null;
  salary_currency: string | null;
  job_id: string;
  job_title: string;
  client_id: string;
  client_name: string;
  hiring_manager_id: string | null;
  hiring_manager_name: string | null;
}

function toFacts(row: SubmissionRow): SubmissionFacts {
  return {
    id: row.id,
    candidateName: row.candidate_name,
    source: row.source,
    salaryExpectation: row.salary_amount === null || row.salary_currency === null ? null : { amount: row.salary_amount, currency: row.salary_currency },
    jobId: row.job_id,
    jobTitle: row.job_title,
    clientId: row.client_id,
    clientName: row.client_name,
    hiringManagerId: row.hiring_manager_id,
    hiringManagerName: row.hiring_manager_name,
    moves: [],
    feedbackOn: [],
    interviewsAt: [],
  };
}

interface JobRow extends FeeRow {
  id: string;
  title: string;
  client_name: string;
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
          clientName: row.client_name,
          openedOn: row.opened_on,
          fee: feeFromRow(row),
          salary: amount === null || row.salary_currency === null ? null : { amount, currency: row.salary_currency },
          reopened: reopened.has(row.id),
        },
      ];
    }),
  );
}
