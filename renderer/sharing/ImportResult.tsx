import { CircleCheck, DatabaseBackup, FilePlus } from 'lucide-react';
import { Link } from 'wouter';
import type { ImportSummary } from '../../src/api/sharing';
import { paths } from '../app/paths';
import { Button } from '../ui/Button';
import { ImportChanges } from './ImportChanges';
import { exporterOf } from './sharingFormat';

/** What the merge did, where the backup is, and what it left to review. */
export function ImportResult({ summary, onAgain }: { summary: ImportSummary; onAgain: () => void }) {
  const conflicts = summary.conflicts.length;
  const duplicates = summary.likelyDuplicates.length;
  return (
    <div className="sharing-outcome" role="status" aria-labelledby="import-result-title">
      <p className="sharing-outcome-title" id="import-result-title">
        <CircleCheck size={16} aria-hidden className="sharing-outcome-icon" />
        Merged the export of {exporterOf(summary.from)} into your database
      </p>
      <ImportChanges summary={summary} label="What changed" />
      {summary.clockAhead && <p className="sharing-clock-ahead">{summary.clockAhead.message}</p>}
      {summary.backupPath && (
        <div className="sharing-backup">
          <DatabaseBackup size={15} aria-hidden className="sharing-backup-icon" />
          <p className="sharing-backup-text">
            <span>Your database as it was before the import is backed up in</span>
            <span className="mono selectable">{summary.backupPath}</span>
          </p>
        </div>
      )}
      {(conflicts > 0 || duplicates > 0) && (
        <p>
          {[
            conflicts > 0 && (conflicts === 1 ? '1 conflict' : `${conflicts} conflicts`),
            duplicates > 0 && (duplicates === 1 ? '1 likely duplicate' : `${duplicates} likely duplicates`),
          ]
            .filter(Boolean)
            .join(' and ')}{' '}
          {conflicts + duplicates === 1 ? 'waits' : 'wait'} for you to review.
        </p>
      )}
      <div className="sharing-actions">
        {conflicts > 0 && (
          <Link href={paths.sharingConflicts} className="button button--primary">
            Review conflicts
          </Link>
        )}
        {duplicates > 0 && (
          <Link href={paths.sharingDuplicates} className={conflicts > 0 ? 'button button--secondary' : 'button button--primary'}>
            Review likely duplicates
          </Link>
        )}
        <Button icon={FilePlus} onClick={onAgain}>
          Import another export
        </Button>
      </div>
    </div>
  );
}
