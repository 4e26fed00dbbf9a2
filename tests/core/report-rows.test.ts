import { describe, expect, it } from 'vitest';
import { ReportInput, rowsShown } from '../../src/api/reports';
import { report } from '../../src/reports/reports';
import { failure, freshApp, shortlist, type TestApp } from './helpers';

const quarter = { from: '2026-10-01', to: '2026-12-31' } as const;
const whole = <N extends 'funnel' | 'responsiveness'>(app: TestApp, name: N) => report(app.core, name, ReportInput.parse(quarter));

/**
 * 31 clients, each with its hiring manager and a job (Client 07 with two), and a candidate
 * submitted to each job, some more than one, some answered days later: more rows in each long
 * table than the screen shows.
 */
async function manyClients() {
  const app = await freshApp();
  app.clock.set('2026-10-02T09:00:00Z');
  for (let i = 1; i <= 31; i++) {
    const n = String(i).padStart(2, '0');
    const client = app.call('clients.create', { name: `Client ${n}` });
    const manager = app.call('contacts.create', { clientId: client.id, name: `Manager ${n}`, role: 'hiring_manager' });
    const jobs = [app.call('jobs.create', { clientId: client.id, title: `Role ${n}`, hiringManagerId: manager.id })];
    if (i === 7) jobs.push(app.call('jobs.create', { clientId: client.id, title: `Role ${n}b` }));
    for (const [j, job] of jobs.entries()) {
      // Busier clients further down the alphabet: the chart's busiest are not the table's first rows.
      for (let k = 0; k < 1 + (i % 4) + j; k++) {
        const candidate = app.call('candidates.create', { name: `Candidate ${n}.${j}.${k}` });
        const { id } = app.call('submissions.create', { candidateId: candidate.id, jobId: job.id, stage: 'submitted' });
        if (k % 2 === 0) {
          // The answer comes 0 to 2 days later (the first one), the same day (the others).
          if (k === 0) app.clock.advance((i % 3) * 86_400_000);
          app.call('feedback.add', { submissionId: id, contactId: manager.id, sentiment: 'positive' });
        }
        if (k === 1) app.call('submissions.move', { id, stage: 'interviewing' });
      }
    }
  }
  app.clock.set('2026-12-20T09:00:00Z');
  return app;
}

describe('the Reports screen’s answers carry the first rows of each long table', () => {
  it('the funnel: the first 25 rows per client and per job, in the whole report’s order, and how many there are in all', async () => {
    const app = await manyClients();
    const all = whole(app, 'funnel');
    expect([all.byClient.length, all.byJob.length]).toEqual([31, 32]);
    const shown = app.call('reports.funnel', quarter);
    expect(shown.byClient).toEqual(all.byClient.slice(0, rowsShown));
    expect(shown.byJob).toEqual(all.byJob.slice(0, rowsShown));
    expect(shown.totalRows).toEqual({ byClient: 31, byJob: 32 });
    // Everything else is the whole report's, every figure with the key of its records.
    expect(shown).toEqual({ ...all, byClient: shown.byClient, byJob: shown.byJob, totalRows: shown.totalRows });
    // The whole answer kept for the next call is not cut by the screen's.
    expect(whole(app, 'funnel').byJob).toHaveLength(32);
  });

  it('responsiveness: the first 25 clients and hiring managers, and the 25 busiest clients of them all for its chart', async () => {
    const app = await manyClients();
    const all = whole(app, 'responsiveness');
    const shown = app.call('reports.responsiveness', quarter);
    expect(shown.byClient).toEqual(all.byClient.slice(0, rowsShown));
    expect(shown.byContact).toEqual(all.byContact.slice(0, rowsShown));
    expect(shown.totalRows).toEqual({ byClient: 31, byContact: all.byContact.length });
    expect(all.byContact.length).toBeGreaterThan(rowsShown);
    expect(shown.overall).toEqual(all.overall);
    // The busiest by submissions, ties in the table's order; some are past the first 25 rows.
    const busiest = [...all.byClient].sort((a, b) => b.submissions.value! - a.submissions.value!).slice(0, rowsShown);
    expect(shown.busiest).toEqual(busiest.map((c) => ({ clientId: c.clientId, name: c.name, median: c.toFirstFeedback.median, p90: c.toFirstFeedback.p90 })));
    expect(shown.busiest.map((c) => c.name)).toContain('Client 31');
    expect(shown.busiest.every((c) => c.median !== null)).toBe(true);
  });

  it('reports.rows gives every row of a table, in the report’s order, each figure keyed to its records', async () => {
    const app = await manyClients();
    const funnel = whole(app, 'funnel');
    const responsiveness = whole(app, 'responsiveness');
    expect(app.call('reports.rows', { report: 'funnel', table: 'byClient', filters: quarter })).toEqual(funnel.byClient);
    expect(app.call('reports.rows', { report: 'funnel', table: 'byJob', filters: quarter })).toEqual(funnel.byJob);
    expect(app.call('reports.rows', { report: 'responsiveness', table: 'byClient', filters: quarter })).toEqual(responsiveness.byClient);
    expect(app.call('reports.rows', { report: 'responsiveness', table: 'byContact', filters: quarter })).toEqual(responsiveness.byContact);
    // A row past the first 25 is a link like any other: its key finds its submissions.
    const last = funnel.byJob.at(-1)!;
    expect(last.name).toBe('Role 31');
    const records = app.call('reports.records', { report: 'funnel', filters: quarter, key: last.steps[0]!.count.key });
    expect(records.map((r) => r.jobTitle)).toEqual(Array<string>(last.steps[0]!.count.value!).fill('Role 31'));
    // Filters narrow the rows as they narrow the report.
    const client07 = funnel.byClient.find((c) => c.name === 'Client 07')!.clientId;
    const rows = app.call('reports.rows', { report: 'funnel', table: 'byJob', filters: { ...quarter, clientId: client07 } });
    expect(rows.map((r) => ('jobId' in r ? r.name : null))).toEqual(['Role 07', 'Role 07b']);
  });

  it('a table a report does not have, a report without tables and a bad period are refused, each saying why', async () => {
    const app = await freshApp();
    expect(failure(() => app.call('reports.rows', { report: 'funnel', table: 'byContact', filters: quarter } as never))).toMatchObject({
      code: 'invalid_input',
      message: 'The funnel report’s tables are byClient and byJob',
      field: 'table',
    });
    expect(failure(() => app.call('reports.rows', { report: 'revenue', table: 'byClient', filters: quarter } as never))).toMatchObject({
      code: 'invalid_input',
      message: 'Only the funnel and responsiveness reports have tables of rows',
    });
    expect(failure(() => app.call('reports.rows', { report: 'funnel', table: 'byJob', filters: { from: '2026-12-01', to: '2026-11-01' } }))).toMatchObject({
      code: 'invalid_input',
      message: 'The period must end on or after its first day',
      field: 'filters.to',
    });
  });

  it('the CSV and `shortlist report` still give every row', async () => {
    const app = await manyClients();
    const csv = app.call('reports.export', { report: 'funnel', filters: quarter });
    // Its header, everyone, 31 clients and 32 jobs.
    expect(csv.text.trimEnd().split('\r\n')).toHaveLength(1 + 1 + 31 + 32);
    const responsiveness = app.call('reports.export', { report: 'responsiveness', filters: quarter });
    expect(responsiveness.text.trimEnd().split('\r\n')).toHaveLength(1 + 1 + 31 + whole(app, 'responsiveness').byContact.length);
    app.core.db.close();
    const printed = shortlist('report', '--db', app.file, '--from', quarter.from, '--to', quarter.to);
    expect(printed.code).toBe(0);
    const made = JSON.parse(printed.stdout) as { funnel: Record<string, unknown[]>; responsiveness: Record<string, unknown> };
    expect([made.funnel.byClient!.length, made.funnel.byJob!.length]).toEqual([31, 32]);
    expect(made.responsiveness).not.toHaveProperty('totalRows');
    expect(shortlist('report', '--db', app.file, '--from', '2026-12-01', '--to', '2026-11-01').stderr).toContain('The period must end on or after its first day');
  });
});
