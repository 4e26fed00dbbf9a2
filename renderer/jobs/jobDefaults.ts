import type { Client, Contact, ContactRole } from '../../src/api/clients';
import { currencyOf } from '../../src/api/countries';
import type { RecruiterProfile } from '../../src/api/recruiterProfile';
import { DEFAULT_CURRENCY } from '../clients/feeDraft';

/** What a new job at a client starts with, so the recruiter types only what is particular to it. */
export interface JobDefaults {
  currency: string;
  hiringManagerId: string;
  hrContactId: string;
  /** The recruiter's own name (Settings → Your profile): who runs a new search, unless they say otherwise. */
  owner: string;
}

/** The client's one contact in this role; none when it has several to choose from, or none at all. */
function onlyOne(contacts: readonly Contact[], role: ContactRole): string {
  const inRole = contacts.filter((contact) => contact.role === role);
  return inRole.length === 1 ? inRole[0]!.id : '';
}

/**
 * The client's only hiring manager and only HR contact, and the currency of the client's country,
 * else the recruiter's own (Settings → Your profile), else the last one they typed.
 */
export function jobDefaults(
  client: { client: Client; contacts: readonly Contact[] } | undefined,
  profile: RecruiterProfile | undefined,
  lastCurrency: string,
): JobDefaults {
  const country = client?.client.country;
  return {
    currency: (country && currencyOf(country)) || profile?.currency || lastCurrency || DEFAULT_CURRENCY,
    hiringManagerId: client ? onlyOne(client.contacts, 'hiring_manager') : '',
    hrContactId: client ? onlyOne(client.contacts, 'hr') : '',
    owner: profile?.name ?? '',
  };
}
