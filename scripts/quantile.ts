/**
 * The q-quantile of `samples`, interpolated between the two samples around rank q·(n−1), as
 * spreadsheets' PERCENTILE.INC, R and numpy take it by default: the median of an even count is the
 * mean of the middle two; the 95th percentile of 20 samples lies between the 19th and the slowest,
 * near the 19th. (Taking the sample at floor(q·n) made the p95 of 20, of 15 or of 7 samples their
 * slowest, and an even count's median its upper middle.)
 */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = q * (sorted.length - 1);
  const below = Math.floor(rank);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (rank - below);
}
