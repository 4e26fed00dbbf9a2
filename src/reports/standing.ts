import type { StageName } from '../api/submissions';
import type { Core } from '../db/core';
import { statement } from '../db/statements';
import type { JobFacts, Move, Standing } from './facts';
import { keptUntilChange } from './dataState';
import { waitingStages } from './history';
import { money } from './stats';

/**
 * Where each live submission waiting at a stage stands: its latest move. One grouped pass over
 * the history (SQLite gives the other columns of the row that holds the max), as for the
 * follow-up rules; every filter is applied after, so one read serves every report and period.
 * Each candidate is searched in the index of live candidates (migration 25), not the wide table.
 */
export const standingQuery = `
  WITH now AS (
    SELECT submission_id, stage, reason, created_at, max(created_hlc) AS created_hlc
    FROM stage_changes WHERE deleted_at IS NULL GROUP BY submission_id)
  SELECT s.id, s.job_id, c.name, c.source, c.salary_amount, c.salary_currency, now.stage, now.reason, now.created_at
  FROM now JOIN submissions s ON s.id = now.submission_id AND s.deleted_at IS NULL
  JOIN candidates c INDEXED BY candidates_live_facts ON c.id = s.candidate_id AND c.deleted_at IS NULL
  WHERE now.stage IN (SELECT value FROM json_each(@stages))`;

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
