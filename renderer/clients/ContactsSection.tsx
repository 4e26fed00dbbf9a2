import { UserPlus } from 'lucide-react';
import type { Client, Contact, ContactRole } from '../../src/api/clients';
import { contactRoles } from '../../src/api/clients';
import { CsvExportButton } from '../csv/CsvExportButton';
import { CsvImportLink } from '../csv/CsvImportLink';
import { contactsExport } from '../csv/listExports';
import { Button } from '../ui/Button';
import { openContactEditor } from './clientPageStore';
import { ContactCard } from './ContactCard';
import { essentialRoles, roles } from './contactRoles';

interface ContactsSectionProps {
  client: Client;
  contacts: Contact[];
}

export function ContactsSection({ client, contacts }: ContactsSectionProps) {
  const groups = contactRoles
    .map((role) => ({ role, members: contacts.filter((c) => c.role === role) }))
    .filter(({ role, members }) => members.length > 0 || essentialRoles.includes(role));

  return (
    <section className="card" aria-labelledby="contacts-heading">
      <header className="card-header">
        <h2 className="card-title" id="contacts-heading">
          Contacts <span className="count">{contacts.length}</span>
        </h2>
        <div className="page-actions">
          <CsvImportLink kind="contacts" variant="ghost" />
          {contacts.length > 0 && <CsvExportButton input={contactsExport(client.id)} variant="ghost" />}
          <Button icon={UserPlus} onClick={() => openContactEditor({ mode: 'new', role: 'hiring_manager' })}>
            Add contact
          </Button>
        </div>
      </header>
      {groups.map(({ role, members }) => (
        <ContactGroup key={role} role={role} members={members} clientName={client.name} />
      ))}
    </section>
  );
}

function ContactGroup({ role, members, clientName }: { role: ContactRole; members: Contact[]; clientName: string }) {
  const info = roles[role];
  const Icon = info.icon;
  const headingId = `contact-group-${role}`;
  return (
    <section className={`contact-group contact-group--${role}`} aria-labelledby={headingId}>
      <header className="contact-group-header">
        <span className="contact-group-icon" aria-hidden>
          <Icon size={14} />
        </span>
        <div>
          <h3 className="contact-group-title" id={headingId}>
            {info.group}
            {info.part && <span className="contact-group-part"> · {info.part}s</span>}
          </h3>
          <p className="contact-group-caption">{info.caption}</p>
        </div>
      </header>
      {members.length > 0 ? (
        <ul className="contact-list">
          {members.map((contact) => (
            <ContactCard key={contact.id} contact={contact} />
          ))}
        </ul>
      ) : (
        <div className="contact-group-empty">
          <p className="muted">
            No {info.noun} at {clientName} yet.
          </p>
          <Button variant="ghost" icon={UserPlus} onClick={() => openContactEditor({ mode: 'new', role })}>
            Add {info.noun}
          </Button>
        </div>
      )}
    </section>
  );
}
