import type { z } from 'zod';
import type { CandidateFilters } from '../api/bulk';
import type { CandidateSummary } from '../api/candidates';
import type { StageName } from '../api/submissions';
import type { Page } from '../api/common';
import type { ParsedInput } from '../api/contract';
import type { Core } from '../db/core';
import { encodeCursor, keysetQueries, likePattern, runList } from '../db/keyset';
import { statement } from '../db/statements';
import type { SqlValue } from '../db/records';
import { candidateConditions, candidateStageSql, latestStageSql, queryConditions, type Condition } from '../search/candidateQuery';
import { driverOf, FEW, smallestPart, type Part } from '../search/pageDriver';
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
 * screening answers and resumes; fields; OR; exclusions), and every filter narrowing further, each
 * a set. A count (the list's, select all's) is made of them when no part of the query finds few
 * enough for its candidates to be read instead (see partToRead).
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

/** The candidates a page reads: the driver's (or every one, walked), each tested row by row. */
function rowTestsFrom(input: z.output<typeof CandidateFilters>, driver: Condition | null): { where: string[]; params: SqlValue[] } {
  // A driver found by the index's words and places brings the tests its candidates still need.
  const tests = driver?.tests ?? queryConditions(parseQuery(input.query), 'rowTests').conditions;
  const filters = filterConditions(input, 'rowTests');
  const where = ['deleted_at IS NULL', ...(driver ? [driver.sql] : []), ...tests.map((c) => c.sql), ...filters.where];
  const params = [...(driver?.params ?? []), ...tests.flatMap((c) => c.params), ...filters.params];
  return { where, params };
}

/**
 * Up to how many candidates one part of the query may find for the count to test those row by
 * row: about 3 µs each (read by id, its probes, its row for a title), where counting the sets
 * read every match of each part and each one's wide row ("skill:Go -title:operations Lond": 13,000
 * with the skill, 66 ms, against 833 whose entry holds both).
 */
const COUNTED = 20_000;

/**
 * Up to how many candidates of one part the first page and its count are read in one pass: the
 * count reads each of them by id already, and sorting a few thousand keys costs less than walking
 * the sort order for a page among them (a page of 100 among 670: 15,000 rows walked, 3 ms).
 */
const SORTED = 5_000;

/** How large a part may be for the count to read it (counted) and for the first page to come from the same read (sorted). */
export const LIST_BOUNDS = { counted: COUNTED, sorted: SORTED };

/**
 * The part of the query whose candidates are read (see smallestPart), found once for a page and a
 * count (see countedConditions): a page reads one of up to `page` candidates, a count one of up to
 * `count` (0: no page, no count). A query of one term and no filter (skill:go, source:referral) is
 * counted by its set unless a page reads its part anyway: an index counts a set as well as a read
 * of its candidates could, or better (a source's index holds it all; read row by row,
 * source:LinkedIn's 16,000 took 140 ms, against 3).
 */
function partToRead(core: Core, input: z.output<typeof CandidateFilters>, reads: { page: number; count: number }): Part | null {
  const parsed = parseQuery(input.query);
  const onePart = parsed.length === 1 && parsed[0]!.length === 1 && filterConditions(input, 'sets').where.length === 0;
  const few = Math.max(reads.page, onePart ? 0 : reads.count);
  return parsed.length === 0 || few === 0 ? null : smallestPart(core, queryConditions(parsed, 'rowTests'), few);
}

/** The candidates a count counts: the part's, tested row by row as a page's are, or (none) the query's sets. */
const countedConditions = (input: z.output<typeof CandidateFilters>, part: Part | null) =>
  part ? rowTestsFrom(input, part.condition) : candidateFilterConditions(input);

/** How many candidates the list shows. */
function countCandidates(core: Core, input: ParsedInput<'candidates.list'>, part: Part | null): number {
  const { where, params } = countedConditions(input, part);
  return statement(core.db, `SELECT count(*) FROM candidates WHERE ${where.join(' AND ')}`).pluck().get(...params) as number;
}

/** The first page and the count from one read of the part's candidates, sorted (see SORTED). */
function sortedWithCount(core: Core, input: ParsedInput<'candidates.list'>, driver: Condition): Page<string> {
  const { where, params } = rowTestsFrom(input, driver);
  const { page } = keysetQueries({ select: 'id, count(*) OVER () AS total', table: 'candidates', where, params, ...sorts[input.sort], cursor: undefined, limit: input.limit });
  const rows = statement(core.db, page.sql).all(...page.params) as { id: string; sort_key: SqlValue; total: number }[];
  const items = rows.slice(0, input.limit);
  const last = items.at(-1);
  return {
    items: items.map((r) => r.id),
    total: rows[0]?.total ?? 0,
    nextCursor: rows.length > input.limit && last ? encodeCursor(sorts[input.sort].sortKey, [last.sort_key, last.id]) : null,
  };
}

/**
 * Every candidate matching a list's filters, as conditions, for "select all" and its count (a
 * saved search's, a bulk action's): the candidates the list's count counts, found as it finds them
 * (see partToRead), with no page reading a part.
 */
export function candidatesMatching(core: Core, input: z.output<typeof CandidateFilters>): { where: string[]; params: SqlValue[] } {
  return countedConditions(input, partToRead(core, input, { page: 0, count: COUNTED }));
}

/**
 * A page's SQL, never its count (the list counts in listCandidates; the CSV export reads the pages
 * only). The page tests each candidate as it walks the sort order (the query's row tests, see
 * candidateQuery.ts), or, given a driver (see pageDriver.ts), starts from the candidates one part
 * of the query finds.
 */
export function candidateListQueries(input: ParsedInput<'candidates.list'>, driver: Condition | null = null) {
  const { where, params } = rowTestsFrom(input, driver);
  return { ...keysetQueries({ select: 'id', table: 'candidates', where, params, ...sorts[input.sort], cursor: input.cursor, limit: input.limit }), first: false };
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
export function listCandidates(core: Core, input: ParsedInput<'candidates.list'>, { count = true, bounds = LIST_BOUNDS } = {}): Page<CandidateSummary> {
  catchUpIndexForQuery(core, input.query);
  const counting = input.cursor === undefined && count;
  // A longer page's walk is longer: the part it may start from may be larger (a page of 20: 500).
  const pageFew = Math.max(FEW, (FEW * input.limit) / 20);
  const part = partToRead(core, input, { page: pageFew, count: counting ? bounds.counted : 0 });
  // A part found for the count, larger than a page may start from, is not the page's: the page
  // walks, as the pages after it do.
  const page =
    counting && part !== null && part.size <= bounds.sorted
      ? sortedWithCount(core, input, part.condition)
      : {
          ...runList(core, candidateListQueries(input, driverOf(core, part, pageFew, input.limit)), (r: { id: string }) => r.id),
          total: counting ? countCandidates(core, input, part) : null,
        };
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
