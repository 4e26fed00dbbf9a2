import { z } from 'zod';
import { CandidateFilters } from './bulk';
import { Id, requiredText } from './common';

export const SavedSearchSaveInput = z.strictObject({
  /** Saving under an existing search's id replaces it. */
  id: Id.nullable().default(null),
  name: requiredText(80, 'Name the search'),
  filters: CandidateFilters,
});

export interface SavedSearch {
  id: string;
  name: string;
  list: 'candidates';
  filters: z.output<typeof CandidateFilters>;
  /** Candidates matching it now. */
  count: number;
}
