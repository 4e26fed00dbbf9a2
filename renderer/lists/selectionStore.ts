import { create } from 'zustand';
import type { CandidateFilters, ClientFilters, JobFilters, Selection } from '../../src/api/bulk';
import type { Taggable } from '../../src/api/tags';
import { listOrder } from './listOrder';

/** A list's search and filters, for the lists whose "all that match" the core resolves. */
export type Matching =
  | { kind: 'candidate'; filters: CandidateFilters }
  | { kind: 'client'; filters: ClientFilters }
  | { kind: 'job'; filters: JobFilters };

/**
 * The records ticked in the list on screen (candidates, clients, jobs, a client's contacts, a
 * shortlist, a board column: one at a time, so one store). Picked one by one, it holds their ids;
 * "all that match" holds none but the ones unticked since, so selecting 100,000 costs the window
 * nothing: the core resolves the search and filters when an action runs. Another list, or a
 * change of search or filters, starts over.
 */
interface SelectionState {
  /** What the ticked records are. */
  kind: Taggable;
  /** Everything matching the list's filters, except `ids`; otherwise just `ids`. */
  all: boolean;
  ids: ReadonlySet<string>;
  /** Where a shift-click range starts. */
  anchor: string | null;
  /** Which list, with its search and filters (JSON), the selection was made in. */
  listKey: string;
}

const nothing = { all: false, ids: new Set<string>(), anchor: null } as const;

export const useSelection = create<SelectionState>(() => ({ kind: 'candidate', ...nothing, listKey: '' }));

export const isSelected = (s: SelectionState, id: string) => s.all !== s.ids.has(id);

export const selectedCount = (s: SelectionState, total: number) => (s.all ? Math.max(0, total - s.ids.size) : s.ids.size);

export function clearSelection(): void {
  useSelection.setState(nothing);
}

/** Called by a list with what it shows and its current search and filters: a different list is a new selection. */
export function followList(kind: Taggable, listKey: string): void {
  const key = `${kind}:${listKey}`;
  if (useSelection.getState().listKey !== key) useSelection.setState({ kind, ...nothing, listKey: key });
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
export function selectRange(id: string, order: readonly string[] = listOrder.ids): void {
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

/**
 * Everything that matches: left to the core where the list has filters it can resolve; a list
 * that shows all it holds (contacts, a shortlist, a board column) ticks every row it shows.
 */
export function selectAllMatching(resolvedInCore = true): void {
  if (resolvedInCore) useSelection.setState({ all: true, ids: new Set(), anchor: null });
  else useSelection.setState({ all: false, ids: new Set(listOrder.ids), anchor: null });
}

/** The selection as the core reads it. */
export function toSelection(s: SelectionState, matching: Matching | null): Selection {
  if (s.all && matching) return { kind: matching.kind, matching: matching.filters, except: [...s.ids] } as Selection;
  return { kind: s.kind, ids: [...s.ids] };
}
