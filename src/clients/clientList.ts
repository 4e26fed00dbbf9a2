import type { ClientSummary } from '../api/clients';
import type { Page } from '../api/common';
import type { ParsedInput } from '../api/contract';
import type { Core } from '../db/core';
import { keysetQueries, likePattern, runList } from '../db/keyset';
import type { SqlValue } from '../db/records';
import { nameKey } from '../db/names';
import { taggedWith, tagsOfRow } from '../tags/tagSql';
import { tagKey } from '../tags/tagKey';

const sorts = {
  name: { sortKey: 'name_key', direction: 'ASC' },
  updated: { sortKey: 'updated_at', direction: 'DESC' },
} as const;

/** The conditions the list's search and filters put on clients: the list and "select all that match" read them from here. */
export function clientFilterConditions(input: Pick<ParsedInput<'clients.list'>, 'query' | 'status' | 'tag'>) {
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
  if (input.tag !== '') {
    where.push(taggedWith('client'));
    params.push(tagKey(input.tag));
  }
  return { where, params };
}

/** The SQL behind the clients list: a count of all matches, and one keyset page of them. */
export function clientListQueries(input: ParsedInput<'clients.list'>) {
  const { where, params } = clientFilterConditions(input);
  return keysetQueries({
    select: `id, name, industry, location, status, updated_at,
      (SELECT count(*) FROM contacts WHERE client_id = clients.id AND deleted_at IS NULL) AS contact_count,
      ${tagsOfRow('client', 'clients')} AS tags`,
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
  tags: string;
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
    tags: JSON.parse(r.tags) as string[],
  }));
}
