import { Building2, Send } from 'lucide-react';
import { Link } from 'wouter';
import type { Candidate, CandidateSubmission } from '../../src/api/candidates';
import { isClosed } from '../../src/api/submissions';
import { paths } from '../app/paths';
import { Button } from '../ui/Button';
import { formatFull } from '../ui/dates';
import { EmptyState } from '../ui/EmptyState';
import { daysInStageLabel, daysSince } from '../ui/format';
import { setSubmitting } from './candidatePageStore';
import { StageBadge } from './StageBadge';
import { SubmissionGlance } from './SubmissionGlance';

/** Every job this candidate has been put forward for, at any client: live ones first. */
export function SubmissionsSection({ candidate, submissions }: { candidate: Candidate; submissions: CandidateSubmission[] }) {
  const ordered = [...submissions].sort((a, b) => Number(isClosed(a.stage)) - Number(isClosed(b.stage)));
  return (
    <section className="card" aria-labelledby="candidate-submissions-heading">
      <h2 className="card-title" id="candidate-submissions-heading">
        Submissions {submissions.length > 0 && <span className="count">{submissions.length}</span>}
      </h2>
      {ordered.length === 0 ? (
        <EmptyState
          icon={Send}
          title="Not put forward yet"
          compact
          action={
            <Button icon={Send} onClick={() => setSubmitting(true)}>
              Submit to a job
            </Button>
          }
        >
          <p>Shortlist {candidate.name} for one of your clients’ jobs, or submit them straight away.</p>
        </EmptyState>
      ) : (
        <ul className="candidate-submissions" aria-label={`Submissions of ${candidate.name}`}>
          {ordered.map((s) => (
            <li key={s.id}>
              <SubmissionRow submission={s} />
              {!isClosed(s.stage) && <SubmissionGlance submissionId={s.id} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function SubmissionRow({ submission: s }: { submission: CandidateSubmission }) {
  const days = daysSince(s.stageSince);
  return (
    <Link href={paths.submission(s.id)} className={isClosed(s.stage) ? 'candidate-submission candidate-submission--closed' : 'candidate-submission'}>
      <span className="candidate-submission-line">
        <span className="candidate-submission-job truncate">{s.jobTitle}</span>
        <time className="candidate-submission-days" dateTime={s.stageSince} title={`Since ${formatFull(s.stageSince)}`}>
          {daysInStageLabel(days)}
        </time>
      </span>
      <span className="candidate-submission-line">
        <span className="candidate-submission-client truncate">
          <Building2 size={13} aria-hidden className="inline-icon" />
          {s.clientName}
        </span>
        <StageBadge stage={s.stage} />
      </span>
    </Link>
  );
}
