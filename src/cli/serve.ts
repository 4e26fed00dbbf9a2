import { BackupSchedule } from '../host/backupSchedule';
import { CoreHost } from '../host/host';
import { startPreviewServer } from '../server/http';

/** `shortlist serve`: the preview, with the core on threads of its own as in the desktop app. */
export async function serve(db: string, port: number, staticDir: string): Promise<void> {
  const host = await CoreHost.start(db);
  const backups = new BackupSchedule(host);
  const server = await startPreviewServer(host, { port, staticDir });
  console.log(`Shortlist preview: ${server.url}`);
  console.log(`Database: ${db}`);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void server
      .close()
      .then(() => backups.stop())
      .then(() => host.close())
      .finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
