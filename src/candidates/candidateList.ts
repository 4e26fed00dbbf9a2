import type { CandidateSummary } from '../api/candidates';
import type { Page } from '../api/common';
import type { ParsedInput } from '../api/contract';
import type { Core } from '../db/core';
import { keysetQueries, likePattern, runList } from '../db/keyset';
import type { SqlValue } from '../db/records';
import { matchExpression } from '../search/search';
import { catchUpSearchIndex } from '../search/searchIndex';
import { skillKey } from './duplicates';

const sorts = {
  name: { sortKey: 'name_key', direction: 'ASC' },
  updated: { sortKey: 'updated_at', direction: 'DESC' },
} as const;

/**
 * The candidate list: the text query goes through the search index (names, titles, skills,
 * screening answers and resumes), and every filter narrows it further.
 */
export function candidateListQueries(input: ParsedInput<'candidates.list'>) {
  const where = ['deleted_at IS NULL'];
  const params: SqlValue[] = [];
  const match = matchExpression(input.query);
  if (match !== null) {
    where.push(`(id IN (SELECT record_id FROM search_index WHERE search_index MATCH ? AND kind = 'candidate')
      OR id IN (SELECT f.candidate_id FROM files f WHERE f.deleted_at IS NULL AND f.id IN (
        SELECT record_id FROM search_index WHERE search_index MATCH ? AND kind = 'file')))`);
    params.push(match, match);
  }
  for (const skill of input.skills) {
    where.push('id IN (SELECT candidate_id FROM candidate_keys WHERE key = ?)');
    params.push(skillKey(skill));
  }
  if (input.location !== '') {
    where.push("location LIKE ? ESCAPE '\\'");
    params.push(likePattern(input.location));
  }
  if (input.owner !== '') {
    where.push('owner = ? COLLATE NOCASE');
    params.push(input.owner);
  }
  if (input.updatedSince !== null) {
    where.push('updated_at >= ?');
    params.push(input.updatedSince);
  }
  if (input.stage !== null) {
    // The stage of each candidate's most recent submission is its most recent stage change.
    where.push(`id IN (SELECT candidate_id FROM (
      SELECT s.candidate_id, sc.stage, row_number() OVER (PARTITION BY s.candidate_id ORDER BY sc.created_hlc DESC) AS latest
      FROM submissions s JOIN stage_changes sc ON sc.submission_id = s.id
      WHERE s.deleted_at IS NULL AND sc.deleted_at IS NULL) WHERE latest = 1 AND stage = ?)`);
    params.push(input.stage);
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

/** The list reads the search index only for a text query: then the index must be up to date first. */
export function catchUpIndexForQuery(core: Core, query: string): void {
  if (matchExpression(query) !== null) catchUpSearchIndex(core);
}

export function listCandidates(core: Core, input: ParsedInput<'candidates.list'>): Page<CandidateSummary> {
  catchUpIndexForQuery(core, input.query);
  return runList(core, candidateListQueries(input), (r: SummaryRow) => ({
    id: r.id,
    name: r.name,
    currentTitle: r.current_title,
    currentEmployer: r.current_employer,
    location: r.location,
    skills: JSON.parse(r.skills) as string[],
    updatedAt: r.updated_at,
  }));
}
