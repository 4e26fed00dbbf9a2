import { csvRecord, type CsvDuplicateRow, type CsvImportProgress, type CsvRejectedRow } from '../../src/api/csv';
import { call } from '../api/client';
import { downloadFile } from '../ui/downloadFile';
import type { CsvImportJob } from './csvImportStore';

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
  const rows = [
    ...rejected.map((row) => ({ line: row.line, cells: ['Rejected', row.reason, ''] })),
    ...duplicates.map((row) => ({ line: row.line, cells: ['Duplicate', row.reason, row.existing.name] })),
  ].sort((a, b) => a.line - b.line);
  // Each cell is guarded from formula injection and quoted as in every export of the core.
  const lines = [['Line', 'Outcome', 'Reason', 'Record on file'], ...rows.map((row) => [String(row.line), ...row.cells])].map(csvRecord);
  const stem = job.fileName.replace(/\.(csv|tsv|txt)$/i, '');
  downloadFile({ fileName: `${stem} - rows not imported.csv`, mimeType: 'text/csv', text: `\uFEFF${lines.join('\r\n')}\r\n` });
}
