import type { StageName } from '../../../src/api/submissions';
import { asApiError, change } from '../../api/data';
import { showToast } from '../../ui/toasts';
import { stageWithStep } from '../stageFormat';
import { canMoveTo, moveNeeds, needsNothing, type Mover } from './moveRules';
import { announce, openMoveDialog, type MoveContext } from './moveStore';

const askable = ['reason', 'step', 'placement'] as const;

export function movedMessage(mover: Mover, stage: StageName, step: string | null): string {
  return `${mover.candidateName} moved to ${stageWithStep(stage, step)}.`;
}

/**
 * Moves a submission, by drag, menu or keyboard. A move that needs more (a reason, an interview
 * step, the placement's terms) opens the move dialog to ask for exactly that; any other move is
 * made at once, and if the core still wants something, the dialog asks for it with the core's words.
 */
export async function requestMove(mover: Mover, to: StageName, context: MoveContext): Promise<void> {
  if (!canMoveTo(mover, to, context.steps)) return;
  const needs = moveNeeds(mover, to, context.steps);
  if (!needsNothing(needs)) {
    openMoveDialog({ mover, to, needs, context });
    return;
  }
  try {
    const moved = await change('submissions.move', { id: mover.id, stage: to });
    announce(movedMessage(mover, moved.stage, moved.step));
    context.afterMove?.(moved);
  } catch (error) {
    const refusal = asApiError(error);
    const field = askable.find((f) => f === refusal.field);
    if (field) openMoveDialog({ mover, to, needs: { ...needs, [field]: true }, context, refusal });
    else showToast({ message: refusal.message, tone: 'error' });
  }
}
