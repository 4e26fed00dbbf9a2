import { create } from 'zustand';
import type { Selection } from '../../src/api/bulk';
import type { CandidateFilters as ListFilters } from '../../src/api/bulk';

/**
 * The candidates ticked in the list. Picked one by one, it holds their ids; "all that match"
 * holds none but the ones unticked since, so selecting 100,000 costs the window nothing: the core
 * resolves the search and filters when an action runs. Changing the search or filters starts over.
 */
interface SelectionState {
  /** Everything matching `filters`, except `ids`; otherwise just `ids`. */
  all: boolean;
  ids: ReadonlySet<string>;
  /** Where a shift-click range starts. */
  anchor: string | null;
  /** The list's search and filters the selection was made in (JSON), to start over when they change. */
  listKey: string;
}

export const useSelection = create<SelectionState>(() => ({ all: false, ids: new Set(), anchor: null, listKey: '' }));

export const isSelected = (s: SelectionState, id: string) => s.all !== s.ids.has(id);

export const selectedCount = (s: SelectionState, total: number) => (s.all ? Math.max(0, total - s.ids.size) : s.ids.size);

export function clearSelection(): void {
  useSelection.setState({ all: false, ids: new Set(), anchor: null });
}

/** Called by the list with its current search and filters: a different list is a new selection. */
export function followList(listKey: string): void {
  if (useSelection.getState().listKey !== listKey) useSelection.setState({ all: false, ids: new Set(), anchor: null, listKey });
}

export function toggle(id: string): void {
  useSelection.setState((s) => {
    const ids = new Set(s.ids);
    if (ids.has(id)) ids.delete(id);
    else ids.add(id);
    return { ids, anchor: id };
  });
}

/** Shift-click: everything between the last row clicked and this one takes this one's new state. */
export function selectRange(id: string, order: readonly string[]): void {
  const s = useSelection.getState();
  const from = s.anchor === null ? -1 : order.indexOf(s.anchor);
  const to = order.indexOf(id);
  if (from === -1 || to === -1) return toggle(id);
  const select = !isSelected(s, id);
  const ids = new Set(s.ids);
  for (const rowId of order.slice(Math.min(from, to), Math.max(from, to) + 1)) {
    // In "all" mode the set holds the unticked, so ticking removes from it.
    if (select !== s.all) ids.add(rowId);
    else ids.delete(rowId);
  }
  useSelection.setState({ ids, anchor: id });
}

export function selectAllMatching(): void {
  useSelection.setState({ all: true, ids: new Set(), anchor: null });
}

/** The selection as the core reads it. */
export function toSelection(s: SelectionState, filters: ListFilters): Selection {
  return s.all ? { kind: 'candidate', matching: filters, except: [...s.ids] } : { kind: 'candidate', ids: [...s.ids] };
}
