import { remotePolicyLabels, type Job, type JobStatus, type JobSummary, type SalaryRange } from '../../src/api/jobs';
import { todayDay } from '../ui/dates';
import { formatAmount } from '../ui/format';

const money = (amount: number, currency: string) => formatAmount(amount, currency, 0);

/** "€80,000 – €95,000", "from €80,000" or "up to €95,000". */
export function formatSalary(salary: SalaryRange): string {
  if (salary.min !== null && salary.max !== null) return `${money(salary.min, salary.currency)} – ${money(salary.max, salary.currency)}`;
  if (salary.min !== null) return `from ${money(salary.min, salary.currency)}`;
  return `up to ${money(salary.max ?? 0, salary.currency)}`;
}

/** "Berlin · Hybrid", "Remote", or null when neither is known. */
export function formatWhere(job: Pick<Job, 'location' | 'remotePolicy'>): string | null {
  const parts = [job.location, job.remotePolicy && remotePolicyLabels[job.remotePolicy]].filter(Boolean);
  return parts.length ? parts.join(' · ') : null;
}

/** Work still to do on this job: a missed target only matters while the job is open or on hold. */
const stillOpen = (status: JobStatus) => status === 'open' || status === 'on_hold';

export function isOverdue(job: Pick<JobSummary, 'status' | 'targetFillOn'>, today = todayDay()): boolean {
  return job.targetFillOn !== null && stillOpen(job.status) && job.targetFillOn < today;
}

export const openingsLabel = (n: number) => `${n} ${n === 1 ? 'opening' : 'openings'}`;
