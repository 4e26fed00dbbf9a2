import { BackupSchedule } from '../host/backupSchedule';
import { CoreHost } from '../host/host';
import { startPreviewServer } from '../server/http';
import { SyncLoop, withAgencySync } from '../sync/loop';

/** `shortlist serve`: the preview, with the core on threads of its own as in the desktop app. */
export async function serve(db: string, port: number, staticDir: string): Promise<void> {
  const host = await CoreHost.start(db);
  const backups = new BackupSchedule(host);
  // The password for agency sync comes from PGPASSWORD or ~/.pgpass, as for `shortlist sync`.
  const sync = new SyncLoop(host, { password: () => undefined });
  const server = await startPreviewServer(withAgencySync(host, sync), { port, staticDir });
  sync.start();
  console.log(`Shortlist preview: ${server.url}`);
  console.log(`Database: ${db}`);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    sync.stop();
    void server
      .close()
      .then(() => backups.stop())
      .then(() => host.close())
      .finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
