import { ArrowDownUp, Search, X } from 'lucide-react';
import { focusFirstCandidate } from './CandidateList';
import { setCandidateQuery, setCandidateSort, useCandidateList, type CandidateSort } from './candidateListStore';

const SEARCH_ID = 'candidate-search';

export function focusCandidateSearch() {
  document.getElementById(SEARCH_ID)?.focus();
}

const sortLabels: Record<CandidateSort, string> = { updated: 'Recently updated', name: 'Name' };

export function CandidatesToolbar() {
  const { query, sort } = useCandidateList();
  return (
    <div className="toolbar" role="search" aria-label="Find candidates">
      <div className="search">
        <Search size={15} className="search-icon" aria-hidden />
        <input
          id={SEARCH_ID}
          type="search"
          className="input search-input"
          aria-label="Search candidates"
          placeholder="Search by name, title or employer"
          value={query}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => setCandidateQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              focusFirstCandidate();
            } else if (e.key === 'Escape' && query) {
              setCandidateQuery('');
            }
          }}
        />
        {query ? (
          <button type="button" className="icon-button search-clear" aria-label="Clear search" onClick={() => setCandidateQuery('')}>
            <X size={14} aria-hidden />
          </button>
        ) : (
          <kbd className="kbd search-kbd" aria-hidden>
            /
          </kbd>
        )}
      </div>

      <label className="sort">
        <ArrowDownUp size={14} aria-hidden className="sort-icon" />
        <select
          aria-label="Sort candidates by"
          className="input select sort-select"
          value={sort}
          onChange={(e) => setCandidateSort(e.target.value as CandidateSort)}
        >
          {Object.entries(sortLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
