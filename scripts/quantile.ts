/**
 * The q-quantile of `samples` by nearest rank: the smallest sample with at least a share q of them
 * at or below it. The 95th percentile of 20 samples is the 19th of them, not the slowest
 * (taking the sample at floor(q·n) made the p95 of 20, of 15 or of 7 samples their maximum).
 */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}
