import { MoreHorizontal } from 'lucide-react';
import { memo, type DragEvent, type KeyboardEvent } from 'react';
import { Link } from 'wouter';
import type { BoardCard as Card } from '../../../src/api/submissions';
import { paths } from '../../app/paths';
import { openMoveMenu, useMoves, type MoveContext } from '../move/moveStore';
import { SentimentChip } from '../SentimentChip';
import { daysInStageLabel, daysSince } from '../../ui/format';
import { STALE_AFTER_DAYS } from '../stageFormat';
import { setActiveCard, setDragging } from './pipelineStore';
import { useRowSelection } from '../../lists/useRowSelection';

/** What a drag carries: the submission's id, under a type only this board accepts. */
export const DRAG_TYPE = 'application/x-shortlist-submission';

interface BoardCardProps {
  card: Card;
  /** Whether this card holds the board's tab stop. */
  tabbable: boolean;
  context: MoveContext;
  now: Date;
  /** Makes the selection this card's column's, before the card is ticked. */
  claim: () => void;
}

/**
 * A candidate on the board: opens the submission, drags to another column, or moves with M; its
 * checkbox (or Space, Ctrl/Cmd-click, Shift-click) selects the candidate with others of its column.
 */
export const BoardCard = memo(function BoardCard({ card, tabbable, context, now, claim }: BoardCardProps) {
  const { selected, checkbox, link } = useRowSelection(card.candidateId, card.candidateName, claim);
  const days = daysSince(card.stageSince, now);
  const stale = days >= STALE_AFTER_DAYS && card.stage !== 'placed' && !['rejected', 'withdrawn', 'lost'].includes(card.stage);
  const metaId = `card-${card.id}-meta`;
  const menuOpen = useMoves((s) => s.menu?.mover.id === card.id);

  function openMenu(anchor: HTMLElement, returnFocus: HTMLElement) {
    openMoveMenu({ mover: card, context, anchor, returnFocus });
  }

  function onKeyDown(event: KeyboardEvent<HTMLAnchorElement>) {
    link.onKeyDown(event);
    if ((event.key === 'm' || event.key === 'M') && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      const button = event.currentTarget.parentElement!.querySelector<HTMLElement>('.board-card-move')!;
      openMenu(button, event.currentTarget);
    }
  }

  function onDragStart(event: DragEvent<HTMLDivElement>) {
    event.dataTransfer.setData(DRAG_TYPE, card.id);
    event.dataTransfer.effectAllowed = 'move';
    setDragging(card.id);
  }

  return (
    <div
      className={['board-card', stale && 'board-card--stale', selected && 'is-selected'].filter(Boolean).join(' ')}
      data-card-id={card.id}
      draggable
      onDragStart={onDragStart}
      onDragEnd={() => setDragging(null)}
    >
      <Link
        href={paths.submission(card.id)}
        className="board-card-link"
        tabIndex={tabbable ? 0 : -1}
        draggable={false}
        aria-describedby={metaId}
        aria-keyshortcuts="M"
        onFocus={() => setActiveCard(card.id)}
        onClick={link.onClick}
        onKeyDown={onKeyDown}
      >
        <span className="board-card-name" title={card.candidateName}>
          {card.candidateName}
        </span>
        {card.currentTitle && <span className="board-card-title">{card.currentTitle}</span>}
        <span className="board-card-meta" id={metaId}>
          <span className="board-card-days">{daysInStageLabel(days)}</span>
          {card.step && <span className="board-card-step">{card.step}</span>}
          {card.latestFeedback && (
            <span className="board-card-feedback">
              <SentimentChip sentiment={card.latestFeedback.sentiment} />
              {card.latestFeedback.text && <span className="board-card-snippet">{card.latestFeedback.text}</span>}
            </span>
          )}
        </span>
      </Link>
      <input {...checkbox} className="row-check board-card-check" tabIndex={tabbable ? 0 : -1} />
      <button
        type="button"
        className="icon-button board-card-move"
        aria-label={`Move ${card.candidateName}`}
        aria-haspopup="menu"
        aria-expanded={menuOpen}
        title="Move to another stage (M)"
        tabIndex={tabbable ? 0 : -1}
        onClick={(event) => openMenu(event.currentTarget, event.currentTarget)}
      >
        <MoreHorizontal size={15} aria-hidden />
      </button>
    </div>
  );
});
