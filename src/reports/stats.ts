import type { Money } from '../api/common';

/** The middle value (the mean of the two middle ones for an even count); null with nothing to measure. */
export const median = (values: readonly number[]): number | null => medianOfSorted([...values].sort((a, b) => a - b));

/** The 90th percentile by nearest rank: the value that 90% of the measured are at or below. */
export const p90 = (values: readonly number[]): number | null => p90OfSorted([...values].sort((a, b) => a - b));

/** median of values already sorted ascending (a typed array sorts by number with no comparator). */
export function medianOfSorted(sorted: ArrayLike<number>): number | null {
  if (sorted.length === 0) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : round((sorted[mid - 1]! + sorted[mid]!) / 2);
}

/** p90 of values already sorted ascending. */
export const p90OfSorted = (sorted: ArrayLike<number>): number | null => (sorted.length === 0 ? null : sorted[Math.ceil(0.9 * sorted.length) - 1]!);

export const round = (n: number, places = 1) => Math.round(n * 10 ** places) / 10 ** places;

/** A share of a whole, to the tenth of a percent (0.333 → 0.333); null with no whole. */
export const share = (part: number, whole: number) => (whole === 0 ? null : round(part / whole, 3));

/** Whole calendar days from one day to another (both YYYY-MM-DD). */
export const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** A row's amount and currency as money; null when either is missing. */
export const money = (amount: unknown, currency: unknown): Money | null =>
  amount === null || currency === null ? null : { amount: amount as number, currency: currency as string };

/** Text in the order localeCompare gives, through one collator: sorting hundreds of names by localeCompare made a collator for each comparison. */
export const byText = new Intl.Collator().compare;
