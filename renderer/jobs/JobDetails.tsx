import type { ReactNode } from 'react';
import { employmentTypeLabels, type Job } from '../../src/api/jobs';
import { describeFee } from '../clients/feeTerms';
import { formatDay } from '../ui/dates';
import { TargetDate } from './jobBadges';
import { formatSalary, formatWhere } from './jobFormat';

export function JobDetails({ job }: { job: Job }) {
  return (
    <section className="card" aria-labelledby="job-details-heading">
      <h2 className="card-title" id="job-details-heading">
        Details
      </h2>
      <dl className="details details--four">
        <Detail term="Openings">{job.openings}</Detail>
        <Detail term="Employment">{employmentTypeLabels[job.employmentType]}</Detail>
        <Detail term="Location">{formatWhere(job)}</Detail>
        <Detail term="Salary">{job.salary && formatSalary(job.salary)}</Detail>
        <Detail term="Fee">{job.fee && describeFee(job.fee)}</Detail>
        <Detail term="Opened">{formatDay(job.openedOn)}</Detail>
        <Detail term="Target fill">{job.targetFillOn && <TargetDate job={job} />}</Detail>
        <Detail term="Owner">{job.owner}</Detail>
      </dl>
    </section>
  );
}

function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="detail">
      <dt className="detail-term">{term}</dt>
      <dd className="detail-value">{children || <span className="muted">Not set</span>}</dd>
    </div>
  );
}
