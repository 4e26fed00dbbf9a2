import { ClientCreateInput, clientStatuses } from '../../api/clients';
import { createClient } from '../../clients/clients';
import type { Core } from '../../db/core';
import { nameKey } from '../../db/names';
import { statement } from '../../db/statements';
import type { RowVerdict } from './check';
import type { MappedRow } from './mapping';
import { cellProblem, isRejected, validate } from './reasons';
import { choice, invalid, parseDays, parseFee } from './values';

/** A client row: the create form's rules; a name already used by a live client is a duplicate. */
export function checkClient(core: Core, row: MappedRow): RowVerdict {
  const problems: string[] = [];
  const fee = parseFee(row.text('fee'));
  if (fee === invalid) problems.push(cellProblem(row, 'fee', 'Use a percentage like 20% or an amount like 15000 EUR'));
  const guaranteeDays = parseDays(row.text('guaranteeDays'));
  if (guaranteeDays === invalid) problems.push(cellProblem(row, 'guaranteeDays', 'Use a number of days, like 90'));
  const input = {
    name: row.text('name'),
    industry: row.text('industry'),
    website: row.text('website'),
    location: row.joined('location'),
    status: choice(row.text('status'), clientStatuses),
    fee: fee === invalid ? null : fee,
    guaranteeDays: guaranteeDays === invalid ? null : guaranteeDays,
    relationship: row.text('relationship'),
  };
  const client = validate(ClientCreateInput, input, row, problems);
  if (isRejected(client)) return client;
  const existing = liveClientNamed(core, client.name);
  if (existing) return { status: 'duplicate', reason: `Already on file as “${existing.name}”`, existing };
  return { status: 'new', newClient: null, write: () => ({ kind: 'client', id: createClient(core, client).id }) };
}

/** The live client with this name, compared as client names are (case and spacing aside). */
export function liveClientNamed(core: Core, name: string): { id: string; name: string } | undefined {
  return statement(core.db, 'SELECT id, name FROM clients WHERE name_key = ? AND deleted_at IS NULL LIMIT 1').get(nameKey(name)) as
    | { id: string; name: string }
    | undefined;
}
