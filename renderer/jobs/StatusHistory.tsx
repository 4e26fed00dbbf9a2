import { jobStatusLabels, type JobStatusChange } from '../../src/api/jobs';
import { formatDate, formatFull } from '../ui/dates';

/** Each status the job has had and the day it changed, newest first. */
export function StatusHistory({ history }: { history: JobStatusChange[] }) {
  const newestFirst = [...history].reverse();
  return (
    <section className="card" aria-labelledby="status-history-heading">
      <h2 className="card-title" id="status-history-heading">
        Status history
      </h2>
      <ol className="status-history" aria-label="Status changes, newest first">
        {newestFirst.map((change, i) => (
          <li key={`${change.changedAt}-${i}`} className={`status-change status-change--${change.status}`}>
            <span className="status-change-name">{jobStatusLabels[change.status]}</span>
            <time className="status-change-time" dateTime={change.changedAt} title={formatFull(change.changedAt)}>
              {formatDate(change.changedAt)}
            </time>
          </li>
        ))}
      </ol>
    </section>
  );
}
