import type { CsvDelimiter, CsvKind } from '../../api/csv';
import { fieldForHeader } from './columns';

/** A row of the file, with the physical line it starts on (the file's first line is line 1). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/** A row that could not be read as values at all, such as one with a quote that is never closed. */
export interface CsvUnreadable {
  line: number;
  unreadable: string;
}

export type CsvItem = CsvRecord | CsvUnreadable;

/** Where reading is in the text: the offset of the next character and the physical line it is on. */
export interface Cursor {
  offset: number;
  line: number;
}

const QUOTE = 34;
const CR = 13;
const LF = 10;
const lineBreaks = /\r\n|\r|\n/g;

/**
 * Reads a CSV text a row at a time, leniently, so one odd row never costs the rows after it:
 * a quote inside an unquoted value is kept as text; rows may have more or fewer values than the
 * header (the import judges them); blank lines are skipped but counted, so every row knows its
 * physical line. A quoted value may hold line breaks, but one that is never closed, or that runs
 * into the following lines and leaves its row with another number of values than the header
 * names, is a stray quote: that row alone is reported, and reading goes on from the next line.
 * (csv-parse, used before, read everything after a stray quote as one value.)
 */
export class CsvReader {
  offset: number;
  line: number;

  /** `columns`: how many the header names, once it is known; null while looking for the header. */
  constructor(
    private readonly text: string,
    delimiter: CsvDelimiter,
    private readonly columns: number | null,
    from: Cursor = { offset: 0, line: 1 },
  ) {
    this.delimiter = delimiter.charCodeAt(0);
    this.offset = from.offset;
    this.line = from.line;
  }

  private readonly delimiter: number;

  /** The next row, or null at the end of the text. */
  next(): CsvItem | null {
    while (this.offset < this.text.length) {
      const line = this.line;
      const start = this.offset;
      const read = this.record();
      if (typeof read === 'string') {
        this.skipLine(start, line);
        return { line, unreadable: read };
      }
      if (read.some((cell) => cell.trim() !== '')) return { line, cells: read };
    }
    return null;
  }

  /** Reads one record from `offset`; its values, or why it is a stray quote's row. */
  private record(): string[] | string {
    const { text } = this;
    const cells: string[] = [];
    let pos = this.offset;
    let innerBreaks = 0;
    for (;;) {
      let value: string;
      if (text.charCodeAt(pos) === QUOTE) {
        const quoted = this.quoted(pos);
        if (quoted === null) return this.stray('is never closed');
        const after = text.charCodeAt(quoted.end);
        if (quoted.end < text.length && after !== this.delimiter && after !== CR && after !== LF) {
          // `"abc"def`: text after the closing quote. On one line it is a value with quotes in it.
          if (quoted.breaks > 0) return this.stray('closes in the middle of a value on a later line');
          const end = this.valueEnd(pos);
          value = text.slice(pos, end);
          pos = end;
        } else {
          value = quoted.value;
          innerBreaks += quoted.breaks;
          pos = quoted.end;
        }
      } else {
        const end = this.valueEnd(pos);
        value = text.slice(pos, end);
        pos = end;
      }
      cells.push(value);
      const c = text.charCodeAt(pos);
      if (c === this.delimiter) {
        pos++;
        continue;
      }
      if (c === CR) pos += text.charCodeAt(pos + 1) === LF ? 2 : 1;
      else if (c === LF) pos++;
      break;
    }
    if (innerBreaks > 0 && this.columns !== null && this.columns > 1 && cells.length !== this.columns) {
      return this.stray(`runs over the next lines and leaves this row with ${cells.length} values where the header names ${this.columns}`);
    }
    this.offset = pos;
    this.line += 1 + innerBreaks;
    return cells;
  }

  /** A quoted value from its opening quote: its text, where it ends (after the closing quote), and its line breaks. */
  private quoted(open: number): { value: string; end: number; breaks: number } | null {
    const { text } = this;
    let value = '';
    let from = open + 1;
    for (;;) {
      const close = text.indexOf('"', from);
      if (close === -1) return null;
      value += text.slice(from, close);
      if (text.charCodeAt(close + 1) !== QUOTE) {
        const breaks = value.includes('\n') || value.includes('\r') ? value.match(lineBreaks)!.length : 0;
        return { value, end: close + 1, breaks };
      }
      value += '"';
      from = close + 2;
    }
  }

  /** Where an unquoted value ends: at the delimiter, a line break, or the end of the text. */
  private valueEnd(from: number): number {
    const { text } = this;
    let pos = from;
    while (pos < text.length) {
      const c = text.charCodeAt(pos);
      if (c === this.delimiter || c === CR || c === LF) break;
      pos++;
    }
    return pos;
  }

  private stray(what: string): string {
    return `A quoted value that starts on this line ${what}, so this row was left out and reading went on from the next line. Look for a stray " on line ${this.line}.`;
  }

  /** Past the physical line a stray quote's row starts on. */
  private skipLine(start: number, line: number): void {
    lineBreaks.lastIndex = start;
    const found = lineBreaks.exec(this.text);
    this.offset = found ? found.index + found[0].length : this.text.length;
    this.line = line + 1;
  }
}

/**
 * How many rows (blank lines aside) may come before the header row: a tool's notes about its
 * export, such as the "Notes:" paragraph at the top of LinkedIn's Connections.csv.
 */
const PREAMBLE_RECORDS = 10;

/**
 * Which of the first records is the header row: the first with at least two values, or with one
 * value that names a field of this kind (a one-column file). What comes before it is a preamble,
 * which is skipped. "Notes:" ends in a colon, so it introduces the preamble and is never the header
 * (it would name the contact's "Cares about"). When no record within the first lines looks like a
 * header, the first one is taken, as in a file without a preamble.
 */
function findHeader(text: string, delimiter: CsvDelimiter, kind: CsvKind): { header: CsvRecord; after: Cursor } | null {
  const reader = new CsvReader(text, delimiter, null);
  let first: { header: CsvRecord; after: Cursor } | null = null;
  for (let i = 0; i <= PREAMBLE_RECORDS; i++) {
    const item = reader.next();
    if (!item) break;
    if (!('cells' in item)) continue;
    const found = { header: item, after: { offset: reader.offset, line: reader.line } };
    first ??= found;
    if (looksLikeHeader(item.cells, kind)) return found;
  }
  return first;
}

function looksLikeHeader(cells: readonly string[], kind: CsvKind): boolean {
  const values = cells.map((cell) => cell.trim()).filter((cell) => cell !== '');
  if (values.length >= 2) return true;
  const [value] = values;
  return value !== undefined && !value.endsWith(':') && fieldForHeader(kind, value) !== null;
}

/**
 * The header row and the first `rows` rows after it: what a preview shows, with where the rows
 * start (the import reads on from there) and the number of rows in the file (exact when these
 * were all of it, else estimated from their size).
 */
export function readStart(
  text: string,
  delimiter: CsvDelimiter,
  kind: CsvKind,
  rows: number,
): { header: CsvRecord | null; rowsFrom: Cursor; items: CsvItem[]; estimatedRows: number } {
  const found = findHeader(text, delimiter, kind);
  if (!found) return { header: null, rowsFrom: { offset: text.length, line: 1 }, items: [], estimatedRows: 0 };
  const reader = new CsvReader(text, delimiter, found.header.cells.length, found.after);
  const items: CsvItem[] = [];
  let item: CsvItem | null = null;
  while (items.length < rows && (item = reader.next())) items.push(item);
  const read = reader.offset - found.after.offset;
  const complete = reader.next() === null;
  const estimatedRows =
    complete || items.length === 0 || read === 0
      ? items.length
      : Math.round(((text.length - found.after.offset) / read) * items.length);
  return { header: found.header, rowsFrom: found.after, items, estimatedRows };
}

/**
 * Every row from `from` (where `readStart` found the rows begin) to the end, in file order, read
 * as it is consumed. Never throws on bad CSV. `progress()` is how far through the text reading
 * has got, from 0 to 1.
 */
export function readRows(
  text: string,
  delimiter: CsvDelimiter,
  from: Cursor,
  columns: number,
): { items: Iterable<CsvItem>; progress: () => number } {
  const reader = new CsvReader(text, delimiter, columns, from);
  function* items(): Generator<CsvItem> {
    let item: CsvItem | null;
    while ((item = reader.next())) yield item;
  }
  return { items: items(), progress: () => (text.length === 0 ? 1 : reader.offset / text.length) };
}
