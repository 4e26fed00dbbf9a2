import fs from 'node:fs';
import { csvRecord } from '../api/csv';
import { reportLabels, reportNames, type ReportName, type Reports } from '../api/reports';
import { closeDatabase, openDatabase } from '../db/open';
import { dayIn } from '../reminders/time';
import { reportTable } from '../reports/reportCsv';
import { call } from './call';

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
    const made = Object.fromEntries(reportNames.map((name) => [name, call(core, `reports.${name}`, filters)])) as unknown as Reports;
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
