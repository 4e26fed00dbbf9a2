import { Worker } from 'node:worker_threads';
import type { Outcome } from '../api/errors';
import { OpenError, type OpenFailure } from '../db/openError';
import type { FromWorker, Role, ToWorker, WorkerSetup } from './protocol';

export interface Answer {
  outcome: Outcome<unknown>;
  wrote: boolean;
}

type Request = { type: 'call'; method: string; input: unknown; cancel?: SharedArrayBuffer } | { type: 'propose'; cancel: SharedArrayBuffer } | { type: 'check'; cancel: SharedArrayBuffer };

export const stopped: Outcome<never> = {
  ok: false,
  error: { code: 'internal', message: 'Shortlist’s data service stopped before answering; nothing more was changed. Try again.' },
};

/** One worker thread of the core and the calls waiting for its answers. */
export class WorkerHandle {
  private readonly pending = new Map<number, { resolve: (answer: Answer) => void; onProgress?: (done: number, doing: string) => void }>();
  private nextId = 1;
  /** Hears the worker's background tasks (a CSV import running between calls). */
  onTask: ((message: Extract<FromWorker, { type: `task-${string}` }>) => void) | undefined;
  private closing: Promise<void> | undefined;
  /** The thread has ended (closed, or failed): a call sent now would never be answered. */
  private exited = false;
  readonly ready: Promise<{ deviceId: string; schemaVersion: number; needsCheck: boolean }>;

  private constructor(
    readonly role: Role,
    private readonly worker: Worker,
    /** Messages posted and not yet taken up by the worker (WorkerSetup.waiting). */
    private readonly waiting: Int32Array,
  ) {
    this.ready = new Promise((resolve, reject) => {
      worker.on('message', (message: FromWorker) => {
        switch (message.type) {
          case 'ready':
            return resolve(message);
          case 'failed':
            return reject(
              message.error.name === 'OpenError'
                ? new OpenError(message.error.reason as OpenFailure, message.error.message)
                : new Error(message.error.message),
            );
          case 'task-begin':
          case 'task-progress':
          case 'task-end':
            return this.onTask?.(message);
          case 'progress':
            return this.pending.get(message.id)?.onProgress?.(message.done, message.doing);
          case 'result': {
            const waiting = this.pending.get(message.id);
            this.pending.delete(message.id);
            return waiting?.resolve({ outcome: message.outcome, wrote: message.wrote });
          }
        }
      });
      worker.on('error', (error) => {
        console.error(`[shortlist] the core's ${role} thread failed`, error);
        reject(error);
      });
      worker.on('exit', () => {
        this.exited = true;
        reject(new Error(`The core's ${role} thread stopped before it was ready.`));
        for (const waiting of this.pending.values()) waiting.resolve({ outcome: stopped, wrote: false });
        this.pending.clear();
      });
    });
    // Whoever starts a worker awaits `ready`; this keeps a failed start from going unhandled meanwhile.
    this.ready.catch(() => undefined);
  }

  /** Starts the thread, which loads the core's code and waits for `open`. */
  static start(entry: string, setup: WorkerSetup): WorkerHandle {
    const waiting = new SharedArrayBuffer(4);
    return new WorkerHandle(setup.role, new Worker(entry, { workerData: { ...setup, waiting } }), new Int32Array(waiting));
  }

  /** Opens the thread's connection; `ready` says when it has. */
  open(): Promise<{ deviceId: string; schemaVersion: number; needsCheck: boolean }> {
    this.worker.postMessage({ type: 'open' } satisfies ToWorker);
    return this.ready;
  }

  /** Calls still waiting for their answer. */
  get load(): number {
    return this.pending.size;
  }

  send(request: Request, onProgress?: (done: number, doing: string) => void): Promise<Answer> {
    if (this.closing || this.exited) return Promise.resolve({ outcome: stopped, wrote: false });
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, { resolve, onProgress });
      Atomics.add(this.waiting, 0, 1);
      this.worker.postMessage({ ...request, id } as ToWorker);
    });
  }

  /** Asks one of the worker's background tasks to stop. */
  cancelTask(taskId: number): void {
    Atomics.add(this.waiting, 0, 1);
    this.worker.postMessage({ type: 'cancel-task', taskId } satisfies ToWorker);
  }

  /** Stops a thread that failed to start, or whose siblings did. */
  async terminate(): Promise<void> {
    await this.worker.terminate();
  }

  /** Closes the connection once the calls before are answered (the writer marks the file closed cleanly). */
  close(): Promise<void> {
    this.closing ??= new Promise<void>((resolve) => {
      this.worker.once('exit', () => resolve());
      this.worker.on('message', (message: FromWorker) => {
        if (message.type === 'closed') void this.worker.terminate();
      });
      this.worker.postMessage({ type: 'close' } satisfies ToWorker);
    });
    return this.closing;
  }
}
