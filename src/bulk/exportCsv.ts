import type { ParsedInput } from '../api/contract';
import { ApiError } from '../api/errors';
import type { TextFile } from '../api/common';
import type { Core } from '../db/core';
import { candidatesAsCsv } from '../sharing/csv/exporter';
import { resolveSelection } from './selection';

/** The selected candidates as a CSV file, the same columns as the list's export (so it imports back whole). */
export function exportSelection(core: Core, { selection }: ParsedInput<'bulk.exportCsv'>): TextFile {
  if (selection.kind !== 'candidate') throw new ApiError('invalid_input', 'Only candidates can be exported from a selection.', 'selection');
  const { ids } = resolveSelection(core, selection);
  const day = core.clock.now().toISOString().slice(0, 10);
  return { fileName: `shortlist-candidates-${day}.csv`, mimeType: 'text/csv', text: candidatesAsCsv(core, ids).text };
}
