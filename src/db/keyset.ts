import { ApiError } from '../api/errors';
import type { Page } from '../api/common';
import type { Core } from './core';
import type { SqlValue } from './records';
import { statement } from './statements';

/**
 * Cursors for keyset pagination: the sort key of the last row seen, opaque to the caller. Pages
 * are fetched with `WHERE (key, id) > (?, ?)` so page 1000 costs the same as page 1.
 */
export function encodeCursor(sortKey: string, key: readonly SqlValue[]): string {
  return Buffer.from(JSON.stringify([sortKey, ...key])).toString('base64url');
}

/** The key in a cursor, which must come from a list in the same order (a cursor of another sort would skip rows). */
export function decodeCursor(cursor: string, sortKey: string, length: number): SqlValue[] {
  try {
    const [madeFor, ...key]: unknown[] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      madeFor === sortKey &&
      key.length === length &&
      key.every((v) => v === null || typeof v === 'string' || typeof v === 'number')
    ) {
      return key as SqlValue[];
    }
  } catch {
    // fall through to the error below
  }
  throw new ApiError('invalid_input', 'This list position is no longer valid; reload the list.', 'cursor');
}

/** Escapes a person's search text for a LIKE pattern (with ESCAPE '\'). */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export interface Query {
  sql: string;
  params: SqlValue[];
}

export interface ListSpec {
  /** Columns to select from `table`; the sort key is added as `sort_key`. */
  select: string;
  table: string;
  where: string[];
  params: SqlValue[];
  /** A column or expression that, with `id`, orders the rows; an index should cover it. */
  sortKey: string;
  direction: 'ASC' | 'DESC';
  cursor: string | undefined;
  limit: number;
}

/** The count of all matching rows, and the SQL of one page after the cursor (one row extra, to know if more follow). */
export function keysetQueries(spec: ListSpec): { count: Query; page: Query; sortKey: string; limit: number; first: boolean } {
  const where = [...spec.where];
  const params = [...spec.params];
  const count = { sql: `SELECT count(*) FROM ${spec.table} WHERE ${where.join(' AND ')}`, params: [...params] };
  if (spec.cursor !== undefined) {
    where.push(`(${spec.sortKey}, ${spec.table}.id) ${spec.direction === 'ASC' ? '>' : '<'} (?, ?)`);
    params.push(...decodeCursor(spec.cursor, spec.sortKey, 2));
  }
  const page = {
    sql: `SELECT ${spec.select}, ${spec.sortKey} AS sort_key FROM ${spec.table} WHERE ${where.join(' AND ')}
          ORDER BY ${spec.sortKey} ${spec.direction}, ${spec.table}.id ${spec.direction} LIMIT ?`,
    params: [...params, spec.limit + 1],
  };
  return { count, page, sortKey: spec.sortKey, limit: spec.limit, first: spec.cursor === undefined };
}

/**
 * Runs a list's queries: the page of rows after the cursor, mapped, with the next cursor. The
 * first page also counts every match (a count at 100k rows costs more than the page itself), and
 * the pages after it leave the count to the first.
 */
export function runList<R extends { id: string; sort_key: SqlValue }, T>(
  core: Core,
  queries: ReturnType<typeof keysetQueries>,
  map: (row: R) => T,
): Page<T> {
  const { count, page, sortKey, limit } = queries;
  const total = queries.first ? (statement(core.db, count.sql).pluck().get(...count.params) as number) : null;
  const rows = statement(core.db, page.sql).all(...page.params) as R[];
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items: items.map(map),
    total,
    nextCursor: rows.length > limit && last ? encodeCursor(sortKey, [last.sort_key, last.id]) : null,
  };
}
