import fs from 'node:fs';
import { MAX_CSV_BYTES, type CsvDelimiter, type CsvEncoding, type CsvKind, type CsvPreview, type CsvTarget } from '../../api/csv';
import { ApiError } from '../../api/errors';
import { suggestMapping } from './columns';
import { decode, detectEncoding } from './decode';
import { detectDelimiter } from './delimiter';
import { Mapping } from './mapping';
import { readStart, type Cursor } from './rows';
import { isVcard, vcardAsCsv } from './vcard';

/** How many rows a preview shows. */
const SAMPLE_ROWS = 20;

/** What the recruiter chose about reading a file; null means "find it out". */
export interface CsvChoices {
  kind: CsvKind;
  encoding: CsvEncoding | null;
  delimiter: CsvDelimiter | null;
  mapping: readonly (CsvTarget | null)[] | null;
  createMissingClients: boolean;
  /** Named in the notes that keep the columns that are not fields. */
  fileName?: string;
  /** The mapping last used for a file with these headers, if any: used when none is chosen. */
  recall?: (kind: CsvKind, headers: readonly string[]) => (CsvTarget | null)[] | null;
}

/** A file decoded and understood: ready to preview or import. */
export interface PreparedCsv {
  kind: CsvKind;
  text: string;
  encoding: CsvEncoding;
  encodingSource: CsvPreview['encodingSource'];
  delimiter: CsvDelimiter;
  mapping: Mapping;
  mappingSource: CsvPreview['mappingSource'];
  createMissingClients: boolean;
  fileName: string;
  /** Where the rows start: after the header row and any preamble before it (LinkedIn's notes). */
  rowsFrom: Cursor;
  /** A vCard file is read as a table of its cards. */
  format: CsvPreview['format'];
  /** The file's line a row of the table starts on: itself for CSV, where its card begins for vCard. */
  lineOf: (line: number) => number;
  /** The first rows, for a preview, and the number of rows in all. */
  start: ReturnType<typeof readStart>;
}

/** A CSV file on this computer, refused with a clear message when it cannot be read. */
export function readCsvFile(file: string): Buffer {
  try {
    if (fs.statSync(file).size > MAX_CSV_BYTES) throw new ApiError('invalid_input', 'CSV files can be at most 50 MB.', 'path');
    return fs.readFileSync(file);
  } catch (error) {
    if (error instanceof ApiError) throw error;
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'there is no such file' : (error as Error).message;
    throw new ApiError('invalid_input', `${file} could not be read: ${reason}.`, 'path');
  }
}

/**
 * Decodes a file, finds its delimiter and its header row (after any preamble), and reads the header;
 * the mapping is the one chosen, or the suggested one.
 */
export function prepareCsv(bytes: Uint8Array, choices: CsvChoices): PreparedCsv {
  const { encoding, source } = choices.encoding ? { encoding: choices.encoding, source: 'chosen' as const } : detectEncoding(bytes);
  const decoded = decode(bytes, encoding);
  const vcard = isVcard(decoded) ? vcardAsCsv(decoded) : null;
  const text = vcard?.csv ?? decoded;
  const delimiter = vcard ? ',' : (choices.delimiter ?? detectDelimiter(text));
  const lineOf = vcard ? (line: number) => vcard.cardLines.get(line) ?? line : (line: number) => line;
  const start = readStart(text, delimiter, choices.kind, SAMPLE_ROWS);
  if (!start.header) {
    const empty = vcard ? 'This vCard file holds no card.' : 'This file is empty: it needs a header row naming its columns, then a row per record.';
    throw new ApiError('invalid_input', empty);
  }
  const headers = start.header.cells.map((header) => header.trim());
  if (choices.mapping && choices.mapping.length !== headers.length) {
    throw new ApiError(
      'invalid_input',
      `The mapping names ${choices.mapping.length} columns but the file has ${headers.length}: preview the file again.`,
      'mapping',
    );
  }
  const remembered = choices.mapping ? null : (choices.recall?.(choices.kind, headers) ?? null);
  const fields = choices.mapping ?? remembered ?? suggestMapping(choices.kind, headers);
  const mappingSource = choices.mapping ? 'chosen' : remembered ? 'remembered' : 'suggested';
  const mapping = new Mapping(choices.kind, headers, fields);
  const { kind, createMissingClients } = choices;
  const fileName = choices.fileName ?? 'the CSV file';
  const format = vcard ? 'vcard' : 'csv';
  return {
    ...{ kind, text, encoding, encodingSource: source, delimiter, mapping, mappingSource, createMissingClients, fileName },
    ...{ rowsFrom: start.rowsFrom, format, lineOf, start },
  };
}
