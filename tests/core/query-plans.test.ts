import { describe, expect, it } from 'vitest';
import { CandidateListInput } from '../../src/api/candidates';
import { ClientListInput } from '../../src/api/clients';
import { JobListInput } from '../../src/api/jobs';
import { candidateFilterConditions, candidateListQueries, SUMMARY_SQL } from '../../src/candidates/candidateList';
import { clientListQueries } from '../../src/clients/clientList';
import { encodeCursor } from '../../src/db/keyset';
import { jobListQueries } from '../../src/jobs/jobList';
import { notesQueries } from '../../src/notes/notes';
import { catchUpSql, indexed } from '../../src/search/searchIndex';
import { freshApp } from './helpers';

async function plan(sql: string, params: unknown[]): Promise<string> {
  const { core } = await freshApp();
  const rows = core.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
  return rows.map((r) => r.detail).join('\n');
}

const someId = '01a20000-0000-7000-8000-000000000000';

describe('query plans of hot queries', () => {
  it.each(['name', 'updated'] as const)('the clients list sorted by %s walks an index, with no sort step', async (sort) => {
    const cursor = encodeCursor(clientListQueries(ClientListInput.parse({ sort })).sortKey, ['m', someId]);
    for (const input of [{ sort }, { sort, cursor }, { sort, status: 'active' as const }]) {
      const { page } = clientListQueries(ClientListInput.parse(input));
      const detail = await plan(page.sql, page.params);
      expect(detail).toMatch(sort === 'name' ? /USING INDEX clients_live_by_name/ : /USING INDEX clients_live_by_updated/);
      expect(detail).toMatch(/contacts USING INDEX contacts_by_client/);
      expect(detail).not.toMatch(/TEMP B-TREE/);
    }
  });

  it.each([
    ['target', 'jobs_live_by_target'],
    ['opened', 'jobs_live_by_opened'],
    ['updated', 'jobs_live_by_updated'],
  ] as const)('the jobs list sorted by %s walks %s, with no sort step', async (sort, index) => {
    const cursor = encodeCursor(jobListQueries(JobListInput.parse({ sort })).sortKey, ['2027-01-01', someId]);
    for (const input of [{ sort }, { sort, cursor }, { sort, status: 'open' as const, priority: 'high' as const }]) {
      const { page } = jobListQueries(JobListInput.parse(input));
      const detail = await plan(page.sql, page.params);
      expect(detail).toMatch(new RegExp(`jobs USING INDEX ${index}`));
      expect(detail).not.toMatch(/TEMP B-TREE/);
    }
  });

  it.each(['name', 'updated'] as const)('the candidates list sorted by %s walks an index, with no sort step', async (sort) => {
    const cursor = encodeCursor(candidateListQueries(CandidateListInput.parse({ sort })).sortKey, ['m', someId]);
    const { page } = candidateListQueries(CandidateListInput.parse({ sort, cursor }));
    const detail = await plan(page.sql, page.params);
    expect(detail).toMatch(sort === 'name' ? /candidates_live_by_name/ : /candidates_live_by_updated/);
    expect(detail).not.toMatch(/TEMP B-TREE/);
  });

  it.each([
    ['skill:java -title:contract "new york"', /candidate_keys USING PRIMARY KEY \(key=\?\)/],
    ['tag:hot -location:paris', /tags USING INDEX tags_live_by_key/],
    ['owner:sam', /candidates USING INDEX candidates_live_by_owner/],
    ['source:referral', /candidates USING INDEX candidates_live_by_source/],
    ['title:"team lead"', /VIRTUAL TABLE INDEX/],
    ['stage:offer', /stage_changes USING COVERING INDEX stage_changes_\w+ \(submission_id=\?/],
  ])('a fielded search “%s” reaches its candidates by index, never by reading them all', async (query, index) => {
    const input = CandidateListInput.parse({ query });
    const { page } = candidateListQueries(input);
    // The page walks the sort order's index and stops at the rows shown; a count by the query's
    // sets (when no part finds few enough to be read) finds its rows by key.
    const pagePlan = await plan(page.sql, page.params);
    expect(pagePlan).toMatch(/(SCAN|SEARCH) candidates USING (COVERING )?INDEX candidates_live_by_updated|candidates_live_by_owner|candidates_live_by_source/);
    const sets = candidateFilterConditions(input);
    const countPlan = await plan(`SELECT count(*) FROM candidates WHERE ${sets.where.join(' AND ')}`, sets.params);
    expect(countPlan).toMatch(index);
    expect(countPlan).not.toMatch(/SCAN candidates\b/);
  });

  it('a page of the candidate list is described (stage, last activity, tags) by key, row by row', async () => {
    const detail = await plan(SUMMARY_SQL, ['[]']);
    expect(detail).toMatch(/SEARCH candidates USING INDEX sqlite_autoindex_candidates_1/);
    expect(detail).not.toMatch(/SCAN (?!json_each|\(subquery)/);
    expect(detail).not.toMatch(/TEMP B-TREE/);
  });

  it('a client’s notes timeline finds its notes and its contacts’ notes by index', async () => {
    const detail = await plan(notesQueries.clientTimeline, [someId, someId]);
    expect(detail).not.toMatch(/SCAN n\b/);
    // Either index on a note's subject will do (migration 9's also holds the kind, for live notes).
    expect(detail).toMatch(/notes_by_(subject|kind)/);
    expect(detail).toMatch(/contacts_by_client/);
  });

  it('the notes about one record are found by index', async () => {
    const detail = await plan(notesQueries.aboutOne, ['job', someId]);
    expect(detail).toMatch(/USING INDEX notes_by_subject/);
    expect(detail).not.toMatch(/SCAN n\b/);
  });

  it('catching the search index up walks the queue of changed records, never the whole index', async () => {
    for (const sql of [catchUpSql.stale, ...indexed.map(catchUpSql.entries)]) {
      const detail = await plan(sql, []);
      expect(detail).toMatch(/^(SCAN|SEARCH) q\b/);
      // Only the queue is walked: every other table, the lookups of what a record belongs to included, by key.
      // (json_each and json_tree walk one record's JSON: a candidate's skills, a job's intake.)
      expect(detail).not.toMatch(/SCAN (?!q\b|json_each|json_tree)/);
    }
  });

  it("a slice of the catch-up seeks its kind's queued records up to the slice's end, not every one queued", async () => {
    for (const sql of indexed.map(catchUpSql.slice.entries)) {
      expect(await plan(sql, [{ recordId: someId }])).toMatch(/SEARCH q USING PRIMARY KEY \(kind=\? AND record_id<\?\)/);
    }
  });
});
