import { describe, expect, it } from 'vitest';
import { ReportInput } from '../../src/api/reports';
import { factQueries } from '../../src/reports/facts';
import { timeQueries } from '../../src/reports/timeMeasures';
import { waitingQueries } from '../../src/reports/waiting';
import { countQueries } from '../../src/reports/counts';
import { answerQueries, withZoneDay } from '../../src/reports/answerDays';
import { zoneWindow } from '../../src/reports/zoneSql';
import { freshApp } from './helpers';

async function plan(sql: string, params: unknown): Promise<string> {
  const { core } = await freshApp();
  const rows = withZoneDay(core.db).prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params as never) as { detail: string }[];
  return rows.map((r) => r.detail).join('\n');
}

const someId = '01a20000-0000-7000-8000-000000000000';
const period = { from: '2026-11-01', to: '2026-11-30' };

describe('query plans of the report queries', () => {
  it('a period’s submissions are found by when they were presented and interviewed, with where each stands: no move and no wide table read', async () => {
    for (const source of [null, 'Referral']) {
      const queries = factQueries(ReportInput.parse({ ...period, source }));
      const detail = await plan(queries.scopes.presented, { from: period.from, to: period.to, ...(source && { source }) });
      expect(detail).toMatch(/SEARCH submission_progress USING COVERING INDEX submission_progress_presented \(submitted_at>\? AND submitted_at<\?\)/);
      expect(detail).toMatch(/SEARCH interviews USING INDEX interviews_by_start/);
      // Then each of them by key in the same narrow table, which holds its candidate's columns too.
      expect(detail).toMatch(/SEARCH p USING PRIMARY KEY \(submission_id=\?\)/);
      expect(detail).not.toMatch(/stage_changes|candidates|submissions\b/);
      expect(detail).not.toMatch(/^SCAN (?!t$)/m);
    }
    // Feedback and interviews of those submissions, by key.
    const queries = factQueries(ReportInput.parse(period));
    expect(await plan(queries.feedback.scoped, ['[]'])).toMatch(/SEARCH feedback USING INDEX feedback_by_submission \(submission_id=\?\)/);
    expect(await plan(queries.interviews.scoped, ['[]'])).toMatch(/SEARCH interviews USING INDEX interviews_by_submission \(submission_id=\?\)/);
  });

  it('time is SQL over the moves made in the period: each one’s next found by a search, no submission’s history read', async () => {
    for (const source of [false, true]) {
      const queries = timeQueries(source);
      const params = { jobs: '[]', start: period.from, end: period.to, ...(source && { source: 'Referral' }) };
      const spells = await plan(queries.spells, params);
      // The period's moves by when they were made, twice: the waiting ones, and which submissions moved.
      expect(spells.match(/SEARCH (m|stage_changes) USING COVERING INDEX stage_changes_by_time \(created_at>\? AND created_at<\?\)/g)).toHaveLength(2);
      expect(spells).toMatch(/SEARCH n USING COVERING INDEX stage_changes_live \(submission_id=\? AND created_hlc>\?\)/);
      // Each submission moved in the period checked once, by key, in submission_progress's narrow index of the filters' columns (migration 29).
      expect(spells).toMatch(/SEARCH s USING COVERING INDEX submission_progress_filters \(submission_id=\?/);
      expect(spells).not.toMatch(/SCAN (stage_changes|submissions|candidates|submission_progress|s|c|m)\b/);
      expect(spells).not.toMatch(/\b(candidates|submissions)\b/);
      // The figures' stays (no records asked): by when each began, in stage_stays' index alone
      // (migration 29), each submission checked in a narrow index; no move read, no next searched.
      const stays = await plan(queries.stays, params);
      expect(stays).toMatch(/SEARCH st USING COVERING INDEX stage_stays_by_time \(since_at>\? AND since_at<\?\)/);
      expect(stays).toMatch(/SEARCH s USING COVERING INDEX submission_progress_filters \(submission_id=\? AND live=\?\)/);
      expect(stays).not.toMatch(/stage_changes|TEMP B-TREE|^SCAN (?!json_each)/m);
      // The jobs opened in the period: their submissions' first moves, one search per job, no move read.
      const firsts = await plan(queries.firsts, { opened: '[]', ...(source && { source: 'Referral' }) });
      expect(firsts).toMatch(/SEARCH submission_progress USING INDEX submission_progress_by_job \(job_id=\?\)/);
      expect(firsts).not.toMatch(/stage_changes|^SCAN (?!json_each)/m);
    }
  });

  it('where every submission stands is read from submission_progress, never from the history', async () => {
    const queries = factQueries(ReportInput.parse(period));
    const standing = await plan(queries.standing, {});
    // Most submissions wait: one pass over the narrow table beats a search for each.
    expect(standing).toMatch(/^SCAN submission_progress$/m);
    expect(standing).not.toMatch(/stage_changes|candidates|\bsubmissions\b|TEMP B-TREE/);
    // Placements are few: read from the submissions placed, never from every submission of the
    // jobs, nor any history, nor the candidates' wide rows.
    const placements = await plan(queries.placements, {});
    // Each from an index holding all that is read of it (migration 29): no wide row.
    expect(placements).toMatch(/SCAN now USING COVERING INDEX submission_progress_placed_facts/);
    expect(placements).toMatch(/SEARCH s USING COVERING INDEX submissions_placed \(id=\?/);
    expect(placements.match(/^SCAN /gm)).toHaveLength(1);
    expect(placements).not.toMatch(/stage_changes|candidates/);
  });

  it('the stuck and the forecast are counted in one pass over an index of every submission, never the table’s wide rows', async () => {
    for (const source of [false, true]) {
      const queries = waitingQueries(source);
      const params = { jobs: '[]', bare: '[]', before: '2026-11-01', until: '2026-11-01', limit: 50, ...(source && { source: 'Referral' }) };
      for (const sql of [queries.stuckCount, queries.stuck, queries.forecast(true), queries.forecast(false)]) {
        const detail = await plan(sql, params);
        // The index holding what the reports read of each submission (migration 29): no pass over the table.
        expect(detail).toMatch(/^SCAN p USING (COVERING )?INDEX submission_progress_presented$/m);
        expect(detail).not.toMatch(/stage_changes|candidates|\bsubmissions\b|jobs\b|^SCAN (?!json_each|p USING)/m);
      }
      // Counted, and grouped by stage and job, from the index alone.
      for (const sql of [queries.stuckCount, queries.forecast(false)]) expect(await plan(sql, params)).toMatch(/COVERING INDEX submission_progress_presented/);
      // The stuck list reads the table for the few it lists, by key.
      expect(await plan(queries.stuck, params)).toMatch(/SEARCH submission_progress USING PRIMARY KEY \(submission_id=\?\)/);
    }
  });

  it('the period’s counts are found by when the submissions were presented (and the interviews held), in submission_progress', async () => {
    for (const source of [false, true]) {
      const queries = countQueries(source);
      const params = { jobs: '[]', start: period.from, end: period.to, weeks: '[]', ...(source && { source: 'Referral' }) };
      const answers = answerQueries(source);
      const days = { ...params, ...zoneWindow('Europe/Berlin', period.from, period.to), today: period.to };
      for (const sql of [queries.byJob, queries.closed, queries.bySource, answers.submissions, answers.interviews, queries.weeks]) {
        const detail = await plan(sql, [answers.submissions, answers.interviews].includes(sql) ? days : params);
        expect(detail).toMatch(/SEARCH p USING COVERING INDEX submission_progress_presented \(submitted_at>\? AND submitted_at<\?\)|SEARCH iv USING INDEX interviews_by_start/);
        // A submission's own few feedback days are sorted in a subquery of their own.
        expect(detail).not.toMatch(/stage_changes|candidates|\bsubmissions\b|^SCAN (?!json_each|\(subquery)/m);
      }
      // Feedback and interviews by their submission's key, no sort; the placements from those placed, never every submission of the jobs.
      for (const sql of [answers.submissions, answers.interviews]) {
        expect(await plan(sql, days)).toMatch(/SEARCH f USING INDEX feedback_by_submission \(submission_id=\?\)/);
        expect(await plan(sql, days)).not.toMatch(/TEMP B-TREE/);
      }
      expect(await plan(answers.interviews, days)).toMatch(/SEARCH iv USING INDEX interviews_by_submission \(submission_id=\?\)/);
      expect(await plan(queries.placedAt, params)).toMatch(/^SCAN now USING COVERING INDEX submission_progress_placed_facts$/m);
      expect(await plan(queries.placedAt, params)).not.toMatch(/submissions_by_job|stage_changes/);
    }
  });

  it('one client’s reports read only its jobs, by index', async () => {
    const queries = factQueries(ReportInput.parse({ ...period, clientId: someId }));
    expect(await plan(queries.jobs, { clientId: someId })).toMatch(/USING INDEX jobs_by_client/);
    expect(await plan(factQueries(ReportInput.parse(period)).jobs, {})).not.toMatch(/TEMP B-TREE/);
    expect(await plan(queries.jobStatuses, [])).toMatch(/USING INDEX job_status_changes_by_job/);
    expect(await plan(queries.jobStatuses, [])).not.toMatch(/TEMP B-TREE/);
  });
});
