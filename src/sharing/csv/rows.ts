import { Readable } from 'node:stream';
import { parse, type CsvError, type Options } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import type { CsvDelimiter, CsvKind } from '../../api/csv';
import { suggestMapping } from './columns';

/** A row of the file, with the physical line it starts on (the file's first line is line 1). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/** Text that could not be read as rows at all, such as a quote that is never closed. */
export interface CsvUnreadable {
  line: number;
  unreadable: string;
}

export type CsvItem = CsvRecord | CsvUnreadable;

/** Parser input is fed in slices, so a large file is parsed a slice at a time between chunks of work. */
const SLICE_BYTES = 64 * 1024;

/**
 * Lenient, so one odd row never stops the file: a quote inside an unquoted value is kept as
 * text, rows may have more or fewer values than the header (the import judges them), and a
 * record csv-parse cannot read is reported instead of thrown. Empty lines are kept as records
 * so every physical line is counted (csv-parse's own line count is wrong for CRLF inside quotes).
 */
const options = (delimiter: CsvDelimiter): Options => ({
  delimiter,
  relax_quotes: true,
  relax_column_count: true,
  skip_records_with_error: true,
  skip_empty_lines: false,
});

/**
 * How many records (blank lines included) may come before the header row: a tool's notes about its
 * export, such as the "Notes:" paragraph and blank line at the top of LinkedIn's Connections.csv.
 */
const PREAMBLE_RECORDS = 10;

/**
 * Which of the first records is the header row: the first with at least two values, or with one
 * value that names a field of this kind (a one-column file). What comes before it is a preamble,
 * which is skipped. "Notes:" ends in a colon, so it introduces the preamble and is never the header
 * (it would name the contact's "Cares about"). When no record within the first lines looks like a
 * header, the first one is taken, as in a file without a preamble.
 */
function findHeader(records: readonly (CsvRecord | null)[], kind: CsvKind): number {
  const first = records.findIndex((record) => record !== null);
  if (first === -1) return -1;
  const end = Math.min(records.length, first + PREAMBLE_RECORDS + 1);
  for (let i = first; i < end; i++) {
    const record = records[i];
    if (record && looksLikeHeader(record.cells, kind)) return i;
  }
  return first;
}

function looksLikeHeader(cells: readonly string[], kind: CsvKind): boolean {
  const values = cells.map((cell) => cell.trim()).filter((cell) => cell !== '');
  if (values.length >= 2) return true;
  const [value] = values;
  return value !== undefined && !value.endsWith(':') && suggestMapping(kind, [value])[0] !== null;
}

/**
 * The header row and the first `rows` rows after it, read at once: what a preview shows, with the
 * number of rows in the file (exact when these were all of it, else estimated from their size).
 * The header found here is the one the import starts after (`readRows`), so both skip the same preamble.
 */
export function readStart(
  text: string,
  delimiter: CsvDelimiter,
  kind: CsvKind,
  rows: number,
): { header: CsvRecord | null; items: CsvItem[]; estimatedRows: number } {
  const errors: CsvError[] = [];
  const limit = PREAMBLE_RECORDS + 1 + rows;
  const records: string[][] = parseSync(text, {
    ...options(delimiter),
    to: limit,
    on_skip: (error) => void (error && errors.push(error)),
  });
  const counter = new LineCounter();
  const read = records.map((cells) => ({ length: cells.reduce((sum, cell) => sum + cell.length + 1, 0), record: counter.next(cells) }));
  const at = findHeader(read.map(({ record }) => record), kind);
  const header = read[at]?.record ?? null;
  const items: CsvItem[] = [];
  let headerLength = 0;
  let rowsLength = 0;
  // Every record was parsed, and every row after the header is in the sample.
  let complete = records.length < limit;
  read.forEach(({ length, record }, i) => {
    if (i <= at) headerLength += length;
    else if (items.length < rows) {
      rowsLength += length;
      if (record) items.push(record);
    } else if (record) complete = false;
  });
  items.push(...errors.map((error) => counter.unreadable(error, text)));
  const estimatedRows =
    complete || items.length === 0 ? items.length : Math.round(((text.length - headerLength) / rowsLength) * items.length);
  return { header, items, estimatedRows };
}

/**
 * Every row after the header (whose line `readStart` found), in file order, parsed as it is
 * consumed so a caller that pauses between chunks never holds the event loop for the whole file.
 * Never throws on bad CSV. `progress()` is how far through the text the parser has got, from 0 to 1.
 */
export function readRows(
  text: string,
  delimiter: CsvDelimiter,
  headerLine: number,
): { items: AsyncGenerator<CsvItem>; progress: () => number } {
  const bytes = Buffer.from(text, 'utf8');
  const parser = parse(options(delimiter));
  const errors: CsvError[] = [];
  parser.on('skip', (error: CsvError) => errors.push(error));
  Readable.from(slices(bytes)).pipe(parser);
  async function* items(): AsyncGenerator<CsvItem> {
    const counter = new LineCounter();
    for await (const cells of parser as AsyncIterable<string[]>) {
      const record = counter.next(cells);
      // The preamble and the header row are the lines up to the header's.
      if (record && record.line > headerLine) yield record;
    }
    // csv-parse reports a record it cannot read when the input ends (an unclosed quote).
    for (const error of errors) yield counter.unreadable(error, text);
  }
  return { items: items(), progress: () => (bytes.length === 0 ? 1 : parser.info.bytes / bytes.length) };
}

function* slices(bytes: Buffer): Generator<Buffer> {
  for (let start = 0; start < bytes.length; start += SLICE_BYTES) yield bytes.subarray(start, start + SLICE_BYTES);
}

const lineBreak = /\r\n|\r|\n/g;

/** Counts physical lines: a record takes one line, plus one for each line break inside its quoted values. */
class LineCounter {
  private line = 1;

  /** The record with its first line, or null for a blank line (no value but spaces), which is skipped. */
  next(cells: string[]): CsvRecord | null {
    const line = this.line;
    const last = cells.length - 1;
    // In a file whose first line ends in \n, a CRLF line leaves its \r at the end of the last value.
    if (cells[last]?.endsWith('\r')) cells[last] = cells[last].slice(0, -1);
    this.line += 1;
    for (const cell of cells) {
      if (cell.includes('\n') || cell.includes('\r')) this.line += cell.match(lineBreak)!.length;
    }
    return cells.every((cell) => cell.trim() === '') ? null : { line, cells };
  }

  unreadable(error: CsvError, text: string): CsvUnreadable {
    const line = this.line;
    if (error.code !== 'CSV_QUOTE_NOT_CLOSED') return { line, unreadable: `This row could not be read: ${error.message}` };
    const lastLine = (text.trimEnd().match(lineBreak)?.length ?? 0) + 1;
    const rest = lastLine > line ? `lines ${line} to ${lastLine}` : `line ${line}`;
    return {
      line,
      unreadable: `A quoted value that starts here is never closed, so ${rest} could not be read. Look for a stray " on line ${line}.`,
    };
  }
}
