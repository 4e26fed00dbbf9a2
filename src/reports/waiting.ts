import { forecastStages, type ForecastStage, type TimeReport } from '../api/reports';
import type { StageName } from '../api/submissions';
import type { Core } from '../db/core';
import { statement } from '../db/statements';
import { instantOf, plusDays } from '../reminders/time';
import type { JobFacts } from './facts';
import { waitingStages } from './history';
import { filterParams, onFilters, quoted } from './periodSql';
import { byText, daysBetween, money } from './stats';
import type { Money } from '../api/common';

/**
 * What the stuck list and the forecast read of the submissions waiting now, as SQL over
 * submission_progress (migration 26) for the filters' jobs (@jobs) and candidate source: the
 * stuck counted and only the longest-waiting listed; the open ones counted per job and stage (and
 * the candidate's expected salary, for the jobs in @bare, whose fee is taken of it). Each is a
 * pass over the index holding what the reports read of every submission (migration 29), never
 * over the table's wide rows: those cost 30 to 50 ms cold at 100k.
 */
export function waitingQueries(source: boolean) {
  // The job checked in the index entry (+): a search by job would be one per job.
  const mine = onFilters('p', source);
  const waiting = 'submission_progress p INDEXED BY submission_progress_presented';
  const stuck = `${mine} AND stage IN (${quoted(waitingStages)}) AND at < @before`;
  return {
    stuckCount: `SELECT count(*) FROM ${waiting} WHERE ${stuck}`,
    // The longest-waiting first: by the latest move, earliest first (instants are ISO strings in
    // UTC). Only the few listed are read from the table, for their candidate's name.
    stuck: `SELECT submission_id, job_id, name, stage, at FROM submission_progress WHERE submission_id IN (
      SELECT submission_id FROM ${waiting} WHERE ${stuck} AND at < @until ORDER BY at LIMIT @limit)`,
    // The candidate's expectation is read (from the table) only for the jobs in @bare (most jobs name a salary).
    forecast: (bare: boolean) => `
      SELECT job_id, stage, count(*), ${bare ? ['salary_amount', 'salary_currency'].map((c) => `CASE WHEN job_id IN (SELECT value FROM json_each(@bare)) THEN ${c} END`).join(', ') : 'NULL, NULL'}
      FROM ${waiting} WHERE ${mine} AND stage IN (${quoted(forecastStages)})
      GROUP BY stage, job_id${bare ? ', 4, 5' : ''}`,
  };
}

type Stuck = TimeReport['stuck'][number];

export interface WaitingFilters {
  jobs: ReadonlyMap<string, JobFacts>;
  source: string | null;
  zone: string;
  today: string;
  day: (instant: string) => string;
}

const params = (w: WaitingFilters) => filterParams(w.jobs.keys(), w.source);

/**
 * The submissions with no move for `stuckDays` or more (their latest move before the midnight that
 * began the day `stuckDays - 1` days ago), the longest-waiting first, then by name: the first `limit`
 * and those as long still as the last of them, and how many there are. The same list as stuckOf
 * works out from where every submission stands (src/reports/stuck.ts).
 */
export function stuckBySql(core: Core, w: WaitingFilters, stuckDays: number, limit = Infinity): { stuck: Stuck[]; count: number } {
  const queries = waitingQueries(w.source !== null);
  const before = instantOf(plusDays(w.today, 1 - stuckDays), '00:00', w.zone);
  const base = { ...params(w), before };
  const count = statement(core.db, queries.stuckCount).pluck().get(base) as number;
  const read = (until: string, max: number) =>
    statement(core.db, queries.stuck).raw().all({ ...base, until, limit: max }) as [string, string, string, StageName, string][];
  let rows = read(before, Number.isFinite(limit) ? limit : -1);
  if (rows.length === limit && count > limit) {
    // Those as still as the last listed moved on its day: up to the midnight after it. The rows
    // come by key, not in the order the limit took them: the last listed is the latest move.
    const lastDay = w.day(rows.reduce((latest, row) => (row[4] > latest ? row[4] : latest), rows[0]![4]));
    const dayEnd = instantOf(plusDays(lastDay, 1), '00:00', w.zone);
    rows = read(dayEnd < before ? dayEnd : before, -1);
  }
  const stuck = rows
    .map(([submissionId, jobId, candidateName, stage, at]) => {
      const job = w.jobs.get(jobId)!;
      return { submissionId, candidateName, jobTitle: job.title, clientName: job.clientName, stage, days: daysBetween(w.day(at), w.today) };
    })
    .sort((a, b) => b.days - a.days || byText(a.candidateName, b.candidateName) || byText(a.submissionId, b.submissionId));
  return { stuck: stuck.slice(0, limit), count };
}

/** Open submissions of one job at one stage, with the candidate's expected salary when the job's fee is taken of it; `ids` when known. */
export interface OpenBunch {
  jobId: string;
  stage: ForecastStage;
  count: number;
  salaryExpectation: Money | null;
  ids: readonly string[];
}

/** The open submissions the forecast counts, as counts per job and stage (no records: for the figures alone). */
export function openBunchesBySql(core: Core, w: WaitingFilters): OpenBunch[] {
  const bare = [...w.jobs.values()].filter((job) => job.salary === null).map((job) => job.id);
  const rows = statement(core.db, waitingQueries(w.source !== null).forecast(bare.length > 0))
    .raw()
    .all({ ...params(w), ...(bare.length > 0 && { bare: JSON.stringify(bare) }) }) as [string, ForecastStage, number, number | null, string | null][];
  return rows.map(([jobId, stage, count, amount, currency]) => ({ jobId, stage, count, salaryExpectation: money(amount, currency), ids: [] }));
}
