import { forecastStages } from '../api/reports';
import type { StageName } from '../api/submissions';
import type { Core } from '../db/core';
import { statement } from '../db/statements';
import type { JobFacts, Move, Standing } from './facts';
import { keptUntilChange } from '../db/dataState';
import { quoted } from './periodSql';
import { money } from './stats';

/**
 * Where each live submission the forecast counts stands (submitted to offer): its latest move, as
 * submission_progress keeps it with its candidate's columns (migration 26), in one pass over it;
 * every filter is applied after, so one read serves every period. No history and no wide table is read.
 */
export const standingQuery = `
  SELECT submission_id, job_id, name, source, salary_amount, salary_currency, stage, reason, at
  FROM submission_progress NOT INDEXED WHERE stage IN (${quoted(forecastStages)}) AND live = 1`;

interface StandingRow extends Pick<Standing, 'id' | 'candidateName' | 'salaryExpectation' | 'jobId' | 'now'> {
  source: string | null;
}

/**
 * The revenue forecast's records (when asked which submissions are behind it) need where every
 * open submission stands, whatever the period: read once until something changes.
 */
const kept = keptUntilChange<StandingRow[]>();

function readRows(core: Core): StandingRow[] {
  type Raw = [string, string, string, string | null, number | null, string | null, StageName, string | null, string];
  const raw = statement(core.db, standingQuery).raw().all() as Raw[];
  return raw.map(([id, jobId, name, source, salary, currency, stage, reason, at]): StandingRow => {
    const now: Move = { stage, reason, at };
    return { id, jobId, candidateName: name, source, salaryExpectation: money(salary, currency), now };
  });
}

/** Where each live submission of the filters' jobs (and candidate source) stands, when the forecast counts it. */
export function standingOf(core: Core, jobs: ReadonlyMap<string, JobFacts>, source: string | null): Standing[] {
  return kept.read(core, '', () => readRows(core)).flatMap((row) => {
    const job = jobs.get(row.jobId);
    if (!job || (source !== null && row.source !== source)) return [];
    const { id, candidateName, salaryExpectation, jobId, now } = row;
    return [{ id, candidateName, salaryExpectation, jobId, now, jobTitle: job.title, clientName: job.clientName }];
  });
}

/** Forgets where the submissions stood, so the next report reads it afresh (for the benchmark). */
export const forgetStanding = kept.forget;
