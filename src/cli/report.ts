import fs from 'node:fs';
import { csvRecord } from '../api/csv';
import { reportLabels, reportNames, type ReportName, type Reports } from '../api/reports';
import { closeDatabase, openDatabase } from '../db/open';
import { dayIn } from '../reminders/time';
import { reportTable } from '../reports/reportCsv';
import { report } from '../reports/reports';
import { parseInput } from '../server/validate';

export type ReportFormat = 'json' | 'csv';

/**
 * `shortlist report`: the figures of the Reports screen for a period (this year to today when
 * left out), as one JSON document or as CSV tables one after another, each under its name.
 */
export async function printReports(db: string, from: string | undefined, to: string | undefined, format: ReportFormat): Promise<string> {
  if (!fs.existsSync(db)) throw new Error(`There is no database at ${db}.`);
  const core = await openDatabase(db);
  try {
    const today = dayIn(core.clock.now(), core.timeZone);
    const filters = { from: from ?? `${today.slice(0, 4)}-01-01`, to: to ?? today };
    const parsed = parseInput('reports.revenue', filters);
    if (!parsed.ok) throw new Error(parsed.error.message);
    // The core's reports, whole: the screen's funnel and responsiveness carry only the first rows of
    // their long tables. All six read in one snapshot.
    const made = core.db.transaction(() => Object.fromEntries(reportNames.map((name) => [name, report(core, name, parsed.result)]))).deferred() as unknown as Reports;
    if (format === 'json') return JSON.stringify({ period: filters, ...made }, null, 2);
    return reportNames
      .map((name: ReportName) => {
        const { head, records } = reportTable(name, made[name]);
        return [`# ${reportLabels[name]}, ${filters.from} to ${filters.to}`, csvRecord(head), ...records].join('\n');
      })
      .join('\n\n');
  } finally {
    closeDatabase(core);
  }
}
