import type { CandidateSummary } from '../../src/api/candidates';

/** "Staff Engineer at Analytical Engines", or whichever half is known. */
export function currentRole(c: Pick<CandidateSummary, 'currentTitle' | 'currentEmployer'>): string | null {
  if (c.currentTitle && c.currentEmployer) return `${c.currentTitle} at ${c.currentEmployer}`;
  if (c.currentEmployer) return `At ${c.currentEmployer}`;
  return c.currentTitle;
}

const sizeFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

/** "824 KB", "2.4 MB": what a person expects to read next to a file. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${sizeFormat.format(bytes / (1024 * 1024))} MB`;
}

/** The address as people write it: no scheme, no trailing slash. */
export const displayLink = (url: string) => url.replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, '');
