import path from 'node:path';
import { contract, isMethod, type Method } from '../api/contract';
import type { Outcome } from '../api/errors';
import type { Health } from '../api/app';
import type { CallOptions } from './calls';
import type { TaskInfo } from '../api/tasks';
import { unknownMethod } from '../server/validate';
import { defaultWorkerEntry, type HostOptions } from './options';
import type { Role } from './protocol';
import { ReadDropped, ReaderPool } from './readerPool';
import { restoreWith } from './restore';
import { TaskBoard, type RunningTask } from './taskBoard';
import { stopped, WorkerHandle, type Answer } from './workerHandle';

const answer = (outcome: Outcome<unknown>): Promise<Outcome<unknown>> => Promise.resolve(outcome);
const refuse = (code: 'busy' | 'damaged' | 'not_found' | 'invalid_input', message: string): Outcome<never> => ({
  ok: false,
  error: { code, message },
});

/**
 * Runs the core off the thread that serves the window: one writer thread and read threads, each
 * with its own connection to the database. A call goes where its contract entry says: a read to
 * the first reader free (a snapshot of the last commit, never waiting for the writer), a write to
 * the writer. Long work is a task: listed with its progress, refused beside another that needs
 * the same thread, cancelled where that leaves nothing half-done. The thread that calls `call`
 * only passes messages.
 */
export class CoreHost {
  readonly tasks = new TaskBoard();
  private writer!: WorkerHandle;
  private readers: WorkerHandle[] = [];
  private readonly busy = new Map<WorkerHandle, RunningTask>();
  private readonly pool = new ReaderPool(
    () => this.readers,
    (reader) => this.busy.has(reader),
  );
  private health: Health = { state: 'ok', message: null };
  /** Calls wait on this while the connections are closed (a restore). */
  private gate: Promise<void> = Promise.resolve();
  private proposing: Promise<unknown> | undefined;
  /** Closing for good: a read made now is answered as a stopped thread's would be. */
  private quitting = false;
  /** When a call last changed the database; the hourly backups follow it. */
  lastWriteAt = 0;
  deviceId = '';

  private constructor(
    readonly file: string,
    private readonly options: HostOptions,
  ) {}

  static async start(file: string, options: HostOptions = {}): Promise<CoreHost> {
    const host = new CoreHost(path.resolve(file), options);
    await host.open();
    return host;
  }

  private spawn(role: Role, entry: string): WorkerHandle {
    const { nativeBinding, timeZone } = this.options;
    return WorkerHandle.start(entry, { file: this.file, role, nativeBinding, timeZone });
  }

  /** The writer opens (and migrates) the file first; the readers open what it left. */
  private async open(): Promise<void> {
    const entry = this.options.workerEntry ?? (await defaultWorkerEntry());
    this.writer = this.spawn('writer', entry);
    this.writer.onTask = this.backgroundTasks(this.writer);
    this.readers = Array.from({ length: this.options.readers ?? 2 }, () => this.spawn('reader', entry));
    try {
      const { deviceId, needsCheck } = await this.writer.open();
      this.deviceId = deviceId;
      await Promise.all(this.readers.map((reader) => reader.open()));
      this.pool.given();
      if (needsCheck) void this.checkAfterCrash();
    } catch (error) {
      await Promise.all([this.writer, ...this.readers].map((worker) => worker.terminate()));
      throw error;
    }
  }

  /** After an unclean close: reads answer at once, writes queue behind the check; a damaged file stops writes. */
  private async checkAfterCrash(): Promise<void> {
    this.health = { state: 'checking', message: null };
    const task = this.tasks.start('Checking your data after Shortlist was not closed properly', { cancellable: false, done: null });
    this.busy.set(this.writer, task);
    const { outcome } = await this.writer.send({ type: 'check', cancel: task.cancel });
    this.busy.delete(this.writer);
    task.end(outcome);
    this.health = outcome.ok ? { state: 'ok', message: null } : { state: 'damaged', message: outcome.error.message };
  }

  call(method: string, input: unknown, { signal }: CallOptions = {}): Promise<Outcome<unknown>> {
    if (!isMethod(method)) return answer(unknownMethod(method));
    switch (method) {
      case 'tasks.list':
        return answer({ ok: true, result: this.tasks.list() });
      case 'tasks.cancel':
        return answer(this.cancel(input));
      case 'app.health':
        return answer({ ok: true, result: { ...this.health } });
    }
    return this.gate.then(() => this.route(method, input, signal));
  }

  private async route(method: Method, input: unknown, signal?: AbortSignal): Promise<Outcome<unknown>> {
    const entry = contract[method];
    if (method === 'backups.restore') return this.restore(input);
    if (entry.access === 'write' && this.health.state === 'damaged') {
      return refuse('damaged', `Your database is damaged, so Shortlist has stopped writing to it: ${this.health.message} Restore the newest good backup in Settings → Backups.`);
    }
    if (entry.proposals && !this.busy.has(this.writer)) await this.propose();
    if (entry.access === 'read' && !entry.task) {
      if (this.quitting) return stopped;
      try {
        return this.settle(await this.pool.run((reader) => reader.send({ type: 'call', method, input }), signal));
      } catch (error) {
        if (error instanceof ReadDropped) return { ok: false, error: { code: 'cancelled', message: 'Nobody was waiting for this answer any more, so it was not read.' } };
        throw error;
      }
    }
    const worker = entry.access === 'write' ? this.writer : this.readerForTask();
    if (!worker) return refuse('busy', `${this.describeBusy()} is running; wait for it to finish (see Tasks in the sidebar).`);
    if (!entry.task) return this.settle(await worker.send({ type: 'call', method, input }));
    const running = this.busy.get(worker);
    if (running) return refuse('busy', `“${running.info.label}” is running; wait for it to finish or cancel it (see Tasks in the sidebar).`);
    const task = this.tasks.start(entry.task, { cancellable: entry.cancellable });
    this.busy.set(worker, task);
    try {
      const result = await worker.send({ type: 'call', method, input, cancel: task.cancel }, task.progress);
      task.end(result.outcome);
      return this.settle(result);
    } finally {
      this.busy.delete(worker);
      this.pool.given();
    }
  }

  /** Lists a worker's background tasks (a CSV import between calls) with the others. */
  private backgroundTasks(worker: WorkerHandle): WorkerHandle['onTask'] {
    const listed = new Map<number, RunningTask>();
    return (message) => {
      if (message.type === 'task-begin') {
        const onCancel = message.cancellable ? () => worker.cancelTask(message.taskId) : undefined;
        listed.set(message.taskId, this.tasks.start(message.label, { cancellable: message.cancellable, onCancel }));
      } else if (message.type === 'task-progress') {
        listed.get(message.taskId)?.progress(message.done, message.doing);
      } else {
        listed.get(message.taskId)?.end(message.outcome);
        listed.delete(message.taskId);
      }
    };
  }

  /** A reader for a task: the least loaded, and only while another stays free for the window's reads. */
  private readerForTask(): WorkerHandle | undefined {
    const free = this.readers.filter((reader) => !this.busy.has(reader));
    if (free.length < 2) return undefined;
    return free.sort((a, b) => a.load - b.load)[0];
  }

  private describeBusy(): string {
    const labels = this.tasks.running().map((task) => `“${task.label}”`);
    return labels.length > 0 ? labels.join(' and ') : 'Other long work';
  }

  private settle({ outcome, wrote }: Answer): Outcome<unknown> {
    if (wrote) this.lastWriteAt = Date.now();
    if (!outcome.ok && outcome.error.code === 'damaged') this.health = { state: 'damaged', message: outcome.error.message };
    return outcome;
  }

  /**
   * Brings proposals up to date on the writer, once for all the reads that arrive meanwhile. Most
   * runs take milliseconds; one that lasts (the first over a large database) is listed as a task.
   */
  private propose(): Promise<unknown> {
    this.proposing ??= (async () => {
      const listAfterMs = this.options.proposalsListedAfterMs ?? 500;
      const task = this.tasks.start('Proposing follow-ups', { cancellable: false, listAfterMs });
      const { outcome } = await this.writer.send({ type: 'propose', cancel: task.cancel }, task.progress);
      task.end(outcome);
    })().finally(() => (this.proposing = undefined));
    return this.proposing;
  }

  private cancel(input: unknown): Outcome<unknown> {
    const id = (input as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') return refuse('invalid_input', 'Name the task to cancel.');
    const task = this.tasks.list().find((t) => t.id === id);
    if (!task) return refuse('not_found', 'That task has already ended.');
    if (!this.tasks.cancel(id)) return refuse('invalid_input', `“${task.label}” cannot be stopped safely halfway; it will finish on its own.`);
    return { ok: true, result: { ok: true } };
  }

  /** Closes every connection, runs `work` on the closed file, and opens them again; calls wait meanwhile. */
  private async whileClosed<T>(work: () => Promise<T>): Promise<T> {
    let reopen!: () => void;
    const previous = this.gate;
    this.gate = new Promise((resolve) => (reopen = resolve));
    await previous;
    try {
      await this.closeConnections();
      return await work();
    } finally {
      await this.open().finally(reopen);
    }
  }

  private async restore(input: unknown): Promise<Outcome<unknown>> {
    if (this.tasks.running().length > 0) return refuse('busy', `${this.describeBusy()} is running; restore once it has finished.`);
    const task = this.tasks.start('Restoring a backup', { cancellable: false, done: null });
    const outcome = await this.whileClosed(() => restoreWith(this.options, this.file, input));
    task.end(outcome);
    if (outcome.ok) this.health = { state: 'ok', message: null };
    return outcome;
  }

  runningTasks(): TaskInfo[] {
    return this.tasks.running();
  }

  /** Waits for the calls already made, then closes every connection (the writer marks the file closed cleanly). */
  async close(): Promise<void> {
    await this.gate;
    this.quitting = true;
    await this.pool.settled();
    await this.closeConnections();
  }

  /** The readers first: the writer, closing last, checkpoints the log and removes it. */
  private async closeConnections(): Promise<void> {
    // Out of the pool first: a read still waiting there waits for the readers opened again.
    const closing = this.readers;
    this.readers = [];
    await Promise.all(closing.map((reader) => reader.close()));
    await this.writer.close();
  }
}
