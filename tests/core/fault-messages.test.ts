import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { callFailure, explainFailure, faultOf } from '../../src/db/errors';
import { openReader } from '../../src/db/reader';
import { freshApp, tempDir } from './helpers';

/** An error as SQLite or Node's file system throws it. */
const sqlite = (code: string) => Object.assign(new Database.SqliteError('as SQLite says it', code));
const system = (code: string, file: string) => Object.assign(new Error(`${code}: as the system says it`), { code, path: file });

describe('what a fault of the file says', () => {
  it('each fault has its own message, naming the file and what to do, and its own code', async () => {
    const app = await freshApp();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const file = app.file;
    const csv = path.join(tempDir(), 'people.csv');
    const cases: [error: unknown, code: string, message: string][] = [
      [sqlite('SQLITE_FULL'), 'storage', `The disk holding ${file} is full, so nothing was saved. Free some space on it (empty the trash, move large files elsewhere), then try again.`],
      [sqlite('SQLITE_READONLY_DBMOVED'), 'storage', `${file} cannot be written: the file, its folder or its disk is read-only, so nothing was saved. Make them writable (or move the file to a folder of your own), then try again.`],
      [sqlite('SQLITE_BUSY'), 'busy', `${file} is busy: another program (another Shortlist window, the shortlist command, a backup or sync tool) is writing to it, so nothing was saved. Try again in a moment, or close the other program.`],
      [sqlite('SQLITE_LOCKED_SHAREDCACHE'), 'busy', `${file} is busy: another program (another Shortlist window, the shortlist command, a backup or sync tool) is writing to it, so nothing was saved. Try again in a moment, or close the other program.`],
      [system('EACCES', csv), 'storage', `Shortlist is not allowed to open or change ${csv}, so nothing was saved. Give your user account permission to read and write the file and its folder, then try again.`],
      [system('ENOSPC', csv), 'storage', `The disk holding ${csv} is full, so nothing was saved. Free some space on it (empty the trash, move large files elsewhere), then try again.`],
      [system('EISDIR', csv), 'storage', `${csv} is a folder, not a file. Choose the file itself (the database is shortlist.db), or a new file name.`],
    ];
    for (const [error, code, message] of cases) {
      expect(callFailure(app.core, 'clients.create', error).toJSON()).toEqual({ code, message });
      expect(explainFailure(error, file)).toBe(message);
    }
    // Only a bug is "something went wrong", and the CLI then says the error's own words.
    expect(callFailure(app.core, 'clients.create', new TypeError('x is undefined')).toJSON()).toEqual({
      code: 'internal',
      message: 'Something went wrong inside Shortlist; nothing was changed. The details are in the log.',
    });
    expect(explainFailure(new TypeError('x is undefined'), file)).toBeUndefined();
  });

  it('an I/O error on a folder is a folder; a file in a folder that is gone cannot be reached', () => {
    const dir = tempDir();
    expect(faultOf(sqlite('SQLITE_IOERR_READ'), dir)).toBe('is_folder');
    expect(faultOf(sqlite('SQLITE_CANTOPEN'), path.join(dir, 'gone', 'shortlist.db'))).toBe('unreachable');
  });

  it('a read connection refused a write: a bug in the method, not a read-only file', async () => {
    const app = await freshApp();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const reader = openReader(app.file);
    try {
      expect(callFailure(reader, 'clients.list', sqlite('SQLITE_READONLY')).code).toBe('internal');
    } finally {
      reader.db.close();
    }
  });
});
