import { Mail, Phone } from 'lucide-react';
import type { Contact } from '../../src/api/clients';

/** How to reach a contact: their email as a mail link, their phone as text. */
export function ContactReach({ contact }: { contact: Pick<Contact, 'email' | 'phone'> }) {
  return (
    <>
      {contact.email && (
        <a className="link" href={`mailto:${contact.email}`}>
          <Mail size={13} aria-hidden className="inline-icon" />
          {contact.email}
        </a>
      )}
      {contact.phone && (
        <span>
          <Phone size={13} aria-hidden className="inline-icon" />
          <span className="sr-only">Phone </span>
          {contact.phone}
        </span>
      )}
    </>
  );
}
