import type { StageName } from '../api/submissions';
import type { Core } from '../db/core';
import { statement } from '../db/statements';
import type { Facts } from './facts';
import { filterParams, onFilters, quoted } from './periodSql';
import { submittedAt, waitingStages } from './history';
import { median, p90, round } from './stats';

const DAY = 86_400_000;

export interface StaySpread {
  count: number;
  median: number | null;
  p90: number | null;
}

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
  /** The stays, each with its submission: for the records behind the figures. */
  spells: Spell[];
  /** The same stays' count, median and 90th percentile per stage: all the figures need. */
  spreads: Map<StageName, StaySpread>;
}

/**
 * A submission and its candidate as the reports count them: both live, the submission on one of
 * the filters' jobs (@jobs), the candidate of @source when asked; as submission_progress keeps
 * them (migration 26), so no wide table is read. The job is checked after the search by id (+).
 */
export const liveSubmission = (source: boolean) => `
  JOIN submission_progress s ON s.submission_id = t.id AND ${onFilters('s', source)}`;

/**
 * The waiting moves made in the period, by when, each with the next move of its submission in
 * clock order, found by a search: the submissions' whole histories are never read. The
 * submissions moved in the period are checked once each, before.
 */
function spellsQuery(source: boolean): string {
  return `
      WITH live AS (
        SELECT t.id FROM (SELECT DISTINCT submission_id AS id FROM stage_changes WHERE deleted_at IS NULL AND created_at >= @start AND created_at < @end) t
        ${liveSubmission(source)})
      SELECT m.submission_id, m.stage, m.created_at, (
        SELECT n.created_at FROM stage_changes n
        WHERE n.submission_id = m.submission_id AND n.deleted_at IS NULL AND n.created_hlc > m.created_hlc ORDER BY n.created_hlc LIMIT 1) AS next_at
      FROM stage_changes m INDEXED BY stage_changes_by_time
      WHERE m.deleted_at IS NULL AND m.created_at >= @start AND m.created_at < @end AND m.stage IN (${quoted(waitingStages)})
        AND m.submission_id IN live`;
}

/** The queries, named so their plans can be tested. */
export function timeQueries(source: boolean) {
  const spells = spellsQuery(source);
  return {
    spells,
    // The same stays, the ended ones, as each one's stage's place and its length in whole
    // milliseconds, kept by triggers in stage_stays (migration 29: each move's row holds the stay
    // it ended) and read by when each began: no next move searched. Each submission checked in a
    // narrow index of submission_progress.
    stays: `
      SELECT CASE st.since_stage ${waitingStages.map((stage, i) => `WHEN '${stage}' THEN ${i}`).join(' ')} END, st.ms
      FROM stage_stays st INDEXED BY stage_stays_by_time
      JOIN submission_progress s INDEXED BY submission_progress_filters ON s.submission_id = st.submission_id AND ${onFilters('s', source)}
      WHERE st.since_at >= @start AND st.since_at < @end AND st.since_stage IN (${quoted(waitingStages)})`,
    // Per job opened in the period (@opened, among the filters' jobs), the earliest of its
    // submissions' first moves to submitted or past it, and to placed (each kept in clock order
    // by submission_progress).
    firsts: `
      SELECT job_id, min(submitted_at), min(placed_at) FROM submission_progress
      WHERE job_id IN (SELECT value FROM json_each(@opened)) AND live = 1${source ? ' AND source = @source' : ''}
      GROUP BY job_id`,
  };
}

/** The time report's measures read by SQL aggregates over the period's moves, for the filters' jobs. */
export function readTimeMeasures(core: Core, facts: Omit<Facts, 'time'>): TimeMeasures {
  const queries = timeQueries(facts.filters.source !== null);
  const sourceParam = facts.filters.source === null ? {} : { source: facts.filters.source };
  const params = filterParams(facts.jobs.keys(), facts.filters.source);
  const opened = { ...sourceParam, opened: JSON.stringify([...facts.jobs.values()].filter((job) => facts.dayInPeriod(job.openedOn)).map((job) => job.id)) };
  const firsts: TimeMeasures['firsts'] = new Map();
  for (const [jobId, submitted, placed] of statement(core.db, queries.firsts).raw().all(opened) as [string, string | null, string | null][]) {
    firsts.set(jobId, { submitted, placed });
  }
  const spellParams = { ...params, start: facts.start, end: facts.end };
  // A stay still going (no next move) is not measured. Each read on first use.
  let [spells, spreads]: [Spell[]?, TimeMeasures['spreads']?] = [];
  return {
    firsts,
    get spells() {
      const rows = () => statement(core.db, queries.spells).raw().all(spellParams) as [string, StageName, string, string | null][];
      return (spells ??= rows().flatMap(([id, stage, at, next]) => (next === null ? [] : [{ id, stage, days: round((Date.parse(next) - Date.parse(at)) / DAY) }])));
    },
    get spreads() {
      return (spreads ??= spreadsOf(statement(core.db, queries.stays).raw().all(spellParams) as [number, number][]));
    },
  };
}

/**
 * Each stage's count, median and 90th percentile from the stays' lengths in milliseconds, sorted
 * here (ranking them in SQL cost more than sending them), picked as median() and p90()
 * (src/reports/stats.ts) pick them from the days: a stay's days only grow with its milliseconds.
 */
function spreadsOf(rows: readonly [number, number][]): Map<StageName, StaySpread> {
  const lengths = waitingStages.map(() => [] as number[]);
  for (const [place, ms] of rows) lengths[place]!.push(ms);
  return new Map(
    waitingStages.map((stage, place): [StageName, StaySpread] => {
      const sorted = Float64Array.from(lengths[place]!).sort();
      const n = sorted.length;
      if (n === 0) return [stage, { count: 0, median: null, p90: null }];
      // The k-th shortest (from 1), in days to the tenth.
      const at = (k: number) => round(sorted[k - 1]! / DAY);
      const mid = n >> 1;
      return [stage, { count: n, median: n % 2 === 1 ? at(mid + 1) : round((at(mid) + at(mid + 1)) / 2), p90: at(Math.ceil(0.9 * n)) }];
    }),
  );
}

/** The stays' spreads per stage, from the stays themselves. */
const spreadsFrom = (spells: readonly Spell[]): TimeMeasures['spreads'] =>
  new Map(
    waitingStages.map((stage) => {
      const days = spells.filter((spell) => spell.stage === stage).map((spell) => spell.days);
      return [stage, { count: days.length, median: median(days), p90: p90(days) }];
    }),
  );

/** The same measures worked out from each submission's whole history (the 'whole' scope: the yardstick). */
export function timeMeasuresOf(facts: Omit<Facts, 'time'>): TimeMeasures {
  const firsts: TimeMeasures['firsts'] = new Map();
  const earliest = (a: string | null, b: string | undefined) => (b === undefined || (a !== null && a <= b) ? a : b);
  for (const s of facts.submissions) {
    const job = facts.jobs.get(s.jobId);
    if (!job || !facts.dayInPeriod(job.openedOn)) continue;
    const was = firsts.get(s.jobId) ?? { submitted: null, placed: null };
    firsts.set(s.jobId, {
      submitted: earliest(was.submitted, submittedAt(s) ?? undefined),
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
  return { firsts, spells, spreads: spreadsFrom(spells) };
}
