import type { ImportSummary } from '../../src/api/sharing';
import { byRecruiterOrder, describeChanges } from './sharingFormat';

/** What an import adds, changes and deletes, table by table, in a recruiter's words. */
export function ImportChanges({ summary, label }: { summary: ImportSummary; label: string }) {
  const lines: { key: string; text: string }[] = byRecruiterOrder(summary.tables).map((t) => ({ key: t.table, text: describeChanges(t) }));
  if (summary.erased > 0) {
    lines.push({
      key: 'erased',
      text: `${summary.erased === 1 ? '1 candidate' : `${summary.erased} candidates`} erased at their request (right to be forgotten), here too`,
    });
  }
  if (summary.filesRestored > 0) {
    lines.push({
      key: 'restored',
      text: `${summary.filesRestored === 1 ? '1 attached file' : `${summary.filesRestored} attached files`} copied onto this computer`,
    });
  }
  if (lines.length === 0) {
    return <p className="muted">Nothing new: your database already has everything in this export.</p>;
  }
  return (
    <ul className="sharing-changes" aria-label={label}>
      {lines.map((line) => (
        <li key={line.key}>{line.text}</li>
      ))}
    </ul>
  );
}
