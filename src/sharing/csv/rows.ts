import { Readable } from 'node:stream';
import { parse, type CsvError, type Options } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import type { CsvDelimiter } from '../../api/csv';

/** A row of the file after the header, with the line it starts on (the header is line 1). */
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
 * The header row and the first `rows` rows, read at once: what a preview shows, with the number of
 * rows in the file (exact when these were all of it, else estimated from their size).
 */
export function readStart(
  text: string,
  delimiter: CsvDelimiter,
  rows: number,
): { header: string[] | null; items: CsvItem[]; estimatedRows: number } {
  const errors: CsvError[] = [];
  const records = parseSync(text, {
    ...options(delimiter),
    to: rows + 1,
    on_skip: (error) => void (error && errors.push(error)),
  });
  const counter = new LineCounter();
  const items: CsvItem[] = [];
  let header: string[] | null = null;
  let headerLength = 0;
  let rowsLength = 0;
  for (const cells of records) {
    const length = cells.reduce((sum, cell) => sum + cell.length + 1, 0);
    const record = counter.next(cells);
    if (header === null) headerLength += length;
    else rowsLength += length;
    if (record && header === null) header = record.cells;
    else if (record) items.push(record);
  }
  items.push(...errors.map((error) => counter.unreadable(error, text)));
  const complete = records.length <= rows;
  const estimatedRows =
    complete || items.length === 0 ? items.length : Math.round(((text.length - headerLength) / rowsLength) * items.length);
  return { header, items, estimatedRows };
}

/**
 * Every row after the header, in file order, parsed as it is consumed so a caller that pauses
 * between chunks never holds the event loop for the whole file. Never throws on bad CSV.
 * `progress()` is how far through the text the parser has got, from 0 to 1.
 */
export function readRows(text: string, delimiter: CsvDelimiter): { items: AsyncGenerator<CsvItem>; progress: () => number } {
  const bytes = Buffer.from(text, 'utf8');
  const parser = parse(options(delimiter));
  const errors: CsvError[] = [];
  parser.on('skip', (error: CsvError) => errors.push(error));
  Readable.from(slices(bytes)).pipe(parser);
  async function* items(): AsyncGenerator<CsvItem> {
    const counter = new LineCounter();
    let seenHeader = false;
    for await (const cells of parser as AsyncIterable<string[]>) {
      const record = counter.next(cells);
      if (record && seenHeader) yield record;
      else if (record) seenHeader = true;
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
