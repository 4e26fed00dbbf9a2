import { History } from 'lucide-react';
import { useState } from 'react';
import { asApiError, useData } from '../api/data';
import { call } from '../api/client';
import { describeBackup } from '../backups/backupWords';
import { Button } from '../ui/Button';

/** The first way on: put the newest backup that reads whole in the damaged file's place. */
export function RestoreNewestCard({ onRestored }: { onRestored: () => void }) {
  const { data: backups, error } = useData('backups.list', {});
  const [restoring, setRestoring] = useState(false);
  const [failed, setFailed] = useState<string>();
  // The list is newest first; a copy that cannot be read is no way out.
  const newest = backups?.find((backup) => backup.candidates !== null);

  async function restore() {
    if (!newest) return;
    setRestoring(true);
    setFailed(undefined);
    try {
      await call('backups.restore', { name: newest.name });
      onRestored();
    } catch (problem) {
      setFailed(asApiError(problem).message);
      setRestoring(false);
    }
  }

  return (
    <section className="card damaged-card" aria-labelledby="damaged-restore">
      <h3 className="card-title card-title--icon" id="damaged-restore">
        <History size={15} aria-hidden />
        Restore the newest good backup
      </h3>
      {error && <p className="form-error">{error.message}</p>}
      {backups && !newest && <p className="muted">There is no backup that reads whole beside this database.</p>}
      {newest && (
        <>
          <p className="muted">
            {describeBackup(newest)}. The damaged file is kept aside, and candidates erased since the backup was taken are erased
            again.
          </p>
          <div>
            <Button variant="primary" icon={History} onClick={() => void restore()} disabled={restoring}>
              {restoring ? 'Restoring…' : 'Restore this backup'}
            </Button>
          </div>
        </>
      )}
      {failed && (
        <p className="form-error" role="alert">
          {failed}
        </p>
      )}
    </section>
  );
}
