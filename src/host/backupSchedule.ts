import type { CoreHost } from './host';

const HOUR_MS = 60 * 60 * 1000;
/** How often the schedule looks whether an hour of use has passed. */
const LOOK_EVERY_MS = 60 * 1000;

/**
 * Automatic backups: one after every hour in which the recruiter changed something, and one at
 * quit if anything changed since the last. Each is a task on a read connection (VACUUM INTO), so
 * nobody waits for it; `shortlist serve` and the desktop app both keep one.
 */
export class BackupSchedule {
  private lastBackupAt = Date.now();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly host: CoreHost,
    private readonly everyMs = HOUR_MS,
  ) {
    this.timer = setInterval(() => void this.tick(), Math.min(LOOK_EVERY_MS, everyMs));
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    if (Date.now() - this.lastBackupAt >= this.everyMs) await this.backUpIfChanged();
  }

  /** Takes an automatic backup if anything was written since the last one. */
  async backUpIfChanged(): Promise<void> {
    if (this.host.lastWriteAt <= this.lastBackupAt) return;
    const startedAt = Date.now();
    const outcome = await this.host.call('backups.create', { automatic: true });
    if (outcome.ok) this.lastBackupAt = startedAt;
    else if (outcome.error.code !== 'busy') console.error('[shortlist] the automatic backup failed:', outcome.error.message);
  }

  /** Stops the schedule and takes the backup at quit. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.backUpIfChanged();
  }
}
