import { describe, expect, it } from 'vitest';
import { ReportInput } from '../../src/api/reports';
import { factQueries } from '../../src/reports/facts';
import { timeQueries } from '../../src/reports/timeMeasures';
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
    const detail = await plan(queries.scopes.presented, { from: period.from, to: period.to });
    expect(detail).toMatch(/SEARCH stage_changes USING COVERING INDEX stage_changes_by_time \(created_at>\? AND created_at<\?\)/);
    expect(detail).not.toMatch(/SCAN (stage_changes|interviews|submissions)\b/);
    expect(detail).toMatch(/SEARCH interviews USING INDEX interviews_by_start/);
    // Then each of them by key, its candidate from the index of live candidates (not the wide
    // table), and its whole history from the index alone.
    const listed = await plan(queries.submissions.listed, { ids: '[]' });
    expect(listed).toMatch(/SEARCH s USING INDEX sqlite_autoindex_submissions_1 \(id=\?\)/);
    expect(listed).toMatch(/SEARCH c USING COVERING INDEX candidates_live_facts \(id=\?\)/);
    const moves = await plan(queries.moves.scoped, ['[]']);
    expect(moves).toMatch(/SEARCH stage_changes USING COVERING INDEX stage_changes_live \(submission_id=\?\)/);
    // In clock order as the index holds them: no sort step.
    expect(moves).not.toMatch(/TEMP B-TREE/);
  });

  it('time is SQL over the moves made in the period: each one’s next found by a search, no submission’s history read', async () => {
    for (const source of [false, true]) {
      const queries = timeQueries(source);
      const params = { jobs: '[]', start: period.from, end: period.to, ...(source && { source: 'Referral' }) };
      const spells = await plan(queries.spells, params);
      // The period's moves by when they were made, twice: the waiting ones, and which submissions moved.
      expect(spells.match(/SEARCH (m|stage_changes) USING COVERING INDEX stage_changes_by_time \(created_at>\? AND created_at<\?\)/g)).toHaveLength(2);
      expect(spells).toMatch(/SEARCH n USING COVERING INDEX stage_changes_live \(submission_id=\? AND created_hlc>\?\)/);
      // Each submission moved in the period checked once, by key; its candidate in the index of live candidates.
      expect(spells).toMatch(/SEARCH s USING INDEX sqlite_autoindex_submissions_1 \(id=\?\)/);
      expect(spells).toMatch(/SEARCH c USING COVERING INDEX candidates_live_facts \(id=\?( AND source=\?)?\)/);
      expect(spells).not.toMatch(/SCAN (stage_changes|submissions|candidates|s|c|m)\b/);
      for (const first of [queries.firstSubmitted, queries.firstPlaced]) {
        const detail = await plan(first, { ...params, opened: '[]' });
        // Only the submissions of the jobs opened in the period, and their own moves.
        expect(detail).toMatch(/SEARCH submissions USING INDEX submissions_by_job \(job_id=\?\)/);
        expect(detail).toMatch(/SEARCH m USING COVERING INDEX stage_changes_live \(submission_id=\?\)/);
        expect(detail).not.toMatch(/SCAN (stage_changes|submissions|candidates|s|c|m)\b/);
      }
    }
  });

  it('where every submission stands is one pass over the live moves’ index, the rest by key', async () => {
    const queries = factQueries(ReportInput.parse(period));
    const standing = await plan(queries.standing, { stages: '["offer"]' });
    expect(standing).toMatch(/SCAN stage_changes USING COVERING INDEX stage_changes_live/);
    expect(standing.match(/^SCAN (?!now\b|json_each)/gm)).toHaveLength(1);
    expect(standing).not.toMatch(/TEMP B-TREE/);
    expect(standing).toMatch(/SEARCH c USING COVERING INDEX candidates_live_facts \(id=\?\)/);
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
