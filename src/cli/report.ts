import fs from 'node:fs';
import { csvRecord } from '../api/csv';
import type { Input } from '../api/contract';
import { longTables, reportLabels, reportNames, type LongTableReport, type ReportInput, type ReportName, type Reports } from '../api/reports';
import type { Core } from '../db/core';
import { isDamaged, stopWriting } from '../db/damage';
import { callFailure } from '../db/errors';
import { closeDatabase, openDatabase } from '../db/open';
import { openReader } from '../db/reader';
import { dayIn } from '../reminders/time';
import { reportTable } from '../reports/reportCsv';
import { catchUpSearchIndex } from '../search/searchIndex';
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
    const made = readReports(core, filters);
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

/**
 * The six reports as the app answers a read: what the writer brings up to date before one (the
 * search index; the reports need no follow-ups) in a short write transaction of its own, then all
 * six read in one deferred transaction on a read-only connection: one snapshot, and no write lock
 * held while they are worked out (seconds at 100k candidates), so the app, open on the same file,
 * goes on saving meanwhile. A damaged file met by the reader is marked so on the writer too, so
 * it is not marked closed cleanly.
 */
function readReports(core: Core, filters: ReportInput): Reports {
  try {
    core.db.transaction(() => catchUpSearchIndex(core)).immediate();
  } catch (error) {
    throw new Error(callFailure(core, 'report', error).message);
  }
  const reader = openReader(core.file, { nativeBinding: core.nativeBinding, timeZone: core.timeZone });
  try {
    return reader.db.transaction(() => wholeReports(reader, filters)).deferred();
  } finally {
    if (isDamaged(reader)) stopWriting(core);
    reader.db.close();
  }
}

/** What the screen's answers carry beside the report: how many rows each long table has, and the clients of responsiveness' chart. */
const screenOnly = new Set(['totalRows', 'busiest']);

/**
 * The core's reports, whole, asked through the dispatcher as the app asks them: the period
 * validated, and a fault met while reading said in words (a busy, damaged or unreadable file; a
 * damaged one is marked so, and checked whole when next opened), never SQLite's own message. The
 * screen's funnel and responsiveness carry the first rows of their long tables: every row is asked
 * for, and what only the screen needs is left out. Each report is worked out once: its answer is
 * kept per connection until the data changes, which it does not within one read transaction.
 */
function wholeReports(core: Core, filters: ReportInput): Reports {
  const whole = <A extends object>(report: LongTableReport, answer: A) =>
    ({
      ...Object.fromEntries(Object.entries(answer).filter(([key]) => !screenOnly.has(key))),
      ...Object.fromEntries(longTables[report].map((table) => [table, call(core, 'reports.rows', { report, table, filters } as Input<'reports.rows'>)])),
    }) as A;
  return {
    revenue: call(core, 'reports.revenue', filters),
    funnel: whole('funnel', call(core, 'reports.funnel', filters)) as Reports['funnel'],
    time: call(core, 'reports.time', filters),
    responsiveness: whole('responsiveness', call(core, 'reports.responsiveness', filters)) as Reports['responsiveness'],
    sources: call(core, 'reports.sources', filters),
    activity: call(core, 'reports.activity', filters),
  };
}
