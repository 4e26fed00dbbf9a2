import type { Money } from '../api/common';
import type { Placement } from '../api/placements';
import { forecastStages, type ForecastStage, type ReportSettings, type RevenueMonth, type RevenueReport } from '../api/reports';
import { cents, feeFromTerms } from '../placements/fee';
import type { Facts } from './facts';
import type { OpenBunch } from './waiting';
import type { Figures } from './figures';
import { monthOf, monthsBetween } from './history';
import { daysBetween, round } from './stats';

type Measure = Exclude<keyof RevenueMonth, 'month'>;

/** Which day puts a placement's money in a month, and how much. */
const measures: Record<Measure, (p: Placement) => { day: string; amount: number } | null> = {
  placed: (p) => (p.fee ? { day: p.placedOn, amount: p.fee.amount } : null),
  // Invoiced, paid and overdue count what the invoice asks for, as the Placements totals do: a share
  // credited on an unpaid invoice is off it (and counted once, as refunded); a whole refund leaves nothing.
  invoiced: (p) => (p.billed && p.invoice ? { day: p.invoice.raisedOn, amount: p.billed.amount } : null),
  paid: (p) => (p.billed && p.paidOn ? { day: p.paidOn, amount: p.billed.amount } : null),
  overdue: (p) => (p.owed && p.invoice && p.overdue ? { day: p.invoice.dueOn, amount: p.owed.amount } : null),
  refunded: (p) => (p.fallOff?.refund ? { day: p.fallOff.on, amount: p.fallOff.refund.amount } : null),
};

/**
 * Fees placed, invoiced, paid, overdue (as of today, by due date) and refunded after a fall-off,
 * per month of the period, in one currency; the year's placements (net of refunds) against the
 * goal; and what open offers and interviews may bring (their fee × the stage's probability).
 */
export function revenueReport(facts: Facts, settings: ReportSettings, figures: Figures): RevenueReport {
  const currency = settings.yearlyGoal?.currency ?? mainCurrency(facts.placements);
  const mine = facts.placements.filter((p) => p.fee?.currency === currency);
  const sumOf = (key: string, measure: Measure, within: (day: string) => boolean) =>
    figures.sum(
      key,
      mine.flatMap((p) => {
        const found = measures[measure](p);
        return found && within(found.day) ? [{ id: p.submissionId, amount: found.amount }] : [];
      }),
    );
  const measureNames = Object.keys(measures) as Measure[];
  const row = (prefix: string, within: (day: string) => boolean) =>
    Object.fromEntries(measureNames.map((m) => [m, sumOf(`${prefix}.${m}`, m, within)])) as Omit<RevenueMonth, 'month'>;
  const months = monthsBetween(facts.filters.from, facts.filters.to).map((month) => ({
    month,
    ...row(`revenue.${month}`, (day) => monthOf(day) === month && facts.dayInPeriod(day)),
  }));
  const others = [...new Set(facts.placements.map((p) => p.fee?.currency).filter((c): c is string => !!c && c !== currency))];
  return {
    currency,
    months,
    totals: row('revenue.total', facts.dayInPeriod),
    otherCurrencies: others.map((other) => ({
      currency: other,
      placed: figures.sum(
        `revenue.other.${other}`,
        facts.placements.filter((p) => p.fee?.currency === other && facts.dayInPeriod(p.placedOn)).map((p) => ({ id: p.submissionId, amount: p.fee!.amount })),
      ),
    })),
    goal: settings.yearlyGoal && goalOf(facts, settings.yearlyGoal, mine, figures),
    forecast: forecastOf(facts, settings, currency, figures),
  };
}

function mainCurrency(placements: readonly Placement[]): string {
  const totals = new Map<string, number>();
  for (const p of placements) if (p.fee) totals.set(p.fee.currency, (totals.get(p.fee.currency) ?? 0) + p.fee.amount);
  return [...totals].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'EUR';
}

/** The calendar year the period ends in: fees placed in it less refunds in it, against the goal and the pace to it. */
function goalOf(facts: Facts, goal: Money, mine: readonly Placement[], figures: Figures): NonNullable<RevenueReport['goal']> {
  const year = Number(facts.filters.to.slice(0, 4));
  const inYear = (day: string) => day.startsWith(`${year}-`);
  const items = mine.flatMap((p) => [
    ...(inYear(p.placedOn) ? [{ id: p.submissionId, amount: p.fee!.amount }] : []),
    ...(p.fallOff?.refund && inYear(p.fallOff.on) ? [{ id: p.submissionId, amount: -p.fallOff.refund.amount }] : []),
  ]);
  const placedNet = figures.sum('revenue.goal', items);
  const todayYear = Number(facts.today.slice(0, 4));
  const elapsed =
    year < todayYear ? 1 : year > todayYear ? 0 : (daysBetween(`${year}-01-01`, facts.today) + 1) / (daysBetween(`${year}-01-01`, `${year + 1}-01-01`));
  return { year, amount: goal.amount, placedNet, share: round(placedNet.value! / goal.amount, 3), expectedByNow: Math.round(goal.amount * elapsed) };
}

/** What a submission would earn if placed: the job's (or client's) terms on the job's salary, else on the candidate's expectation. */
function estimatedFee(facts: Facts, s: Pick<OpenBunch, 'jobId' | 'salaryExpectation'>): Money | null {
  const job = facts.jobs.get(s.jobId);
  if (!job?.fee) return null;
  const salary = job.salary ?? s.salaryExpectation;
  if (job.fee.type === 'flat') return { amount: job.fee.amount, currency: job.fee.currency };
  return salary && feeFromTerms(job.fee, salary);
}

/**
 * The open submissions, one by one when their records are asked for (or read from every
 * history), else counted per job and stage by SQL: the figures are the same.
 */
function openBunches(facts: Facts, figures: Figures): OpenBunch[] {
  if (!figures.keeps && facts.openBunches) return facts.openBunches();
  return facts.standing
    .filter((s) => (forecastStages as readonly string[]).includes(s.now.stage))
    .map((s) => ({ jobId: s.jobId, stage: s.now.stage as ForecastStage, count: 1, salaryExpectation: s.salaryExpectation, ids: [s.id] }));
}

function forecastOf(facts: Facts, settings: ReportSettings, currency: string, figures: Figures): RevenueReport['forecast'] {
  const estimates = openBunches(facts, figures).map((b) => ({ b, fee: estimatedFee(facts, b) }));
  const counted = estimates.filter((e) => e.fee?.currency === currency && settings.probabilities[e.b.stage] > 0);
  const sum = (key: string, items: typeof counted, weight: (e: (typeof counted)[number]) => number) =>
    figures.sumOf(key, items.map((e) => ({ ids: e.b.ids, count: e.b.count, amount: e.fee!.amount * weight(e) })));
  const byStage = forecastStages.map((stage) => {
    const fees = sum(`revenue.forecast.${stage}`, counted.filter((e) => e.b.stage === stage), () => 1);
    return { stage, probability: settings.probabilities[stage], fees, expected: cents(fees.value! * settings.probabilities[stage]) };
  });
  const total = sum('revenue.forecast', counted, (e) => settings.probabilities[e.b.stage]);
  const without = estimates.filter((e) => e.fee === null).map((e) => e.b);
  return { total, byStage, withoutEstimate: figures.countOf('revenue.forecast.without', without) };
}
