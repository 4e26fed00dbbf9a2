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

  it('responsiveness lists two clients of one name (and their hiring managers of one name) by id, counted in SQL or from the records', async () => {
    const app = await freshApp(undefined, { timeZone: 'Europe/Paris' });
    app.clock.set('2026-11-02T09:00:00Z');
    // Two clients named Acme (client names are unique, so the second is renamed), each with a hiring manager named Max.
    const x = app.call('clients.create', { name: 'Acme' });
    const y = app.call('clients.create', { name: 'Acme 2' });
    app.core.db.prepare("UPDATE clients SET name = 'Acme' WHERE id = ?").run(y.id);
    const mx = app.call('contacts.create', { clientId: x.id, name: 'Max', role: 'hiring_manager' });
    const my = app.call('contacts.create', { clientId: y.id, name: 'Max', role: 'hiring_manager' });
    const jx = app.call('jobs.create', { clientId: x.id, title: 'X job', hiringManagerId: mx.id });
    const jy = app.call('jobs.create', { clientId: y.id, title: 'Y job', hiringManagerId: my.id });
    const ann = app.call('candidates.create', { name: 'Ann' });
    const bob = app.call('candidates.create', { name: 'Bob' });
    // X's submission presented after Y's, though shortlisted (and so recorded) before it.
    app.clock.set('2026-11-03T09:00:00Z');
    const sx = app.call('submissions.create', { candidateId: ann.id, jobId: jx.id, stage: 'shortlisted' }).id;
    app.clock.set('2026-11-04T09:00:00Z');
    app.call('submissions.create', { candidateId: bob.id, jobId: jy.id, stage: 'submitted' });
    app.clock.set('2026-11-05T09:00:00Z');
    app.call('submissions.move', { id: sx, stage: 'submitted' });
    app.clock.set('2026-11-20T09:00:00Z');
    const filters = ReportInput.parse({ from: '2026-11-01', to: '2026-11-30' });
    const clients = [x.id, y.id].sort();
    const managers = [mx.id, my.id].sort();
    for (const made of [
      report(app.core, 'responsiveness', filters),
      report(app.core, 'responsiveness', filters, new Figures(true)),
      report(app.core, 'responsiveness', filters, new Figures(true), 'whole'),
    ]) {
      expect(made.byClient.map((c) => c.clientId)).toEqual(clients);
      expect(made.byContact.map((c) => c.contactId)).toEqual(managers);
    }
  });

  it('time in each stage: the median and 90th percentile SQL ranks are those of every stay measured', async () => {
    const app = await freshApp(undefined, { timeZone: 'Europe/Paris' });
    app.clock.set('2026-11-02T09:00:00Z');
    const client = app.call('clients.create', { name: 'Acme', fee: { type: 'percentage', percent: 20 } });
    const job = app.call('jobs.create', { clientId: client.id, title: 'Analyst', salary: { min: 50_000, max: 60_000, currency: 'EUR' } });
    // For 1, 6, 11, 17 and 23 stays in a stage (odd and even counts, ties, lengths a tenth of a day apart), each stay a few hours to days.
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
    // And for 2, 10 and 20 stays, each on a job of its own: the smallest even count, and where
    // 9n/10 is whole (the 90th percentile's rank turns), the ranks either side of a different length.
    const few = [2, 10, 20].map((n, j) => {
      const other = app.call('jobs.create', { clientId: client.id, title: `Analyst ${n}` });
      const from = Date.parse('2026-11-10T09:00:00Z') + j * 86_400_000;
      for (let i = 0; i < n; i++) {
        const at = from + i * 60_000;
        app.clock.set(new Date(at).toISOString());
        const candidate = app.call('candidates.create', { name: `Candidate ${n}.${i}` });
        const { id } = app.call('submissions.create', { candidateId: candidate.id, jobId: other.id, stage: 'submitted' });
        const v = (i * 7) % n; // 0 to n - 1 in a shuffled order, 2 as long as 1 (a tie)
        app.clock.set(new Date(at + (v % 5 === 2 ? v - 1 : v) * 0.3 * 86_400_000 + 3_600_000).toISOString());
        app.call('submissions.move', { id, stage: 'client_reviewing' });
      }
      return { n, jobId: other.id };
    });
    app.clock.set('2026-12-20T09:00:00Z');
    for (const { n, jobId } of few) {
      const filters = ReportInput.parse({ from: '2026-11-02', to: '2026-11-30', jobId });
      const counted = report(app.core, 'time', filters).stages;
      expect(counted[1]!, `${n}`).toMatchObject({ stage: 'submitted', count: { value: n } });
      expect(counted, `${n}`).toEqual(report(app.core, 'time', filters, new Figures(true)).stages);
      expect(counted, `${n}`).toEqual(report(app.core, 'time', filters, undefined, 'whole').stages);
    }
    for (const to of ['2026-11-02', '2026-11-03', '2026-11-30']) {
      const filters = { from: '2026-11-02', to };
      const counted = report(app.core, 'time', ReportInput.parse(filters)).stages;
      expect(counted, to).toEqual(report(app.core, 'time', ReportInput.parse(filters), new Figures(true)).stages);
      expect(counted, to).toEqual(report(app.core, 'time', ReportInput.parse(filters), undefined, 'whole').stages);
    }
    expect(report(app.core, 'time', ReportInput.parse({ from: '2026-11-02', to: '2026-11-30', jobId: job.id })).stages.map((s) => s.count.value)).toEqual([0, 23, 17, 11, 0]);
  });
});
