import path from 'node:path';
import type { Method, ParsedInput } from '../../api/contract';
import type { CsvPreview } from '../../api/csv';
import type { Core } from '../../db/core';
import type { Handlers } from '../../server/handler';
import { outcome, verdictFor } from './check';
import { exportFile } from './exporter';
import { cancelImport, importProgress, startImport } from './jobs';
import { recallMapping, rememberMapping } from './memory';
import { prepareCsv, readCsvFile, type PreparedCsv } from './source';

export const csvHandlers: Handlers<Extract<Method, `csv.${string}`>> = {
  'csv.preview': (core, input) => preview(core, prepare(core, input)),
  'csv.import': (core, input) => {
    const csv = prepare(core, input);
    const jobId = startImport(core, csv);
    rememberMapping(core.db, csv.kind, csv.mapping.headers, csv.mapping.fields);
    return { jobId };
  },
  'csv.progress': importProgress,
  'csv.cancel': (core, { jobId }) => {
    cancelImport(core, jobId);
    return { ok: true };
  },
  'csv.export': exportFile,
};

function prepare(core: Core, input: ParsedInput<'csv.preview'>): PreparedCsv {
  const bytes = input.path === undefined ? Buffer.from(input.dataBase64 ?? '', 'base64') : readCsvFile(input.path);
  return prepareCsv(bytes, {
    ...input,
    fileName: input.fileName ?? (input.path === undefined ? undefined : path.basename(input.path)),
    createMissingClients: input.kind === 'contacts' || input.kind === 'jobs' ? input.createMissingClients : false,
    recall: (kind, headers) => recallMapping(core.db, kind, headers),
  });
}

/** How the file will be read, and what the import would do with its first rows, without writing anything. */
function preview(core: Core, csv: PreparedCsv): CsvPreview {
  return {
    encoding: csv.encoding,
    encodingSource: csv.encodingSource,
    delimiter: csv.delimiter,
    headers: [...csv.mapping.headers],
    mapping: [...csv.mapping.fields],
    mappingSource: csv.mappingSource,
    format: csv.format,
    mappingProblems: csv.mapping.problems(),
    sample: csv.start.items.map((item) => ({
      line: csv.lineOf(item.line),
      cells: 'cells' in item ? item.cells : [],
      outcome: outcome(verdictFor(core, csv, item)),
    })),
    estimatedRows: csv.start.estimatedRows,
  };
}
