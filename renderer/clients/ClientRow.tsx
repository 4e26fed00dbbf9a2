import { Link } from 'wouter';
import type { ClientSummary } from '../../src/api/clients';
import { paths } from '../app/paths';
import { RowTags } from '../lists/RowTags';
import { SelectRow } from '../lists/SelectRow';
import { StatusBadge } from '../ui/StatusBadge';
import { Initials } from '../ui/Initials';

/** One client: a checkbox to select it (Ctrl/Cmd-click, Shift-click and Space on the row too), and a link to open it. */
export function ClientRow({ client }: { client: ClientSummary }) {
  return (
    <SelectRow id={client.id} name={client.name}>
      {(select) => (
        <Link href={paths.client(client.id)} className="list-row client-columns" {...select}>
          <span className="client-row-name">
            <Initials name={client.name} />
            <span className="truncate">{client.name}</span>
            <RowTags tags={client.tags} />
          </span>
          <span className="client-row-muted truncate">{client.industry ?? '—'}</span>
          <span className="client-row-muted truncate">
            {client.location ? (
              <>
                <span className="row-icon row-icon--location" aria-hidden />
                {client.location}
              </>
            ) : (
              '—'
            )}
          </span>
          <span>
            <StatusBadge status={client.status} />
          </span>
          <span className="client-row-muted numeric">
            <span className="row-icon row-icon--contacts" aria-hidden />
            {client.contactCount}
            <span className="sr-only"> {client.contactCount === 1 ? 'contact' : 'contacts'}</span>
          </span>
        </Link>
      )}
    </SelectRow>
  );
}
