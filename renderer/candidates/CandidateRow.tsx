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
 *
 * A fling mounts eight of these a frame, so each holds as little as it can: a plain link to the
 * page's address (the hash router follows it, and asks before leaving unsaved typing, as for any
 * change of address) where wouter's Link would add its hooks and a subscription to the location
 * to every row, and the location's pin drawn by its text's own box (`row-icon-before`).
 */
export function CandidateRow({ candidate }: { candidate: CandidateSummary }) {
  const role = currentRole(candidate);
  const { selected, checkbox, link } = useRowSelection(candidate.id, candidate.name);
  return (
    <div className={selected ? 'select-row is-selected' : 'select-row'}>
      <input {...checkbox} />
      <a href={`#${paths.candidate(candidate.id)}`} className="list-row candidate-columns" {...link}>
        <span className="candidate-row-name">
          <Initials name={candidate.name} />
          <span className="truncate">{candidate.name}</span>
          <RowTags tags={candidate.tags} />
        </span>
        <span className="candidate-row-role truncate">{role ?? '—'}</span>
        <span className={candidate.location ? 'candidate-row-muted truncate row-icon-before row-icon--location' : 'candidate-row-muted'}>
          {candidate.location ?? '—'}
        </span>
        <span className="candidate-row-muted truncate">{candidate.latestStage ? stageLabels[candidate.latestStage] : '—'}</span>
        <span className="candidate-row-muted truncate" title={candidate.lastActivityAt}>
          {formatAgo(candidate.lastActivityAt)}
        </span>
        <span className="candidate-row-muted truncate">{candidate.owner ?? '—'}</span>
      </a>
    </div>
  );
}
