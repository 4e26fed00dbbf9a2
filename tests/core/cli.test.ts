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

describe('shortlist check: the derived tables', () => {
  /** A job with two submissions, one moved on twice, and a candidate's resume in the search index. */
  async function agency() {
    const app = await freshApp();
    const acme = app.call('clients.create', { name: 'Acme' });
    const job = app.call('jobs.create', { clientId: acme.id, title: 'Data Engineer' });
    const ada = app.call('candidates.create', { name: 'Ada Lovelace', source: 'LinkedIn' });
    const bo = app.call('candidates.create', { name: 'Bo Diaz', source: 'LinkedIn' });
    const first = app.call('submissions.create', { candidateId: ada.id, jobId: job.id, stage: 'submitted' });
    app.call('submissions.create', { candidateId: bo.id, jobId: job.id, stage: 'submitted' });
    app.call('submissions.move', { id: first.id, stage: 'interviewing' });
    app.call('submissions.move', { id: first.id, stage: 'offer' });
    const cv = Buffer.from('Ada Lovelace, data engineer: Spark, Kafka').toString('base64');
    app.call('files.attach', { candidateId: ada.id, name: 'cv.txt', mimeType: 'text/plain', dataBase64: cv });
    expect(app.core.db.prepare('SELECT count(*) FROM resume_search_keys').pluck().get()).toBe(1);
    return app;
  }

  const progress = (file: string) => {
    const db = new Database(file, { readonly: true });
    try {
      return db.prepare('SELECT * FROM submission_progress ORDER BY submission_id').all();
    } finally {
      db.close();
    }
  };

  it('says they agree with the records they are kept from', async () => {
    const app = await agency();
    app.core.db.close();
    const run = shortlist('check', '--db', app.file);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Derived tables: ok');
  });

  it('finds a row that strayed from the stage history, and --repair rebuilds it and nothing else', async () => {
    const app = await agency();
    app.core.db.close();
    const truth = progress(app.file);
    const tampered = new Database(app.file);
    tampered.exec("UPDATE submission_progress SET stage = 'placed' WHERE stage = 'offer'");
    tampered.prepare("DELETE FROM submission_progress WHERE stage = 'submitted'").run();
    tampered.exec('DELETE FROM resume_search_keys');
    const candidates = tampered.prepare('SELECT * FROM candidates ORDER BY id').all();
    tampered.close();

    const found = shortlist('check', '--db', app.file);
    expect(found.code).toBe(1);
    // The moved row: held as placed (not in the history) and as it should be (missing); the deleted one.
    expect(found.stdout).toContain('Derived table submission_progress: 3 rows differ from the stage history');
    expect(found.stdout).toContain('Derived table resume_search_keys: 1 row differs from the search index');
    expect(found.stdout).toContain('shortlist check --repair');
    expect(progress(app.file)).not.toEqual(truth);

    const repaired = shortlist('check', '--repair', '--db', app.file);
    expect(repaired.code).toBe(0);
    expect(repaired.stdout).toContain('Derived table submission_progress: rebuilt from the stage history (3 rows differed)');
    expect(progress(app.file)).toEqual(truth);
    const after = new Database(app.file, { readonly: true });
    expect(after.prepare('SELECT * FROM candidates ORDER BY id').all()).toEqual(candidates);
    expect(after.prepare('SELECT count(*) FROM resume_search_keys').pluck().get()).toBe(1);
    after.close();
    expect(shortlist('check', '--db', app.file).stdout).toContain('Derived tables: ok');
  });
});
