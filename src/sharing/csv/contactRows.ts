import { ClientCreateInput, ContactCreateInput, contactRoles } from '../../api/clients';
import { createClient } from '../../clients/clients';
import { createContact } from '../../clients/contacts';
import type { Core } from '../../db/core';
import { nameKey } from '../../db/names';
import { statement } from '../../db/statements';
import type { z } from 'zod';
import type { CheckOptions, RowKind, RowVerdict } from './check';
import { liveClientNamed } from './clientRows';
import { excerpt, type MappedRow } from './mapping';
import { cellProblem, isRejected, validate, type Rejected } from './reasons';
import { choice, day } from './values';

/** The contact form without its client: a CSV names the company, and the import finds the client. */
const ContactFields = ContactCreateInput.omit({ clientId: true });

/**
 * A contact row: the form's rules, and a company that names their client. A company not on file
 * becomes a new client (a prospect) unless the recruiter said not to: contacts usually arrive
 * before any business, and rejecting them would leave the recruiter to type every company in
 * first. A contact already at that client with the same email or name is a duplicate.
 */
export const contactRows: RowKind<ForClient<z.output<typeof ContactFields>>> = { read: readContact, settle: settleContact };

/** A contact or a job as its form takes it, and its client's name: a new client's fields, or why the name cannot be one. */
export interface ForClient<Fields> {
  fields: Fields;
  company: string;
  newClient: z.output<typeof ClientCreateInput> | Rejected;
}

function readContact(row: MappedRow): ForClient<z.output<typeof ContactFields>> | Rejected {
  const company = row.text('client').trim();
  const problems = company === '' ? [cellProblem(row, 'client', 'Enter the company the contact works for')] : [];
  const input = {
    name: row.personName(),
    role: choice(row.text('role'), contactRoles),
    jobTitle: row.text('jobTitle'),
    email: row.text('email'),
    phone: row.text('phone'),
    caresAbout: row.text('caresAbout'),
    lastContactedOn: day(row.text('lastContactedOn')),
  };
  const contact = validate(ContactFields, input, row, problems);
  if (isRejected(contact)) return contact;
  return { fields: contact, company, newClient: clientNamed(row, company) };
}

function settleContact(core: Core, checked: ForClient<z.output<typeof ContactFields>>, options: CheckOptions): RowVerdict {
  const { fields: contact, company, newClient } = checked;
  const client = liveClientNamed(core, company);
  if (client) {
    const existing = sameContact(core, client.id, contact);
    if (existing) {
      return {
        status: 'duplicate',
        reason: `Already on file at ${client.name} as ${existing.name} (same ${existing.on})`,
        existing: { id: existing.id, name: existing.name },
      };
    }
    return { status: 'new', newClient: null, write: () => ({ kind: 'contact', id: createContact(core, { ...contact, clientId: client.id }).id }) };
  }
  if (!options.createMissingClients) {
    const reason = `There is no client called “${excerpt(company)}”: import your clients first, or let the import add new ones.`;
    return { status: 'rejected', reason };
  }
  if (isRejected(newClient)) return newClient;
  return {
    status: 'new',
    newClient: newClient.name,
    write: () => ({ kind: 'contact', id: createContact(core, { ...contact, clientId: createClient(core, newClient).id }).id }),
  };
}

/** The client a company not on file would become, checked by the client form's rules; contacts and jobs share it. */
export function clientNamed(row: MappedRow, company: string): z.output<typeof ClientCreateInput> | Rejected {
  const client = ClientCreateInput.safeParse({ name: company });
  return client.success ? client.data : { status: 'rejected', reason: cellProblem(row, 'client', client.error.issues[0]!.message) };
}

function sameContact(
  core: Core,
  clientId: string,
  contact: { name: string; email: string | null },
): { id: string; name: string; on: string } | undefined {
  const contacts = statement(core.db, 'SELECT id, name, email FROM contacts WHERE client_id = ? AND deleted_at IS NULL').all(
    clientId,
  ) as { id: string; name: string; email: string | null }[];
  const email = contact.email?.toLowerCase();
  const byEmail = email && contacts.find((c) => c.email?.toLowerCase() === email);
  if (byEmail) return { id: byEmail.id, name: byEmail.name, on: 'email' };
  const byName = contacts.find((c) => nameKey(c.name) === nameKey(contact.name));
  return byName && { id: byName.id, name: byName.name, on: 'name' };
}
