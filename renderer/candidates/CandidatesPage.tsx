import { FilterX, Plus, SearchX, UsersRound } from 'lucide-react';
import { useEffect, useMemo } from 'react';
import { useLocation } from 'wouter';
import { usePages } from '../api/usePages';
import { paths } from '../app/paths';
import { CsvExportButton } from '../csv/CsvExportButton';
import { CsvImportLink } from '../csv/CsvImportLink';
import { candidatesExport } from '../csv/listExports';
import { BulkBar } from '../lists/BulkBar';
import { followList } from '../lists/selectionStore';
import { Button } from '../ui/Button';
import { EmptyState } from '../ui/EmptyState';
import { ListPage } from '../ui/ListPage';
import { useDebounced } from '../ui/useDebounced';
import { useShortcut } from '../ui/useShortcut';
import '../styles/candidates.css';
import '../styles/selection.css';
import { CandidateFormDialog } from './CandidateFormDialog';
import { CandidateList } from './CandidateList';
import {
  activeFilterCount,
  clearCandidateFilters,
  setCandidateQuery,
  setCreatingCandidate,
  useCandidateList,
} from './candidateListStore';
import { CandidatesToolbar, focusCandidateSearch } from './CandidatesToolbar';

/** Fast enough to feel live, slow enough not to search on every key of a name. */
const SEARCH_PAUSE_MS = 150;

export function CandidatesPage() {
  const { query, filters, sort, creating } = useCandidateList();
  const [, navigate] = useLocation();
  // Typed text settles before it is asked for; a chosen skill or stage applies at once.
  const settledQuery = useDebounced(query, SEARCH_PAUSE_MS);
  const settledLocation = useDebounced(filters.location, SEARCH_PAUSE_MS);
  const owner = useDebounced(filters.owner, SEARCH_PAUSE_MS);
  const updatedSince = useDebounced(filters.updatedSince, SEARCH_PAUSE_MS);
  const listFilters = useMemo(
    () => ({
      query: settledQuery,
      skills: filters.skills,
      location: settledLocation,
      stage: filters.stage,
      owner,
      updatedSince: updatedSince || null,
    }),
    [settledQuery, filters.skills, settledLocation, filters.stage, owner, updatedSince],
  );
  const { items, total, error, hasMore, loadMore } = usePages('candidates.list', { ...listFilters, sort });
  // A selection belongs to the search and filters it was made in.
  useEffect(() => followList('candidate', JSON.stringify(listFilters)));
  const filtering = activeFilterCount(filters) > 0;
  const searching = settledQuery.trim() !== '';
  // Searching an empty book would only be noise.
  const noCandidatesYet = items !== undefined && total === 0 && !searching && query === '' && !filtering;

  const close = () => setCreatingCandidate(false);
  useShortcut('n', () => setCreatingCandidate(true));
  useShortcut('/', focusCandidateSearch);

  const newCandidate = (
    <Button variant="primary" icon={Plus} shortcut="N" onClick={() => setCreatingCandidate(true)}>
      New candidate
    </Button>
  );
  // The same elements while only the list's pages change: each page arriving mid-fling renders
  // the list alone, not the header's buttons and the bulk bar again.
  const actions = useMemo(
    () => (
      <>
        <CsvImportLink kind="candidates" />
        <CsvExportButton input={candidatesExport} />
        {newCandidate}
      </>
    ),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the button calls the store, the same each render
    [],
  );
  const toolbar = useMemo(
    () => (
      <>
        <CandidatesToolbar />
        <BulkBar matching={{ kind: 'candidate', filters: listFilters }} total={total} />
      </>
    ),
    [listFilters, total],
  );

  return (
    <ListPage
      title="Candidates"
      loaded={items !== undefined}
      error={error}
      total={total}
      count={items === undefined ? undefined : countLabel(total, searching || filtering)}
      emptyBook={
        noCandidatesYet ? (
          <EmptyState
            icon={UsersRound}
            title="No candidates yet"
            action={
              <>
                {newCandidate}
                <CsvImportLink kind="candidates" />
              </>
            }
          >
            <p>
              Add the people you screen: how to reach them, what they want, their resumes, and your screening notes.
              Then submit the best to your clients’ jobs.
            </p>
          </EmptyState>
        ) : null
      }
      noMatch={
        <EmptyState
          icon={SearchX}
          title="No candidates match"
          action={
            filtering ? (
              <Button variant="secondary" icon={FilterX} onClick={clearCandidateFilters}>
                Clear filters
              </Button>
            ) : (
              <Button variant="secondary" onClick={() => setCandidateQuery('')}>
                Show all candidates
              </Button>
            )
          }
        >
          {filtering ? (
            <p>
              Nobody {searching ? `matching “${settledQuery.trim()}” ` : ''}meets every filter. Loosen a filter, or clear
              them all.
            </p>
          ) : (
            <p>Nothing matches “{settledQuery.trim()}”. Try part of a name, a job title or an employer.</p>
          )}
        </EmptyState>
      }
      actions={actions}
      toolbar={toolbar}
      list={items && <CandidateList items={items} total={total} hasMore={hasMore} loadMore={loadMore} />}
    >
      {creating && (
        <CandidateFormDialog
          onClose={close}
          onSaved={(candidate) => {
            close();
            navigate(paths.candidate(candidate.id));
          }}
          onOpenExisting={(match) => {
            close();
            navigate(paths.candidate(match.id));
          }}
        />
      )}
    </ListPage>
  );
}

function countLabel(total: number, searching: boolean): string {
  const candidates = `${total.toLocaleString()} ${total === 1 ? 'candidate' : 'candidates'}`;
  return searching ? `${candidates} match` : candidates;
}
