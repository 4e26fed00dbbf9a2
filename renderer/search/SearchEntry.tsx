import { Search } from 'lucide-react';
import { openSwitcher } from './switcherStore';

/** The sidebar's way into the quick switcher, for a recruiter who does not know Ctrl+K yet. */
export function SearchEntry() {
  return (
    <button type="button" className="nav-link nav-search" onClick={openSwitcher}>
      <Search size={16} aria-hidden className="nav-icon" />
      Search
      <kbd className="kbd nav-search-key" aria-hidden>
        Ctrl K
      </kbd>
    </button>
  );
}
