import { contract, isMethod } from '../api/contract';
import { ApiError } from '../api/errors';
import type { SyncStatus, SyncSummary } from '../api/sync';
import type { CallOptions, CoreCalls } from '../host/calls';
import type { Outcome } from '../api/errors';
import { hostPort } from './hostPort';
import { HubSession } from './hub';
import { syncRound, type CorePort } from './round';

/** How often the app syncs while it is open. */
export const SYNC_INTERVAL_MS = 30_000;

/**
 * How soon the recruiter's change goes up: a burst of edits is one round, and colleagues see it at
 * their next pull (within the interval), not after this laptop's next tick as well.
 */
export const PUSH_AFTER_CHANGE_MS = 2_000;

export interface SyncLoopOptions {
  /** The recruiter's password, from the system's keychain; undefined lets node-postgres read PGPASSWORD or ~/.pgpass. */
  password: () => string | undefined | Promise<string | undefined>;
  intervalMs?: number;
  pushAfterChangeMs?: number;
  /** Told after every round: the window can refresh the sidebar's status. */
  onRound?: (summary: SyncSummary) => void;
}

/**
 * The app's background sync, for the host that runs the core (the desktop app's main process,
 * the preview server): every 30 s while the app is open, when the window gains focus, and on
 * demand (Sync now). One round at a time; the timer and focus skip a paused or unset sync. A
 * round never throws for the network, and the core keeps answering the window throughout.
 */
export class SyncLoop {
  private readonly port: CorePort;
  private timer: NodeJS.Timeout | undefined;
  private pushTimer: NodeJS.Timeout | undefined;
  private running: Promise<SyncSummary> | undefined;
  private readonly session = new HubSession();

  constructor(
    core: CoreCalls,
    private readonly options: SyncLoopOptions,
  ) {
    this.port = hostPort(core);
  }

  start(): void {
    this.timer ??= setInterval(() => void this.inBackground(), this.options.intervalMs ?? SYNC_INTERVAL_MS);
    this.timer.unref?.();
    void this.inBackground();
  }

  stop(): void {
    clearInterval(this.timer);
    clearTimeout(this.pushTimer);
    this.timer = undefined;
    this.pushTimer = undefined;
    this.session.close();
  }

  /** The window gained focus: colleagues' work may be waiting. */
  onFocus(): void {
    void this.inBackground();
  }

  /**
   * A write was answered: a round soon after, once any round running has ended, if it left
   * changes to go up. Opening a record (the recent ones), the sync's own steps and settings kept
   * on this laptop queue none, and start no round.
   */
  changed(): void {
    this.pushTimer ??= setTimeout(() => {
      this.pushTimer = undefined;
      void (this.running ?? Promise.resolve())
        .catch(() => undefined)
        .then(() => this.inBackground({ onlyWithWaiting: true }));
    }, this.options.pushAfterChangeMs ?? PUSH_AFTER_CHANGE_MS);
    this.pushTimer.unref?.();
  }

  /** Sync now: runs even when paused; waits for a round already running, then runs another. */
  async now(): Promise<SyncSummary> {
    await this.running?.catch(() => undefined);
    const status = await this.port.call('sync.status', {});
    if (!status.configured) throw new ApiError('invalid_input', 'Set the agency server’s address and your user in Settings → Agency sync first.');
    return this.round(status);
  }

  private async inBackground({ onlyWithWaiting = false } = {}): Promise<void> {
    if (this.running) return;
    try {
      const status = await this.port.call('sync.status', {});
      if (status.configured && !status.paused && (status.waiting > 0 || !onlyWithWaiting)) await this.round(status);
    } catch (error) {
      console.error('[shortlist] background sync failed', error);
    }
  }

  private round(status: SyncStatus): Promise<SyncSummary> {
    const run = (async () => {
      const address = { url: status.address!, user: status.user!, password: await this.options.password() };
      const summary = await syncRound(this.port, address, { session: this.session });
      this.options.onRound?.(summary);
      return summary;
    })();
    this.running = run;
    void run.finally(() => {
      if (this.running === run) this.running = undefined;
    }).catch(() => undefined);
    return run;
  }
}

/**
 * The core as the window calls it, with `sync.now` answered by the loop (it needs the network,
 * which the core's threads do not use), and each change the window makes going up soon after:
 * wrap the core with this before serving the contract.
 */
export function withAgencySync(core: CoreCalls, loop: SyncLoop): CoreCalls {
  return {
    call(method: string, input: unknown, options?: CallOptions): Promise<Outcome<unknown>> {
      if (method !== 'sync.now') {
        const answer = core.call(method, input, options);
        // Whether it left anything to go up is the loop's to ask.
        const write = isMethod(method) && contract[method].access === 'write';
        if (write) void answer.then((outcome) => outcome.ok && loop.changed());
        return answer;
      }
      return loop.now().then(
        (result) => ({ ok: true, result }),
        (error: unknown) => ({
          ok: false,
          error: error instanceof ApiError ? error.toJSON() : { code: 'internal', message: `The sync did not go through: ${String(error)}` },
        }),
      );
    },
  };
}
