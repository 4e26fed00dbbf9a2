import type { MouseEvent, KeyboardEvent } from 'react';
import { Link } from 'wouter';
import type { CandidateSummary } from '../../src/api/candidates';
import { stageLabels } from '../../src/api/submissions';
import { paths } from '../app/paths';
import { listOrder } from '../lists/listOrder';
import { isSelected, selectRange, toggle, useSelection } from '../lists/selectionStore';
import { formatAgo } from '../ui/dates';
import { Initials } from '../ui/Initials';
import { currentRole } from './candidateFormat';

/**
 * One candidate: a checkbox to select them, and a link to open them. Ctrl/Cmd-click or Space on
 * the row selects instead of opening; Shift-click selects everything from the last row clicked.
 */
export function CandidateRow({ candidate }: { candidate: CandidateSummary }) {
  const role = currentRole(candidate);
  const selected = useSelection((s) => isSelected(s, candidate.id));
  const pick = (event: MouseEvent | KeyboardEvent) => {
    if ('shiftKey' in event && event.shiftKey) selectRange(candidate.id, listOrder.ids);
    else toggle(candidate.id);
  };
  const onLinkClick = (event: MouseEvent) => {
    if (!event.ctrlKey && !event.metaKey && !event.shiftKey) return;
    event.preventDefault();
    pick(event);
  };
  const onLinkKey = (event: KeyboardEvent) => {
    if (event.key !== ' ') return;
    event.preventDefault();
    toggle(candidate.id);
  };
  return (
    <div className={selected ? 'candidate-row is-selected' : 'candidate-row'}>
      <input
        type="checkbox"
        className="row-check"
        checked={selected}
        aria-label={`Select ${candidate.name}`}
        // Not preventDefault: the browser ticks the box, and the store agrees on the next render.
        onClick={pick}
        onChange={() => undefined}
      />
      <Link href={paths.candidate(candidate.id)} className="list-row candidate-columns" onClick={onLinkClick} onKeyDown={onLinkKey}>
        <span className="candidate-row-name">
          <Initials name={candidate.name} />
          <span className="truncate">{candidate.name}</span>
          {candidate.tags.slice(0, 2).map((tag) => (
            <span key={tag} className="tag tag--small row-tag">
              {tag}
            </span>
          ))}
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
