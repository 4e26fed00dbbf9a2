import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Outcome } from '../../src/api/errors';
import type { TaskInfo } from '../../src/api/tasks';
import { demo } from '../../src/cli/demo';
import { closeDatabase, openDatabase } from '../../src/db/open';
import { CoreHost } from '../../src/host/host';
import type { HostOptions } from '../../src/host/options';
import { dispatch } from '../../src/server/dispatch';
import { tempDir } from './helpers';

const hosts: CoreHost[] = [];
afterEach(async () => {
  await Promise.all(hosts.splice(0).map((host) => host.close()));
});

async function startHost(file: string, options: HostOptions = {}): Promise<CoreHost> {
  const host = await CoreHost.start(file, options);
  hosts.push(host);
  return host;
}

/** A call that must succeed, for setting a scene. */
async function ok<T>(host: CoreHost, method: string, input: unknown): Promise<T> {
  const outcome = await host.call(method, input);
  if (!outcome.ok) throw new Error(`${method}: ${outcome.error.message}`);
  return outcome.result as T;
}

const running = async (host: CoreHost) => ((await ok<TaskInfo[]>(host, 'tasks.list', {})).find((task) => task.state === 'running'));

/** The task `call` started, once the host lists it as running; fails if the call ended first. */
async function untilRunning(host: CoreHost, call: Promise<Outcome<unknown>>): Promise<TaskInfo> {
  let ended: Outcome<unknown> | undefined;
  void call.then((outcome) => (ended = outcome));
  for (;;) {
    const task = await running(host);
    if (task) return task;
    if (ended) throw new Error(`The call ended before its task was seen running: ${JSON.stringify(ended)}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const candidatesIn = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT count(*) FROM candidates').pluck().get() as number;
  } finally {
    db.close();
  }
};

/** A colleague's export big enough that merging it takes a while: a demo of 3,000 candidates. */
let colleagueExport: string;
let exportedCandidates: number;
let exportDir: string;
afterAll(() => fs.rmSync(exportDir, { recursive: true, force: true }));
beforeAll(async () => {
  // Kept for the whole file (tempDir() is emptied after each test).
  const dir = (exportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shortlist-host-')));
  const source = path.join(dir, 'colleague.db');
  await demo(source, 3000, 7);
  const core = await openDatabase(source);
  colleagueExport = path.join(dir, 'colleague.shortlist');
  const exported = dispatch(core, 'sharing.exportTo', { path: colleagueExport });
  if (!exported.ok) throw new Error(exported.error.message);
  exportedCandidates = core.db.prepare('SELECT count(*) FROM candidates').pluck().get() as number;
  closeDatabase(core);
}, 120_000);

describe('the core on threads of its own', { timeout: 120_000 }, () => {
  it('answers searches and lists while a colleague’s export is being merged', async () => {
    const host = await startHost(path.join(tempDir(), 'shortlist.db'));
    await ok(host, 'candidates.create', { name: 'Ada Lovelace' });
    let merged = false;
    const importing = host.call('sharing.import', { path: colleagueExport }).then((outcome) => ((merged = true), outcome));
    const task = await untilRunning(host, importing);
    expect(task).toMatchObject({ label: 'Merging a colleague’s export', cancellable: true });

    // Reads go to the read threads, which answer from the last commit: Ada, not the merge half done.
    const answeredDuringMerge: string[] = [];
    for (const [method, input] of [
      ['search.query', { query: 'ada' }],
      ['candidates.list', {}],
      ['reminders.today', {}],
    ] as const) {
      const outcome = await host.call(method, input);
      expect(outcome.ok).toBe(true);
      if (!merged) answeredDuringMerge.push(method);
    }
    expect(answeredDuringMerge).toEqual(['search.query', 'candidates.list', 'reminders.today']);
    expect(await ok<{ total: number }>(host, 'candidates.list', {})).toMatchObject({ total: 1 });

    expect((await importing).ok).toBe(true);
    expect(await ok<{ total: number }>(host, 'candidates.list', {})).toMatchObject({ total: exportedCandidates + 1 });
    const [done] = await ok<TaskInfo[]>(host, 'tasks.list', {});
    expect(done).toMatchObject({ label: 'Merging a colleague’s export', state: 'done', done: 1 });
  });

  it('refuses a second merge beside the first, naming it', async () => {
    const host = await startHost(path.join(tempDir(), 'shortlist.db'));
    const first = host.call('sharing.import', { path: colleagueExport });
    await untilRunning(host, first);
    const second = await host.call('sharing.import', { path: colleagueExport });
    expect(second).toEqual({
      ok: false,
      error: { code: 'busy', message: '“Merging a colleague’s export” is running; wait for it to finish or cancel it (see Tasks in the sidebar).' },
    });
    expect((await first).ok).toBe(true);
  });

  it('cancels a merge whole: nothing of it is left', async () => {
    const file = path.join(tempDir(), 'shortlist.db');
    const host = await startHost(file);
    await ok(host, 'candidates.create', { name: 'Ada Lovelace' });
    const importing = host.call('sharing.import', { path: colleagueExport });
    const task = await untilRunning(host, importing);
    await ok(host, 'tasks.cancel', { id: task.id });
    expect(await importing).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(await ok<{ total: number }>(host, 'candidates.list', {})).toMatchObject({ total: 1 });
    expect((await ok<TaskInfo[]>(host, 'tasks.list', {})).find((t) => t.id === task.id)).toMatchObject({ state: 'cancelled' });
  });

  it('finishes the merge running when it is closed, and leaves the file closed cleanly', async () => {
    const file = path.join(tempDir(), 'shortlist.db');
    const host = await startHost(file);
    const importing = host.call('sharing.import', { path: colleagueExport });
    await untilRunning(host, importing);
    await host.close();
    expect((await importing).ok).toBe(true);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    expect(candidatesIn(file)).toBe(exportedCandidates);
  });

  it('answers the reads made before it is closed, even those still waiting for a reader, and no later one hangs', async () => {
    const host = await startHost(path.join(tempDir(), 'shortlist.db'), { readers: 1 });
    const made = Array.from({ length: 5 }, () => host.call('app.info', {}));
    await host.close();
    expect((await Promise.all(made)).map((outcome) => outcome.ok)).toEqual([true, true, true, true, true]);
    const late = await host.call('candidates.list', {});
    expect(late).toMatchObject({ ok: false, error: { message: expect.stringMatching(/stopped before answering/) } });
  });
});

describe('the follow-up rules', { timeout: 120_000 }, () => {
  it('list a run that lasts as a task, with how far it has got, and keep quick runs off the list', async () => {
    const proposing = async (options: HostOptions) => {
      const file = path.join(tempDir(), 'shortlist.db');
      fs.copyFileSync(path.join(exportDir, 'colleague.db'), file);
      const host = await startHost(file, options);
      // A change the rules read: Today brings the proposals up to date on the writer before it answers.
      await ok(host, 'candidates.create', { name: 'Ada Lovelace' });
      await ok(host, 'reminders.today', {});
      return (await ok<TaskInfo[]>(host, 'tasks.list', {})).filter((task) => task.label === 'Proposing follow-ups');
    };
    const [listed] = await proposing({ proposalsListedAfterMs: 0 });
    expect(listed).toMatchObject({ state: 'done', done: 1, cancellable: false, doing: expect.stringMatching(/^Proposing follow-ups: /) });
    expect(await proposing({})).toEqual([]);
  });
});

describe('a CSV import, written a chunk at a time between calls', { timeout: 120_000 }, () => {
  /** A host importing 30,000 candidates (large enough to be read on a thread of its own), once its task is seen running. */
  async function importing(): Promise<{ host: CoreHost; jobId: string; task: TaskInfo }> {
    const dir = tempDir();
    const csv = path.join(dir, 'candidates.csv');
    const title = 'Senior Platform Engineer, Payments and Risk';
    fs.writeFileSync(csv, ['Name,Current title', ...Array.from({ length: 30_000 }, (_, i) => `Row ${i},"${title}"`)].join('\n'));
    const host = await startHost(path.join(dir, 'shortlist.db'));
    const { jobId } = await ok<{ jobId: string }>(host, 'csv.import', { kind: 'candidates', path: csv });
    return { host, jobId, task: await untilRunning(host, new Promise(() => undefined)) };
  }

  /** The import's progress once it has ended. */
  async function ended(host: CoreHost, jobId: string): Promise<{ state: string; accepted: number }> {
    let progress: { state: string; accepted: number };
    do progress = await ok(host, 'csv.progress', { jobId });
    while (progress.state === 'running');
    return progress;
  }

  it('is listed with the tasks and stops when cancelled, keeping the rows imported', async () => {
    const { host, jobId, task } = await importing();
    expect(task).toMatchObject({ label: 'Importing candidates from a CSV file', cancellable: true });
    await ok(host, 'tasks.cancel', { id: task.id });
    const progress = await ended(host, jobId);
    expect(progress.state).toBe('cancelled');
    expect(progress.accepted).toBeLessThan(30_000);
    expect(await ok<{ total: number }>(host, 'candidates.list', {})).toMatchObject({ total: progress.accepted });
    expect((await ok<TaskInfo[]>(host, 'tasks.list', {})).find((t) => t.id === task.id)).toMatchObject({ state: 'cancelled' });
  });

  it('lets a write made meanwhile through between two rows, then imports the rest', async () => {
    const { host, jobId } = await importing();
    await ok(host, 'clients.create', { name: 'Acme' });
    // Answered while the import still runs: it did not wait for the file's end.
    expect(await ok<{ state: string }>(host, 'csv.progress', { jobId })).toMatchObject({ state: 'running' });
    expect(await ended(host, jobId)).toMatchObject({ state: 'done', accepted: 30_000 });
    expect(await ok<{ total: number }>(host, 'candidates.list', {})).toMatchObject({ total: 30_000 });
  });
});

describe('opening after a crash', { timeout: 120_000 }, () => {
  /** A database left as a crash leaves it: never marked closed cleanly. */
  async function crashed(file: string): Promise<void> {
    const core = await openDatabase(file);
    dispatch(core, 'candidates.create', { name: 'Ada Lovelace' });
    core.db.close();
  }

  it('answers at once and checks the file as a task', async () => {
    const file = path.join(tempDir(), 'shortlist.db');
    await crashed(file);
    const host = await startHost(file);
    expect(await ok<{ total: number }>(host, 'candidates.list', {})).toMatchObject({ total: 1 });
    // Writes wait for the check; once it has passed they go through.
    await ok(host, 'candidates.create', { name: 'Grace Hopper' });
    const [check] = await ok<TaskInfo[]>(host, 'tasks.list', {});
    expect(check).toMatchObject({ label: 'Checking your data after Shortlist was not closed properly', state: 'done' });
    expect(await ok(host, 'app.health', {})).toEqual({ state: 'ok', message: null });
  });

  it('stops writing to a damaged file and says so, while reads still answer', async () => {
    const file = path.join(tempDir(), 'shortlist.db');
    const core = await openDatabase(file);
    for (let i = 0; i < 400; i++) dispatch(core, 'candidates.create', { name: `Candidate ${i}`, availability: 'x'.repeat(400) });
    core.db.pragma('wal_checkpoint(TRUNCATE)');
    // The candidates' first page, which every read of their rows goes through: a spot in the middle
    // of the file was sometimes a page of the search index that the read below never needed.
    const root = core.db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'candidates'").pluck().get() as number;
    const pageSize = core.db.pragma('page_size', { simple: true }) as number;
    core.db.close();
    // Spoil it whole, as a failing disk would.
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, (root - 1) * pageSize);
    fs.closeSync(fd);

    const host = await startHost(file);
    // A read that reaches the spoilt page says so in words of its own; one that does not, answers.
    expect(await host.call('candidates.list', {})).toMatchObject({ ok: false, error: { code: 'damaged' } });
    expect(await host.call('clients.list', {})).toMatchObject({ ok: true });
    const write = await host.call('clients.create', { name: 'Acme' });
    expect(write).toMatchObject({ ok: false, error: { code: 'damaged' } });
    expect((write as Extract<Outcome<unknown>, { ok: false }>).error.message).toMatch(/damaged.*Restore the newest good backup in Settings → Backups/s);
    expect(await ok(host, 'app.health', {})).toMatchObject({ state: 'damaged' });
  });
});

describe('backups', { timeout: 120_000 }, () => {
  it('restores a backup, keeps the current database aside to undo it, and never brings back an erased candidate', async () => {
    const file = path.join(tempDir(), 'shortlist.db');
    const host = await startHost(file);
    const ada = await ok<{ id: string }>(host, 'candidates.create', { name: 'Ada Lovelace' });
    await ok(host, 'candidates.create', { name: 'Grace Hopper' });
    const backup = await ok<{ name: string; candidates: number }>(host, 'backups.create', {});
    expect(backup).toMatchObject({ candidates: 2 });
    await ok(host, 'candidates.erase', { id: ada.id });
    await ok(host, 'candidates.create', { name: 'Katherine Johnson' });

    const restored = await ok<{ keptAside: string; erasuresReapplied: number }>(host, 'backups.restore', { name: backup.name });
    expect(restored.erasuresReapplied).toBe(1);
    const names = async () => (await ok<{ items: { name: string }[] }>(host, 'candidates.list', {})).items.map((c) => c.name).sort();
    // Katherine was added after the backup; Ada was erased after it and stays erased.
    expect(await names()).toEqual(['Grace Hopper']);

    await ok(host, 'backups.restore', { name: restored.keptAside });
    expect(await names()).toEqual(['Grace Hopper', 'Katherine Johnson']);
    const reasons = (await ok<{ reason: string }[]>(host, 'backups.list', {})).map((b) => b.reason).sort();
    expect(reasons).toEqual(['before-restore', 'before-restore', 'manual']);
  });

  it('refuses to restore a file that is not in backups/', async () => {
    const host = await startHost(path.join(tempDir(), 'shortlist.db'));
    expect(await host.call('backups.restore', { name: 'elsewhere.db' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await host.call('backups.restore', { name: '../shortlist.db' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
