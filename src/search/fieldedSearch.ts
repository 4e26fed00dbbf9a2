import { CandidateListInput } from '../api/candidates';
import type { ParsedInput } from '../api/contract';
import type { SearchResult } from '../api/search';
import { listCandidates } from '../candidates/candidateList';
import type { Core } from '../db/core';

/**
 * The quick switcher's answer to a query in the search syntax (fields, OR, exclusions, phrases):
 * the candidates the list would show for it, newest first. Fields describe candidates, so a
 * fielded query finds candidates only.
 */
export function fieldedSearch(core: Core, input: ParsedInput<'search.query'>): SearchResult[] {
  if (input.kinds !== null && !input.kinds.includes('candidate')) return [];
  const page = listCandidates(core, CandidateListInput.parse({ query: input.query, limit: input.limit }), { count: false });
  return page.items.map((c) => ({
    kind: 'candidate',
    id: c.id,
    title: c.name,
    context: [c.currentTitle, c.currentEmployer].filter(Boolean).join(' at ') || null,
    snippet: '',
    open: { kind: 'candidate', id: c.id },
  }));
}
