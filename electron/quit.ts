import { app } from 'electron';
import type { BackupSchedule } from '../src/host/backupSchedule';
import type { CoreHost } from '../src/host/host';

/**
 * Holds the quit until the core has taken its backup (when anything changed since the last) and
 * closed the database cleanly, so the next start needs no integrity check. Quitting while a task
 * runs waits for it: a merge either finishes or never happened, so nothing is half-written.
 */
export function closeCoreAtQuit(
  starting: Promise<CoreHost | undefined>,
  backups: Promise<BackupSchedule | undefined>,
  before: () => void,
): void {
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    before();
    // Quitting while the core still starts waits for it, so a migration is never cut short.
    void backups
      .then((schedule) => schedule?.stop())
      .then(() => starting)
      .then((host) => host?.close())
      .catch((error: unknown) => console.error('[shortlist] closing the database failed', error))
      .finally(() => {
        closed = true;
        app.quit();
      });
  });
}
