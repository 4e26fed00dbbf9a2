import { app } from 'electron';
import type { BackupSchedule } from '../src/host/backupSchedule';
import type { CoreHost } from '../src/host/host';

/**
 * Holds the quit until the core has taken its backup (when anything changed since the last) and
 * closed the database cleanly, so the next start needs no integrity check. Quitting while a task
 * runs waits for it: a merge either finishes or never happened, so nothing is half-written.
 */
export function closeCoreAtQuit(host: CoreHost, backups: BackupSchedule, before: () => void): void {
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    before();
    void backups
      .stop()
      .then(() => host.close())
      .catch((error: unknown) => console.error('[shortlist] closing the database failed', error))
      .finally(() => {
        closed = true;
        app.quit();
      });
  });
}
