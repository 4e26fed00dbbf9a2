import { ChevronDown } from 'lucide-react';
import { useState } from 'react';
import { jobStatuses, jobStatusLabels, type Job, type JobStatus } from '../../src/api/jobs';
import { asApiError, change } from '../api/data';
import { showToast } from '../ui/toasts';

/** The status badge is also the way to change it: one choice, recorded with its date. */
export function JobStatusPicker({ job }: { job: Job }) {
  const [saving, setSaving] = useState(false);

  async function choose(status: JobStatus) {
    if (status === job.status) return;
    setSaving(true);
    try {
      await change('jobs.update', { id: job.id, status });
      showToast({ message: `“${job.title}” is now ${jobStatusLabels[status].toLowerCase()}` });
    } catch (error) {
      showToast({ message: asApiError(error).message, tone: 'error' });
    } finally {
      setSaving(false);
    }
  }

  return (
    <label className={`badge badge--job-${job.status} status-picker`}>
      <span className="badge-dot" aria-hidden />
      <span aria-hidden>{jobStatusLabels[job.status]}</span>
      <ChevronDown size={12} strokeWidth={2.5} aria-hidden />
      <select
        className="status-picker-select"
        aria-label="Job status"
        value={job.status}
        disabled={saving}
        onChange={(e) => void choose(e.target.value as JobStatus)}
      >
        {jobStatuses.map((s) => (
          <option key={s} value={s}>
            {jobStatusLabels[s]}
          </option>
        ))}
      </select>
    </label>
  );
}
