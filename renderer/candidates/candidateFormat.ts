import type { CandidateSummary, Money } from '../../src/api/candidates';

/** "Staff Engineer at Analytical Engines", or whichever half is known. */
export function currentRole(c: Pick<CandidateSummary, 'currentTitle' | 'currentEmployer'>): string | null {
  if (c.currentTitle && c.currentEmployer) return `${c.currentTitle} at ${c.currentEmployer}`;
  if (c.currentEmployer) return `At ${c.currentEmployer}`;
  return c.currentTitle;
}

export function formatMoney({ amount, currency }: Money): string {
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
  } catch {
    // A currency code the platform does not know still reads fine written out.
    return `${currency} ${amount.toLocaleString()}`;
  }
}

const sizeFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

/** "824 KB", "2.4 MB": what a person expects to read next to a file. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${sizeFormat.format(bytes / (1024 * 1024))} MB`;
}

/** Whole calendar days since a moment, as the recruiter's calendar counts them. */
export function daysSince(iso: string, now = new Date()): number {
  const start = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  return Math.max(0, Math.round((start(now) - start(new Date(iso))) / 86_400_000));
}

/** "Moved here today", "1 day in stage", "12 days in stage": the words the pipeline board uses too. */
export const daysInStageLabel = (days: number) => (days === 0 ? 'Moved here today' : `${days} ${days === 1 ? 'day' : 'days'} in stage`);

/** The address as people write it: no scheme, no trailing slash. */
export const displayLink = (url: string) => url.replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, '');
