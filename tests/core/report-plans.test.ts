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
const period = { from: '2026-01-01', to: '2026-12-31' };

describe('query plans of the report queries', () => {
  it('the whole agency: each table is read in one pass, with no sort step and no lookup by scan', async () => {
    const queries = factQueries(ReportInput.parse(period));
    for (const sql of [queries.moves.all, queries.feedback.all, queries.interviews.all]) {
      const detail = await plan(sql, []);
      // Interviews walk their index of live rows: the same one pass.
      expect(detail).toMatch(/^SCAN (stage_changes|feedback|interviews( USING INDEX interviews_by_start)?)$/);
    }
    const submissions = await plan(queries.submissions.all, {});
    // Submissions walked once, each candidate found by its key.
    expect(submissions).toBe('SCAN s\nSEARCH c USING INDEX sqlite_autoindex_candidates_1 (id=?)');
    const jobs = await plan(queries.jobs, {});
    expect(jobs).not.toMatch(/TEMP B-TREE/);
    expect(jobs.match(/^SCAN /gm)).toHaveLength(1);
    expect(await plan(queries.jobStatuses, [])).toMatch(/USING INDEX job_status_changes_by_job/);
    expect(await plan(queries.jobStatuses, [])).not.toMatch(/TEMP B-TREE/);
  });

  it('one client’s reports read only its jobs, their submissions and their history, by index', async () => {
    const queries = factQueries(ReportInput.parse({ ...period, clientId: someId }));
    const submissions = await plan(queries.submissions.scoped, { jobs: '[]' });
    expect(submissions).toMatch(/SEARCH s USING INDEX submissions_by_job/);
    expect(submissions).not.toMatch(/^SCAN (?!json_each)/m);
    for (const [sql, index] of [
      [queries.moves.scoped, 'stage_changes_by_submission'],
      [queries.feedback.scoped, 'feedback_by_submission'],
      [queries.interviews.scoped, 'interviews_by_submission'],
    ] as const) {
      const detail = await plan(sql, ['[]']);
      expect(detail).toMatch(new RegExp(`USING INDEX ${index}`));
      expect(detail).not.toMatch(/SCAN (stage_changes|feedback|interviews)\b/);
    }
    expect(await plan(queries.jobs, { clientId: someId })).toMatch(/USING INDEX jobs_by_client/);
  });
});
