import { ArrowDownUp, BookmarkPlus, FilterX, Rows3 } from 'lucide-react';
import { memo, useState } from 'react';
import { SaveSearchDialog } from '../lists/SaveSearchDialog';
import { Button } from '../ui/Button';
import { stageLabels, stages, type StageName } from '../../src/api/submissions';
import { Field } from '../ui/Field';
import { TagInput } from '../ui/TagInput';
import { SearchBox } from '../ui/SearchBox';
import { focusFirstCandidate } from './CandidateList';
import {
  activeFilterCount,
  clearCandidateFilters,
  setCandidateFilters,
  setCandidateQuery,
  setCandidateSort,
  toggleDensity,
  useCandidateList,
  type CandidateSort,
} from './candidateListStore';

const SEARCH_ID = 'candidate-search';

export function focusCandidateSearch() {
  document.getElementById(SEARCH_ID)?.focus();
}

const sortLabels: Record<CandidateSort, string> = { updated: 'Recently updated', name: 'Name' };

/** Memoised: it reads the store itself, and need not render again each time a page of the list arrives. */
export const CandidatesToolbar = memo(function CandidatesToolbar() {
  const { query, sort, density, filters } = useCandidateList();
  const [saving, setSaving] = useState(false);
  return (
    <div className="candidate-toolbar" role="search" aria-label="Find candidates">
      <div className="toolbar">
        <SearchBox
          id={SEARCH_ID}
          label="Search candidates"
          placeholder='Search: a name, skill:java, -title:contract, "new york"'
          value={query}
          onChange={setCandidateQuery}
          onArrowDown={focusFirstCandidate}
        />

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
        <Button icon={Rows3} aria-pressed={density === 'compact'} onClick={toggleDensity}>
          Compact rows
        </Button>
        <Button icon={BookmarkPlus} onClick={() => setSaving(true)}>
          Save search
        </Button>
      </div>
      {saving && (
        <SaveSearchDialog
          filters={{ ...filters, updatedSince: filters.updatedSince || null, query }}
          onClose={() => setSaving(false)}
        />
      )}
      <CandidateFilterBar />
    </div>
  );
});

/** Skills, place, stage, owner and freshness: each narrows the list, together with the search box. */
function CandidateFilterBar() {
  const filters = useCandidateList((s) => s.filters);
  const active = activeFilterCount(filters);
  return (
    <div className="candidate-filters" role="group" aria-label="Filters">
      <div className="candidate-filter candidate-filter--skills">
        <TagInput
          id="filter-skills"
          label="Skills (all of)"
          values={filters.skills}
          onChange={(skills) => setCandidateFilters({ skills })}
          placeholder="Add a skill, press Enter"
        />
      </div>
      <Field label="Location" controlId="filter-location" className="candidate-filter">
        <input
          id="filter-location"
          className="input"
          placeholder="Any"
          value={filters.location}
          autoComplete="off"
          onChange={(e) => setCandidateFilters({ location: e.target.value })}
        />
      </Field>
      <Field label="Latest stage" controlId="filter-stage" className="candidate-filter">
        <select
          id="filter-stage"
          className="input select"
          value={filters.stage ?? ''}
          onChange={(e) => setCandidateFilters({ stage: (e.target.value || null) as StageName | null })}
        >
          <option value="">Any stage</option>
          {stages.map((stage) => (
            <option key={stage} value={stage}>
              {stageLabels[stage]}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Owner" controlId="filter-owner" className="candidate-filter">
        <input
          id="filter-owner"
          className="input"
          placeholder="Anyone"
          value={filters.owner}
          autoComplete="off"
          onChange={(e) => setCandidateFilters({ owner: e.target.value })}
        />
      </Field>
      <Field label="Updated since" controlId="filter-updated" className="candidate-filter candidate-filter--date">
        <input
          id="filter-updated"
          type="date"
          className="input"
          value={filters.updatedSince}
          onChange={(e) => setCandidateFilters({ updatedSince: e.target.value })}
        />
      </Field>
      <button
        type="button"
        className="button button--ghost candidate-filters-clear"
        disabled={active === 0}
        onClick={clearCandidateFilters}
      >
        <FilterX size={15} aria-hidden className="button-icon" />
        <span>Clear filters{active > 0 && <span className="candidate-filters-count"> ({active})</span>}</span>
      </button>
    </div>
  );
}
