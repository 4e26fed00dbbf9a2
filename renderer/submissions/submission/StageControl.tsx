import { ChevronDown } from 'lucide-react';
import type { Submission } from '../../../src/api/submissions';
import { openMoveMenu, useMoves } from '../move/moveStore';
import { daysInStageLabel, daysSince } from '../../ui/format';
import { stageWithStep } from '../stageFormat';

interface StageControlProps {
  submission: Submission;
  steps: string[];
  currency: string;
}

/** The current stage, which is also the way to move it: a menu of stages, asking for more when a move needs it. */
export function StageControl({ submission, steps, currency }: StageControlProps) {
  const days = daysSince(submission.stageSince);
  const menuOpen = useMoves((s) => s.menu?.mover.id === submission.id);
  return (
    <span className="stage-control">
      <button
        type="button"
        className={`stage-badge stage--${submission.stage}`}
        aria-haspopup="menu"
        aria-expanded={menuOpen}
        aria-label={`Stage: ${stageWithStep(submission.stage, submission.step)}. Move to another stage`}
        onClick={(event) =>
          openMoveMenu({
            mover: submission,
            context: { steps, currency },
            anchor: event.currentTarget,
            returnFocus: event.currentTarget,
          })
        }
      >
        <span className={`stage-dot stage--${submission.stage}`} aria-hidden />
        {stageWithStep(submission.stage, submission.step)}
        <ChevronDown size={13} strokeWidth={2.5} aria-hidden />
      </button>
      <span className="stage-since">{daysInStageLabel(days)}</span>
    </span>
  );
}
