import { reportNames, type ReportFilters, type ReportName, type ReportRecord, type Reports, type TimeReport } from '../api/reports';
import type { StageName } from '../api/submissions';
import type { Core } from '../db/core';
import { statement } from '../db/statements';
import { CURRENT_STAGE_JOIN } from '../submissions/submissions';
import { forgetPlacements, readFacts, type Facts, type Scope } from './facts';
import { todayOf } from '../placements/placements';
import { Figures } from './figures';
import { funnelReport } from './funnel';
import { responsivenessReport } from './responsiveness';
import { revenueReport } from './revenue';
import { reportSettings } from './settings';
import { activityReport, sourcesReport } from './sources';
import { dataState, keptUntilChange } from '../db/dataState';
import { forgetStanding } from './standing';
import { timeReport } from './time';

/** The history each report reads: the four about the period's submissions share one read. */
const scopes: Record<ReportName, Scope> = {
  revenue: 'revenue',
  funnel: 'presented',
  time: 'time',
  responsiveness: 'presented',
  sources: 'presented',
  activity: 'presented',
};

/**
 * The facts last read for each scope, and the state of the data they were read in: the Reports
 * screen asks for its six reports at once with the same filters. Any commit, by this connection
 * or another, changes the state (as does a new day).
 */
const lastRead = new WeakMap<Core, Map<Scope, { state: string; facts: Facts }>>();

function factsFor(core: Core, filters: ReportFilters, scope: Scope): Facts {
  const state = JSON.stringify([dataState(core), todayOf(core), filters]);
  const read = lastRead.get(core) ?? new Map<Scope, { state: string; facts: Facts }>();
  lastRead.set(core, read);
  const last = read.get(scope);
  if (last?.state === state) return last.facts;
  const facts = readFacts(core, filters, scope);
  read.set(scope, { state, facts });
  return facts;
}

/**
 * Each report's last answer, kept until the data changes (or the day, or the filters): coming
 * back to the Reports screen with nothing changed asks the same six again, and counting in SQL
 * keeps no facts to answer them from.
 */
const answers = Object.fromEntries(reportNames.map((name) => [name, keptUntilChange<unknown>()])) as Record<ReportName, ReturnType<typeof keptUntilChange<unknown>>>;

/** Forgets the facts last read, where the submissions stood and the placements, so the next report reads them afresh (for the benchmark). */
export function forgetFacts(core: Core): void {
  lastRead.delete(core);
  for (const name of reportNames) answers[name].forget(core);
  forgetStanding(core);
  forgetPlacements(core);
}

/**
 * One report, worked out from the recorded history; with `figures` keeping the records behind
 * each figure. `scope` 'whole' reads every submission's history (the benchmark's naive way).
 */
export function report<N extends ReportName>(core: Core, name: N, filters: ReportFilters, figures = new Figures(false), scope = scopes[name]): Reports[N] {
  if (!figures.keeps && scope === scopes[name]) {
    return answers[name].read(core, JSON.stringify([todayOf(core), filters]), () => made(core, name, filters, figures, scope)) as Reports[N];
  }
  return made(core, name, filters, figures, scope);
}

function made<N extends ReportName>(core: Core, name: N, filters: ReportFilters, figures: Figures, scope: Scope): Reports[N] {
  const facts = factsFor(core, filters, scope);
  const settings = reportSettings(core);
  const makers: { [K in ReportName]: () => Reports[K] } = {
    revenue: () => revenueReport(facts, settings, figures),
    funnel: () => funnelReport(facts, figures),
    time: () => timeReport(facts, settings, figures),
    responsiveness: () => responsivenessReport(facts, figures),
    sources: () => sourcesReport(facts, figures),
    activity: () => activityReport(facts, figures),
  };
  return makers[name]();
}

/** Every submission stuck for the filters (the time report lists the longest-waiting): for its CSV. */
export function stuckList(core: Core, filters: ReportFilters): { stuckDays: number; stuck: TimeReport['stuck'] } {
  const { stuckDays } = reportSettings(core);
  return { stuckDays, stuck: factsFor(core, filters, 'stuck').stuck(stuckDays).stuck };
}

/** The records behind one figure of a report, named by its key: the submissions (or jobs) it counted. */
export function reportRecords(core: Core, name: ReportName, filters: ReportFilters, key: string): ReportRecord[] {
  const figures = new Figures(true);
  report(core, name, filters, figures);
  const ids = figures.records.get(key) ?? [];
  const rows = statement(
    core.db,
    `SELECT s.id AS submissionId, s.job_id AS jobId, c.name AS candidateName, j.title AS jobTitle, cl.name AS clientName, now.stage
     FROM submissions s ${CURRENT_STAGE_JOIN}
     JOIN candidates c ON c.id = s.candidate_id JOIN jobs j ON j.id = s.job_id JOIN clients cl ON cl.id = j.client_id
     WHERE s.id IN (SELECT value FROM json_each(?))
     UNION ALL
     SELECT NULL, j.id, NULL, j.title, cl.name, NULL FROM jobs j JOIN clients cl ON cl.id = j.client_id
     WHERE j.id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids), JSON.stringify(ids)) as ReportRecord[];
  const order = new Map(ids.map((id, i) => [id, i]));
  return rows
    .map((row) => ({ ...row, stage: row.stage as StageName | null }))
    .sort((a, b) => order.get(a.submissionId ?? a.jobId)! - order.get(b.submissionId ?? b.jobId)!);
}
