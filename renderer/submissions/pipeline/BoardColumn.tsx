import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, type DragEvent } from 'react';
import { stageLabels, type BoardCard as Card, type StageName } from '../../../src/api/submissions';
import type { MoveContext } from '../move/moveStore';
import { BoardCard, DRAG_TYPE } from './BoardCard';
import { claimColumn } from './ColumnSelection';
import { setDropStage, usePipeline } from './pipelineStore';

/** Lets the board scroll a column to a card that is not drawn yet, to focus it. */
export type ScrollTo = (index: number) => void;

interface BoardColumnProps {
  jobId: string;
  stage: StageName;
  cards: Card[];
  tabbableId: string | null;
  context: MoveContext;
  now: Date;
  register: (stage: StageName, scrollTo: ScrollTo | null) => void;
  onDropCard: (stage: StageName, cardId: string) => void;
  /** What an empty column says. */
  emptyText: string;
}

const CARD_GAP = 8;

/** One stage: its cards drawn only while on screen, so a column of hundreds scrolls smoothly. */
export function BoardColumn({ jobId, stage, cards, tabbableId, context, now, register, onDropCard, emptyText }: BoardColumnProps) {
  const claim = useCallback(() => claimColumn(jobId, stage, cards), [jobId, stage, cards]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const dropping = usePipeline((s) => s.dropStage === stage);
  const draggingFrom = usePipeline((s) => s.draggingId !== null && cards.some((c) => c.id === s.draggingId));
  // The virtualizer hands back fresh measurements each render; the compiler cannot memoise it, nor needs to.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: cards.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (cards[i]?.latestFeedback ? 118 : 84),
    getItemKey: (i) => cards[i]?.id ?? i,
    gap: CARD_GAP,
    overscan: 6,
    paddingStart: 2,
    paddingEnd: 8,
    scrollPaddingStart: 8,
    scrollPaddingEnd: 8,
  });

  useEffect(() => {
    register(stage, (index) => virtualizer.scrollToIndex(index, { align: 'auto' }));
    return () => register(stage, null);
  }, [register, stage, virtualizer]);

  const accepts = (event: DragEvent) => event.dataTransfer.types.includes(DRAG_TYPE);

  function onDragOver(event: DragEvent<HTMLElement>) {
    if (!accepts(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    setDropStage(stage);
  }

  function onDrop(event: DragEvent<HTMLElement>) {
    if (!accepts(event)) return;
    event.preventDefault();
    setDropStage(null);
    onDropCard(stage, event.dataTransfer.getData(DRAG_TYPE));
  }

  const headingId = `lane-${stage}-heading`;
  const className = ['lane', `stage--${stage}`, dropping && !draggingFrom && 'lane--drop'].filter(Boolean).join(' ');
  return (
    <section
      className={className}
      aria-labelledby={headingId}
      data-lane={stage}
      onDragOver={onDragOver}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDropStage(null);
      }}
      onDrop={onDrop}
    >
      <h2 className="lane-head" id={headingId}>
        <span className="lane-title">{stageLabels[stage]}</span>
        <span className="lane-count">
          {cards.length}
          <span className="sr-only">{cards.length === 1 ? ' candidate' : ' candidates'}</span>
        </span>
      </h2>
      <div className="lane-scroll" ref={scrollRef}>
        {cards.length === 0 ? (
          <p className="lane-empty">{dropping ? 'Drop here' : emptyText}</p>
        ) : (
          <ul className="lane-cards" aria-labelledby={headingId} style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((row) => {
              const card = cards[row.index]!;
              return (
                <li
                  key={card.id}
                  ref={virtualizer.measureElement}
                  data-index={row.index}
                  aria-setsize={cards.length}
                  aria-posinset={row.index + 1}
                  className="lane-slot"
                  style={{ transform: `translateY(${row.start}px)` }}
                >
                  <BoardCard card={card} tabbable={card.id === tabbableId} context={context} now={now} claim={claim} />
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </section>
  );
}
