import { Link } from 'wouter';
import type { ClientSummary } from '../../src/api/clients';
import { paths } from '../app/paths';
import { StatusBadge } from '../ui/StatusBadge';
import { Initials } from '../ui/Initials';

export function ClientRow({ client }: { client: ClientSummary }) {
  return (
    <Link href={paths.client(client.id)} className="list-row client-columns">
      <span className="client-row-name">
        <Initials name={client.name} />
        <span className="truncate">{client.name}</span>
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
  );
}
