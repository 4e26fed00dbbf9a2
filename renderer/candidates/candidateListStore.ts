import { create } from 'zustand';
import type { CandidateListInput } from '../../src/api/candidates';

export type CandidateSort = NonNullable<CandidateListInput['sort']>;

interface CandidateListState {
  /** What is in the search box, as typed; the list follows it after a short pause. */
  query: string;
  sort: CandidateSort;
  creating: boolean;
}

/** Kept while the recruiter opens a candidate and comes back, so the list is as they left it. */
export const useCandidateList = create<CandidateListState>(() => ({ query: '', sort: 'updated', creating: false }));

export const setCandidateQuery = (query: string) => useCandidateList.setState({ query });
export const setCandidateSort = (sort: CandidateSort) => useCandidateList.setState({ sort });
export const setCreatingCandidate = (creating: boolean) => useCandidateList.setState({ creating });
