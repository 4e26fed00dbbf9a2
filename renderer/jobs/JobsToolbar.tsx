import { ArrowDownUp, Building2, Flag } from 'lucide-react';
import { jobPriorities, jobPriorityLabels, jobStatuses, jobStatusLabels, type JobPriority, type JobStatus } from '../../src/api/jobs';
import { TagFilter } from '../lists/TagFilter';
import { setJobClient, setJobPriority, setJobSort, setJobStatus, setJobTag, useJobList, type JobSort } from './jobListStore';
import { useClientChoices } from './useClientChoices';

const statusChoices: [JobStatus | null, string][] = [[null, 'All'], ...jobStatuses.map((s) => [s, jobStatusLabels[s]] as [JobStatus, string])];

const sortLabels: Record<JobSort, string> = {
  target: 'Target fill date',
  priority: 'Priority',
  opened: 'Recently opened',
  client: 'Client',
  pipeline: 'Most in play',
  activity: 'Latest activity',
  updated: 'Recently updated',
};

export function JobsToolbar() {
  const { clientId, status, priority, tag, sort } = useJobList();
  const { clients } = useClientChoices();
  // A client filter chosen from a client page that is no longer listed still shows its choice.
  const knownClient = clientId === null || clients === undefined || clients.some((c) => c.id === clientId);

  return (
    <div className="toolbar" role="search" aria-label="Filter jobs">
      <label className="filter-select">
        <Building2 size={14} aria-hidden className="sort-icon" />
        <select aria-label="Client" className="input select sort-select" value={clientId ?? ''} onChange={(e) => setJobClient(e.target.value || null)}>
          <option value="">All clients</option>
          {!knownClient && <option value={clientId}>Chosen client</option>}
          {clients?.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>

      <fieldset className="segmented">
        <legend className="sr-only">Status</legend>
        {statusChoices.map(([value, label]) => (
          <label key={label} className="segment">
            <input type="radio" name="job-status" checked={status === value} onChange={() => setJobStatus(value)} />
            <span>{label}</span>
          </label>
        ))}
      </fieldset>

      <label className="filter-select">
        <Flag size={14} aria-hidden className="sort-icon" />
        <select
          aria-label="Priority"
          className="input select sort-select"
          value={priority ?? ''}
          onChange={(e) => setJobPriority((e.target.value || null) as JobPriority | null)}
        >
          <option value="">Any priority</option>
          {[...jobPriorities].reverse().map((p) => (
            <option key={p} value={p}>
              {jobPriorityLabels[p]}
            </option>
          ))}
        </select>
      </label>

      <TagFilter kind="job" value={tag} onChange={setJobTag} />

      <label className="sort">
        <ArrowDownUp size={14} aria-hidden className="sort-icon" />
        <select aria-label="Sort jobs by" className="input select sort-select" value={sort} onChange={(e) => setJobSort(e.target.value as JobSort)}>
          {Object.entries(sortLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
