import type { Money } from '../../src/api/candidates';
import { stageLabels, type Sentiment, type StageName } from '../../src/api/submissions';

/** Whole calendar days since a moment, as the recruiter's calendar counts them. */
export function daysSince(iso: string, now = new Date()): number {
  const then = new Date(iso);
  const start = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  return Math.max(0, Math.round((start(now) - start(then)) / 86_400_000));
}

/** "Moved here today", "1 day in stage", "12 days in stage". */
export function daysInStageLabel(days: number): string {
  if (days === 0) return 'Moved here today';
  return `${days} ${days === 1 ? 'day' : 'days'} in stage`;
}

/** Two weeks without a move is when a good candidate starts taking other offers. */
export const STALE_AFTER_DAYS = 14;

export const sentimentLabels: Record<Sentiment, string> = { positive: 'Positive', mixed: 'Mixed', negative: 'Negative' };

/** "Interviewing · Technical interview", or the stage's own name. */
export function stageWithStep(stage: StageName, step: string | null): string {
  return step ? `${stageLabels[stage]} · ${step}` : stageLabels[stage];
}

export function formatMoney(money: Money): string {
  try {
    // Whole amounts without cents: "€90,000", but "€18,250.50" when there are some.
    const cents = money.amount % 1 === 0 ? 0 : 2;
    return new Intl.NumberFormat(undefined, {
      style: 'currency',
      currency: money.currency,
      minimumFractionDigits: cents,
      maximumFractionDigits: cents,
    }).format(money.amount);
  } catch {
    return `${money.currency} ${money.amount.toLocaleString()}`;
  }
}
