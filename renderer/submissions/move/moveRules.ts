import { closedStages, isClosed, openStages, stages, type StageName } from '../../../src/api/submissions';

/** Where a submission stands now: what a move starts from. */
export interface Mover {
  id: string;
  candidateName: string;
  stage: StageName;
  step: string | null;
}

/** What the recruiter must add before a move can be made; the core has the last word. */
export interface MoveNeeds {
  /** Which interview step, when the job has more than one to choose from. */
  step: boolean;
  reason: boolean;
  placement: boolean;
}

/**
 * The step a move to interviewing lands on unless the recruiter picks another: the first step,
 * or the one after the current step for a candidate already interviewing.
 */
export function nextStep(from: Mover, steps: string[]): string | null {
  if (steps.length === 0) return null;
  if (from.stage !== 'interviewing') return steps[0]!;
  const at = steps.indexOf(from.step ?? '');
  return steps[Math.min(at + 1, steps.length - 1)]!;
}

const order = (stage: StageName) => (openStages as readonly StageName[]).indexOf(stage);

/** Mirrors the core's rule: going back along the road to placement, or reopening a closed outcome. */
export function reasonNeeded(from: Mover, to: StageName, step: string | null, steps: string[]): boolean {
  if (to === 'rejected' || to === 'withdrawn' || isClosed(from.stage)) return true;
  if (isClosed(to)) return false;
  if (order(to) !== order(from.stage)) return order(to) < order(from.stage);
  return steps.indexOf(step ?? '') < steps.indexOf(from.step ?? '');
}

export function moveNeeds(from: Mover, to: StageName, steps: string[]): MoveNeeds {
  const step = to === 'interviewing' && steps.length > 1;
  return { step, reason: reasonNeeded(from, to, nextStep(from, steps), steps), placement: to === 'placed' };
}

export const needsNothing = (needs: MoveNeeds) => !needs.step && !needs.reason && !needs.placement;

/** Whether a stage can be chosen at all: not where it already is, unless another interview step awaits. */
export function canMoveTo(from: Mover, to: StageName, steps: string[]): boolean {
  return to !== from.stage || (to === 'interviewing' && steps.length > 1);
}

export const moveTargets = { open: openStages, closed: closedStages, all: stages } as const;
