import { isClosed, openStages, type StageName } from '../api/submissions';
import type { Move, SubmissionFacts } from './facts';

/** Each stage's place along the road (closed outcomes: -1), looked up for every submission of a year. */
const places: Record<string, number> = Object.fromEntries(openStages.map((stage, i) => [stage, i]));
const order = (stage: StageName) => places[stage] ?? -1;

/**
 * What the reports read of a submission's history, as the table submission_progress keeps it
 * (migration 26): where it stands, and the milestones of its road.
 */
export interface Progress {
  /** Its latest move in clock order. */
  now: Move;
  /** When the move before it was made; null with one move. */
  beforeAt: string | null;
  /** Its first move to submitted or past it along the road. */
  submittedAt: string | null;
  /** How far along the road it ever got (the place in openStages); -1 with only closed moves. */
  furthest: number;
  /** Its first move to offer, and the move after that one (the candidate's answer). */
  offerAt: string | null;
  offerAnsweredAt: string | null;
}

/** The same worked out from the moves in clock order (the 'whole' scope, the tests' yardstick). */
export function progressOf(moves: readonly Move[]): Progress {
  const offer = moves.findIndex((m) => m.stage === 'offer');
  return {
    now: moves.at(-1)!,
    beforeAt: moves.at(-2)?.at ?? null,
    submittedAt: moves.find((m) => !isClosed(m.stage) && order(m.stage) >= order('submitted'))?.at ?? null,
    furthest: Math.max(-1, ...moves.map((m) => order(m.stage))),
    offerAt: offer >= 0 ? moves[offer]!.at : null,
    offerAnsweredAt: offer >= 0 ? (moves[offer + 1]?.at ?? null) : null,
  };
}

/**
 * Whether it got to `stage` or past it along the road (a submission may skip client reviewing).
 * A move backwards afterwards does not undo having got there; closed outcomes are no step on it.
 */
export const reached = (submission: SubmissionFacts, stage: StageName) => submission.progress.furthest >= order(stage);

/** When it was first presented to the client: its first move to submitted or past it. */
export const submittedAt = (submission: SubmissionFacts) => submission.progress.submittedAt;

/** Stages a submission waits in; placed is where the road ends. */
export const waitingStages: readonly StageName[] = openStages.filter((stage) => stage !== 'placed');
export const isWaiting = (stage: StageName) => waitingStages.includes(stage);

/** Where it stands: its latest move. */
export const current = (submission: SubmissionFacts): Move => submission.progress.now;

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
