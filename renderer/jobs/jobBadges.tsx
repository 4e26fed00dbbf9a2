import { ChevronDown, ChevronsUp, ChevronUp, CircleAlert, Minus, type LucideIcon } from 'lucide-react';
import { jobPriorityLabels, jobStatusLabels, type JobPriority, type JobStatus, type JobSummary } from '../../src/api/jobs';
import { formatDay } from '../ui/dates';
import { isOverdue } from './jobFormat';

export function JobStatusBadge({ status }: { status: JobStatus }) {
  return (
    <span className={`badge badge--job-${status}`}>
      <span className="badge-dot" aria-hidden />
      {jobStatusLabels[status]}
    </span>
  );
}

const priorityIcons: Record<JobPriority, LucideIcon> = { urgent: ChevronsUp, high: ChevronUp, normal: Minus, low: ChevronDown };

/** Quiet for normal work, louder as the hire gets more pressing. */
export function PriorityTag({ priority }: { priority: JobPriority }) {
  const Icon = priorityIcons[priority];
  return (
    <span className={`priority priority--${priority}`}>
      <Icon size={14} strokeWidth={2.5} aria-hidden />
      {jobPriorityLabels[priority]}
      <span className="sr-only"> priority</span>
    </span>
  );
}

/** The target fill date, flagged once it has passed on a job that is still being worked. */
export function TargetDate({ job }: { job: Pick<JobSummary, 'status' | 'targetFillOn'> }) {
  if (job.targetFillOn === null) return <span className="muted">No target</span>;
  const overdue = isOverdue(job);
  return (
    <span className={overdue ? 'target-date target-date--overdue' : 'target-date'}>
      {overdue && <CircleAlert size={13} aria-hidden className="inline-icon" />}
      {formatDay(job.targetFillOn)}
      {overdue && <span className="sr-only"> (overdue)</span>}
    </span>
  );
}
