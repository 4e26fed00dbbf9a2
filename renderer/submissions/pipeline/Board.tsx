import { useCallback, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { closedStages, isClosed, openStages, type Board as BoardData, type BoardCard, type StageName } from '../../../src/api/submissions';
import type { MoveContext } from '../move/moveStore';
import { requestMove } from '../move/requestMove';
import { BoardColumn, type ScrollTo } from './BoardColumn';
import { ClosedOutcomes } from './ClosedOutcomes';
import { refocusCard, refocused, usePipeline } from './pipelineStore';
import { arrangeCards } from './boardArrangement';

interface BoardProps {
  board: BoardData;
  currency: string;
}

export interface Lane {
  stage: StageName;
  cards: BoardCard[];
}

const emptyTexts: Partial<Record<StageName, string>> = {
  shortlisted: 'Add candidates you mean to present.',
  placed: 'Placements land here.',
};

function focusableIn(stage: StageName, index: number): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-lane="${stage}"] [data-index="${index}"] .board-card-link`);
}

/**
 * The job's pipeline: a column per open stage, the closed outcomes folded away below. Arrow keys
 * walk the cards (one tab stop for the whole board), M opens a card's move menu, and a card
 * dragged onto another column moves there.
 */
export function Board({ board, currency }: BoardProps) {
  const showClosed = usePipeline((s) => s.showClosed);
  const activeId = usePipeline((s) => s.activeId);
  const refocus = usePipeline((s) => s.refocus);
  const scrollers = useRef(new Map<StageName, ScrollTo>());
  // The time a card's "days in stage" counts to; a new board read brings a new one.
  const now = useMemo(() => new Date(), [board]); // eslint-disable-line react-hooks/exhaustive-deps

  const filter = usePipeline((s) => s.filter);
  const sort = usePipeline((s) => s.sort);
  const byStage = useMemo(
    () => new Map(board.columns.map((c) => [c.stage, arrangeCards(c.cards, filter, sort)])),
    [board, filter, sort],
  );
  const lanesOf = (list: readonly StageName[]): Lane[] => list.map((stage) => ({ stage, cards: byStage.get(stage) ?? [] }));
  const openLanes = lanesOf(openStages);
  const closedLanes = lanesOf(closedStages);
  // The order arrow keys walk: the open columns, then the closed ones while they are shown.
  const lanes = showClosed ? [...openLanes, ...closedLanes] : openLanes;
  const allCards = lanes.flatMap((l) => l.cards);
  const tabbableId = allCards.some((c) => c.id === activeId) ? activeId : (allCards[0]?.id ?? null);

  const keyboardContext = useMemo<MoveContext>(
    () => ({ steps: board.interviewSteps, currency, afterMove: (moved) => refocusCard(moved.id, moved.stage) }),
    [board.interviewSteps, currency],
  );
  const dragContext = useMemo<MoveContext>(() => ({ steps: board.interviewSteps, currency }), [board.interviewSteps, currency]);

  const register = useCallback((stage: StageName, scrollTo: ScrollTo | null) => {
    if (scrollTo) scrollers.current.set(stage, scrollTo);
    else scrollers.current.delete(stage);
  }, []);

  const focusCard = useCallback((stage: StageName, index: number) => {
    const drawn = focusableIn(stage, index);
    if (drawn) {
      drawn.focus();
      return;
    }
    scrollers.current.get(stage)?.(index);
    // The virtual column draws the card on its next frame.
    requestAnimationFrame(() => requestAnimationFrame(() => focusableIn(stage, index)?.focus()));
  }, []);

  // After a move from the keyboard or the menu, focus follows the card into its new column,
  // once the board read after the move has it there.
  useEffect(() => {
    if (!refocus) return;
    const index = byStage.get(refocus.stage)?.findIndex((c) => c.id === refocus.id) ?? -1;
    if (index < 0) return;
    refocused();
    if (showClosed || !isClosed(refocus.stage)) focusCard(refocus.stage, index);
    // A card closed while the outcomes are folded is out of sight: focus waits on the fold instead.
    else document.querySelector<HTMLElement>('.closed-toggle')?.focus();
  }, [byStage, refocus, showClosed, focusCard]);

  const onDropCard = useCallback(
    (stage: StageName, cardId: string) => {
      const card = board.columns.flatMap((c) => c.cards).find((c) => c.id === cardId);
      if (card && card.stage !== stage) void requestMove(card, stage, dragContext);
    },
    [board, dragContext],
  );

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const target = event.target as HTMLElement;
    if (!target.classList.contains('board-card-link')) return;
    const stage = target.closest<HTMLElement>('[data-lane]')?.dataset.lane as StageName | undefined;
    const index = Number(target.closest('[data-index]')?.getAttribute('data-index'));
    const at = lanes.findIndex((l) => l.stage === stage);
    if (at < 0 || Number.isNaN(index)) return;
    const lane = lanes[at]!;
    let to: { stage: StageName; index: number } | null = null;
    if (event.key === 'ArrowDown') to = { stage: lane.stage, index: Math.min(index + 1, lane.cards.length - 1) };
    else if (event.key === 'ArrowUp') to = { stage: lane.stage, index: Math.max(index - 1, 0) };
    else if (event.key === 'Home') to = { stage: lane.stage, index: 0 };
    else if (event.key === 'End') to = { stage: lane.stage, index: lane.cards.length - 1 };
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      const step = event.key === 'ArrowLeft' ? -1 : 1;
      // Empty columns are stepped over: there is nothing in them to focus.
      for (let i = at + step; i >= 0 && i < lanes.length; i += step) {
        const next = lanes[i]!;
        if (next.cards.length > 0) {
          to = { stage: next.stage, index: Math.min(index, next.cards.length - 1) };
          break;
        }
      }
      if (!to) to = { stage: lane.stage, index };
    } else return;
    event.preventDefault();
    focusCard(to.stage, to.index);
  }

  const column = (lane: Lane, context: MoveContext) => (
    <BoardColumn
      key={lane.stage}
      jobId={board.jobId}
      stage={lane.stage}
      cards={lane.cards}
      tabbableId={tabbableId}
      context={context}
      now={now}
      register={register}
      onDropCard={onDropCard}
      emptyText={emptyTexts[lane.stage] ?? 'No one here'}
    />
  );

  return (
    <div className="board" role="group" aria-label="Pipeline board" aria-describedby="board-keys" onKeyDown={onKeyDown}>
      <div className="board-lanes">{openLanes.map((lane) => column(lane, keyboardContext))}</div>
      <ClosedOutcomes lanes={closedLanes} onDropCard={onDropCard}>
        {closedLanes.map((lane) => column(lane, keyboardContext))}
      </ClosedOutcomes>
    </div>
  );
}
