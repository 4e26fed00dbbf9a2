import { describe, expect, it } from 'vitest';
import { ReportInput } from '../../src/api/reports';
import { factQueries } from '../../src/reports/facts';
import { freshApp } from './helpers';

async function plan(sql: string, params: unknown): Promise<string> {
  const { core } = await freshApp();
  const rows = core.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params as never) as { detail: string }[];
  return rows.map((r) => r.detail).join('\n');
}

const someId = '01a20000-0000-7000-8000-000000000000';
const period = { from: '2026-11-01', to: '2026-11-30' };

describe('query plans of the report queries', () => {
  it('a period’s submissions are found by when their moves and interviews happened, never by reading the history', async () => {
    const queries = factQueries(ReportInput.parse(period));
    for (const sql of [queries.scopes.presented, queries.scopes.time]) {
      const detail = await plan(sql, { from: period.from, to: period.to, opened: '[]' });
      expect(detail).toMatch(/SEARCH stage_changes USING COVERING INDEX stage_changes_by_time \(created_at>\? AND created_at<\?\)/);
      expect(detail).not.toMatch(/SCAN (stage_changes|interviews|submissions)\b/);
    }
    expect(await plan(queries.scopes.presented, { from: period.from, to: period.to })).toMatch(/SEARCH interviews USING INDEX interviews_by_start/);
    // Then each of them by key, and its whole history from the index alone.
    const listed = await plan(queries.submissions.listed, { ids: '[]' });
    expect(listed).toMatch(/SEARCH s USING INDEX sqlite_autoindex_submissions_1 \(id=\?\)/);
    expect(listed).toMatch(/SEARCH c USING INDEX sqlite_autoindex_candidates_1 \(id=\?\)/);
    expect(await plan(queries.moves.scoped, ['[]'])).toMatch(/SEARCH stage_changes USING COVERING INDEX stage_changes_live \(submission_id=\?\)/);
  });

  it('where every submission stands is one pass over the live moves’ index, the rest by key', async () => {
    const queries = factQueries(ReportInput.parse(period));
    const standing = await plan(queries.standing, { stages: '["offer"]' });
    expect(standing).toMatch(/SCAN stage_changes USING COVERING INDEX stage_changes_live/);
    expect(standing.match(/^SCAN (?!now\b|json_each)/gm)).toHaveLength(1);
    expect(standing).not.toMatch(/TEMP B-TREE/);
    // Placements are few: read from them, never from every submission of the jobs.
    const placements = await plan(queries.placements, {});
    expect(placements).toMatch(/^SCAN p$/m);
    expect(placements.match(/^SCAN /gm)).toHaveLength(1);
  });

  it('one client’s reports read only its jobs, by index', async () => {
    const queries = factQueries(ReportInput.parse({ ...period, clientId: someId }));
    expect(await plan(queries.jobs, { clientId: someId })).toMatch(/USING INDEX jobs_by_client/);
    expect(await plan(factQueries(ReportInput.parse(period)).jobs, {})).not.toMatch(/TEMP B-TREE/);
    expect(await plan(queries.jobStatuses, [])).toMatch(/USING INDEX job_status_changes_by_job/);
    expect(await plan(queries.jobStatuses, [])).not.toMatch(/TEMP B-TREE/);
  });
});
