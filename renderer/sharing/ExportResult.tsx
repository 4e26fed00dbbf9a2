import { CircleCheck, TriangleAlert } from 'lucide-react';
import type { ExportSummary, SyncedTable } from '../../src/api/sharing';
import { formatSize } from '../candidates/candidateFormat';
import { counted } from './sharingFormat';

const shown: SyncedTable[] = ['candidates', 'clients', 'contacts', 'jobs', 'submissions', 'notes', 'reminders'];

/** Where the export went, and what it carries. */
export function ExportResult({ summary }: { summary: ExportSummary }) {
  return (
    <div className="sharing-outcome" role="status" aria-labelledby="export-result-title">
      <p className="sharing-outcome-title" id="export-result-title">
        <CircleCheck size={16} aria-hidden className="sharing-outcome-icon" />
        Exported, {formatSize(summary.bytes)}
      </p>
      <p className="mono selectable sharing-path">{summary.path}</p>
      <p>
        {shown.map((table) => counted(summary.counts[table], table)).join(', ')}, the trash included;{' '}
        {summary.files === 1 ? '1 attached file travels' : `${summary.files.toLocaleString()} attached files travel`} inside.
      </p>
      {summary.missingFiles > 0 && (
        <p className="sharing-warning">
          <TriangleAlert size={14} aria-hidden className="inline-icon" />
          {summary.missingFiles === 1 ? '1 attached file was' : `${summary.missingFiles} attached files were`} missing from this computer
          and could not travel; their records did.
        </p>
      )}
      <p className="muted">
        Send the file to your colleague (by email, a shared drive or a USB stick). They import it on their Sharing screen, or from File ›
        Import a Colleague’s Export in the desktop app.
      </p>
    </div>
  );
}
