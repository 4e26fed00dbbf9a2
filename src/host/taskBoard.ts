import { randomUUID } from 'node:crypto';
import type { Outcome } from '../api/errors';
import type { TaskInfo } from '../api/tasks';

/** How long a finished task stays listed, so the recruiter sees how it ended. */
const KEEP_FINISHED_MS = 60_000;

export interface RunningTask {
  info: TaskInfo;
  /** When it goes on the list: quick work that ends before then never shows. */
  listedFrom: number;
  /** One Int32 the worker reads between steps: 1 asks it to stop. */
  cancel: SharedArrayBuffer;
  onCancel: (() => void) | undefined;
  progress(done: number, doing: string): void;
  end(outcome: Outcome<unknown>): void;
}

/** The host's list of long work: running tasks and those that ended in the last minute. */
export class TaskBoard {
  private readonly tasks = new Map<string, RunningTask>();

  /**
   * `onCancel` stops work that does not read the shared flag (a background task between calls);
   * `listAfterMs` keeps work that is usually quick off the list unless it runs that long.
   */
  start(
    label: string,
    { cancellable, done = 0, onCancel, listAfterMs = 0 }: { cancellable: boolean; done?: number | null; onCancel?: () => void; listAfterMs?: number },
  ): RunningTask {
    const task: RunningTask = {
      listedFrom: Date.now() + listAfterMs,
      info: {
        id: randomUUID(),
        label,
        doing: label,
        done,
        state: 'running',
        error: null,
        cancellable,
        startedAt: new Date().toISOString(),
        endedAt: null,
      },
      cancel: new SharedArrayBuffer(4),
      onCancel,
      progress: (done, doing) => Object.assign(task.info, { done, doing }),
      end: (outcome) => {
        const cancelled = !outcome.ok && outcome.error.code === 'cancelled';
        Object.assign(task.info, {
          state: outcome.ok ? 'done' : cancelled ? 'cancelled' : 'failed',
          error: outcome.ok || cancelled ? null : outcome.error.message,
          done: outcome.ok ? 1 : task.info.done,
          endedAt: new Date().toISOString(),
        });
      },
    };
    this.tasks.set(task.info.id, task);
    return task;
  }

  list(): TaskInfo[] {
    const now = Date.now();
    for (const [id, task] of this.tasks) {
      const ended = task.info.endedAt ? Date.parse(task.info.endedAt) : null;
      // Quick work that ended before it was due on the list never shows.
      const unseen = ended !== null && ended < task.listedFrom;
      if (unseen || (ended !== null && now - ended > KEEP_FINISHED_MS)) this.tasks.delete(id);
    }
    return [...this.tasks.values()].filter((task) => task.listedFrom <= now).map((task) => ({ ...task.info }));
  }

  running(): TaskInfo[] {
    return this.list().filter((task) => task.state === 'running');
  }

  /** Asks a running task to stop; false when there is no such task or it cannot stop safely. */
  cancel(id: string): boolean {
    const task = this.tasks.get(id);
    if (!task || task.info.state !== 'running' || !task.info.cancellable) return false;
    Atomics.store(new Int32Array(task.cancel), 0, 1);
    task.onCancel?.();
    return true;
  }
}
