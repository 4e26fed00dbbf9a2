import { describe, expect, it } from 'vitest';
import { ReportInput } from '../../src/api/reports';
import { closeDatabase } from '../../src/db/open';
import { openReader } from '../../src/db/reader';
import { plusDays } from '../../src/reminders/time';
import { report } from '../../src/reports/reports';
import { freshApp, type TestApp } from './helpers';

const DAY = 86_400_000;

/**
 * A client's job with `count` candidates submitted from `firstDay`, three a day (so each three
 * wait alike and their names decide), named so that the later ones of a day sort first.
 */
function submittedDayByDay(app: TestApp, firstDay: string, count: number) {
  app.clock.set(`${firstDay}T09:00:00Z`);
  const client = app.call('clients.create', { name: 'Acme', fee: { type: 'percentage', percent: 20 } });
  const job = app.call('jobs.create', { clientId: client.id, title: 'Data Engineer', salary: { min: 60_000, max: 80_000, currency: 'EUR' } });
  const submissions: { id: string; name: string; day: string }[] = [];
  for (let i = 0; i < count; i++) {
    const day = plusDays(firstDay, Math.floor(i / 3));
    app.clock.set(`${day}T${['09', '12', '15'][i % 3]}:00:00Z`);
    const name = `Candidate ${String(count - i).padStart(3, '0')}`;
    const candidate = app.call('candidates.create', { name });
    submissions.push({ id: app.call('submissions.create', { candidateId: candidate.id, jobId: job.id, stage: 'submitted' }).id, name, day });
  }
  return submissions;
}

const csvRows = (text: string) => text.replace(/^\ufeff/, '').trimEnd().split('\r\n');

describe('the stuck list', () => {
  it('the time report lists the 50 longest-waiting with how many are stuck; the CSV gives every one', async () => {
    const app = await freshApp();
    // 81 submitted from 1 October, three a day, until 27 October; today is 2 November.
    const submitted = submittedDayByDay(app, '2026-10-01', 81);
    app.clock.set('2026-11-02T12:00:00Z');
    const filters = { from: '2026-11-01', to: '2026-11-30' };
    const time = app.call('reports.time', filters);

    // Stuck: no move for 7 days or more, so submitted on 26 October or before: 78 of the 81.
    const stuck = submitted.filter((s) => s.day <= '2026-10-26');
    expect(time.stuckDays).toBe(7);
    expect(time.stuckCount).toBe(78);
    // The longest-waiting first; of two submitted the same day, the name first in the alphabet.
    const expected = stuck
      .map((s) => ({ ...s, days: Math.round((Date.parse('2026-11-02') - Date.parse(s.day)) / DAY) }))
      .sort((a, b) => b.days - a.days || a.name.localeCompare(b.name));
    expect(time.stuck.map((s) => [s.candidateName, s.days])).toEqual(expected.slice(0, 50).map((s) => [s.name, s.days]));
    expect(time.stuck[0]).toEqual({ submissionId: submitted[2]!.id, candidateName: 'Candidate 079', jobTitle: 'Data Engineer', clientName: 'Acme', stage: 'submitted', days: 32 });
    // The 49th to 51st were submitted on 17 October: the cut falls among them by name, so the
    // first of them submitted is left out and the last is in.
    expect(expected.slice(48, 51).map((s) => [s.name, s.days])).toEqual([['Candidate 031', 16], ['Candidate 032', 16], ['Candidate 033', 16]]);
    expect(time.stuck.map((s) => s.submissionId)).toContain(submitted[50]!.id);
    expect(time.stuck.map((s) => s.submissionId)).not.toContain(submitted[48]!.id);

    // The same list as reading every submission's whole history gives, whatever the period.
    const whole = report(app.core, 'time', ReportInput.parse(filters), undefined, 'whole');
    expect({ stuck: whole.stuck, count: whole.stuckCount }).toEqual({ stuck: time.stuck, count: time.stuckCount });
    expect(app.call('reports.time', { from: '2025-01-01', to: '2025-01-31' }).stuck).toEqual(time.stuck);

    const csv = app.call('reports.exportStuck', filters);
    expect(csv.fileName).toBe('shortlist-stuck-2026-11-02.csv');
    const rows = csvRows(csv.text);
    expect(rows[0]).toBe('Candidate,Job,Client,Stage,Days without a move (7 or more)');
    expect(rows.slice(1)).toEqual(expected.map((s) => `${s.name},Data Engineer,Acme,Submitted to client,${s.days}`));
  });

  it('a move takes a submission off the list, into the forecast or the fees placed at once, on the writer and on a reader', async () => {
    const app = await freshApp();
    const firstDay = new Date(Date.now() - 40 * DAY).toISOString().slice(0, 10);
    const submitted = submittedDayByDay(app, firstDay, 6);
    app.clock.set(new Date().toISOString());
    const filters = { from: firstDay, to: plusDays(firstDay, 60) };
    const reader = openReader(app.file, { timeZone: 'UTC' });
    try {
      const onReader = () => report(reader, 'time', ReportInput.parse(filters));
      const forecast = (core = app.core) => report(core, 'revenue', ReportInput.parse(filters)).forecast.total.value;
      expect(app.call('reports.time', filters).stuckCount).toBe(6);
      expect(onReader().stuckCount).toBe(6);
      expect(forecast(reader)).toBe(0);

      // Candidate 006, the longest-waiting, is interviewing: no longer stuck; 16,000 × 25% in the forecast.
      app.call('submissions.move', { id: submitted[0]!.id, stage: 'interviewing' });
      const time = app.call('reports.time', filters);
      expect(time.stuckCount).toBe(5);
      expect(time.stuck.map((s) => s.submissionId)).not.toContain(submitted[0]!.id);
      expect(forecast()).toBe(4_000);
      expect(onReader().stuck).toEqual(time.stuck);
      expect(forecast(reader)).toBe(4_000);

      // Candidate 005 is placed at 70,000: 20% placed in the period, seen by the reader too.
      const placed = (core = app.core) => report(core, 'revenue', ReportInput.parse(filters)).totals.placed.value;
      expect(placed(reader)).toBe(0);
      app.call('submissions.move', { id: submitted[1]!.id, stage: 'placed', placement: { startOn: plusDays(firstDay, 50), salary: { amount: 70_000, currency: 'EUR' } } });
      expect(placed()).toBe(14_000);
      expect(placed(reader)).toBe(14_000);
      expect(onReader().stuckCount).toBe(4);

      // A filter on another source leaves nobody stuck; the candidates have none.
      expect(app.call('reports.time', { ...filters, source: 'Referral' }).stuckCount).toBe(0);
    } finally {
      closeDatabase(reader);
    }
  });

  it('lists the longest-waiting when the ones entered first moved last', async () => {
    const app = await freshApp();
    // 60 submitted one a day from 1 June; the first 30 entered were moved on to client review
    // on 15 August, so the list's order (by the latest move) is not the order they were made in.
    const submitted = submittedDayByDay(app, '2026-06-01', 60);
    app.clock.set('2026-08-15T09:00:00Z');
    for (const { id } of submitted.slice(0, 30)) app.call('submissions.move', { id, stage: 'client_reviewing' });
    app.clock.set('2026-12-06T12:00:00Z');
    const filters = { from: '2026-10-01', to: '2026-12-31' };
    const time = app.call('reports.time', filters);
    expect(time.stuckCount).toBe(60);
    expect(time.stuck).toHaveLength(50);
    const whole = report(app.core, 'time', ReportInput.parse(filters), undefined, 'whole');
    expect(time.stuck).toEqual(whole.stuck);
  });

  it('nobody stuck is a list of none', async () => {
    const app = await freshApp();
    submittedDayByDay(app, '2026-11-20', 2);
    const time = app.call('reports.time', { from: '2026-11-01', to: '2026-11-30' });
    expect({ stuck: time.stuck, count: time.stuckCount }).toEqual({ stuck: [], count: 0 });
    expect(csvRows(app.call('reports.exportStuck', { from: '2026-11-01', to: '2026-11-30' }).text)).toHaveLength(1);
  });
});
