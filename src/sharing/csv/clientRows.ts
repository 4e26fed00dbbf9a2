import { ClientCreateInput, clientStatuses } from '../../api/clients';
import { createClient } from '../../clients/clients';
import type { Core } from '../../db/core';
import { nameKey } from '../../db/names';
import { statement } from '../../db/statements';
import type { z } from 'zod';
import type { RowKind, RowVerdict } from './check';
import { parseCountry } from './countries';
import type { KeptValue, MappedRow } from './mapping';
import { cellProblem, isRejected, validate, type Rejected } from './reasons';
import { choice, invalid, parseDays, parseFee } from './values';

type Client = z.output<typeof ClientCreateInput>;

/** A client as the form takes it, and a country cell it could not tell, kept rather than refused. */
interface ClientRow {
  client: Client;
  unknownCountry: KeptValue | null;
}

/**
 * A client row: the create form's rules; a name already used by a live client is a duplicate.
 * A country it cannot tell ("Atlantis", a region) does not cost the recruiter the client (and
 * with it every contact and job naming it): the client comes in without a country, and the
 * cell goes into the note that keeps the row's other columns, saying it was not recognised.
 */
export const clientRows: RowKind<ClientRow> = {
  read: readClient,
  settle: settleClient,
  keep: ({ unknownCountry }) => (unknownCountry ? [unknownCountry] : []),
};

function readClient(row: MappedRow): ClientRow | Rejected {
  const problems: string[] = [];
  const fee = parseFee(row.text('fee'));
  if (fee === invalid) problems.push(cellProblem(row, 'fee', 'Use a percentage like 20% or an amount like 15000 EUR'));
  const guaranteeDays = parseDays(row.text('guaranteeDays'));
  if (guaranteeDays === invalid) problems.push(cellProblem(row, 'guaranteeDays', 'Use a number of days, like 90'));
  const country = parseCountry(row.text('country'));
  const input = {
    name: row.text('name'),
    industry: row.text('industry'),
    website: row.text('website'),
    location: row.joined('location'),
    country: country === invalid ? null : country,
    status: choice(row.text('status'), clientStatuses),
    fee: fee === invalid ? null : fee,
    guaranteeDays: guaranteeDays === invalid ? null : guaranteeDays,
    relationship: row.text('relationship'),
  };
  const client = validate(ClientCreateInput, input, row, problems);
  if (isRejected(client)) return client;
  return { client, unknownCountry: country === invalid ? unknownCountryOf(row) : null };
}

/** The country cell as the note keeps it: "Land (not a country Shortlist knows): Atlantis". */
function unknownCountryOf(row: MappedRow): KeptValue {
  const [cell] = row.cellsFor('country');
  return { column: `${cell?.column ?? 'Country'} (not a country Shortlist knows)`, text: row.text('country').trim(), tags: false };
}

function settleClient(core: Core, { client }: ClientRow): RowVerdict {
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
