import { Link } from 'wouter';
import type { CandidateSummary } from '../../src/api/candidates';
import { paths } from '../app/paths';
import { Initials } from '../ui/Initials';
import { currentRole } from './candidateFormat';

/** A row has room for a few skills; the rest are counted. */
const SKILLS_SHOWN = 3;

export function CandidateRow({ candidate }: { candidate: CandidateSummary }) {
  const role = currentRole(candidate);
  const shown = candidate.skills.slice(0, SKILLS_SHOWN);
  const more = candidate.skills.length - shown.length;
  return (
    <Link href={paths.candidate(candidate.id)} className="list-row candidate-columns">
      <span className="candidate-row-name">
        <Initials name={candidate.name} />
        <span className="truncate">{candidate.name}</span>
      </span>
      <span className="candidate-row-role truncate">{role ?? '—'}</span>
      <span className="candidate-row-muted">
        {candidate.location ? (
          <>
            <span className="row-icon row-icon--location" aria-hidden />
            <span className="truncate">{candidate.location}</span>
          </>
        ) : (
          '—'
        )}
      </span>
      <span className="candidate-row-skills">
        {shown.length > 0 && <span className="sr-only">Skills: </span>}
        {shown.map((skill) => (
          <span key={skill} className="tag tag--small">
            {skill}
          </span>
        ))}
        {more > 0 && (
          <span className="candidate-row-more">
            +{more}
            <span className="sr-only"> more</span>
          </span>
        )}
      </span>
    </Link>
  );
}
