import fs from 'node:fs';
import path from 'node:path';
import { csvDelimiterNames, csvFieldLabels, type CsvKind } from '../api/csv';
import { closeDatabase, openDatabase } from '../db/open';
import { assertImportable, runImport, type ImportTally } from '../sharing/csv/importer';
import { prepareCsv, readCsvFile, type PreparedCsv } from '../sharing/csv/source';
import { progressBar } from './progress';

/**
 * `shortlist import-csv`: the app's own import, with the columns matched by their headers. Prints
 * what was accepted, rejected (with line and reason) and found already on file; the exit code is
 * 1 only when nothing could be read. The database must exist: a mistyped --db is refused rather
 * than made into a new, empty database holding only this file's rows.
 */
export async function importCsv(db: string, kind: CsvKind, file: string): Promise<number> {
  if (!fs.existsSync(db)) throw new Error(`There is no file at ${db}. Check --db: import-csv adds to an existing database, it never creates one.`);
  const csv = prepareCsv(readCsvFile(file), { kind, encoding: null, delimiter: null, mapping: null, createMissingClients: true });
  for (const line of describeReading(csv, path.basename(file))) console.log(line);
  assertImportable(csv);

  const core = await openDatabase(db);
  const bar = progressBar();
  let result;
  try {
    result = await runImport(core, csv, {
      onProgress: ({ rowsRead, fractionRead }) => {
        if (rowsRead === 0) return;
        // The total is estimated from how far into the file the rows read so far reach.
        const total = fractionRead < 1 ? Math.max(rowsRead + 1, Math.round(rowsRead / fractionRead)) : rowsRead;
        bar({ phase: kind, done: rowsRead, total });
      },
    });
  } finally {
    closeDatabase(core);
  }
  if (result.rowsRead === 0) {
    console.log(`No rows could be read from ${path.basename(file)}: it has a header row and nothing under it.`);
    return 1;
  }
  for (const line of summary(result)) console.log(line);
  return 0;
}

function describeReading(csv: PreparedCsv, name: string): string[] {
  const encoding =
    csv.encodingSource === 'fallback' ? `${csv.encoding} (the file is not UTF-8; check the accents below)` : csv.encoding;
  const columns = csv.mapping.headers.map((_, i) => {
    const field = csv.mapping.fields[i];
    return `  “${csv.mapping.columnName(i)}” → ${field ? csvFieldLabels[field] : 'left out'}`;
  });
  return [`${name}: ${encoding}, ${csvDelimiterNames[csv.delimiter]}-separated`, 'Columns:', ...columns];
}

function summary(result: ImportTally): string[] {
  const { rowsRead, accepted, rejected, duplicates, clientsCreated } = result;
  const lines = [
    `Read ${count(rowsRead, 'row', 'rows')}: ${accepted} accepted, ${rejected.length} rejected, ${duplicates.length} already on file.`,
  ];
  if (clientsCreated > 0) {
    lines.push(
      clientsCreated === 1
        ? '1 company was added as a new client for its contacts.'
        : `${clientsCreated} companies were added as new clients for their contacts.`,
    );
  }
  if (rejected.length > 0) lines.push('Rejected:', ...rejected.map((row) => `  line ${row.line}: ${row.reason}`));
  if (duplicates.length > 0) {
    lines.push('Already on file, not imported again:', ...duplicates.map((row) => `  line ${row.line}: ${row.reason}`));
  }
  return lines;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
