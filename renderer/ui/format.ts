import type { Money } from '../../src/api/common';

/** "€90,000", or "€18,250.50" when there are cents; a currency the platform does not know is written out. */
export function formatMoney(money: Money): string {
  try {
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

/** Whole calendar days since a moment, as the recruiter's calendar counts them. */
export function daysSince(iso: string, now = new Date()): number {
  const start = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  return Math.max(0, Math.round((start(now) - start(new Date(iso))) / 86_400_000));
}

/** "Moved here today", "1 day in stage", "12 days in stage". */
export function daysInStageLabel(days: number): string {
  if (days === 0) return 'Moved here today';
  return `${days} ${days === 1 ? 'day' : 'days'} in stage`;
}
