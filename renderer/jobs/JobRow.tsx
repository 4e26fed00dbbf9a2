import { Link } from 'wouter';
import type { JobSummary } from '../../src/api/jobs';
import { paths } from '../app/paths';
import { RowTags } from '../lists/RowTags';
import { SelectRow, type RowLinkProps } from '../lists/SelectRow';
import { JobStatusBadge, PriorityTag, TargetDate } from './jobBadges';

/** A job in the jobs list: a checkbox to select it (Ctrl/Cmd-click, Shift-click and Space on the row too), and the row. */
export function SelectableJobRow({ job }: { job: JobSummary }) {
  return <SelectRow id={job.id} name={job.title}>{(select) => <JobRow job={job} select={select} />}</SelectRow>;
}

/**
 * One job in a list, opening its page. On a client's page (`ofClient`) the client, location and
 * openings go: the card is narrow, and it is all one client's work.
 */
export function JobRow({ job, ofClient = false, select }: { job: JobSummary; ofClient?: boolean; select?: RowLinkProps }) {
  return (
    <Link href={paths.job(job.id)} className={ofClient ? 'list-row job-columns--client' : 'list-row job-columns'} {...select}>
      <span className="job-row-title">
        <span className="truncate">{job.title}</span>
        {!ofClient && <RowTags tags={job.tags} />}
      </span>
      {!ofClient && <span className="job-row-muted truncate">{job.clientName}</span>}
      {!ofClient && (
        <span className="job-row-muted truncate">
          {job.location ? (
            <>
              <span className="row-icon row-icon--location" aria-hidden />
              <span className="truncate">{job.location}</span>
            </>
          ) : (
            '—'
          )}
        </span>
      )}
      <span>
        <JobStatusBadge status={job.status} />
      </span>
      <span>
        <PriorityTag priority={job.priority} />
      </span>
      {!ofClient && (
        <span className="job-row-muted numeric job-row-pipeline" title="In play · interviewing · placed">
          <span className="sr-only">Pipeline: </span>
          {job.pipeline.active}
          <span className="sr-only"> in play,</span> · {job.pipeline.interviewing}
          <span className="sr-only"> interviewing,</span> · {job.pipeline.placed}
          <span className="sr-only"> placed</span>
        </span>
      )}
      {!ofClient && (
        <span className="job-row-muted numeric job-row-openings">
          {job.openings}
          <span className="sr-only"> {job.openings === 1 ? 'opening' : 'openings'}</span>
        </span>
      )}
      <span className="job-row-target numeric">
        <span className="sr-only">Target fill date </span>
        <TargetDate job={job} />
      </span>
    </Link>
  );
}
