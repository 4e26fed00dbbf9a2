import { contactRoles, type Contact } from '../api/clients';
import type { ParsedInput } from '../api/contract';
import { ApiError } from '../api/errors';
import type { Core } from '../db/core';
import { insertRecord, setDeleted, updateRecord, type Entity, type SqlValue } from '../db/records';
import { statement } from '../db/statements';
import { getClient } from './clients';

export const contactEntity: Entity = {
  table: 'contacts',
  fields: ['client_id', 'name', 'role', 'job_title', 'email', 'phone', 'cares_about', 'last_contacted_on'],
};

interface ContactRow {
  id: string;
  client_id: string;
  name: string;
  role: Contact['role'];
  job_title: string | null;
  email: string | null;
  phone: string | null;
  cares_about: string | null;
  last_contacted_on: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

function toContact(row: ContactRow): Contact {
  return {
    id: row.id,
    clientId: row.client_id,
    name: row.name,
    role: row.role,
    jobTitle: row.job_title,
    email: row.email,
    phone: row.phone,
    caresAbout: row.cares_about,
    lastContactedOn: row.last_contacted_on,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

type ContactFields = Partial<Omit<ParsedInput<'contacts.create'>, 'clientId'>>;

function toColumns(fields: ContactFields): Record<string, SqlValue> {
  const columns: Record<string, SqlValue> = {};
  if (fields.name !== undefined) columns.name = fields.name;
  if (fields.role !== undefined) columns.role = fields.role;
  if (fields.jobTitle !== undefined) columns.job_title = fields.jobTitle;
  if (fields.email !== undefined) columns.email = fields.email;
  if (fields.phone !== undefined) columns.phone = fields.phone;
  if (fields.caresAbout !== undefined) columns.cares_about = fields.caresAbout;
  if (fields.lastContactedOn !== undefined) columns.last_contacted_on = fields.lastContactedOn;
  return columns;
}

function findRow(core: Core, id: string): ContactRow | undefined {
  return statement(core.db, 'SELECT * FROM contacts WHERE id = ?').get(id) as ContactRow | undefined;
}

/** A live contact at a live client. */
export function getContact(core: Core, id: string): Contact {
  const row = findRow(core, id);
  if (!row || row.deleted_at !== null || isClientDeleted(core, row.client_id)) {
    throw new ApiError('not_found', 'This contact does not exist or is in the trash.');
  }
  return toContact(row);
}

function isClientDeleted(core: Core, clientId: string): boolean {
  return statement(core.db, 'SELECT deleted_at IS NOT NULL FROM clients WHERE id = ?').pluck().get(clientId) === 1;
}

/** Hiring managers first, then HR and the rest, in the order the roles are listed. */
export function listContacts(core: Core, clientId: string): Contact[] {
  const rows = statement(
    core.db,
    'SELECT * FROM contacts WHERE client_id = ? AND deleted_at IS NULL ORDER BY name COLLATE NOCASE, id',
  ).all(clientId) as ContactRow[];
  return rows.map(toContact).sort((a, b) => contactRoles.indexOf(a.role) - contactRoles.indexOf(b.role));
}

export function createContact(core: Core, input: ParsedInput<'contacts.create'>): Contact {
  const { clientId, ...fields } = input;
  try {
    getClient(core, clientId);
  } catch {
    throw new ApiError('invalid_input', 'Choose a client that exists and is not in the trash.', 'clientId');
  }
  const id = insertRecord(core, contactEntity, { client_id: clientId, ...toColumns(fields) });
  return getContact(core, id);
}

export function updateContact(core: Core, input: ParsedInput<'contacts.update'>): Contact {
  const { id, ...fields } = input;
  getContact(core, id);
  updateRecord(core, contactEntity, id, toColumns(fields));
  return getContact(core, id);
}

export function deleteContact(core: Core, id: string): void {
  getContact(core, id);
  setDeleted(core, contactEntity, id, true);
}

export function restoreContact(core: Core, id: string): void {
  const row = findRow(core, id);
  if (!row || row.deleted_at === null) throw new ApiError('not_found', 'This contact is not in the trash.');
  if (isClientDeleted(core, row.client_id)) {
    throw new ApiError('invalid_input', 'Restore this contact’s client first: it is in the trash too.');
  }
  setDeleted(core, contactEntity, id, false);
}

/**
 * Checks that each newly chosen contact is a live contact of the client (a hiring manager,
 * attendee, interviewer…). Ids in `kept` were chosen before and stay allowed even if that contact
 * has since left, so an old choice never blocks an unrelated edit.
 */
export function assertContactsAtClient(
  core: Core,
  clientId: string,
  chosen: { id: string | null | undefined; field: string }[],
  kept: ReadonlySet<string> = new Set(),
): void {
  const atClient = statement(core.db, 'SELECT 1 FROM contacts WHERE id = ? AND client_id = ? AND deleted_at IS NULL');
  for (const { id, field } of chosen) {
    if (id === null || id === undefined || kept.has(id) || atClient.get(id, clientId)) continue;
    throw new ApiError('invalid_input', `Choose one of ${getClient(core, clientId).name}’s contacts.`, field);
  }
}

/** A contact's name for records that outlive them (old intakes, past interviews). */
export function contactName(core: Core, id: string): { name: string; role: Contact['role'] } {
  const row = statement(core.db, 'SELECT name, role FROM contacts WHERE id = ?').get(id) as
    | { name: string; role: Contact['role'] }
    | undefined;
  return row ?? { name: 'Unknown contact', role: 'other' };
}
