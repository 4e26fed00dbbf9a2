import type { StageName } from '../api/submissions';
import type { Core } from '../db/core';
import { statement } from '../db/statements';
import type { JobFacts, Move, Standing } from './facts';
import { keptUntilChange } from '../db/dataState';
import { waitingStages } from './history';
import { money } from './stats';

/**
 * Where each live submission waiting at a stage stands: its latest move, as submission_progress
 * keeps it with its candidate's columns (migration 26), found by stage; every filter is applied
 * after, so one read serves every report and period. No history and no wide table is read.
 */
export const standingQuery = `
  SELECT submission_id, job_id, name, source, salary_amount, salary_currency, stage, reason, at
  FROM submission_progress WHERE stage IN (SELECT value FROM json_each(@stages)) AND live = 1`;

interface StandingRow extends Pick<Standing, 'id' | 'candidateName' | 'salaryExpectation' | 'jobId' | 'now'> {
  source: string | null;
}

/**
 * The revenue forecast and the stuck list both need where every submission stands, whatever the
 * period: the Reports screen's reports, and every period the recruiter picks after, read it once
 * until something changes.
 */
const kept = keptUntilChange<StandingRow[]>();

function readRows(core: Core): StandingRow[] {
  type Raw = [string, string, string, string | null, number | null, string | null, StageName, string | null, string];
  const raw = statement(core.db, standingQuery).raw().all({ stages: JSON.stringify(waitingStages) }) as Raw[];
  return raw.map(([id, jobId, name, source, salary, currency, stage, reason, at]): StandingRow => {
    const now: Move = { stage, reason, at };
    return { id, jobId, candidateName: name, source, salaryExpectation: money(salary, currency), now };
  });
}

/** Where each live submission of the filters' jobs (and candidate source) stands, when it waits at one of `stages`. */
export function standingOf(core: Core, jobs: ReadonlyMap<string, JobFacts>, source: string | null, stages: readonly StageName[]): Standing[] {
  return kept.read(core, '', () => readRows(core)).flatMap((row) => {
    const job = jobs.get(row.jobId);
    if (!job || (source !== null && row.source !== source) || !stages.includes(row.now.stage)) return [];
    const { id, candidateName, salaryExpectation, jobId, now } = row;
    return [{ id, candidateName, salaryExpectation, jobId, now, jobTitle: job.title, clientName: job.clientName }];
  });
}

/** Forgets where the submissions stood, so the next report reads it afresh (for the benchmark). */
export const forgetStanding = kept.forget;
