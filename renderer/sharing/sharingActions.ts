import type { Conflict, ConflictSide, DuplicateCandidate, ErasureSummary } from '../../src/api/sharing';
import { call } from '../api/client';
import { change, useDataVersion } from '../api/data';
import { showToast } from '../ui/toasts';
import { refreshReviewCounts } from './reviewCounts';

const quoted = (value: string | null) => (value === null ? 'nothing' : `“${value}”`);

// The review lists read themselves again after these changes, and update the sidebar's count.

/** Keeps one side of a conflict; the choice is a change like any other, and travels with the next export. */
export async function keepConflictSide(conflict: Conflict, side: ConflictSide): Promise<void> {
  await change('conflicts.resolve', { id: conflict.id, keep: side });
  showToast({ message: `${conflict.recordName}, ${conflict.fieldLabel}: kept ${quoted(conflict[side].value)}` });
}

/** One person entered twice: everything of `drop` moves to `keep`, and `drop` goes to the trash. */
export async function mergeDuplicates(keep: DuplicateCandidate, drop: DuplicateCandidate): Promise<void> {
  await change('candidates.merge', { keepId: keep.id, dropId: drop.id });
  showToast({ message: `Merged into ${keep.name}; the other record is in the trash` });
}

/** "Not the same person": the pair leaves the list, here and for colleagues after the next export. */
export async function tellApart(a: DuplicateCandidate, b: DuplicateCandidate): Promise<void> {
  await change('duplicates.dismiss', { ids: [a.id, b.id] });
  showToast({ message: `${a.name} and ${b.name} are kept as different people` });
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

/**
 * The right to be forgotten. `leave` runs before the screen reloads, since the page showing the
 * candidate is about to have nothing to show.
 */
export async function eraseCandidate(candidate: { id: string; name: string }, leave: () => void): Promise<ErasureSummary> {
  const summary = await call('candidates.erase', { id: candidate.id });
  leave();
  useDataVersion.setState((s) => ({ version: s.version + 1 }));
  void refreshReviewCounts();
  const along = summary.records + summary.files > 0
    ? ` with ${plural(summary.records, 'record', 'records')} and ${plural(summary.files, 'file', 'files')} about them`
    : '';
  showToast({ message: `${candidate.name} was erased for good${along}` });
  return summary;
}
