import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeDatabase } from '../../src/db/open';
import { printReports } from '../../src/cli/report';
import type * as ReportsModule from '../../src/reports/reports';
import { freshApp } from './helpers';
import { quarter, recordAgencyQuarter } from './report-data';

/** Each report the command works out, with a hook run before it: the test writes from another connection there. */
const before = vi.hoisted(() => ({ call: (_method: string) => {} }));
vi.mock('../../src/reports/reports', async (original) => {
  const actual = await original<typeof ReportsModule>();
  return {
    ...actual,
    report: ((core, name, ...rest) => {
      before.call(`reports.${name}`);
      return actual.report(core, name, ...rest);
    }) as typeof actual.report,
  };
});

afterEach(() => {
  before.call = () => {};
});

describe('shortlist report beside the app', () => {
  it('leaves the file free for the app to save to while it works the reports out', async () => {
    const app = await freshApp(undefined, { timeZone: 'Europe/Paris' });
    recordAgencyQuarter(app);
    closeDatabase(app.core);
    const alone = JSON.parse(await printReports(app.file, quarter.from, quarter.to, 'json')) as object;

    // The app, open on the same file: it saves between two of the reports, and is not kept waiting.
    const other = new Database(app.file, { timeout: 0 });
    const saves: string[] = [];
    before.call = (method) => {
      if (method !== 'reports.time') return;
      // A save that changes the figures: every submission to the trash.
      other.transaction(() => {
        other.prepare("INSERT INTO settings (key, value) VALUES ('saved_during_report', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(method);
        other.prepare("UPDATE submissions SET deleted_at = '2026-12-01T00:00:00.000Z'").run();
      })();
      saves.push(method);
    };
    try {
      const beside = JSON.parse(await printReports(app.file, quarter.from, quarter.to, 'json')) as object;
      expect(saves).toEqual(['reports.time']);
      expect(other.prepare("SELECT value FROM settings WHERE key = 'saved_during_report'").pluck().get()).toBe('reports.time');
      // The same figures as when nothing else was writing: the reports read one moment of the file...
      expect(beside).toEqual(alone);
      // ...before that save, which the next report shows.
      before.call = () => {};
      expect(JSON.parse(await printReports(app.file, quarter.from, quarter.to, 'json'))).not.toEqual(alone);
    } finally {
      other.close();
    }
  });
});
