import { funnelSteps, type FunnelCounts, type FunnelReport } from '../api/reports';
import { isClosed, type StageName } from '../api/submissions';
import type { JobCounts } from './counts';
import type { Facts, SubmissionFacts } from './facts';
import type { Figures } from './figures';
import { current, groupBy, isPlaced, reached, submittedAt } from './history';
import { byText, share } from './stats';

/** Per job, how many of the cohort got to each step, and which ones when the records are kept. */
interface JobTally extends JobCounts {
  ids: string[][];
}

/**
 * The submissions presented to the client in the period (their first move to submitted or past
 * it falls in it): how many got to each step, ever (a move back does not undo it), and how many
 * stand placed. Each step's conversion is of the step before; the hit rate is placements per
 * submission. Those that ended rejected, withdrawn or lost are grouped by the reason given.
 * Counted by SQL unless the records behind the figures are asked for.
 */
export function funnelReport(facts: Facts, figures: Figures): FunnelReport {
  const bySql = !figures.keeps && facts.counts;
  const cohort = bySql ? [] : presented(facts);
  const tallies: JobTally[] = bySql ? bySql.byJob().map((job) => ({ ...job, ids: [] })) : talliesOf(cohort);
  const closed = bySql ? bySql.closed().map((c) => ({ ...c, ids: [] as string[] })) : closedOf(cohort);
  const job = (t: JobTally) => facts.jobs.get(t.jobId)!;
  return {
    ...countsOf(tallies, 'funnel', figures),
    byClient: groupBy(tallies, (t) => job(t).clientId)
      .map(([clientId, jobs]) => ({ clientId, name: job(jobs[0]!).clientName, ...countsOf(jobs, `funnel.client.${clientId}`, figures) }))
      .sort((a, b) => byText(a.name, b.name) || byText(a.clientId, b.clientId)),
    byJob: tallies
      .map((t) => ({ jobId: t.jobId, name: job(t).title, clientName: job(t).clientName, ...countsOf([t], `funnel.job.${t.jobId}`, figures) }))
      .sort((a, b) => byText(a.clientName, b.clientName) || byText(a.name, b.name) || byText(a.jobId, b.jobId)),
    closed: closed
      .map(({ stage, reason, count, ids }) => ({
        stage,
        reason: reason || 'No reason given',
        count: figures.countOf(`funnel.closed.${stage}.${reason}`, [{ ids, count }]),
      }))
      .sort((a, b) => b.count.value! - a.count.value! || byText(a.reason, b.reason) || byText(a.stage, b.stage)),
  };
}

/** Submissions whose first move to submitted (or past it) is in the period. */
export function presented(facts: Facts): SubmissionFacts[] {
  return facts.submissions.filter((s) => {
    const at = submittedAt(s);
    return at !== null && facts.inPeriod(at);
  });
}

function talliesOf(cohort: readonly SubmissionFacts[]): JobTally[] {
  return groupBy(cohort, (s) => s.jobId).map(([jobId, subs]) => {
    const ids = funnelSteps.map((step) => subs.filter((s) => (step === 'placed' ? isPlaced(s) : reached(s, step))).map((s) => s.id));
    return { jobId, steps: ids.map((list) => list.length), ids };
  });
}

function closedOf(cohort: readonly SubmissionFacts[]): { stage: StageName; reason: string; count: number; ids: string[] }[] {
  return groupBy(
    cohort.filter((s) => isClosed(current(s).stage)),
    (s) => `${current(s).stage}\u0000${current(s).reason ?? ''}`,
  ).map(([key, subs]) => {
    const [stage, reason] = key.split('\u0000') as [StageName, string];
    return { stage, reason, count: subs.length, ids: subs.map((s) => s.id) };
  });
}

function countsOf(tallies: readonly JobTally[], prefix: string, figures: Figures): FunnelCounts {
  let before: number | null = null;
  const steps = funnelSteps.map((step, i) => {
    const count = figures.countOf(`${prefix}.${step}`, tallies.map((t) => ({ ids: t.ids[i] ?? [], count: t.steps[i]! })));
    const conversion: number | null = before === null ? null : share(count.value!, before);
    before = count.value!;
    return { step, count, conversion };
  });
  return { steps, hitRate: share(steps.at(-1)!.count.value!, steps[0]!.count.value!) };
}
