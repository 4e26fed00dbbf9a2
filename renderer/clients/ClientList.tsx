import type { ClientSummary } from '../../src/api/clients';
import { useListOrder } from '../lists/listOrder';
import { SelectHead } from '../lists/SelectRow';
import { focusFirstRow, VirtualList } from '../ui/VirtualList';
import { ClientRow } from './ClientRow';

const LIST_ID = 'client-list';
const ROW_HEIGHT = 52;

export const focusFirstClient = () => focusFirstRow(LIST_ID);

const clientKey = (client: ClientSummary) => client.id;
// Out here, so it is the same function every render (see VirtualList's renderRow).
const clientRow = (client: ClientSummary) => <ClientRow client={client} />;

interface ClientListProps {
  items: ClientSummary[];
  total: number;
  hasMore: boolean;
  loadMore: (near: boolean) => void;
}

export function ClientList(props: ClientListProps) {
  useListOrder(props.items);
  return (
    <VirtualList
      id={LIST_ID}
      label="Clients"
      rowHeight={ROW_HEIGHT}
      head={
        <SelectHead>
          <div className="client-columns">
            <span>Name</span>
            <span>Industry</span>
            <span>Location</span>
            <span>Status</span>
            <span className="numeric">Contacts</span>
          </div>
        </SelectHead>
      }
      rowKey={clientKey}
      renderRow={clientRow}
      {...props}
    />
  );
}
