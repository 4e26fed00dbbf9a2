import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { OpenError } from '../../src/db/openError';
import { backupDatabase, closeDatabase, closedCleanly, openDatabase } from '../../src/db/open';
import { failure, freshApp, shortlist, spoilTable, tempDir } from './helpers';
import { exportOf } from './sharing-helpers';

async function refusal(file: string): Promise<OpenError> {
  try {
    const core = await openDatabase(file);
    core.db.close();
  } catch (error) {
    if (error instanceof OpenError) return error;
    throw error;
  }
  throw new Error(`${file} was opened`);
}

/** Each CLI run starts Node and compiles the core: seconds each on a busy machine. */
const slow = { timeout: 90_000 };

describe('a file that is not a database', slow, () => {
  it('an empty file is refused, left empty, and never reported whole', async () => {
    const file = path.join(tempDir(), 'empty.db');
    fs.writeFileSync(file, '');
    const error = await refusal(file);
    expect(error.reason).toBe('not_a_database');
    expect(error.message).toBe(
      `empty.db is empty: it is not a Shortlist database. Choose another file, or delete this empty one (${file}) to start a new database there.`,
    );
    expect(fs.readdirSync(path.dirname(file))).toEqual(['empty.db']);
    expect(fs.statSync(file).size).toBe(0);

    const run = shortlist('check', '--db', file);
    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain('Integrity: ok');
    expect(run.stderr).toContain('empty.db is empty: it is not a Shortlist database.');
  });

  it('a folder is named as a folder, in the app and the CLI', async () => {
    const dir = tempDir();
    const message = `${dir} is a folder, not a file. Choose the file itself (the database is shortlist.db), or a new file name.`;
    const error = await refusal(dir);
    expect(error).toMatchObject({ reason: 'is_folder', message });
    // Asked first by the app's worker, whether it was closed cleanly: the same answer.
    expect(() => closedCleanly(dir)).toThrow(message);
    const run = shortlist('check', '--db', dir);
    expect(run).toMatchObject({ code: 1, stderr: `shortlist: ${message}\n` });
  });
});

describe('a file another program is writing', () => {
  it('a write says the file is busy and what to do, and writes nothing', async () => {
    const app = await freshApp();
    app.call('clients.create', { name: 'Acme' });
    const other = new Database(app.file);
    other.exec('BEGIN IMMEDIATE');
    // Not the 5 s an app waits: the other program holds its lock until this test lets go.
    app.core.db.pragma('busy_timeout = 0');
    try {
      expect(failure(() => app.call('clients.create', { name: 'Globex' }))).toMatchObject({
        code: 'busy',
        message: `${app.file} is busy: another program (another Shortlist window, the shortlist command, a backup or sync tool) is writing to it, so nothing was saved. Try again in a moment, or close the other program.`,
      });
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(app.call('clients.create', { name: 'Globex' }).name).toBe('Globex');
    expect(app.core.db.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(2);
  });
});

describe('a database damaged while in use', slow, () => {
  /** A database closed cleanly (so its next open skips the whole check), a backup beside it, then damaged. */
  async function damagedAfterCleanClose() {
    const app = await freshApp();
    const ada = app.call('candidates.create', { name: 'Ada Lovelace' });
    const backup = backupDatabase(app.file, 'manual', app.clock);
    closeDatabase(app.core);
    spoilTable(app.file, 'candidates');
    return { file: app.file, ada, backup };
  }

  it('stops writing, says the database is damaged, and offers the newest good backup', async () => {
    const { file, ada, backup } = await damagedAfterCleanClose();
    const app = await freshApp(file);
    const damaged = {
      code: 'damaged',
      message: `${file} is damaged, so Shortlist has stopped saving changes to it (what can still be read stays readable). Restore the newest good backup, ${backup}, to carry on; changes made since it was taken are not in it.`,
    };
    expect(failure(() => app.call('candidates.update', { id: ada.id, currentTitle: 'Analyst' }))).toMatchObject(damaged);
    // Nothing more is written, even where SQLite has not seen damage yet.
    expect(failure(() => app.call('clients.create', { name: 'Acme' }))).toMatchObject(damaged);
    expect(failure(() => app.call('candidates.update', { id: ada.id, currentTitle: 'Analyst' }))).toMatchObject(damaged);
    closeDatabase(app.core);
    // It is never marked closed cleanly again: the next open checks it whole and refuses it.
    const error = await refusal(file);
    expect(error.reason).toBe('damaged');
    expect(error.message).toMatch(new RegExp(`^${escape(file)} is damaged and cannot be opened safely \\(.+\\)\\. Restore the newest good backup, ${escape(backup)}, to carry on`));
  });

  it('an import into a damaged database names the database, not the colleague’s good export', async () => {
    const colleague = await freshApp();
    colleague.call('candidates.create', { name: 'Grace Hopper' });
    const good = exportOf(colleague);
    const { file } = await damagedAfterCleanClose();
    fs.rmSync(path.join(path.dirname(file), 'backups'), { recursive: true });
    const run = shortlist('import', '--db', file, good);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `shortlist: ${file} is damaged, so Shortlist has stopped saving changes to it (what can still be read stays readable). There is no good backup beside it to restore: keep a copy of the file as it is, and ask for help repairing it.`,
    );
    expect(run.stderr).not.toContain(path.basename(good));
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });
});

describe('a CSV file of one 5 MB line', slow, () => {
  it('is quoted in a short excerpt, clearly cut, never printed back whole', async () => {
    const app = await freshApp();
    closeDatabase(app.core);
    const csv = path.join(tempDir(), 'one-line.csv');
    fs.writeFileSync(csv, `Name,${'x'.repeat(5 * 1024 * 1024)}`);
    const run = shortlist('import-csv', '--db', app.file, '--kind', 'candidates', csv);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`“${'x'.repeat(59)}…”`);
    expect(run.stdout.length + run.stderr.length).toBeLessThan(2000);
  });
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('a backup cut short', () => {
  it('is never offered for a restore, and what a killed backup left is cleared by a later one', async () => {
    const app = await freshApp();
    app.call('candidates.create', { name: 'Ada Lovelace' });
    const backups = path.join(path.dirname(app.file), 'backups');
    const listed = () => app.call('backups.list', {}).map((b) => b.name);
    // A backup killed half-way, an hour ago and a minute ago (another process may still be writing that one).
    fs.mkdirSync(backups, { recursive: true });
    const killed = path.join(backups, `${path.parse(app.file).name}-manual-2026-12-01T09-00-00-000Z.db.partial`);
    const writing = path.join(backups, `${path.parse(app.file).name}-manual-2026-12-01T10-00-00-000Z.db.partial`);
    for (const file of [killed, writing]) fs.writeFileSync(file, 'SQLite format 3\0half');
    fs.utimesSync(killed, new Date(Date.now() - 2 * 3_600_000), new Date(Date.now() - 2 * 3_600_000));
    expect(listed()).toEqual([]);
    const taken = backupDatabase(app.file, 'manual', app.clock);
    expect(fs.existsSync(killed)).toBe(false);
    expect(fs.existsSync(writing)).toBe(true);
    // The new one is whole, under its own name, and the only one offered.
    expect(fs.readdirSync(backups).filter((name) => name.endsWith('.db'))).toEqual([path.basename(taken)]);
    expect(listed()).toEqual([path.basename(taken)]);
    const copy = new Database(taken, { readonly: true });
    expect(copy.prepare('SELECT name FROM candidates').pluck().all()).toEqual(['Ada Lovelace']);
    copy.close();
  });
});
