import fs from 'node:fs';
import { csvRecord } from '../api/csv';
import { reportLabels, reportNames, type ReportInput, type ReportName, type Reports } from '../api/reports';
import type { Core } from '../db/core';
import { isDamaged, stopWriting } from '../db/damage';
import { callFailure } from '../db/errors';
import { closeDatabase, openDatabase } from '../db/open';
import { openReader } from '../db/reader';
import { dayIn } from '../reminders/time';
import { reportTable } from '../reports/reportCsv';
import { report } from '../reports/reports';
import { catchUpSearchIndex } from '../search/searchIndex';
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

/**
 * The core's reports, whole (the screen's funnel and responsiveness carry only the first rows of
 * their long tables), the period validated as a call's is, and a fault met while reading said in
 * words (a busy, damaged or unreadable file; a damaged one is marked so, and checked whole when
 * next opened), never SQLite's own message.
 */
function wholeReports(core: Core, filters: ReportInput): Reports {
  const parsed = parseInput('reports.revenue', filters);
  if (!parsed.ok) throw new Error(parsed.error.message);
  try {
    return Object.fromEntries(reportNames.map((name) => [name, report(core, name, parsed.result)])) as unknown as Reports;
  } catch (error) {
    throw new Error(callFailure(core, 'report', error).message);
  }
}
