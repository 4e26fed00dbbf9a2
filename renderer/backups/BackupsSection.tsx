import { ArchiveRestore, DatabaseBackup } from 'lucide-react';
import { useState } from 'react';
import type { BackupInfo } from '../../src/api/backups';
import { asApiError, change, useData } from '../api/data';
import { Button } from '../ui/Button';
import { formatMoment } from '../ui/dates';
import { showToast } from '../ui/toasts';
import { BackupRow } from './BackupRow';
import { RestoreBackupDialog } from './RestoreBackupDialog';
import '../styles/backups.css';

/** Settings → Backups: the copies beside the database, one taken now on request, and a restore from any. */
export function BackupsSection() {
  const { data: backups, error } = useData('backups.list', {});
  const [taking, setTaking] = useState(false);
  const [restoring, setRestoring] = useState<BackupInfo>();

  async function backUpNow() {
    setTaking(true);
    try {
      const taken = await change('backups.create', {});
      showToast({ message: `Backed up your data (${formatMoment(taken.takenAt)}).` });
    } catch (problem) {
      showToast({ message: asApiError(problem).message, tone: 'error' });
    } finally {
      setTaking(false);
    }
  }

  return (
    <section className="card" aria-labelledby="backups-heading">
      <div className="card-header">
        <h2 className="card-title card-title--icon" id="backups-heading">
          <ArchiveRestore size={15} aria-hidden />
          Backups
        </h2>
        <Button icon={DatabaseBackup} onClick={() => void backUpNow()} disabled={taking}>
          {taking ? 'Backing up…' : 'Back up now'}
        </Button>
      </div>
      <p className="muted card-lead">
        Shortlist copies your database every hour you use it and when you quit, and before it merges an export or updates
        itself. It keeps 24 hourly, 7 daily and 8 weekly copies in the backups folder beside your database.
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error.message}
        </p>
      )}
      {backups && backups.length === 0 && <p className="muted">No backups yet. The first is taken within the hour.</p>}
      {backups && backups.length > 0 && (
        <div className="backups-scroll">
          <table className="backups-table" aria-labelledby="backups-heading">
            <thead>
              <tr>
                <th scope="col">Taken</th>
                <th scope="col">Why</th>
                <th scope="col" className="numeric">
                  Size
                </th>
                <th scope="col" className="numeric">
                  Candidates
                </th>
                <th scope="col">
                  <span className="sr-only">Restore</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {backups.map((backup) => (
                <BackupRow key={backup.name} backup={backup} onRestore={() => setRestoring(backup)} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {restoring && <RestoreBackupDialog backup={restoring} onClose={() => setRestoring(undefined)} />}
    </section>
  );
}
