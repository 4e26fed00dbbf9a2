import type { z } from 'zod';
import type { CandidateFilters } from '../api/bulk';
import type { CandidateSummary } from '../api/candidates';
import type { StageName } from '../api/submissions';
import type { Page } from '../api/common';
import type { ParsedInput } from '../api/contract';
import type { Core } from '../db/core';
import { keysetQueries, likePattern, runList } from '../db/keyset';
import { statement } from '../db/statements';
import type { SqlValue } from '../db/records';
import { candidateConditions, candidateStageSql, latestStageSql, queryConditions, type Condition } from '../search/candidateQuery';
import { pageDriver } from '../search/pageDriver';
import { catchUpSearchIndex } from '../search/searchIndex';
import { parseQuery } from '../search/syntax';
import { skillKey } from './duplicates';

const sorts = {
  name: { sortKey: 'name_key', direction: 'ASC' },
  updated: { sortKey: 'updated_at', direction: 'DESC' },
} as const;

/**
 * A row of the list, with what a recruiter scans it for: where each candidate stands (the stage
 * of their latest stage change, a bare column of max(): SQLite takes it from the row holding the
 * maximum, with no sort), when anything last happened to them (an edit, a note, a move), and
 * their tags. Each is looked up by index for the page's rows only: the page is found first (ids
 * and sort keys), then described, so a sort over thousands of matches never carries them.
 */
export const SUMMARY_SQL = `SELECT id, name, current_title, current_employer, location, skills, owner, updated_at,
  ${candidateStageSql} AS latest_stage,
  max(updated_at,
    coalesce((SELECT max(n.created_at) FROM notes n WHERE n.subject_type = 'candidate' AND n.subject_id = candidates.id
      AND n.deleted_at IS NULL), ''),
    coalesce((SELECT max(sc.created_at) FROM submissions s JOIN stage_changes sc ON sc.submission_id = s.id
      WHERE s.candidate_id = candidates.id), '')) AS last_activity_at,
  (SELECT json_group_array(t.name) FROM tags t WHERE t.subject_id = candidates.id AND t.subject_type = 'candidate'
    AND t.deleted_at IS NULL) AS tags
  FROM candidates WHERE id IN (SELECT value FROM json_each(?))`;

/**
 * The conditions a list's filters put on candidates: the query in the search syntax
 * (src/search/syntax.ts: words through the search index, which holds names, titles, skills,
 * screening answers and resumes; fields; OR; exclusions), and every filter narrowing further.
 * The list's count, "select all that match" and saved searches' counts all read them from here.
 */
export function candidateFilterConditions(input: z.output<typeof CandidateFilters>): { where: string[]; params: SqlValue[] } {
  const query = candidateConditions(parseQuery(input.query));
  const filters = filterConditions(input, 'sets');
  return { where: ['deleted_at IS NULL', ...query.map((c) => c.sql), ...filters.where], params: [...query.flatMap((c) => c.params), ...filters.params] };
}

/** The filters beside the query, as sets (for a count) or as tests of one candidate's row (for a page). */
function filterConditions(input: z.output<typeof CandidateFilters>, form: 'sets' | 'rowTests'): { where: string[]; params: SqlValue[] } {
  const rows = form === 'rowTests';
  const where: string[] = [];
  const params: SqlValue[] = [];
  for (const skill of input.skills) {
    where.push(
      rows ? 'EXISTS (SELECT 1 FROM candidate_keys WHERE key = ? AND candidate_id = candidates.id)' : 'id IN (SELECT candidate_id FROM candidate_keys WHERE key = ?)',
    );
    params.push(skillKey(skill));
  }
  if (input.location !== '') {
    where.push("location LIKE ? ESCAPE '\\'");
    params.push(likePattern(input.location));
  }
  if (input.owner !== '') {
    // A unary + keeps a page from being read by the owner's index and sorted.
    where.push(rows ? '+owner = ? COLLATE NOCASE' : 'owner = ? COLLATE NOCASE');
    params.push(input.owner);
  }
  if (input.updatedSince !== null) {
    where.push('updated_at >= ?');
    params.push(input.updatedSince);
  }
  if (input.stage !== null) {
    where.push(rows ? `${candidateStageSql} = ?` : latestStageSql);
    params.push(input.stage);
  }
  return { where, params };
}

/**
 * A page and the count. The page tests each candidate as it walks the sort order (the query's row
 * tests, see candidateQuery.ts), or, given a driver (see pageDriver.ts), reads the few candidates
 * one part of the query finds and sorts those. The count finds its rows from the query's sets.
 */
export function candidateListQueries(input: ParsedInput<'candidates.list'>, driver: Condition | null = null) {
  // A driver found by the index's words and places brings the tests its candidates still need.
  const tests = driver?.tests ?? queryConditions(parseQuery(input.query), 'rowTests').conditions;
  const filters = filterConditions(input, 'rowTests');
  const where = ['deleted_at IS NULL', ...(driver ? [driver.sql] : []), ...tests.map((c) => c.sql), ...filters.where];
  const params = [...(driver?.params ?? []), ...tests.flatMap((c) => c.params), ...filters.params];
  const spec = { select: 'id', table: 'candidates', ...sorts[input.sort], cursor: input.cursor, limit: input.limit };
  const counted = candidateFilterConditions(input);
  return { ...keysetQueries({ ...spec, where, params }), count: keysetQueries({ ...spec, ...counted }).count };
}

interface SummaryRow {
  id: string;
  name: string;
  current_title: string | null;
  current_employer: string | null;
  location: string | null;
  skills: string;
  owner: string | null;
  updated_at: string;
  latest_stage: StageName | null;
  last_activity_at: string;
  tags: string;
}

/** The list reads the search index only for a text query: then the index must be up to date first. */
export function catchUpIndexForQuery(core: Core, query: string): void {
  if (query.trim() !== '') catchUpSearchIndex(core);
}

/** A page of the list; `count: false` leaves out the total (the quick switcher shows none). */
export function listCandidates(core: Core, input: ParsedInput<'candidates.list'>, { count = true } = {}): Page<CandidateSummary> {
  catchUpIndexForQuery(core, input.query);
  const driver = input.query.trim() === '' ? null : pageDriver(core, queryConditions(parseQuery(input.query), 'rowTests'), undefined, input.limit);
  const queries = candidateListQueries(input, driver);
  const page = runList(core, { ...queries, first: queries.first && count }, (r: { id: string }) => r.id);
  const rows = new Map(
    (statement(core.db, SUMMARY_SQL).all(JSON.stringify(page.items)) as SummaryRow[]).map((r) => [r.id, r]),
  );
  return { ...page, items: page.items.map((id) => toSummary(rows.get(id)!)) };
}

const toSummary = (r: SummaryRow): CandidateSummary => ({
  id: r.id,
  name: r.name,
  currentTitle: r.current_title,
  currentEmployer: r.current_employer,
  location: r.location,
  skills: JSON.parse(r.skills) as string[],
  owner: r.owner,
  latestStage: r.latest_stage,
  lastActivityAt: r.last_activity_at,
  tags: JSON.parse(r.tags) as string[],
  updatedAt: r.updated_at,
});
