import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../src/db/open';
import { freshApp, shortlist, spoilTable } from './helpers';
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

  it('says in one line that a damaged database is damaged, and leaves it to be checked whole when next opened', async () => {
    const app = await freshApp(undefined, { timeZone: 'Europe/Paris' });
    recordAgencyQuarter(app);
    closeDatabase(app.core);
    // Every b-tree the reports read the history from, as a failing disk would leave them.
    const db = new Database(app.file, { readonly: true });
    const spoilt = db.prepare("SELECT name FROM sqlite_schema WHERE rootpage > 0 AND tbl_name IN ('submissions', 'stage_changes', 'placements')").pluck().all() as string[];
    db.close();
    for (const name of spoilt) spoilTable(app.file, name);

    const run = shortlist('report', '--db', app.file, '--from', quarter.from, '--to', quarter.to);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n').at(-1)).toBe(
      `shortlist: ${app.file} is damaged, so Shortlist has stopped saving changes to it (what can still be read stays readable). There is no good backup beside it to restore: keep a copy of the file as it is, and ask for help repairing it.`,
    );
    expect(run.stderr).not.toMatch(/^\s+at /m);
    // Not marked closed cleanly: the app's next open reads it whole and refuses it.
    await expect(openDatabase(app.file)).rejects.toMatchObject({ reason: 'damaged' });
  });

  it('says a database another program is writing is busy, and what to do', async () => {
    const app = await freshApp();
    closeDatabase(app.core);
    const other = new Database(app.file);
    other.exec('BEGIN IMMEDIATE');
    try {
      const run = shortlist('report', '--db', app.file);
      expect(run).toMatchObject({ code: 1, stdout: '' });
      expect(run.stderr.trim().split('\n').at(-1)).toBe(
        `shortlist: ${app.file} is busy: another program (another Shortlist window, the shortlist command, a backup or sync tool) is writing to it, so Shortlist cannot open it. Try again in a moment, or close the other program.`,
      );
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
  });
});
