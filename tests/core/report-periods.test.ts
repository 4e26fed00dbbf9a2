import { describe, expect, it } from 'vitest';
import { ReportInput, reportNames, type ReportInput as Input } from '../../src/api/reports';
import { Figures } from '../../src/reports/figures';
import { report } from '../../src/reports/reports';
import { freshApp, type TestApp } from './helpers';
import { recordAgencyQuarter } from './report-data';

/**
 * Reports read only the history their period needs. Each must give exactly the figures, and
 * name exactly the records, that it gave reading every submission's history, for periods that
 * cut through that history: moves, feedback and interviews before, inside and after the period.
 */
const periods: Input[] = [
  { from: '2026-11-01', to: '2026-12-31' },
  // Ada's offer and Cal's move back inside, their submissions before it, their placements after.
  { from: '2026-11-10', to: '2026-11-20' },
  // Dan's submission at 23:30 UTC on the 5th is the 6th in Paris: in this period, not the one before.
  { from: '2026-11-06', to: '2026-11-06' },
  { from: '2026-11-01', to: '2026-11-05' },
  // Both jobs opened, and nothing submitted to them yet.
  { from: '2026-11-02', to: '2026-11-03' },
  // Ada's and Cal's interviews, with no move of theirs on those days.
  { from: '2026-11-10', to: '2026-11-11' },
  { from: '2026-12-01', to: '2026-12-31' },
  { from: '2026-12-21', to: '2027-01-05' },
  // Fay's second interview, weeks after her last move.
  { from: '2027-01-18', to: '2027-01-24' },
  { from: '2026-10-01', to: '2026-10-31' },
];

function asRead(app: TestApp, filters: Input, scope?: 'whole') {
  const parsed = ReportInput.parse(filters);
  return reportNames.map((name) => {
    const figures = new Figures(true);
    const made = report(app.core, name, parsed, figures, scope);
    const records = Object.fromEntries([...figures.records].map(([key, ids]) => [key, [...ids].sort()]));
    return { name, made, records };
  });
}

const counted = (app: TestApp, filters: Input) =>
  reportNames.map((name) => ({ name, made: report(app.core, name, ReportInput.parse(filters), new Figures(false)) }));

describe('reports read by period', () => {
  it('each report gives the same figures and records for a period as reading the whole history did', async () => {
    const app = await freshApp(undefined, { timeZone: 'Europe/Paris' });
    const { acme, sf } = recordAgencyQuarter(app);
    app.call('interviews.schedule', { submissionId: sf, startsAt: '2027-01-20T09:00:00Z', timeZone: 'Europe/Paris' });
    const filtered: Input[] = [
      ...periods,
      { ...periods[1]!, clientId: acme.id },
      { ...periods[0]!, source: 'Referral' },
      { ...periods[4]!, recruiter: 'robin' },
    ];
    for (const filters of filtered) {
      const read = asRead(app, filters);
      expect(read, JSON.stringify(filters)).toEqual(asRead(app, filters, 'whole'));
      // Asked for no records (the screen, the CLI), reports count in SQL: the same figures.
      expect(counted(app, filters), JSON.stringify(filters)).toEqual(read.map(({ name, made }) => ({ name, made })));
    }
  });

  it('a period with nothing in it still lists the submissions standing still and the forecast', async () => {
    const app = await freshApp(undefined, { timeZone: 'Europe/Paris' });
    const { sf } = recordAgencyQuarter(app);
    const october = ReportInput.parse(periods.at(-1)!);
    expect(report(app.core, 'funnel', october).steps[0]!.count.value).toBe(0);
    // Fay has been interviewing since 3 December: on 5 January she is stuck, whatever the period.
    expect(report(app.core, 'time', october).stuck.map((s) => s.submissionId)).toEqual([sf]);
    expect(report(app.core, 'revenue', october).forecast.total.value).toBe(4_000);
  });
});
