import { ChevronDown, ChevronRight } from 'lucide-react';
import type { DragEvent, ReactNode } from 'react';
import { stageLabels, type StageName } from '../../../src/api/submissions';
import type { Lane } from './Board';
import { DRAG_TYPE } from './BoardCard';
import { setDropStage, toggleClosed, usePipeline } from './pipelineStore';

interface ClosedOutcomesProps {
  lanes: Lane[];
  onDropCard: (stage: StageName, cardId: string) => void;
  /** The closed columns, drawn only while the section is open. */
  children: ReactNode;
}

/**
 * Rejected, withdrawn and lost: out of the way, but a click (or a drop) away. Folded, each
 * outcome is still a place to drop a card on.
 */
export function ClosedOutcomes({ lanes, onDropCard, children }: ClosedOutcomesProps) {
  const open = usePipeline((s) => s.showClosed);
  const dropStage = usePipeline((s) => s.dropStage);
  const dragging = usePipeline((s) => s.draggingId !== null);
  const total = lanes.reduce((n, l) => n + l.cards.length, 0);

  const dropProps = (stage: StageName) => ({
    onDragOver: (event: DragEvent) => {
      if (!event.dataTransfer.types.includes(DRAG_TYPE)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move' as const;
      setDropStage(stage);
    },
    onDragLeave: () => setDropStage(null),
    onDrop: (event: DragEvent) => {
      if (!event.dataTransfer.types.includes(DRAG_TYPE)) return;
      event.preventDefault();
      setDropStage(null);
      onDropCard(stage, event.dataTransfer.getData(DRAG_TYPE));
    },
  });

  return (
    <section className={open ? 'closed closed--open' : 'closed'} aria-labelledby="closed-heading">
      <div className="closed-bar">
        <h2 className="closed-heading" id="closed-heading">
          <button type="button" className="closed-toggle" aria-expanded={open} aria-controls={open ? 'closed-lanes' : undefined} onClick={toggleClosed}>
            {open ? (
              <ChevronDown size={15} aria-hidden className="closed-chevron" />
            ) : (
              <ChevronRight size={15} aria-hidden className="closed-chevron" />
            )}
            Closed outcomes
            <span className="count">{total}</span>
          </button>
        </h2>
        {!open && (
          <ul className="closed-targets" aria-label="Closed outcomes">
            {lanes.map((lane) => (
              <li
                key={lane.stage}
                className={[
                  'closed-target',
                  `closed-target--${lane.stage}`,
                  dragging && 'closed-target--ready',
                  dropStage === lane.stage && 'closed-target--drop',
                ]
                  .filter(Boolean)
                  .join(' ')}
                data-drop={lane.stage}
                {...dropProps(lane.stage)}
              >
                <span className={`stage-dot stage--${lane.stage}`} aria-hidden />
                {stageLabels[lane.stage]}
                <span className="closed-target-count">{lane.cards.length}</span>
              </li>
            ))}
          </ul>
        )}
        {!open && <span className="closed-hint">{dragging ? 'Drop on an outcome to close' : ''}</span>}
      </div>
      {open && (
        <div className="closed-lanes" id="closed-lanes">
          {children}
        </div>
      )}
    </section>
  );
}
