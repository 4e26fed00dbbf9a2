import { ListOrdered, Search } from 'lucide-react';
import { Link, useLocation } from 'wouter';
import { useData } from '../api/data';
import { paths } from '../app/paths';
import { showSavedSearch } from '../candidates/candidateListStore';
import '../styles/selection.css';

/**
 * The recruiter's shortlists and saved searches in the sidebar, each with how many it holds now
 * (a saved search is counted again after every change, so its count follows the data).
 */
export function ListsNav() {
  const [location, navigate] = useLocation();
  const shortlists = useData('shortlists.list', {});
  const searches = useData('savedSearches.list', {});
  const lists = shortlists.data ?? [];
  const saved = searches.data ?? [];
  if (lists.length === 0 && saved.length === 0) return null;
  return (
    <>
      {lists.length > 0 && (
        <section className="nav-group" aria-label="Shortlists">
          <h2 className="nav-group-title">Shortlists</h2>
          <ul className="nav">
            {lists.map((list) => (
              <li key={list.id}>
                <Link href={paths.shortlist(list.id)} className="nav-link" aria-current={location === paths.shortlist(list.id) ? 'page' : undefined}>
                  <ListOrdered size={16} aria-hidden className="nav-icon" />
                  <span className="truncate">{list.name}</span>{' '}
                  <span className="nav-count">{list.count}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {saved.length > 0 && (
        <section className="nav-group" aria-label="Saved searches">
          <h2 className="nav-group-title">Saved searches</h2>
          <ul className="nav">
            {saved.map((search) => (
              <li key={search.id}>
                <button
                  type="button"
                  className="nav-link nav-button"
                  onClick={() => {
                    const { query, ...filters } = search.filters;
                    showSavedSearch(query, { ...filters, updatedSince: filters.updatedSince ?? '' });
                    navigate(paths.candidates);
                  }}
                >
                  <Search size={16} aria-hidden className="nav-icon" />
                  <span className="truncate">{search.name}</span>{' '}
                  <span className="nav-count">
                    {search.count.toLocaleString()}
                    <span className="sr-only"> match</span>
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
