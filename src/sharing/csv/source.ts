import fs from 'node:fs';
import { MAX_CSV_BYTES, type CsvDelimiter, type CsvEncoding, type CsvField, type CsvKind, type CsvPreview } from '../../api/csv';
import { ApiError } from '../../api/errors';
import { suggestMapping } from './columns';
import { decode, detectEncoding } from './decode';
import { detectDelimiter } from './delimiter';
import { Mapping } from './mapping';
import { readStart } from './rows';

/** How many rows a preview shows. */
const SAMPLE_ROWS = 20;

/** What the recruiter chose about reading a file; null means "find it out". */
export interface CsvChoices {
  kind: CsvKind;
  encoding: CsvEncoding | null;
  delimiter: CsvDelimiter | null;
  mapping: readonly (CsvField | null)[] | null;
  createMissingClients: boolean;
}

/** A file decoded and understood: ready to preview or import. */
export interface PreparedCsv {
  kind: CsvKind;
  text: string;
  encoding: CsvEncoding;
  encodingSource: CsvPreview['encodingSource'];
  delimiter: CsvDelimiter;
  mapping: Mapping;
  createMissingClients: boolean;
  /** The physical line of the header row: after any preamble (LinkedIn's notes), and where the rows start after. */
  headerLine: number;
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
  const text = decode(bytes, encoding);
  const delimiter = choices.delimiter ?? detectDelimiter(text);
  const start = readStart(text, delimiter, choices.kind, SAMPLE_ROWS);
  if (!start.header) {
    throw new ApiError('invalid_input', 'This file is empty: it needs a header row naming its columns, then a row per record.');
  }
  const headers = start.header.cells.map((header) => header.trim());
  if (choices.mapping && choices.mapping.length !== headers.length) {
    throw new ApiError(
      'invalid_input',
      `The mapping names ${choices.mapping.length} columns but the file has ${headers.length}: preview the file again.`,
      'mapping',
    );
  }
  const mapping = new Mapping(choices.kind, headers, choices.mapping ?? suggestMapping(choices.kind, headers));
  const { kind, createMissingClients } = choices;
  return { kind, text, encoding, encodingSource: source, delimiter, mapping, createMissingClients, headerLine: start.header.line, start };
}
