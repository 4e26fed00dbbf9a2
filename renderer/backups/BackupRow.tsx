import type { BackupInfo } from '../../src/api/backups';
import { Button } from '../ui/Button';
import { formatMoment } from '../ui/dates';
import { candidatesIn, formatSize, reasonWords } from './backupWords';

/** One copy in backups/: when, why, how big, how many candidates, and Restore. */
export function BackupRow({ backup, onRestore }: { backup: BackupInfo; onRestore: () => void }) {
  const moment = formatMoment(backup.takenAt);
  return (
    <tr>
      <th scope="row" className="backup-when">
        {moment}
      </th>
      <td>{reasonWords[backup.reason]}</td>
      <td className="numeric">{formatSize(backup.bytes)}</td>
      <td className="numeric">{candidatesIn(backup)}</td>
      <td className="backup-action">
        <Button variant="ghost" onClick={onRestore} disabled={backup.candidates === null} aria-label={`Restore the backup of ${moment}`}>
          Restore
        </Button>
      </td>
    </tr>
  );
}
