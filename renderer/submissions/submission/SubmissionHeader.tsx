import { BriefcaseBusiness, Building2, ChevronLeft, FileUser } from 'lucide-react';
import { Link } from 'wouter';
import type { Submission } from '../../../src/api/submissions';
import { paths } from '../../app/paths';
import { PageHeader } from '../../ui/PageHeader';
import { StageControl } from './StageControl';

interface SubmissionHeaderProps {
  submission: Submission;
  steps: string[];
  currency: string;
}

export function SubmissionHeader({ submission, steps, currency }: SubmissionHeaderProps) {
  return (
    <PageHeader
      before={
        <Link href={paths.jobPipeline(submission.jobId)} className="back-link">
          <ChevronLeft size={15} aria-hidden />
          Pipeline for {submission.jobTitle}
        </Link>
      }
      title={
        <span className="submission-title">
          <Link href={paths.candidate(submission.candidateId)} className="submission-candidate">
            {submission.candidateName}
          </Link>
          <StageControl submission={submission} steps={steps} currency={currency} />
        </span>
      }
      subtitle={
        <span className="submission-subtitle">
          <span>Submission for</span>
          <Link href={paths.job(submission.jobId)} className="link">
            <BriefcaseBusiness size={13} aria-hidden className="inline-icon" />
            {submission.jobTitle}
          </Link>
          <span>at</span>
          <Link href={paths.client(submission.clientId)} className="link">
            <Building2 size={13} aria-hidden className="inline-icon" />
            {submission.clientName}
          </Link>
        </span>
      }
      actions={
        <Link href={paths.submissionProfile(submission.id)} className="button button--secondary">
          <FileUser size={15} aria-hidden className="button-icon" />
          Submittal profile
        </Link>
      }
    />
  );
}
