import { ExternalLink } from 'lucide-react';
import type { ReactNode } from 'react';
import type { Client } from '../../src/api/clients';
import { countryName } from '../ui/regions';
import { StatusBadge } from '../ui/StatusBadge';
import { describeFee } from './feeTerms';

/** The address as people write it: no scheme, no trailing slash. */
function displayWebsite(url: string): string {
  return url.replace(/^https?:\/\//i, '').replace(/\/$/, '');
}

export function ClientDetails({ client }: { client: Client }) {
  return (
    <section className="card" aria-labelledby="client-details-heading">
      <h2 className="card-title" id="client-details-heading">
        Details
      </h2>
      <dl className="details">
        <Detail term="Industry">{client.industry}</Detail>
        <Detail term="Location">{client.location}</Detail>
        <Detail term="Country">{client.country && countryName(client.country)}</Detail>
        <Detail term="Website">
          {client.website && (
            // The desktop shell sends target=_blank links to the system browser.
            <a href={client.website} target="_blank" rel="noopener noreferrer" className="link">
              {displayWebsite(client.website)}
              <ExternalLink size={12} aria-hidden className="inline-icon-after" />
            </a>
          )}
        </Detail>
        <Detail term="Status">
          <StatusBadge status={client.status} />
        </Detail>
        <Detail term="Fee terms">{client.fee && describeFee(client.fee)}</Detail>
        <Detail term="Guarantee">
          {client.guaranteeDays !== null && `${client.guaranteeDays} ${client.guaranteeDays === 1 ? 'day' : 'days'}`}
        </Detail>
      </dl>
      <div className="relationship">
        <h3 className="detail-term">Relationship notes</h3>
        {client.relationship ? (
          <p className="prose">{client.relationship}</p>
        ) : (
          <p className="muted">Nothing yet. Edit the client to record how you won them and what they value.</p>
        )}
      </div>
    </section>
  );
}

function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="detail">
      <dt className="detail-term">{term}</dt>
      <dd className="detail-value">{children || <span className="muted">Not set</span>}</dd>
    </div>
  );
}
