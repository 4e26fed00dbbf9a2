import fs from 'node:fs';
import path from 'node:path';
import { csvDelimiterNames, type CsvKind, type CsvRowOutcome } from '../api/csv';
import type { Core } from '../db/core';
import { closeDatabase, openDatabase } from '../db/open';
import { outcome, verdictFor } from '../sharing/csv/check';
import { assertImportable, runImport, type ImportTally } from '../sharing/csv/importer';
import { quoteList } from '../sharing/csv/mapping';
import { recallMapping, rememberMapping } from '../sharing/csv/memory';
import { prepareCsv, readCsvFile, type PreparedCsv } from '../sharing/csv/source';
import { applyMapChoices, destination } from './csvMapping';
import { progressBar } from './progress';

export interface ImportCsvOptions {
  /** `--map "<header>=<field>"` choices, applied over the remembered or suggested mapping. */
  map: readonly string[];
  /** Print the mapping and what the first rows become, and write nothing. */
  showMapping: boolean;
}

/** How many rows `--show-mapping` shows. */
const SHOWN_ROWS = 5;

/**
 * `shortlist import-csv`: the app's own import, with the columns matched by their headers (or as
 * --map says). Prints where every column goes, what was accepted, rejected (with line and reason)
 * and found already on file; the exit code is 1 only when nothing could be read. The database
 * must exist: a mistyped --db is refused rather than made into a new, empty database holding
 * only this file's rows.
 */
export async function importCsv(db: string, kind: CsvKind, file: string, options: ImportCsvOptions): Promise<number> {
  if (!fs.existsSync(db)) {
    throw new Error(
      `There is no file at ${db}. Check --db: import-csv adds to an existing database, it never creates one ` +
        `(\`shortlist init --db ${db}\` creates an empty one).`,
    );
  }
  const bytes = readCsvFile(file);
  const core = await openDatabase(db);
  try {
    const choices = { kind, encoding: null, delimiter: null, createMissingClients: true, fileName: path.basename(file) };
    let csv = prepareCsv(bytes, { ...choices, mapping: null, recall: (k, headers) => recallMapping(core.db, k, headers) });
    if (options.map.length > 0) {
      const mapping = applyMapChoices(kind, csv.mapping.headers, csv.mapping.fields, options.map);
      csv = prepareCsv(bytes, { ...choices, mapping });
    }
    for (const line of describeReading(csv)) console.log(line);
    if (options.showMapping) {
      for (const line of firstRows(core, csv)) console.log(line);
      console.log('Nothing was imported (--show-mapping).');
      return 0;
    }
    assertImportable(csv);
    rememberMapping(core.db, kind, csv.mapping.headers, csv.mapping.fields);
    const bar = progressBar();
    const result = await runImport(core, csv, {
      onProgress: ({ rowsRead, fractionRead }) => {
        if (rowsRead === 0) return;
        // The total is estimated from how far into the file the rows read so far reach.
        const total = fractionRead < 1 ? Math.max(rowsRead + 1, Math.round(rowsRead / fractionRead)) : rowsRead;
        bar({ phase: kind, done: rowsRead, total });
      },
    });
    if (result.rowsRead === 0) {
      console.log(`No rows could be read from ${csv.fileName}: it has a header row and nothing under it.`);
      return 1;
    }
    for (const line of summary(csv, result)) console.log(line);
    return 0;
  } finally {
    closeDatabase(core);
  }
}

function describeReading(csv: PreparedCsv): string[] {
  const encoding =
    csv.encodingSource === 'fallback' ? `${csv.encoding} (the file is not UTF-8; check the accents below)` : csv.encoding;
  const how = { chosen: 'as chosen', remembered: 'as last time for these columns', suggested: 'matched by their headers' };
  const columns = csv.mapping.report().map(({ name, goesTo }) => `  “${name}” → ${destination(goesTo)}`);
  const layout = csv.format === 'vcard' ? 'vCard, a column per property' : `${csvDelimiterNames[csv.delimiter]}-separated`;
  return [`${csv.fileName}: ${encoding}, ${layout}`, `Columns (${how[csv.mappingSource]}):`, ...columns];
}

/** What the first rows become, as the import would do it: a row's values by where they go, or why it is not imported. */
function firstRows(core: Core, csv: PreparedCsv): string[] {
  const problems = csv.mapping.problems();
  const lines = problems.length > 0 ? ['Before importing:', ...problems.map((p) => `  ${p}`)] : [];
  const items = csv.start.items.slice(0, SHOWN_ROWS);
  if (items.length === 0) return [...lines, 'The file has no rows under its header.'];
  lines.push(`The first ${items.length === 1 ? 'row' : `${items.length} rows`}:`);
  for (const item of items) {
    const said = problems.length > 0 ? null : outcome(verdictFor(core, csv, item));
    lines.push(`  line ${csv.lineOf(item.line)}: ${said ? sayOutcome(said) : 'not checked until the mapping is complete'}`);
    // A value no field could take (a country it cannot tell), in the words its note will keep, as the app's preview says it.
    if (said?.status === 'new') for (const noted of said.noted ?? []) lines.push(`    kept in its note: ${noted}`);
    if (!('cells' in item)) continue;
    csv.mapping.report().forEach(({ name, goesTo }, column) => {
      const value = item.cells[column]?.trim();
      if (value) lines.push(`    ${destination(goesTo)} ← “${name}”: ${value}`);
    });
  }
  return lines;
}

function sayOutcome(said: CsvRowOutcome): string {
  if (said.status === 'new') return said.newClient ? `new, with ${said.newClient} as a new client` : 'new';
  return `${said.status === 'duplicate' ? 'already on file' : 'rejected'}: ${said.reason}`;
}

function summary(csv: PreparedCsv, result: ImportTally): string[] {
  const { rowsRead, accepted, rejected, duplicates, clientsCreated, notesAdded, tagsCreated } = result;
  const lines = [
    `Read ${count(rowsRead, 'row', 'rows')}: ${accepted} accepted, ${rejected.length} rejected, ${duplicates.length} already on file.`,
    ...columnsSummary(csv),
  ];
  if (notesAdded > 0) lines.push(`${count(notesAdded, 'record has', 'records have')} a note keeping the columns that are not fields.`);
  if (tagsCreated.length > 0) lines.push(`New tags: ${tagsCreated.join(', ')}.`);
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

/** Every column accounted for: into fields, kept as notes or tags, left out by choice. */
function columnsSummary(csv: PreparedCsv): string[] {
  const columns = csv.mapping.report();
  const named = (which: (goesTo: (typeof columns)[number]['goesTo']) => boolean) =>
    columns.filter(({ goesTo }) => which(goesTo)).map(({ name }) => name);
  const fields = named((t) => t !== null && t !== 'note' && t !== 'tags');
  const notes = named((t) => t === 'note');
  const tags = named((t) => t === 'tags');
  const leftOut = named((t) => t === null);
  const parts = [`${count(fields.length, 'column', 'columns')} into fields`];
  if (notes.length > 0) parts.push(`${notes.length} kept as notes (${quoteList(notes)})`);
  if (tags.length > 0) parts.push(`${tags.length} as tags (${quoteList(tags)})`);
  if (leftOut.length > 0) parts.push(`${leftOut.length} left out by choice (${quoteList(leftOut)})`);
  return [`Columns: ${parts.join(', ')}.`];
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
