import type { BackupInfo } from '../../src/api/backups';
import { change } from '../api/data';
import { formatMoment } from '../ui/dates';
import { showToast } from '../ui/toasts';

/**
 * Puts a backup in the database's place; the host keeps the current file aside first. The toast
 * offers Undo, which restores that kept-aside copy (itself kept aside again, so nothing is lost either way).
 */
export async function restoreBackup(backup: BackupInfo): Promise<void> {
  const result = await change('backups.restore', { name: backup.name });
  const erased = result.erasuresReapplied;
  const again = erased > 0 ? ` ${erased} ${erased === 1 ? 'candidate' : 'candidates'} erased since were erased again.` : '';
  showToast({
    message: `Restored the backup of ${formatMoment(backup.takenAt)}.${again}`,
    action: {
      label: 'Undo',
      run: async () => {
        await change('backups.restore', { name: result.keptAside });
        showToast({ message: 'Your database is back as it was before the restore.' });
      },
    },
  });
}
