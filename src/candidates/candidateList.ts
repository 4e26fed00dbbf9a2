import type { CandidateSummary } from '../api/candidates';
import type { Page } from '../api/common';
import type { ParsedInput } from '../api/contract';
import type { Core } from '../db/core';
import { keysetQueries, likePattern, toPage } from '../db/keyset';
import { nameKey } from '../db/names';
import type { SqlValue } from '../db/records';
import { statement } from '../db/statements';

const sorts = {
  name: { sortKey: 'name_key', direction: 'ASC' },
  updated: { sortKey: 'updated_at', direction: 'DESC' },
} as const;

/** Until full-text search arrives, the list filters by name, title and employer. */
export function candidateListQueries(input: ParsedInput<'candidates.list'>) {
  const where = ['deleted_at IS NULL'];
  const params: SqlValue[] = [];
  if (input.query !== '') {
    where.push(
      "(name_key LIKE ? ESCAPE '\\' OR current_title LIKE ? ESCAPE '\\' OR current_employer LIKE ? ESCAPE '\\')",
    );
    params.push(likePattern(nameKey(input.query)), likePattern(input.query), likePattern(input.query));
  }
  return keysetQueries({
    select: 'id, name, current_title, current_employer, location, skills, updated_at',
    table: 'candidates',
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
  current_title: string | null;
  current_employer: string | null;
  location: string | null;
  skills: string;
  updated_at: string;
  sort_key: string;
}

export function listCandidates(core: Core, input: ParsedInput<'candidates.list'>): Page<CandidateSummary> {
  const query = candidateListQueries(input);
  const { count, page } = query;
  const total = statement(core.db, count.sql).pluck().get(...count.params) as number;
  const rows = statement(core.db, page.sql).all(...page.params) as SummaryRow[];
  return toPage(query, rows, total, (r) => ({
    id: r.id,
    name: r.name,
    currentTitle: r.current_title,
    currentEmployer: r.current_employer,
    location: r.location,
    skills: JSON.parse(r.skills) as string[],
    updatedAt: r.updated_at,
  }));
}
