import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { latestVersion } from '../../src/db/migrations';
import { failure, freshApp, tempDir, type TestApp } from './helpers';
import { databaseHash, exportOf } from './sharing-helpers';

/** A database with some work in it, and the bytes it must keep whatever it is asked to import. */
async function recruiter() {
  const app = await freshApp();
  const acme = app.call('clients.create', { name: 'Acme' });
  app.call('contacts.create', { clientId: acme.id, name: 'Max' });
  app.call('candidates.create', { name: 'Jane Doe', emails: ['jane@example.com'] });
  return app;
}

/** A colleague's genuine export, to be spoilt. */
async function colleagueExport(): Promise<string> {
  const colleague = await freshApp();
  for (let i = 0; i < 80; i++) colleague.call('candidates.create', { name: `Candidate ${i}`, allowDuplicate: true });
  return exportOf(colleague);
}

/** A colleague's export of Jane Doe with one attached file, its database then changed by `spoil`. */
async function exportWithFile(name: string, mimeType: string, spoil: string, ...params: unknown[]): Promise<string> {
  const colleague = await freshApp();
  const jane = colleague.call('candidates.create', { name: 'Jane Doe' });
  colleague.call('files.attach', { candidateId: jane.id, name, mimeType, dataBase64: Buffer.from('cv').toString('base64') });
  await colleague.core.background.settled();
  const file = exportOf(colleague);
  const spoilt = new Database(file);
  spoilt.prepare(spoil).run(...params);
  spoilt.close();
  return file;
}

const fileHash = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** Asks to preview and to import `file`; both must be refused with `message`, leaving the database and the file alone. */
function expectRefused(app: TestApp, file: string, message: RegExp) {
  const before = databaseHash(app);
  const fileBefore = fs.existsSync(file) ? fileHash(file) : null;
  for (const method of ['sharing.preview', 'sharing.import'] as const) {
    const error = failure(() => app.call(method, { path: file }));
    expect(error).toMatchObject({ code: 'invalid_input', field: 'path' });
    expect(error.message).toMatch(message);
  }
  expect(databaseHash(app)).toBe(before);
  if (fileBefore) expect(fileHash(file)).toBe(fileBefore);
  expect(fs.existsSync(path.join(path.dirname(app.file), 'backups'))).toBe(false);
}

describe('importing a file that is not a good Shortlist export', () => {
  it('refuses a file that does not exist', async () => {
    const app = await recruiter();
    expectRefused(app, path.join(tempDir(), 'nowhere.shortlist'), /There is no file at .*nowhere\.shortlist/);
  });

  it('refuses a path that is not absolute, before looking for it', async () => {
    const app = await recruiter();
    expect(failure(() => app.call('sharing.import', { path: 'export.shortlist' }))).toMatchObject({
      code: 'invalid_input',
      field: 'path',
      message: expect.stringContaining('full path'),
    });
  });

  it('refuses a file that is not SQLite at all', async () => {
    const app = await recruiter();
    const file = path.join(tempDir(), 'notes.shortlist');
    fs.writeFileSync(file, 'Dear client, please find attached…'.repeat(100));
    expectRefused(app, file, /notes\.shortlist is not a Shortlist export: it is not a SQLite file/);
  });

  it('refuses an empty file', async () => {
    const app = await recruiter();
    const file = path.join(tempDir(), 'empty.shortlist');
    fs.writeFileSync(file, '');
    expectRefused(app, file, /empty\.shortlist is empty/);
  });

  it('refuses another program’s SQLite database', async () => {
    const app = await recruiter();
    const file = path.join(tempDir(), 'music.shortlist');
    const other = new Database(file);
    other.exec("CREATE TABLE tracks (title TEXT); INSERT INTO tracks VALUES ('Blue in Green')");
    other.close();
    expectRefused(app, file, /music\.shortlist is not a Shortlist export: it is a SQLite database of another program/);
  });

  it('refuses a Shortlist database given in place of an export', async () => {
    const app = await recruiter();
    const colleague = await recruiter();
    colleague.core.db.close();
    expectRefused(app, colleague.file, /is a Shortlist database, not an export/);
  });

  it('refuses an export from a newer Shortlist', async () => {
    const app = await recruiter();
    const file = await colleagueExport();
    const newer = new Database(file);
    newer.pragma(`user_version = ${latestVersion + 1}`);
    newer.prepare('UPDATE shortlist_export SET schema_version = ?').run(latestVersion + 1);
    newer.close();
    expectRefused(app, file, new RegExp(`exported by a newer Shortlist \\(schema version ${latestVersion + 1}; this one knows up to ${latestVersion}\\)`));
  });

  it('refuses an export damaged on the way', async () => {
    const app = await recruiter();
    const file = await colleagueExport();
    const bytes = fs.readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    // Scribble over pages in the middle of the file, as a bad disk or a cut-off copy would.
    for (let i = 2 * pageSize; i < bytes.length - pageSize; i += 7) bytes[i] = (bytes[i]! * 31 + 17) & 0xff;
    fs.writeFileSync(file, bytes);
    expectRefused(app, file, /is damaged and cannot be imported/);
  });

  it('refuses an export cut short', async () => {
    const app = await recruiter();
    const file = await colleagueExport();
    fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2));
    expectRefused(app, file, /is damaged and cannot be imported/);
  });

  it('refuses an export without its header', async () => {
    const app = await recruiter();
    const file = await colleagueExport();
    const headless = new Database(file);
    headless.exec('DROP TABLE shortlist_export');
    headless.close();
    expectRefused(app, file, /header is missing/);
  });

  it('refuses an export whose attached file names could reach outside files/', async () => {
    const app = await recruiter();
    const file = await exportWithFile('cv.txt', 'text/plain', 'UPDATE files SET stored_as = ?', '../../../.bashrc');
    expectRefused(app, file, /an attached file is named/);
  });

  it('refuses an attached file stored under another extension than its name shows', async () => {
    const app = await recruiter();
    const file = await exportWithFile('Jane CV.pdf', 'application/octet-stream', "UPDATE files SET stored_as = sha256 || '.exe'");
    expectRefused(app, file, /an attached file is named ".+\.exe"/);
  });

  it('refuses an attached file whose bytes do not match, writing nothing', async () => {
    const app = await recruiter();
    const file = await exportWithFile('cv.txt', 'text/plain', 'UPDATE file_blobs SET bytes = ?', Buffer.from('something else'));
    const before = databaseHash(app);
    expect(failure(() => app.call('sharing.import', { path: file })).message).toMatch(/content does not match/);
    expect(databaseHash(app)).toBe(before);
    expect(fs.existsSync(path.join(path.dirname(app.file), 'files'))).toBe(false);
  });

  it('never writes to the export it reads', async () => {
    const app = await recruiter();
    const file = await colleagueExport();
    const before = fileHash(file);
    app.call('sharing.preview', { path: file });
    app.call('sharing.import', { path: file });
    expect(fileHash(file)).toBe(before);
    expect(fs.readdirSync(path.dirname(file))).toEqual([path.basename(file)]);
  });
});
