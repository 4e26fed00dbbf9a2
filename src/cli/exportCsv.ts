import fs from 'node:fs';
import { CsvExportInput, type CsvKind } from '../api/csv';
import { closeDatabase, openDatabase } from '../db/open';
import { listAsCsv } from '../sharing/csv/exporter';

/** `shortlist export-csv`: every live record of a kind, as the app exports a list. */
export async function exportCsv(db: string, kind: CsvKind, out: string): Promise<string> {
  if (!fs.existsSync(db)) throw new Error(`There is no file at ${db}.`);
  const core = await openDatabase(db);
  try {
    // One read transaction: the file is one consistent moment of the database.
    const { text, rows } = core.db.transaction(() => listAsCsv(core, CsvExportInput.parse({ kind })))();
    fs.writeFileSync(out, text);
    return `Wrote ${rows} ${rows === 1 ? kind.slice(0, -1) : kind} to ${out}`;
  } finally {
    closeDatabase(core);
  }
}
