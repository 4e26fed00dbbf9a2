import type { Core } from '../../db/core';
import { catchUpSearchIndex } from '../../search/searchIndex';

/**
 * Records indexed per step of an import's catch-up (10–40 ms here, as loaded): between steps it
 * looks for a waiting call. 20,000 candidates caught up in one go took 0.3–0.5 s, and a call
 * that came meanwhile waited for all of it.
 */
const SLICE_RECORDS = 500;

/** Lets the event loop answer the window (and progress calls) between chunks. */
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Brings the search index up to date with what an import wrote, a slice of the queue at a time,
 * letting in a call that waits between slices. The slices run in one transaction until a call
 * waits or `ms` have passed: FTS5 writes what a transaction indexed as a segment of its own when
 * it commits, and merges segments as they pile up, so each commit costs; a call that waits ends
 * the transaction, and the rest goes on once it has been answered. A slice a call interrupts
 * leaves nothing half-done: each is whole, its records taken off the queue with their entries.
 */
export async function catchUpBetweenCalls(core: Core, callsWaiting: () => boolean, ms: number): Promise<void> {
  const someSlices = core.db.transaction(() => {
    const started = performance.now();
    for (;;) {
      const more = catchUpSearchIndex(core, SLICE_RECORDS);
      if (!more) return false;
      if (callsWaiting() || performance.now() - started >= ms) return true;
    }
  });
  while (someSlices.immediate()) await nextTurn();
}
