import { Building2, Plus, SearchX } from 'lucide-react';
import { useEffect } from 'react';
import { useLocation } from 'wouter';
import { usePages } from '../api/usePages';
import { paths } from '../app/paths';
import { CsvExportButton } from '../csv/CsvExportButton';
import { CsvImportLink } from '../csv/CsvImportLink';
import { clientsExport } from '../csv/listExports';
import { BulkBar } from '../lists/BulkBar';
import { followList } from '../lists/selectionStore';
import { Button } from '../ui/Button';
import { EmptyState } from '../ui/EmptyState';
import { ListPage } from '../ui/ListPage';
import { useDebounced } from '../ui/useDebounced';
import { useShortcut } from '../ui/useShortcut';
import { ClientFormDialog } from './ClientFormDialog';
import { clearClientFilters, setCreatingClient, useClientList } from './clientListStore';
import { ClientList } from './ClientList';
import { ClientsToolbar, focusClientSearch } from './ClientsToolbar';

/** Fast enough to feel live, slow enough not to search on every key of a name. */
const SEARCH_PAUSE_MS = 150;

export function ClientsPage() {
  const { query, status, tag, sort, creating } = useClientList();
  const [, navigate] = useLocation();
  const settledQuery = useDebounced(query, SEARCH_PAUSE_MS);
  const settledTag = useDebounced(tag, SEARCH_PAUSE_MS);
  const filters = { query: settledQuery, status, tag: settledTag };
  const { items, total, error, hasMore, loadMore } = usePages('clients.list', { ...filters, sort });
  // A selection belongs to the search and filters it was made in.
  useEffect(() => followList('client', JSON.stringify(filters)));
  const filtered = settledQuery.trim() !== '' || status !== null || settledTag.trim() !== '';
  // Searching and filtering an empty book would only be noise.
  const noClientsYet = items !== undefined && total === 0 && !filtered && query === '';

  useShortcut('n', () => setCreatingClient(true));
  useShortcut('/', focusClientSearch);

  const newClient = (
    <Button variant="primary" icon={Plus} shortcut="N" onClick={() => setCreatingClient(true)}>
      New client
    </Button>
  );

  return (
    <ListPage
      title="Clients"
      loaded={items !== undefined}
      error={error}
      total={total}
      count={items === undefined ? undefined : countLabel(total, filtered)}
      emptyBook={
        noClientsYet ? (
          <EmptyState
            icon={Building2}
            title="No clients yet"
            action={
              <>
                {newClient}
                <CsvImportLink kind="clients" />
              </>
            }
          >
            <p>
              Add the companies you recruit for, with their hiring managers and HR contacts, your fee terms, and the
              notes that keep each relationship warm.
            </p>
          </EmptyState>
        ) : null
      }
      noMatch={
        <EmptyState
          icon={SearchX}
          title="No clients match"
          action={
            <Button variant="secondary" onClick={clearClientFilters}>
              Clear search and filters
            </Button>
          }
        >
          <p>
            Nothing matches {settledQuery.trim() ? `“${settledQuery.trim()}”` : 'this filter'}
            {settledTag.trim() ? ` tagged “${settledTag.trim()}”` : ''}. Try a shorter name, an industry or a city.
          </p>
        </EmptyState>
      }
      actions={
        <>
          <CsvImportLink kind="clients" />
          <CsvExportButton input={clientsExport} />
          {newClient}
        </>
      }
      toolbar={
        <>
          <ClientsToolbar />
          <BulkBar matching={{ kind: 'client', filters }} total={total} />
        </>
      }
      list={items && <ClientList items={items} total={total} hasMore={hasMore} loadMore={loadMore} />}
    >
      {creating && (
        <ClientFormDialog
          onClose={() => setCreatingClient(false)}
          onSaved={(client) => {
            setCreatingClient(false);
            navigate(paths.client(client.id));
          }}
        />
      )}
    </ListPage>
  );
}

function countLabel(total: number, filtered: boolean): string {
  const clients = `${total.toLocaleString()} ${total === 1 ? 'client' : 'clients'}`;
  return filtered ? `${clients} match` : clients;
}
