import { ArrowDownUp } from 'lucide-react';
import { clientStatuses, type ClientStatus } from '../../src/api/clients';
import { statusLabels } from '../ui/StatusBadge';
import { SearchBox } from '../ui/SearchBox';
import { focusFirstClient } from './ClientList';
import { TagFilter } from '../lists/TagFilter';
import { setClientQuery, setClientSort, setClientStatus, setClientTag, useClientList, type ClientSort } from './clientListStore';

const SEARCH_ID = 'client-search';

export function focusClientSearch() {
  document.getElementById(SEARCH_ID)?.focus();
}

const statusChoices: [ClientStatus | null, string][] = [[null, 'All'], ...clientStatuses.map((s) => [s, statusLabels[s]] as [ClientStatus, string])];

const sortLabels: Record<ClientSort, string> = { name: 'Name', updated: 'Recently updated' };

export function ClientsToolbar() {
  const { query, status, tag, sort } = useClientList();
  return (
    <div className="toolbar" role="search">
      <SearchBox
        id={SEARCH_ID}
        label="Search clients"
        placeholder="Search by name, industry or location"
        value={query}
        onChange={setClientQuery}
        onArrowDown={focusFirstClient}
      />

      <fieldset className="segmented">
        <legend className="sr-only">Status</legend>
        {statusChoices.map(([value, label]) => (
          <label key={label} className="segment">
            <input
              type="radio"
              name="client-status"
              checked={status === value}
              onChange={() => setClientStatus(value)}
            />
            <span>{label}</span>
          </label>
        ))}
      </fieldset>

      <TagFilter kind="client" value={tag} onChange={setClientTag} />

      <label className="sort">
        <ArrowDownUp size={14} aria-hidden className="sort-icon" />
        <span className="sr-only">Sort clients by</span>
        <select className="input select sort-select" value={sort} onChange={(e) => setClientSort(e.target.value as ClientSort)}>
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
