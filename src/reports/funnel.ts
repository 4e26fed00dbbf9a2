import { funnelSteps, type FunnelCounts, type FunnelReport } from '../api/reports';
import { isClosed } from '../api/submissions';
import type { Facts, SubmissionFacts } from './facts';
import type { Figures } from './figures';
import { current, groupBy, isPlaced, reached, submittedAt } from './history';
import { byText, share } from './stats';

/**
 * The submissions presented to the client in the period (their first move to submitted or past
 * it falls in it): how many got to each step, ever (a move back does not undo it), and how many
 * stand placed. Each step's conversion is of the step before; the hit rate is placements per
 * submission. Those that ended rejected, withdrawn or lost are grouped by the reason given.
 */
export function funnelReport(facts: Facts, figures: Figures): FunnelReport {
  const cohort = presented(facts);
  const group = <K>(keyOf: (s: SubmissionFacts) => K) => groupBy(cohort, keyOf);
  return {
    ...countsOf(cohort, 'funnel', figures),
    byClient: group((s) => s.clientId)
      .map(([clientId, subs]) => ({ clientId, name: subs[0]!.clientName, ...countsOf(subs, `funnel.client.${clientId}`, figures) }))
      .sort((a, b) => byText(a.name, b.name)),
    byJob: group((s) => s.jobId)
      .map(([jobId, subs]) => ({ jobId, name: subs[0]!.jobTitle, clientName: subs[0]!.clientName, ...countsOf(subs, `funnel.job.${jobId}`, figures) }))
      .sort((a, b) => byText(a.clientName, b.clientName) || byText(a.name, b.name)),
    closed: group((s) => (isClosed(current(s).stage) ? `${current(s).stage}\u0000${current(s).reason ?? ''}` : ''))
      .filter(([key]) => key !== '')
      .map(([key, subs]) => {
        const [stage, reason] = key.split('\u0000') as [string, string];
        return { stage: current(subs[0]!).stage, reason: reason || 'No reason given', count: figures.count(`funnel.closed.${stage}.${reason}`, subs.map((s) => s.id)) };
      })
      .sort((a, b) => b.count.value! - a.count.value! || byText(a.reason, b.reason)),
  };
}

/** Submissions whose first move to submitted (or past it) is in the period. */
export function presented(facts: Facts): SubmissionFacts[] {
  return facts.submissions.filter((s) => {
    const at = submittedAt(s);
    return at !== null && facts.inPeriod(at);
  });
}

function countsOf(subs: readonly SubmissionFacts[], prefix: string, figures: Figures): FunnelCounts {
  let before: number | null = null;
  const steps = funnelSteps.map((step) => {
    const ids = subs.filter((s) => (step === 'placed' ? isPlaced(s) : reached(s, step))).map((s) => s.id);
    const conversion: number | null = before === null ? null : share(ids.length, before);
    before = ids.length;
    return { step, count: figures.count(`${prefix}.${step}`, ids), conversion };
  });
  return { steps, hitRate: share(steps.at(-1)!.count.value!, steps[0]!.count.value!) };
}
