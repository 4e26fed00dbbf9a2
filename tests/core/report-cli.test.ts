import { describe, expect, it } from 'vitest';
import { freshApp, shortlist } from './helpers';
import { quarter, recordAgencyQuarter } from './report-data';

describe('shortlist report', () => {
  it('prints the same figures as the Reports screen, as JSON or as CSV tables', async () => {
    const app = await freshApp(undefined, { timeZone: 'Europe/Paris' });
    recordAgencyQuarter(app);
    app.core.db.close();
    const json = shortlist('report', '--db', app.file, '--from', quarter.from, '--to', quarter.to);
    expect(json.code).toBe(0);
    const reports = JSON.parse(json.stdout) as {
      period: object;
      revenue: { totals: Record<string, { value: number }> };
      funnel: { steps: { count: { value: number } }[]; hitRate: number };
    };
    expect(reports.period).toEqual(quarter);
    expect(reports.revenue.totals.placed!.value).toBe(24_000);
    expect(reports.revenue.totals.refunded!.value).toBe(5_000);
    expect(reports.funnel.steps.map((s) => s.count.value)).toEqual([6, 3, 3, 2, 2]);
    expect(reports.funnel.hitRate).toBe(0.333);

    const csv = shortlist('report', '--db', app.file, '--from', quarter.from, '--to', quarter.to, '--format', 'csv');
    expect(csv.code).toBe(0);
    const lines = csv.stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual(['# Revenue, 2026-11-01 to 2026-12-31', 'Month,Placed (EUR),Invoiced,Paid,Overdue,Refunded', '2026-11,24000,24000,0,0,0']);
    expect(lines).toContain('# Funnel, 2026-11-01 to 2026-12-31');
    expect(lines).toContain('LinkedIn,3,2,1,66.7%,33.3%');
  });

  it('refuses a bad format as a usage mistake, and a missing database plainly', () => {
    expect(shortlist('report', '--db', 'x.db', '--format', 'xml')).toMatchObject({ code: 2 });
    const missing = shortlist('report', '--db', '/nonexistent/shortlist.db');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('There is no database at /nonexistent/shortlist.db.');
  });
});
