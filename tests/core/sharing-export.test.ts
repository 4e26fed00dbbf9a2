import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { OpenError } from '../../src/db/openError';
import { openDatabase } from '../../src/db/open';
import { EXPORT_APPLICATION_ID, EXPORTED_SCHEMA_VERSION } from '../../src/sharing/exportFile';
import { failure, freshApp, tempDir } from './helpers';
import { databaseHash } from './sharing-helpers';

describe('exporting', () => {
  it('writes one self-describing SQLite file with what travels, and only that', async () => {
    const app = await freshApp();
    const acme = app.call('clients.create', { name: 'Acme' });
    app.call('contacts.create', { clientId: acme.id, name: 'Max' });
    const jane = app.call('candidates.create', { name: 'Jane Doe', emails: ['jane@example.com'] });
    app.call('candidates.update', { id: jane.id, location: 'Lyon' });
    app.call('files.attach', { candidateId: jane.id, name: 'cv.txt', mimeType: 'text/plain', dataBase64: Buffer.from('cv').toString('base64') });
    await app.core.background.settled();
    const before = databaseHash(app);

    const out = path.join(tempDir(), 'ann.shortlist');
    const summary = app.call('sharing.exportTo', { path: out, person: 'Ann' });
    expect(summary).toMatchObject({ path: out, schemaVersion: EXPORTED_SCHEMA_VERSION, files: 1, missingFiles: 0 });
    expect(summary.counts).toMatchObject({ clients: 1, contacts: 1, candidates: 1, files: 1, notes: 0 });
    expect(summary.bytes).toBe(fs.statSync(out).size);
    expect(fs.readdirSync(path.dirname(out))).toEqual(['ann.shortlist']);
    expect(databaseHash(app)).toBe(before);

    const file = new Database(out, { readonly: true });
    expect(file.pragma('application_id', { simple: true })).toBe(EXPORT_APPLICATION_ID);
    expect(file.pragma('user_version', { simple: true })).toBe(EXPORTED_SCHEMA_VERSION);
    expect(file.prepare('SELECT app, schema_version, device_id, person, exported_at FROM shortlist_export').get()).toEqual({
      app: 'Shortlist',
      schema_version: EXPORTED_SCHEMA_VERSION,
      device_id: app.core.deviceId,
      person: 'Ann',
      exported_at: app.clock.now().toISOString(),
    });
    const tables = file.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['candidates', 'changes', 'erasures', 'candidate_merges', 'file_blobs', 'devices']));
    for (const local of ['settings', 'candidate_keys', 'search_index', 'search_keys', 'conflicts', 'reminder_alerts']) {
      expect(tables).not.toContain(local);
    }
    expect(file.prepare("SELECT value FROM changes WHERE field = 'location'").pluck().get()).toBe('"Lyon"');
    expect(file.prepare('SELECT bytes FROM file_blobs').pluck().get()).toEqual(Buffer.from('cv'));
    file.close();
  });

  it('is never mistaken for a database', async () => {
    const app = await freshApp();
    const out = path.join(tempDir(), 'ann.shortlist');
    app.call('sharing.exportTo', { path: out });
    const error = await openDatabase(out).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(OpenError);
    expect((error as OpenError).reason).toBe('not_shortlist');
  });

  it('refuses a folder that does not exist, a folder as the file, and the database itself', async () => {
    const app = await freshApp();
    const dir = tempDir();
    expect(failure(() => app.call('sharing.exportTo', { path: path.join(dir, 'missing', 'x.shortlist') }))).toMatchObject({
      code: 'invalid_input',
      field: 'path',
      message: expect.stringContaining('does not exist'),
    });
    expect(failure(() => app.call('sharing.exportTo', { path: dir })).message).toContain('is a folder');
    expect(failure(() => app.call('sharing.exportTo', { path: app.file })).message).toContain('your database itself');
    expect(failure(() => app.call('sharing.exportTo', { path: 'relative.shortlist' })).field).toBe('path');
  });

  it('writes only .shortlist files, and replaces no existing file but an earlier export', async () => {
    const app = await freshApp();
    const dir = tempDir();
    expect(failure(() => app.call('sharing.exportTo', { path: path.join(dir, 'ann.db') }))).toMatchObject({
      code: 'invalid_input',
      field: 'path',
      message: expect.stringContaining('.shortlist extension'),
    });
    expect(fs.readdirSync(dir)).toEqual([]);
    app.core.db.pragma('wal_checkpoint(TRUNCATE)');
    // The database (under another case of its name, as a case-insensitive disk would find it), its
    // WAL, a backup, or any other file that happens to be called *.shortlist.
    const database = path.join(dir, 'Shortlist.shortlist');
    fs.copyFileSync(app.file, database);
    const notes = path.join(dir, 'notes.shortlist');
    fs.writeFileSync(notes, 'my notes');
    for (const file of [database, notes]) {
      const before = fs.readFileSync(file);
      expect(failure(() => app.call('sharing.exportTo', { path: file }))).toMatchObject({
        code: 'invalid_input',
        field: 'path',
        message: expect.stringContaining('is not a Shortlist export'),
      });
      expect(fs.readFileSync(file)).toEqual(before);
    }
  });

  it('replaces an earlier export of the same name whole', async () => {
    const app = await freshApp();
    const out = path.join(tempDir(), 'ann.shortlist');
    app.call('sharing.exportTo', { path: out });
    app.call('clients.create', { name: 'Acme' });
    expect(app.call('sharing.exportTo', { path: out }).counts.clients).toBe(1);
  });
});
