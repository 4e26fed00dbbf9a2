import { create } from 'zustand';
import type { BulkSummary } from '../../src/api/bulk';
import type { Input } from '../../src/api/contract';
import { asApiError, change } from '../api/data';
import { showToast } from '../ui/toasts';
import { clearSelection } from './selectionStore';

type BulkMethod =
  | 'bulk.tag'
  | 'bulk.untag'
  | 'bulk.addToShortlist'
  | 'bulk.removeFromShortlist'
  | 'bulk.submit'
  | 'bulk.note'
  | 'bulk.followUp'
  | 'bulk.setOwner'
  | 'bulk.trash'
  | 'shortlists.submit';

/** The last action's summary, while its list of records left alone is open. */
export const useBulkResult = create<{ summary: BulkSummary | null }>(() => ({ summary: null }));

/**
 * Runs a bulk action, then says what it did with Undo beside it; what it left alone, record by
 * record, opens in a dialog. Returns whether it ran (an error is shown, and nothing was changed).
 */
export async function runBulk<M extends BulkMethod>(method: M, input: Input<M>): Promise<boolean> {
  let summary: BulkSummary;
  try {
    summary = (await change(method, input)) as BulkSummary;
  } catch (error) {
    showToast({ message: asApiError(error).message, tone: 'error' });
    return false;
  }
  if (method !== 'shortlists.submit') clearSelection();
  const token = summary.undo;
  showToast({
    message: summary.message,
    action: token ? { label: 'Undo', run: () => undo(token) } : undefined,
  });
  if (summary.skippedCount > 0) useBulkResult.setState({ summary });
  return true;
}

/** Undoes an action; what could not come back (a client whose name was taken since) opens in the same dialog. */
async function undo(token: string): Promise<void> {
  try {
    const summary = await change('bulk.undo', { token });
    showToast({ message: summary.message });
    if (summary.skippedCount > 0) useBulkResult.setState({ summary });
  } catch (error) {
    showToast({ message: asApiError(error).message, tone: 'error' });
  }
}
