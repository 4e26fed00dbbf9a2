import type { BoardCard } from '../../../src/api/submissions';

export type BoardSort = 'board' | 'longest' | 'name';

export const boardSortLabels: Record<BoardSort, string> = {
  board: 'Newest in stage first',
  longest: 'Longest in stage first',
  name: 'Name',
};

/** A column's cards as the recruiter asked to see them: those whose name or title holds the filter, in their order. */
export function arrangeCards(cards: BoardCard[], filter: string, sort: BoardSort): BoardCard[] {
  const words = filter.trim().toLowerCase();
  const shown = words === '' ? cards : cards.filter((c) => `${c.candidateName} ${c.currentTitle ?? ''}`.toLowerCase().includes(words));
  if (sort === 'board') return shown;
  const sorted = [...shown];
  if (sort === 'name') sorted.sort((a, b) => a.candidateName.localeCompare(b.candidateName));
  else sorted.sort((a, b) => a.stageSince.localeCompare(b.stageSince));
  return sorted;
}
