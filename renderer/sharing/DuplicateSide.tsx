import { Link } from 'wouter';
import type { DuplicateCandidate } from '../../src/api/sharing';
import { paths } from '../app/paths';
import { Button } from '../ui/Button';
import { Initials } from '../ui/Initials';

interface DuplicateSideProps {
  candidate: DuplicateCandidate;
  onKeep: () => void;
  disabled: boolean;
}

/** One of two likely duplicates: who they are, and the way to keep this record. */
export function DuplicateSide({ candidate, onKeep, disabled }: DuplicateSideProps) {
  const at = candidate.currentEmployer ? ` at ${candidate.currentEmployer}` : '';
  return (
    <div className="sharing-side sharing-person" data-candidate={candidate.id}>
      <p className="sharing-person-name">
        <Initials name={candidate.name} />
        <Link href={paths.candidate(candidate.id)} className="link">
          {candidate.name}
        </Link>
      </p>
      <dl className="sharing-person-details">
        <div>
          <dt>Title</dt>
          <dd>{candidate.currentTitle ?? <span className="sharing-empty">Not recorded</span>}</dd>
        </div>
        <div>
          <dt>Employer</dt>
          <dd>{candidate.currentEmployer ?? <span className="sharing-empty">Not recorded</span>}</dd>
        </div>
      </dl>
      <div className="sharing-side-action">
        <Button onClick={onKeep} disabled={disabled} aria-label={`Keep this one: ${candidate.name}${at}`}>
          Keep this one
        </Button>
      </div>
    </div>
  );
}
