import type { Client } from '../api/clients';
import type { FallOffRemedy } from '../api/placements';
import type { ParsedInput } from '../api/contract';
import { ApiError } from '../api/errors';
import type { Core } from '../db/core';
import { insertRecord, setDeleted, updateRecord, type Entity, type SqlValue } from '../db/records';
import { statement } from '../db/statements';
import { feeColumns, feeFields, feeFromRow, type FeeRow } from './fee';
import { nameKey } from '../db/names';

export const clientEntity: Entity = {
  table: 'clients',
  fields: [
    'name',
    'name_key',
    'industry',
    'website',
    'location',
    'country',
    'status',
    ...feeFields,
    'guarantee_days',
    'relationship',
    'payment_terms_days',
    'fall_off_remedy',
    'fall_off_refund_percent',
  ],
  groups: [['name', 'name_key'], feeFields, ['fall_off_remedy', 'fall_off_refund_percent']],
};

interface ClientRow extends FeeRow {
  id: string;
  name: string;
  industry: string | null;
  website: string | null;
  location: string | null;
  country: string | null;
  status: Client['status'];
  guarantee_days: number | null;
  relationship: string | null;
  payment_terms_days: number | null;
  fall_off_remedy: FallOffRemedy | null;
  fall_off_refund_percent: number | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

function toClient(row: ClientRow): Client {
  return {
    id: row.id,
    name: row.name,
    industry: row.industry,
    website: row.website,
    location: row.location,
    country: row.country,
    status: row.status,
    fee: feeFromRow(row),
    guaranteeDays: row.guarantee_days,
    relationship: row.relationship,
    paymentTermsDays: row.payment_terms_days,
    fallOff: row.fall_off_remedy === null ? null : { remedy: row.fall_off_remedy, refundPercent: row.fall_off_refund_percent },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

type ClientFields = Partial<ParsedInput<'clients.create'>>;

/** Maps the fields a person sent to columns. */
function toColumns(fields: ClientFields): Record<string, SqlValue> {
  const columns: Record<string, SqlValue> = {};
  if (fields.name !== undefined) Object.assign(columns, { name: fields.name, name_key: nameKey(fields.name) });
  if (fields.industry !== undefined) columns.industry = fields.industry;
  if (fields.website !== undefined) columns.website = fields.website && withScheme(fields.website);
  if (fields.location !== undefined) columns.location = fields.location;
  if (fields.country !== undefined) columns.country = fields.country;
  if (fields.status !== undefined) columns.status = fields.status;
  if (fields.guaranteeDays !== undefined) columns.guarantee_days = fields.guaranteeDays;
  if (fields.relationship !== undefined) columns.relationship = fields.relationship;
  if (fields.fee !== undefined) Object.assign(columns, feeColumns(fields.fee));
  if (fields.paymentTermsDays !== undefined) columns.payment_terms_days = fields.paymentTermsDays;
  if (fields.fallOff !== undefined) {
    columns.fall_off_remedy = fields.fallOff?.remedy ?? null;
    columns.fall_off_refund_percent = fields.fallOff?.remedy === 'partial_refund' ? fields.fallOff.refundPercent : null;
  }
  return columns;
}

function withScheme(website: string): string {
  return /^https?:\/\//i.test(website) ? website : `https://${website}`;
}

function findRow(core: Core, id: string): ClientRow | undefined {
  return statement(core.db, 'SELECT * FROM clients WHERE id = ?').get(id) as ClientRow | undefined;
}

/** A live client, or a not_found error a person can understand. */
export function getClient(core: Core, id: string): Client {
  const row = findRow(core, id);
  if (!row || row.deleted_at !== null) throw new ApiError('not_found', 'This client does not exist or is in the trash.');
  return toClient(row);
}

/** Names are unique among live clients, compared without regard to case or spacing. */
export function assertNameFree(core: Core, name: string, exceptId: string | null = null): void {
  const clash = statement(
    core.db,
    'SELECT name FROM clients WHERE name_key = ? AND deleted_at IS NULL AND id IS NOT ? LIMIT 1',
  ).get(nameKey(name), exceptId) as { name: string } | undefined;
  if (clash) throw new ApiError('duplicate', `There is already a client called “${clash.name}”.`, 'name');
}

export function createClient(core: Core, input: ParsedInput<'clients.create'>): Client {
  assertNameFree(core, input.name);
  const id = insertRecord(core, clientEntity, toColumns(input));
  return getClient(core, id);
}

export function updateClient(core: Core, input: ParsedInput<'clients.update'>): Client {
  const { id, ...fields } = input;
  getClient(core, id);
  if (fields.name !== undefined) assertNameFree(core, fields.name, id);
  updateRecord(core, clientEntity, id, toColumns(fields));
  return getClient(core, id);
}

/** Sends a client to the trash; its contacts and notes stay with it and return on restore. */
export function deleteClient(core: Core, id: string): void {
  getClient(core, id);
  setDeleted(core, clientEntity, id, true);
}

export function restoreClient(core: Core, id: string): void {
  const row = findRow(core, id);
  if (!row || row.deleted_at === null) throw new ApiError('not_found', 'This client is not in the trash.');
  assertNameFree(core, row.name, id);
  setDeleted(core, clientEntity, id, false);
}
