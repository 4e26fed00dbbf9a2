import { describe, expect, it } from 'vitest';
import { ReportInput, reportNames, type ReportInput as Input } from '../../src/api/reports';
import { Figures } from '../../src/reports/figures';
import { report } from '../../src/reports/reports';
import { freshApp, type TestApp } from './helpers';

const figuresOf = (app: TestApp, filters: Input, keep: boolean) =>
  reportNames.map((name) => ({ name, made: report(app.core, name, ReportInput.parse(filters), new Figures(keep)) }));

/**
 * When no one asks which records are behind a figure (the Reports screen, the CLI), the reports
 * count in SQL (per job and stage) instead of listing every submission: the same figures
 * (report-periods.test.ts checks them against the records and the whole history).
 */
describe('reports counted in SQL', () => {
  it('the forecast counts a job without a salary by each candidate’s expectation', async () => {
    const app = await freshApp(undefined, { timeZone: 'Europe/Paris' });
    app.clock.set('2026-11-02T09:00:00Z');
    app.call('reports.saveSettings', {
      yearlyGoal: null,
      probabilities: { submitted: 0.1, client_reviewing: 0.2, interviewing: 0.25, offer: 0.6 },
      stuckDays: 7,
    });
    const client = app.call('clients.create', { name: 'Acme', fee: { type: 'percentage', percent: 20 } });
    const job = app.call('jobs.create', { clientId: client.id, title: 'Analyst' });
    const salaries = [50_000, 50_000, 61_000, null];
    for (const [i, amount] of salaries.entries()) {
      const candidate = app.call('candidates.create', {
        name: `Candidate ${i}`,
        ...(amount !== null && { salaryExpectation: { amount, currency: 'EUR' } }),
      });
      const { id } = app.call('submissions.create', { candidateId: candidate.id, jobId: job.id, stage: 'submitted' });
      if (i === 2) app.call('submissions.move', { id, stage: 'offer' });
    }
    const filters = { from: '2026-11-01', to: '2026-11-30' };
    const forecast = report(app.core, 'revenue', ReportInput.parse(filters)).forecast;
    // Two submitted at 20% of 50,000 (10% likely), one offer at 20% of 61,000 (60%), one without an expectation.
    expect(forecast.byStage.map((s) => [s.stage, s.fees.value])).toEqual([
      ['submitted', 20_000],
      ['client_reviewing', 0],
      ['interviewing', 0],
      ['offer', 12_200],
    ]);
    expect(forecast.total.value).toBe(2_000 + 7_320);
    expect(forecast.withoutEstimate.value).toBe(1);
    expect(figuresOf(app, filters, false)).toEqual(figuresOf(app, filters, true));
  });

  it('time in each stage: the median and 90th percentile SQL ranks are those of every stay measured', async () => {
    const app = await freshApp(undefined, { timeZone: 'Europe/Paris' });
    app.clock.set('2026-11-02T09:00:00Z');
    const client = app.call('clients.create', { name: 'Acme', fee: { type: 'percentage', percent: 20 } });
    const job = app.call('jobs.create', { clientId: client.id, title: 'Analyst', salary: { min: 50_000, max: 60_000, currency: 'EUR' } });
    // For 1 to 23 stays in a stage (odd and even counts, ties, lengths a tenth of a day apart), each stay a few hours to days.
    const start = Date.parse('2026-11-02T09:00:00Z');
    for (let i = 0; i < 23; i++) {
      app.clock.set(new Date(start + i * 60_000).toISOString());
      const candidate = app.call('candidates.create', { name: `Candidate ${i}` });
      const { id } = app.call('submissions.create', { candidateId: candidate.id, jobId: job.id, stage: 'submitted' });
      const stays = [((i * 7) % 5) * 0.35 + 0.05, ((i * 3) % 4) * 1.25, (i % 3) * 2.45];
      let at = start + i * 60_000;
      for (const [k, stage] of (['client_reviewing', 'interviewing', 'offer'] as const).entries()) {
        if (k > i % 4) break;
        at += stays[k]! * 86_400_000;
        app.clock.set(new Date(at).toISOString());
        app.call('submissions.move', { id, stage });
      }
    }
    app.clock.set('2026-12-20T09:00:00Z');
    for (const to of ['2026-11-02', '2026-11-03', '2026-11-30']) {
      const filters = { from: '2026-11-02', to };
      const counted = report(app.core, 'time', ReportInput.parse(filters)).stages;
      expect(counted, to).toEqual(report(app.core, 'time', ReportInput.parse(filters), new Figures(true)).stages);
      expect(counted, to).toEqual(report(app.core, 'time', ReportInput.parse(filters), undefined, 'whole').stages);
    }
    expect(report(app.core, 'time', ReportInput.parse({ from: '2026-11-02', to: '2026-11-30' })).stages.map((s) => s.count.value)).toEqual([0, 23, 17, 11, 0]);
  });
});
