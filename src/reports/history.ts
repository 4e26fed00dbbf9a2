import { isClosed, openStages, type StageName } from '../api/submissions';
import type { Move, SubmissionFacts } from './facts';

const order = (stage: StageName) => (openStages as readonly StageName[]).indexOf(stage);

/**
 * The first move at `stage` or past it along the road (a submission may skip client reviewing).
 * A move backwards afterwards does not undo having got there; closed outcomes are no step on it.
 */
export function firstReach(submission: SubmissionFacts, stage: StageName): Move | undefined {
  const target = order(stage);
  return submission.moves.find((move) => !isClosed(move.stage) && order(move.stage) >= target);
}

/** Stages that count as presented to the client: submitted or past it, closed outcomes aside. */
export const reachStages: readonly StageName[] = openStages.slice(openStages.indexOf('submitted'));

/** Stages a submission waits in; placed is where the road ends. */
export const waitingStages: readonly StageName[] = openStages.filter((stage) => stage !== 'placed');
export const isWaiting = (stage: StageName) => waitingStages.includes(stage);

/** Where it stands: its latest move. */
export const current = (submission: SubmissionFacts): Move => submission.moves.at(-1)!;

/** A placement that stands is a submission whose latest move is to placed. */
export const isPlaced = (submission: SubmissionFacts) => current(submission).stage === 'placed';

/** The month of a day: 2026-11-22 → 2026-11. */
export const monthOf = (day: string) => day.slice(0, 7);

/** Every month from the one holding `from` to the one holding `to`. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  const last = monthOf(to);
  for (;;) {
    const label = `${year}-${String(month).padStart(2, '0')}`;
    months.push(label);
    if (label >= last) return months;
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
}

/** Items grouped by a key, in the order each key was first met. */
export function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): [K, T[]][] {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups];
}
