import { create } from 'zustand';
import type { CandidateListInput } from '../../src/api/candidates';
import type { StageName } from '../../src/api/submissions';

export type CandidateSort = NonNullable<CandidateListInput['sort']>;

/** Narrow the list; each combines with the others and with the search box. */
export interface CandidateFilters {
  /** Every one of these skills. */
  skills: string[];
  location: string;
  /** The stage of their latest submission. */
  stage: StageName | null;
  owner: string;
  /** YYYY-MM-DD, or '' for any time. */
  updatedSince: string;
}

export const noFilters: CandidateFilters = { skills: [], location: '', stage: null, owner: '', updatedSince: '' };

interface CandidateListState {
  /** What is in the search box, as typed; the list follows it after a short pause. */
  query: string;
  filters: CandidateFilters;
  sort: CandidateSort;
  /** Compact rows show more candidates at once. */
  density: 'comfortable' | 'compact';
  creating: boolean;
}

/** Kept while the recruiter opens a candidate and comes back, so the list is as they left it. */
export const useCandidateList = create<CandidateListState>(() => ({
  query: '',
  filters: noFilters,
  sort: 'updated',
  density: 'comfortable',
  creating: false,
}));

export const setCandidateQuery = (query: string) => useCandidateList.setState({ query });
export const setCandidateFilters = (change: Partial<CandidateFilters>) =>
  useCandidateList.setState((s) => ({ filters: { ...s.filters, ...change } }));
export const clearCandidateFilters = () => useCandidateList.setState({ filters: noFilters });
export const setCandidateSort = (sort: CandidateSort) => useCandidateList.setState({ sort });
export const toggleDensity = () =>
  useCandidateList.setState((s) => ({ density: s.density === 'compact' ? 'comfortable' : 'compact' }));
/** Opens a saved search: its query and filters replace what the list had. */
export const showSavedSearch = (query: string, filters: CandidateFilters) => useCandidateList.setState({ query, filters });
export const setCreatingCandidate = (creating: boolean) => useCandidateList.setState({ creating });

/** How many filters are narrowing the list (for the Clear control and the count). */
export function activeFilterCount(filters: CandidateFilters): number {
  return (
    (filters.skills.length > 0 ? 1 : 0) +
    (filters.location.trim() ? 1 : 0) +
    (filters.stage ? 1 : 0) +
    (filters.owner.trim() ? 1 : 0) +
    (filters.updatedSince ? 1 : 0)
  );
}
