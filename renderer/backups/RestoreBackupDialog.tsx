import { History } from 'lucide-react';
import { useState } from 'react';
import type { BackupInfo } from '../../src/api/backups';
import { asApiError } from '../api/data';
import { Button } from '../ui/Button';
import { Dialog, DialogFooter } from '../ui/Dialog';
import { restoreBackup } from './backupActions';
import { describeBackup } from './backupWords';

/** Asked before a restore: what happens to the data as it is now, and to candidates erased since. */
export function RestoreBackupDialog({ backup, onClose }: { backup: BackupInfo; onClose: () => void }) {
  const [restoring, setRestoring] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function restore() {
    setRestoring(true);
    setError(null);
    try {
      await restoreBackup(backup);
      onClose();
    } catch (problem) {
      setError(asApiError(problem).message);
      setRestoring(false);
    }
  }

  return (
    <Dialog title="Restore this backup?" description={`${describeBackup(backup)} takes the place of your data as it is now.`} onClose={onClose}>
      <div className="dialog-body backup-restore-body">
        <p>Before that, Shortlist keeps your current database aside, so you can undo the restore right after.</p>
        <p>Candidates erased since the backup was taken are erased again: a backup never brings an erased person back.</p>
      </div>
      <DialogFooter error={error}>
        <Button onClick={onClose}>Keep my data as it is</Button>
        <Button variant="primary" icon={History} onClick={() => void restore()} disabled={restoring} data-autofocus>
          {restoring ? 'Restoring…' : 'Restore'}
        </Button>
      </DialogFooter>
    </Dialog>
  );
}
