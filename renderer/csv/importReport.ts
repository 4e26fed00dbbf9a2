import type { CsvDuplicateRow, CsvImportProgress, CsvRejectedRow } from '../../src/api/csv';
import { call } from '../api/client';
import { downloadFile } from '../ui/downloadFile';
import type { CsvImportJob } from './csvImportStore';

/** A cell a spreadsheet would run as a formula is shown as text, as in every export of the core. */
function cell(value: string | number): string {
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Every row the import left out, by line, with why: what the recruiter works through to fix the
 * file. UTF-8 with a byte-order mark, so Excel reads the accents right.
 */
export async function downloadImportReport(job: CsvImportJob, progress: CsvImportProgress): Promise<void> {
  const rejected: CsvRejectedRow[] = [];
  const duplicates: CsvDuplicateRow[] = [];
  while (rejected.length < progress.rejectedCount || duplicates.length < progress.duplicateCount) {
    const slice = await call('csv.progress', { jobId: job.id, rejectedFrom: rejected.length, duplicatesFrom: duplicates.length });
    if (slice.rejected.length === 0 && slice.duplicates.length === 0) break;
    rejected.push(...slice.rejected);
    duplicates.push(...slice.duplicates);
  }
  const rows: [number, string, string, string][] = [
    ...rejected.map((row): [number, string, string, string] => [row.line, 'Rejected', row.reason, '']),
    ...duplicates.map((row): [number, string, string, string] => [row.line, 'Duplicate', row.reason, row.existing.name]),
  ].sort((a, b) => a[0] - b[0]);
  const lines = [['Line', 'Outcome', 'Reason', 'Record on file'], ...rows].map((cells) => cells.map(cell).join(','));
  const stem = job.fileName.replace(/\.(csv|tsv|txt)$/i, '');
  downloadFile({ fileName: `${stem} - rows not imported.csv`, mimeType: 'text/csv', text: `\uFEFF${lines.join('\r\n')}\r\n` });
}
