import type { ClientSummary } from '../api/clients';
import type { Page } from '../api/common';
import type { ParsedInput } from '../api/contract';
import type { Core } from '../db/core';
import { decodeCursor, encodeCursor, likePattern } from '../db/keyset';
import type { SqlValue } from '../db/records';
import { statement } from '../db/statements';
import { nameKey } from './keys';

const sorts = {
  name: { key: 'name_key', direction: 'ASC' },
  updated: { key: 'updated_at', direction: 'DESC' },
} as const;

interface Query {
  sql: string;
  params: SqlValue[];
}

/** The SQL behind the clients list: a count of all matches, and one keyset page of them. */
export function clientListQueries(input: ParsedInput<'clients.list'>): { count: Query; page: Query } {
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
  const count = { sql: `SELECT count(*) FROM clients WHERE ${where.join(' AND ')}`, params: [...params] };

  const { key, direction } = sorts[input.sort];
  if (input.cursor !== undefined) {
    where.push(`(${key}, id) ${direction === 'ASC' ? '>' : '<'} (?, ?)`);
    params.push(...decodeCursor(input.cursor, 2));
  }
  const page = {
    sql: `SELECT id, name, industry, location, status, updated_at, ${key} AS sort_key,
            (SELECT count(*) FROM contacts WHERE client_id = clients.id AND deleted_at IS NULL) AS contact_count
          FROM clients WHERE ${where.join(' AND ')}
          ORDER BY ${key} ${direction}, id ${direction} LIMIT ?`,
    params: [...params, input.limit + 1],
  };
  return { count, page };
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
  const { count, page } = clientListQueries(input);
  const total = statement(core.db, count.sql).pluck().get(...count.params) as number;
  const rows = statement(core.db, page.sql).all(...page.params) as SummaryRow[];
  const items = rows.slice(0, input.limit);
  const last = items.at(-1);
  return {
    items: items.map((r) => ({
      id: r.id,
      name: r.name,
      industry: r.industry,
      location: r.location,
      status: r.status,
      contactCount: r.contact_count,
      updatedAt: r.updated_at,
    })),
    total,
    nextCursor: rows.length > input.limit && last ? encodeCursor([last.sort_key, last.id]) : null,
  };
}
