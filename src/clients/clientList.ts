import type { ClientSummary } from '../api/clients';
import type { Page } from '../api/common';
import type { ParsedInput } from '../api/contract';
import type { Core } from '../db/core';
import { keysetQueries, likePattern, runList } from '../db/keyset';
import type { SqlValue } from '../db/records';
import { nameKey } from '../db/names';

const sorts = {
  name: { sortKey: 'name_key', direction: 'ASC' },
  updated: { sortKey: 'updated_at', direction: 'DESC' },
} as const;

/** The SQL behind the clients list: a count of all matches, and one keyset page of them. */
export function clientListQueries(input: ParsedInput<'clients.list'>) {
  const where = ['deleted_at IS NULL'];
  const params: SqlValue[] = [];
  if (input.query !== '') {
    where.push("(name_key LIKE ? ESCAPE '\\' OR industry LIKE ? ESCAPE '\\' OR location LIKE ? ESCAPE '\\')");
    params.push(likePattern(nameKey(input.query)), likePattern(input.query), likePattern(input.query));
  }
  if (input.status !== null) {
    where.push('status = ?');
    params.push(input.status);
  }
  return keysetQueries({
    select: `id, name, industry, location, status, updated_at,
      (SELECT count(*) FROM contacts WHERE client_id = clients.id AND deleted_at IS NULL) AS contact_count`,
    table: 'clients',
    where,
    params,
    ...sorts[input.sort],
    cursor: input.cursor,
    limit: input.limit,
  });
}

interface SummaryRow {
  id: string;
  name: string;
  industry: string | null;
  location: string | null;
  status: ClientSummary['status'];
  updated_at: string;
  sort_key: string;
  contact_count: number;
}

export function listClients(core: Core, input: ParsedInput<'clients.list'>): Page<ClientSummary> {
  return runList(core, clientListQueries(input), (r: SummaryRow) => ({
    id: r.id,
    name: r.name,
    industry: r.industry,
    location: r.location,
    status: r.status,
    contactCount: r.contact_count,
    updatedAt: r.updated_at,
  }));
}
