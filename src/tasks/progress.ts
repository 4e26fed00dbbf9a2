import { ApiError, type Outcome } from '../api/errors';
import type { Core } from '../db/core';

/**
 * What long work (a task) tells the recruiter while it runs, and how it learns it was cancelled.
 * The host that runs the core (a worker thread) gives each task call its own; any other call, a
 * test or the CLI without a progress bar gets one that reports nowhere and is never cancelled.
 */
export interface TaskProgress {
  /** How far through (0 to 1) and what it is doing, in the recruiter's words: "Merging candidates". */
  report(done: number, doing: string): void;
  /** Throws `cancelled` once the recruiter asked to stop; call it only where stopping leaves nothing half-done. */
  checkCancelled(): void;
}

const silent: TaskProgress = { report: () => undefined, checkCancelled: () => undefined };
const current = new WeakMap<Core, TaskProgress>();

/** The progress of the task running on this core's connection now, or a silent one. */
export function taskProgress(core: Core): TaskProgress {
  return current.get(core) ?? silent;
}

/** Runs `work` with `progress` as the core's current task progress (the calls on one connection run one at a time). */
export function withTaskProgress<T>(core: Core, progress: TaskProgress, work: () => T): T {
  current.set(core, progress);
  try {
    return work();
  } finally {
    current.delete(core);
  }
}

/** The error a cancelled task throws: its transaction rolls back whole. */
export const taskCancelled = () => new ApiError('cancelled', 'Cancelled: nothing was changed.');

/**
 * Long work that outlives the call that started it (a CSV import, written a chunk at a time
 * between calls): listed with the other tasks while it runs.
 */
export interface BackgroundTask {
  report(done: number, doing: string): void;
  end(outcome: Outcome<unknown>): void;
}

/** How the host hears of background tasks; without one (a test, the CLI) they are listed nowhere. */
export interface TaskAnnouncer {
  begin(label: string, cancel: (() => void) | null): BackgroundTask;
}

const announcers = new WeakMap<Core, TaskAnnouncer>();
const unlisted: BackgroundTask = { report: () => undefined, end: () => undefined };

export function announceTasksWith(core: Core, announcer: TaskAnnouncer): void {
  announcers.set(core, announcer);
}

/** Lists background work as a task; `cancel`, when given, asks it to stop where stopping is safe. */
export function beginBackgroundTask(core: Core, label: string, cancel: (() => void) | null): BackgroundTask {
  return announcers.get(core)?.begin(label, cancel) ?? unlisted;
}
