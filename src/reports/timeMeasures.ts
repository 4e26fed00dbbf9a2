import type { StageName } from '../api/submissions';
import type { Core } from '../db/core';
import { statement } from '../db/statements';
import type { Facts } from './facts';
import { firstReach, reachStages, waitingStages } from './history';
import { round } from './stats';

const DAY = 86_400_000;

/** A stay in a stage that began in the period and has ended, in days to the tenth. */
export interface Spell {
  id: string;
  stage: StageName;
  days: number;
}

/**
 * What the time report measures, besides the stuck: for each job opened in the period, the
 * instant of its first submission (a candidate's first move to submitted or past it) and of its
 * first placement; and every stay in a waiting stage begun in the period.
 */
export interface TimeMeasures {
  firsts: Map<string, { submitted: string | null; placed: string | null }>;
  spells: Spell[];
}

const quoted = (stages: readonly string[]) => stages.map((stage) => `'${stage}'`).join(', ');

/**
 * A submission and its candidate as the reports count them: both live, the submission on one of
 * the filters' jobs (@jobs), the candidate of @source when asked. The candidate is searched in the
 * index of live candidates that holds all a report reads of them (migration 25), never in the wide
 * table. The job is checked after the search by id (+): by job, SQLite read every job's submissions.
 */
export const liveSubmission = (source: boolean, jobs = '@jobs') => `
  JOIN submissions s ON s.id = t.id AND s.deleted_at IS NULL AND +s.job_id IN (SELECT value FROM json_each(${jobs}))
  JOIN candidates c INDEXED BY candidates_live_facts ON c.id = s.candidate_id AND c.deleted_at IS NULL${source ? ' AND c.source = @source' : ''}`;

/** The queries, named so their plans can be tested. */
export function timeQueries(source: boolean) {
  // Per submission of the jobs opened in the period (@opened, among the filters' jobs), its first
  // move at one of the stages in clock order; per job, the earliest of those.
  const first = (stages: readonly string[]) => `
    SELECT job_id, min(at) FROM (
      SELECT DISTINCT s.job_id, s.id, first_value(m.created_at) OVER (PARTITION BY s.id ORDER BY m.created_hlc) AS at
      FROM (SELECT id FROM submissions WHERE job_id IN (SELECT value FROM json_each(@opened))) t ${liveSubmission(source, '@opened')}
      JOIN stage_changes m ON m.submission_id = s.id AND m.deleted_at IS NULL AND m.stage IN (${quoted(stages)}))
    GROUP BY job_id`;
  return {
    firstSubmitted: first(reachStages),
    firstPlaced: first(['placed']),
    // The waiting moves made in the period, by when, each with the next move of its submission in
    // clock order, found by a search: the submissions' whole histories are never read. The
    // submissions moved in the period are checked once each, before.
    spells: `
      WITH live AS (
        SELECT t.id FROM (SELECT DISTINCT submission_id AS id FROM stage_changes WHERE deleted_at IS NULL AND created_at >= @start AND created_at < @end) t
        ${liveSubmission(source)})
      SELECT m.submission_id, m.stage, m.created_at, (
        SELECT n.created_at FROM stage_changes n
        WHERE n.submission_id = m.submission_id AND n.deleted_at IS NULL AND n.created_hlc > m.created_hlc ORDER BY n.created_hlc LIMIT 1) AS next_at
      FROM stage_changes m INDEXED BY stage_changes_by_time
      WHERE m.deleted_at IS NULL AND m.created_at >= @start AND m.created_at < @end AND m.stage IN (${quoted(waitingStages)})
        AND m.submission_id IN live`,
  };
}

/** The time report's measures read by SQL aggregates over the period's moves, for the filters' jobs. */
export function readTimeMeasures(core: Core, facts: Omit<Facts, 'time'>): TimeMeasures {
  const queries = timeQueries(facts.filters.source !== null);
  const sourceParam = facts.filters.source === null ? {} : { source: facts.filters.source };
  const params = { jobs: JSON.stringify([...facts.jobs.keys()]), ...sourceParam };
  const opened = { ...sourceParam, opened: JSON.stringify([...facts.jobs.values()].filter((job) => facts.dayInPeriod(job.openedOn)).map((job) => job.id)) };
  const firsts: TimeMeasures['firsts'] = new Map();
  const firstOf = (jobId: string) => firsts.get(jobId) ?? firsts.set(jobId, { submitted: null, placed: null }).get(jobId)!;
  for (const [jobId, at] of statement(core.db, queries.firstSubmitted).raw().all(opened) as [string, string][]) firstOf(jobId).submitted = at;
  for (const [jobId, at] of statement(core.db, queries.firstPlaced).raw().all(opened) as [string, string][]) firstOf(jobId).placed = at;
  const rows = statement(core.db, queries.spells).raw().all({ ...params, start: facts.start, end: facts.end }) as [string, StageName, string, string | null][];
  // A stay still going (no next move) is not measured.
  const spells = rows.flatMap(([id, stage, at, next]) => (next === null ? [] : [{ id, stage, days: round((Date.parse(next) - Date.parse(at)) / DAY) }]));
  return { firsts, spells };
}

/** The same measures worked out from each submission's whole history (the 'whole' scope: the yardstick). */
export function timeMeasuresOf(facts: Omit<Facts, 'time'>): TimeMeasures {
  const firsts: TimeMeasures['firsts'] = new Map();
  const earliest = (a: string | null, b: string | undefined) => (b === undefined || (a !== null && a <= b) ? a : b);
  for (const s of facts.submissions) {
    const job = facts.jobs.get(s.jobId);
    if (!job || !facts.dayInPeriod(job.openedOn)) continue;
    const was = firsts.get(s.jobId) ?? { submitted: null, placed: null };
    firsts.set(s.jobId, {
      submitted: earliest(was.submitted, firstReach(s, 'submitted')?.at),
      placed: earliest(was.placed, s.moves.find((m) => m.stage === 'placed')?.at),
    });
  }
  const spells = facts.submissions.flatMap((s) =>
    s.moves.flatMap((move, i) => {
      const next = s.moves[i + 1];
      if (!waitingStages.includes(move.stage) || !next || !facts.inPeriod(move.at)) return [];
      return [{ id: s.id, stage: move.stage, days: round((Date.parse(next.at) - Date.parse(move.at)) / DAY) }];
    }),
  );
  return { firsts, spells };
}
