import { UserPlus } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { Client, Contact, ContactRole } from '../../src/api/clients';
import { contactRoles } from '../../src/api/clients';
import { CsvExportButton } from '../csv/CsvExportButton';
import { CsvImportLink } from '../csv/CsvImportLink';
import { contactsExport } from '../csv/listExports';
import { BulkBar } from '../lists/BulkBar';
import { listOrder } from '../lists/listOrder';
import { followList } from '../lists/selectionStore';
import { Button } from '../ui/Button';
import { openContactEditor } from './clientPageStore';
import { ContactCard } from './ContactCard';
import { essentialRoles, roles } from './contactRoles';

interface ContactsSectionProps {
  client: Client;
  contacts: Contact[];
  /** Each contact's tags, by id. */
  contactTags: Record<string, string[]>;
}

const noTags: string[] = [];

/** The client's people by role; narrowed to a tag, and selected many at once for a bulk action. */
export function ContactsSection({ client, contacts, contactTags }: ContactsSectionProps) {
  const [tag, setTag] = useState('');
  const tagsInUse = [...new Set(Object.values(contactTags).flat())].sort((a, b) => a.localeCompare(b));
  const shown = tag === '' ? contacts : contacts.filter((c) => contactTags[c.id]?.includes(tag));
  const groups = contactRoles
    .map((role) => ({ role, members: shown.filter((c) => c.role === role) }))
    .filter(({ role, members }) => members.length > 0 || (tag === '' && essentialRoles.includes(role)));
  // A selection belongs to this client's contacts as filtered; a shift-click range runs in the order shown.
  useEffect(() => followList('contact', `${client.id}:${tag}`));
  useEffect(() => {
    listOrder.ids = groups.flatMap((g) => g.members.map((c) => c.id));
  });

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
      {tagsInUse.length > 0 && (
        <select aria-label="Show contacts tagged" className="input select contact-tag-filter" value={tag} onChange={(e) => setTag(e.target.value)}>
          <option value="">Contacts with any tag</option>
          {tagsInUse.map((t) => (
            <option key={t} value={t}>
              Tagged “{t}”
            </option>
          ))}
        </select>
      )}
      <BulkBar matching={null} total={shown.length} label="Selected contacts" />
      {groups.map(({ role, members }) => (
        <ContactGroup key={role} role={role} members={members} tags={contactTags} clientName={client.name} />
      ))}
    </section>
  );
}

function ContactGroup({ role, members, tags, clientName }: { role: ContactRole; members: Contact[]; tags: Record<string, string[]>; clientName: string }) {
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
            <ContactCard key={contact.id} contact={contact} tags={tags[contact.id] ?? noTags} />
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
