import { useEffect } from 'react';
import { create } from 'zustand';
import { call } from '../api/client';

interface ReviewCounts {
  conflicts?: number;
  duplicates?: number;
}

const DUPLICATES_KEY = 'shortlist:likely-duplicates';

function cachedDuplicates(): number | undefined {
  try {
    const count = Number(localStorage.getItem(DUPLICATES_KEY) ?? Number.NaN);
    return Number.isInteger(count) && count >= 0 ? count : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What waits for review after imports, for the sidebar's badge. Not re-read after every change,
 * as the follow-ups due are: finding likely duplicates reads every candidate's lookup keys (about
 * a second at 100,000 candidates, with the core busy meanwhile). Conflicts are read when the app
 * opens; likely duplicates when the Sharing screens show them and after an import or an erasure,
 * and the last count is remembered on this computer for the next opening.
 */
export const useReviewCounts = create<ReviewCounts>(() => ({ duplicates: cachedDuplicates() }));

export function setReviewCount(kind: keyof ReviewCounts, count: number): void {
  if (kind === 'duplicates') {
    try {
      localStorage.setItem(DUPLICATES_KEY, String(count));
    } catch {
      // Without storage the count is simply read again next time.
    }
  }
  if (useReviewCounts.getState()[kind] !== count) useReviewCounts.setState({ [kind]: count });
}

/** Reads the counts again: the conflicts, and the likely duplicates too unless told not to. */
export async function refreshReviewCounts({ duplicates = true } = {}): Promise<void> {
  try {
    const [conflictList, pairs] = await Promise.all([
      call('conflicts.list', {}),
      duplicates ? call('duplicates.list', {}) : Promise.resolve(null),
    ]);
    setReviewCount('conflicts', conflictList.length);
    if (pairs) setReviewCount('duplicates', pairs.length);
  } catch {
    // The badge is a hint: without an answer it stays as it was.
  }
}

/** Conflicts and likely duplicates waiting, together. */
export function useReviewTotal(): number {
  useEffect(() => {
    void refreshReviewCounts({ duplicates: false });
  }, []);
  return useReviewCounts((s) => (s.conflicts ?? 0) + (s.duplicates ?? 0));
}
