import { ApiError } from '../api/errors';
import { isClosed, openStages, stageLabels, type StageName } from '../api/submissions';

export interface Position {
  stage: StageName;
  step: string | null;
}

/**
 * Whether a submission may move, and to which interview step. Going backwards, or reopening a
 * closed outcome, is allowed but needs a reason, so the history explains itself.
 */
export function checkMove(from: Position, to: Position & { reason: string | null }, interviewSteps: string[]): Position {
  let step = to.stage === 'interviewing' ? to.step : null;
  if (to.stage === 'interviewing' && interviewSteps.length > 0) {
    step ??= from.stage === 'interviewing' ? null : interviewSteps[0]!;
    if (step === null || !interviewSteps.includes(step)) {
      throw new ApiError('invalid_input', `Choose one of this job’s interview steps: ${interviewSteps.join(', ')}.`, 'step');
    }
  }
  if (to.stage === from.stage && step === from.step) {
    throw new ApiError('invalid_input', `This submission is already at ${stageLabels[to.stage]}${step ? ` (${step})` : ''}.`, 'stage');
  }
  if (to.reason === null) {
    if (to.stage === 'rejected') throw new ApiError('invalid_input', 'Say why the client rejected the candidate.', 'reason');
    if (to.stage === 'withdrawn') throw new ApiError('invalid_input', 'Say why the candidate withdrew.', 'reason');
    if (isClosed(from.stage)) {
      throw new ApiError('invalid_input', `Say why this submission is reopened after “${stageLabels[from.stage]}”.`, 'reason');
    }
    if (isBackwards(from, { stage: to.stage, step }, interviewSteps)) {
      throw new ApiError('invalid_input', `Say why this submission goes back to ${stageLabels[to.stage]}.`, 'reason');
    }
  }
  return { stage: to.stage, step };
}

function isBackwards(from: Position, to: Position, interviewSteps: string[]): boolean {
  if (isClosed(to.stage) || isClosed(from.stage)) return false;
  const order = (stage: StageName) => (openStages as readonly StageName[]).indexOf(stage);
  if (order(to.stage) !== order(from.stage)) return order(to.stage) < order(from.stage);
  return interviewSteps.indexOf(to.step ?? '') < interviewSteps.indexOf(from.step ?? '');
}
