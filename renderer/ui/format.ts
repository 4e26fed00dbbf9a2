import type { Money } from '../../src/api/common';

// A formatter costs far more to make than to use, and lists format amounts row by row: one per currency and precision.
const currencyFormats = new Map<string, Intl.NumberFormat>();

/** An amount in a currency with `digits` decimals; a currency the platform does not know is written out. */
export function formatAmount(amount: number, currency: string, digits: number): string {
  const key = `${currency} ${digits}`;
  try {
    let format = currencyFormats.get(key);
    if (!format) {
      format = new Intl.NumberFormat(undefined, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits });
      currencyFormats.set(key, format);
    }
    return format.format(amount);
  } catch {
    return `${currency} ${amount.toLocaleString()}`;
  }
}

/** "€90,000", or "€18,250.50" when there are cents. */
export function formatMoney(money: Money): string {
  return formatAmount(money.amount, money.currency, money.amount % 1 === 0 ? 0 : 2);
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
