import type { Figure, Spread } from '../api/reports';
import { cents } from '../placements/fee';
import { median, p90 } from './stats';

/**
 * Makes a report's figures and, when asked, remembers the records behind each by its key, so
 * reports.records answers "which ones?" with exactly what was counted.
 */
export class Figures {
  readonly records = new Map<string, readonly string[]>();
  constructor(private readonly keep: boolean) {}

  private remember(key: string, ids: readonly string[]) {
    if (this.keep) this.records.set(key, [...new Set(ids)]);
  }

  /** Whether the records behind each figure are asked for: when not, a report may count in SQL. */
  get keeps(): boolean {
    return this.keep;
  }

  /** A count of bunches of records: each its records (when known) and how many they are. */
  countOf(key: string, bunches: readonly { ids: readonly string[]; count: number }[]): Figure {
    this.remember(key, bunches.flatMap((b) => b.ids));
    return { value: bunches.reduce((total, b) => total + b.count, 0), key };
  }

  /** A sum of money over bunches of records, each bunch `count` records of `amount` each. */
  sumOf(key: string, bunches: readonly { ids: readonly string[]; count: number; amount: number }[]): Figure {
    this.remember(key, bunches.flatMap((b) => b.ids));
    return { value: cents(bunches.reduce((total, b) => total + b.amount * b.count, 0)), key };
  }

  count(key: string, ids: readonly string[]): Figure {
    this.remember(key, ids);
    return { value: ids.length, key };
  }

  /** A sum of money over records, each counted with its amount. */
  sum(key: string, items: readonly { id: string; amount: number }[]): Figure {
    this.remember(key, items.map((item) => item.id));
    return { value: cents(items.reduce((total, item) => total + item.amount, 0)), key };
  }

  /** Median and 90th percentile of durations known without their records (counted by SQL). */
  spreadOf(key: string, { count, median, p90 }: { count: number; median: number | null; p90: number | null }): Spread {
    if (this.keep) throw new Error(`${key}: the records behind a figure were asked for, and only its spread was read`);
    return { count: { value: count, key }, median, p90 };
  }

  /** Median and 90th percentile of durations measured on records. */
  spread(key: string, items: readonly { id: string; days: number }[]): Spread {
    const days = items.map((item) => item.days);
    return { count: this.count(key, items.map((item) => item.id)), median: median(days), p90: p90(days) };
  }
}
