import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { relaxDurability } from '../../src/db/durability';
import { OpenError } from '../../src/db/openError';
import { latestVersion, migrations } from '../../src/db/migrations';
import { APPLICATION_ID, closeDatabase, openDatabase } from '../../src/db/open';
import { freshApp, tempDir, TestClock } from './helpers';

/** Builds a database as an earlier release of Shortlist would have left it. */
function databaseAtVersion(file: string, version: number): void {
  const db = new Database(file);
  db.transaction(() => {
    for (const migration of migrations.filter((m) => m.version <= version)) migration.up(db);
    db.pragma(`user_version = ${version}`);
    if (version > 0) {
      db.pragma(`application_id = ${APPLICATION_ID}`);
      db.prepare("INSERT INTO settings (key, value) VALUES ('written_by_an_older_version', 'kept')").run();
    }
  })();
  db.close();
}

async function refusal(file: string): Promise<OpenError> {
  const error = await openDatabase(file).then(
    (core) => {
      core.db.close();
      throw new Error('expected the file to be refused');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(OpenError);
  return error as OpenError;
}

/** Every file in the folder with its bytes, to prove a refused file was not touched. */
function snapshot(dir: string): Map<string, string> {
  return new Map(fs.readdirSync(dir).map((f) => [f, fs.readFileSync(path.join(dir, f)).toString('base64')]));
}

describe('opening a database', () => {
  it('creates a new file in WAL mode with full sync, foreign keys and a busy timeout', async () => {
    const { core } = await freshApp();
    expect(core.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(core.db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(core.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(core.db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
    expect(core.db.pragma('user_version', { simple: true })).toBe(latestVersion);
    expect(core.db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
  });

  it('keeps its device id and its clock across restarts', async () => {
    const first = await freshApp();
    first.call('clients.create', { name: 'Acme' });
    const lastStamp = first.core.db.prepare('SELECT created_hlc FROM clients').pluck().get() as string;
    first.core.db.close();
    const again = await openDatabase(first.file, { clock: new TestClock(Date.parse('2020-01-01T00:00:00Z')) });
    expect(again.deviceId).toBe(first.core.deviceId);
    expect(again.hlc.next() > lastStamp).toBe(true);
    again.db.close();
  });

  it.each(Array.from({ length: latestVersion }, (_, v) => v))(
    'migrates a database from version %i to the latest, after backing it up',
    async (version) => {
      const dir = tempDir();
      const file = path.join(dir, 'shortlist.db');
      databaseAtVersion(file, version);
      const core = await openDatabase(file, { clock: new TestClock() });
      expect(core.db.pragma('user_version', { simple: true })).toBe(latestVersion);
      const kept = core.db.prepare("SELECT value FROM settings WHERE key = 'written_by_an_older_version'").pluck().get();
      expect(kept).toBe(version > 0 ? 'kept' : undefined);
      core.db.close();
      const backups = fs.existsSync(path.join(dir, 'backups')) ? fs.readdirSync(path.join(dir, 'backups')) : [];
      if (version === 0) {
        expect(backups).toEqual([]);
      } else {
        expect(backups).toHaveLength(1);
        const backup = new Database(path.join(dir, 'backups', backups[0]!), { readonly: true });
        expect(backup.pragma('user_version', { simple: true })).toBe(version);
        backup.close();
      }
    },
  );

  it('finds contacts by their client’s name of now after the upgrade to version 7, though version 6 missed renames', async () => {
    const file = path.join(tempDir(), 'shortlist.db');
    databaseAtVersion(file, 6);
    const db = new Database(file);
    const stamps = "'h', '2026-01-01', 'd', '2026-01-01', 'd'";
    db.exec(`INSERT INTO clients (id, name, name_key, status, created_hlc, created_at, created_by, updated_at, updated_by)
      VALUES ('c1', 'Initech', 'initech', 'active', ${stamps});
      INSERT INTO contacts (id, client_id, name, role, created_hlc, created_at, created_by, updated_at, updated_by)
      VALUES ('p1', 'c1', 'Bill Lumbergh', 'hiring_manager', ${stamps});
      UPDATE clients SET name = 'Initrode', name_key = 'initrode' WHERE id = 'c1';`);
    db.close();
    const app = await freshApp(file);
    expect(app.call('search.query', { query: 'initrode', kinds: ['contact'] }).map((r) => r.title)).toEqual(['Bill Lumbergh']);
  });

  it('takes the contacts of a client in the trash out of the index on the upgrade to version 8', async () => {
    const file = path.join(tempDir(), 'shortlist.db');
    databaseAtVersion(file, 7);
    const db = new Database(file);
    const stamps = "'h', '2026-01-01', 'd', '2026-01-01', 'd'";
    db.exec(`INSERT INTO clients (id, name, name_key, status, created_hlc, created_at, created_by, updated_at, updated_by, deleted_at)
      VALUES ('c1', 'Initech', 'initech', 'active', ${stamps}, '2026-01-02');
      INSERT INTO contacts (id, client_id, name, role, created_hlc, created_at, created_by, updated_at, updated_by)
      VALUES ('p1', 'c1', 'Bill Lumbergh', 'hiring_manager', ${stamps});
      -- As version 7 left it: the contact indexed, though its client is in the trash.
      DELETE FROM search_queue;
      INSERT INTO search_keys (kind, record_id) VALUES ('contact', 'p1');
      INSERT INTO search_index (rowid, kind, record_id, title, body) SELECT id, kind, record_id, 'Bill Lumbergh', 'Initech' FROM search_keys;`);
    db.close();
    const app = await freshApp(file);
    expect(app.call('search.query', { query: 'lumbergh' })).toEqual([]);
    expect(app.core.db.prepare("SELECT count(*) FROM search_index WHERE record_id = 'p1'").pluck().get()).toBe(0);
  });

  it('puts back what a CSV import relaxed only when the last of two at once is done', async () => {
    const { core } = await freshApp();
    const endFirst = relaxDurability(core);
    const endSecond = relaxDurability(core);
    endFirst();
    expect(core.db.pragma('synchronous', { simple: true })).toBe(1);
    endSecond();
    expect(core.db.pragma('synchronous', { simple: true })).toBe(2);
    expect(core.db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
  });

  it('refuses a file made by a newer Shortlist and leaves it untouched', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'future.db');
    databaseAtVersion(file, latestVersion);
    const db = new Database(file);
    db.pragma(`user_version = ${latestVersion + 1}`);
    db.close();
    const before = snapshot(dir);
    const error = await refusal(file);
    expect(error.reason).toBe('newer_version');
    expect(error.message).toContain('this file was made by a newer Shortlist');
    expect(snapshot(dir)).toEqual(before);
  });

  it('leaves the unsaved journal of a refused file alone', async () => {
    // A newer Shortlist crashed with its last changes still in the WAL: copy the files as it left them.
    const crashed = path.join(tempDir(), 'shortlist.db');
    databaseAtVersion(crashed, latestVersion);
    const writer = new Database(crashed);
    writer.pragma('journal_mode = WAL');
    writer.pragma('wal_autocheckpoint = 0');
    writer.pragma(`user_version = ${latestVersion + 1}`);
    for (let i = 0; i < 100; i++) writer.prepare('INSERT INTO settings VALUES (?, ?)').run(`k${i}`, 'x'.repeat(500));
    const dir = tempDir();
    for (const name of ['shortlist.db', 'shortlist.db-wal']) fs.copyFileSync(path.join(path.dirname(crashed), name), path.join(dir, name));
    writer.close();
    const bytes = (name: string) => fs.readFileSync(path.join(dir, name)).toString('base64');
    const before = [bytes('shortlist.db'), bytes('shortlist.db-wal')];
    expect(fs.statSync(path.join(dir, 'shortlist.db-wal')).size).toBeGreaterThan(50_000);
    expect((await refusal(path.join(dir, 'shortlist.db'))).reason).toBe('newer_version');
    expect([bytes('shortlist.db'), bytes('shortlist.db-wal')]).toEqual(before);
  });

  it('refuses a file that is not a SQLite database and leaves it untouched', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'resume.db');
    fs.writeFileSync(file, '%PDF-1.7 this is a resume, not a database\n'.repeat(200));
    const before = snapshot(dir);
    const error = await refusal(file);
    expect(error.reason).toBe('not_a_database');
    expect(error.message).toMatch(/not a SQLite file/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses another program’s SQLite database', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'other.db');
    const db = new Database(file);
    db.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)');
    db.close();
    const before = snapshot(dir);
    expect((await refusal(file)).reason).toBe('not_shortlist');
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses a damaged database and leaves it untouched', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'damaged.db');
    const { core } = await freshApp(file);
    for (let i = 0; i < 300; i++) core.db.prepare("INSERT INTO settings VALUES (?, 'padding padding padding')").run(`k${i}`);
    core.db.pragma('wal_checkpoint(TRUNCATE)');
    core.db.pragma('journal_mode = DELETE');
    core.db.close();
    const bytes = fs.readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    // Scribble over the b-tree page header of every page after the first.
    for (let page = 1; page * pageSize < bytes.length; page++) bytes.fill(0xee, page * pageSize, page * pageSize + 12);
    fs.writeFileSync(file, bytes);
    const before = snapshot(dir);
    const error = await refusal(file);
    expect(error.reason).toBe('damaged');
    expect(error.message).toMatch(/damaged/);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('first run', () => {
  it('creates the data folder when it does not exist yet', async () => {
    const file = path.join(tempDir(), 'Shortlist', 'nested', 'shortlist.db');
    const core = await openDatabase(file);
    expect(fs.existsSync(file)).toBe(true);
    core.db.close();
  });
});

describe('the integrity check', () => {
  it('is skipped after a clean close, and runs after anything else', async () => {
    const app = await freshApp();
    app.call('clients.create', { name: 'Acme' });
    closeDatabase(app.core);
    const bytes = fs.readFileSync(app.file);
    const pageSize = bytes.readUInt16BE(16);
    const damaged = () => {
      // Scribble over the b-tree page header of every page after the first (the schema).
      const copy = Buffer.from(bytes);
      for (let page = 1; page * pageSize < copy.length; page++) copy.fill(0xee, page * pageSize, page * pageSize + 12);
      return copy;
    };
    // A file closed cleanly opens without reading every page...
    const fast = await openDatabase(app.file);
    expect(fast.db.prepare("SELECT value FROM settings WHERE key = 'closed_cleanly'").pluck().get()).toBe('0');
    fast.db.close();
    // ...and one that was not (here: damaged after a crash) is checked and refused.
    fs.writeFileSync(app.file, damaged());
    expect((await refusal(app.file)).reason).toBe('damaged');
  });
});
