import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { latestVersion } from '../../src/db/migrations';
import { APPLICATION_ID } from '../../src/db/open';
import { freshApp, shortlist, tempDir } from './helpers';


describe('shortlist check', () => {
  it('prints the schema version, integrity and what the database holds', async () => {
    const app = await freshApp();
    const acme = app.call('clients.create', { name: 'Acme' });
    app.call('clients.create', { name: 'Globex' });
    app.call('contacts.create', { clientId: acme.id, name: 'Max' });
    app.call('clients.delete', { id: acme.id });
    app.core.db.close();
    const before = fs.readFileSync(app.file);
    const run = shortlist('check', '--db', app.file);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Schema version: ${latestVersion}`);
    expect(run.stdout).toContain('Integrity: ok');
    expect(run.stdout).toContain('clients: 1 (1 in the trash)');
    expect(run.stdout).toContain('contacts: 1');
    expect(fs.readFileSync(app.file).equals(before)).toBe(true);
  });

  it('exits non-zero with a clear message on a file that is not Shortlist’s', () => {
    const file = path.join(tempDir(), 'notes.txt');
    fs.writeFileSync(file, 'Dear client, please find attached…');
    const run = shortlist('check', '--db', file);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('notes.txt is not a Shortlist database');
  });

  it('exits non-zero on a database from a newer Shortlist', async () => {
    const app = await freshApp();
    app.core.db.pragma(`user_version = ${latestVersion + 1}`);
    app.core.db.close();
    const run = shortlist('check', '--db', app.file);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('this file was made by a newer Shortlist');
  });

  it('exits non-zero when the file does not exist, without creating it', () => {
    const file = path.join(tempDir(), 'missing.db');
    const run = shortlist('check', '--db', file);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('There is no file at');
    expect(fs.existsSync(file)).toBe(false);
  });

  it('explains its usage when called wrongly', () => {
    expect(shortlist('check').code).toBe(2);
    const unknown = shortlist('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Usage: shortlist');
    expect(shortlist('serve', '--port', 'eighty').stderr).toContain('--port must be a number');
  });

  it('reports an older database as due for an upgrade without upgrading it', () => {
    // A database of Shortlist's first schema (an empty file is no database: it is refused).
    const file = path.join(tempDir(), 'old.db');
    const old = new Database(file);
    old.pragma(`application_id = ${APPLICATION_ID}`);
    old.pragma('user_version = 1');
    old.exec('CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
    old.close();
    const run = shortlist('check', '--db', file);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Schema version: 1 (will be upgraded to ${latestVersion}`);
  });
});
