import { Link } from 'wouter';
import type { CandidateSummary } from '../../src/api/candidates';
import { stageLabels } from '../../src/api/submissions';
import { paths } from '../app/paths';
import { RowTags } from '../lists/RowTags';
import { useRowSelection } from '../lists/useRowSelection';
import { formatAgo } from '../ui/dates';
import { Initials } from '../ui/Initials';
import { currentRole } from './candidateFormat';

/**
 * One candidate: a checkbox to select them, and a link to open them. Ctrl/Cmd-click or Space on
 * the row selects instead of opening; Shift-click selects everything from the last row clicked.
 */
export function CandidateRow({ candidate }: { candidate: CandidateSummary }) {
  const role = currentRole(candidate);
  const { selected, checkbox, link } = useRowSelection(candidate.id, candidate.name);
  return (
    <div className={selected ? 'select-row is-selected' : 'select-row'}>
      <input {...checkbox} />
      <Link href={paths.candidate(candidate.id)} className="list-row candidate-columns" {...link}>
        <span className="candidate-row-name">
          <Initials name={candidate.name} />
          <span className="truncate">{candidate.name}</span>
          <RowTags tags={candidate.tags} />
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
        <span className="candidate-row-muted truncate">{candidate.latestStage ? stageLabels[candidate.latestStage] : '—'}</span>
        <span className="candidate-row-muted truncate" title={candidate.lastActivityAt}>
          {formatAgo(candidate.lastActivityAt)}
        </span>
        <span className="candidate-row-muted truncate">{candidate.owner ?? '—'}</span>
      </Link>
    </div>
  );
}
