import { MapPin, UsersRound } from 'lucide-react';
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
            <MapPin size={13} aria-hidden className="inline-icon" />
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
        <UsersRound size={13} aria-hidden className="inline-icon" />
        {client.contactCount}
        <span className="sr-only"> {client.contactCount === 1 ? 'contact' : 'contacts'}</span>
      </span>
    </Link>
  );
}
