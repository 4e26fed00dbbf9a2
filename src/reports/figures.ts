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

  count(key: string, ids: readonly string[]): Figure {
    this.remember(key, ids);
    return { value: ids.length, key };
  }

  /** A sum of money over records, each counted with its amount. */
  sum(key: string, items: readonly { id: string; amount: number }[]): Figure {
    this.remember(key, items.map((item) => item.id));
    return { value: cents(items.reduce((total, item) => total + item.amount, 0)), key };
  }

  /** Median and 90th percentile of durations measured on records. */
  spread(key: string, items: readonly { id: string; days: number }[]): Spread {
    const days = items.map((item) => item.days);
    return { count: this.count(key, items.map((item) => item.id)), median: median(days), p90: p90(days) };
  }
}
