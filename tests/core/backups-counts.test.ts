import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBackups, takeBackup } from '../../src/backups/backups';
import { backupsDir } from '../../src/backups/paths';
import { freshApp } from './helpers';

const recordFile = (db: string) => path.join(backupsDir(db), `${path.parse(db).name}.candidates.json`);

/** Puts `candidates` in the record for backup `name`, leaving the file alone: a count read from there says so. */
function recordSays(db: string, name: string, candidates: number): void {
  const record = JSON.parse(fs.readFileSync(recordFile(db), 'utf8')) as { [name: string]: { candidates: number } };
  record[name]!.candidates = candidates;
  fs.writeFileSync(recordFile(db), JSON.stringify(record));
}

describe('how many candidates each backup holds', () => {
  it('is recorded as the backup is taken and read back later without opening the backup', async () => {
    const app = await freshApp();
    app.call('candidates.create', { name: 'Ada Lovelace' });
    app.call('candidates.create', { name: 'Grace Hopper' });
    const taken = takeBackup(app.file, 'manual', app.clock);
    expect(taken.candidates).toBe(2);
    // Read back from the record (a new launch, another thread), not by opening the backup.
    recordSays(app.file, taken.name, 99);
    expect(listBackups(app.file).map((b) => [b.name, b.candidates])).toEqual([[taken.name, 99]]);
  });

  it('of a copy put in the folder by hand is counted the first time it is listed, then recorded', async () => {
    const app = await freshApp();
    app.call('candidates.create', { name: 'Ada Lovelace' });
    const taken = takeBackup(app.file, 'manual', app.clock);
    const byHand = `${path.parse(app.file).name}-manual-2020-01-01T00-00-00-000Z.db`;
    fs.copyFileSync(path.join(backupsDir(app.file), taken.name), path.join(backupsDir(app.file), byHand));
    expect(listBackups(app.file).find((b) => b.name === byHand)?.candidates).toBe(1);
    recordSays(app.file, byHand, 99);
    expect(listBackups(app.file).find((b) => b.name === byHand)?.candidates).toBe(99);
  });

  it('is counted again when the file was replaced, and forgotten when the backup is gone', async () => {
    const app = await freshApp();
    app.call('candidates.create', { name: 'Ada Lovelace' });
    const first = takeBackup(app.file, 'manual', app.clock);
    app.clock.advance(60_000);
    app.call('candidates.create', { name: 'Grace Hopper' });
    const second = takeBackup(app.file, 'manual', app.clock);
    // The first replaced by the second's file, of the same size, its time kept as cp -p keeps it:
    // its count is taken afresh.
    const [firstFile, secondFile] = [first, second].map((b) => path.join(backupsDir(app.file), b.name)) as [string, string];
    expect(fs.statSync(firstFile).size).toBe(fs.statSync(secondFile).size);
    const { atime, mtime } = fs.statSync(firstFile);
    fs.copyFileSync(secondFile, firstFile);
    fs.utimesSync(firstFile, atime, mtime);
    expect(listBackups(app.file).find((b) => b.name === first.name)?.candidates).toBe(2);
    fs.rmSync(path.join(backupsDir(app.file), first.name));
    expect(listBackups(app.file).map((b) => b.name)).toEqual([second.name]);
    const record = JSON.parse(fs.readFileSync(recordFile(app.file), 'utf8')) as object;
    expect(Object.keys(record)).toEqual([second.name]);
  });

  it('is listed as unknown, not refused, for a copy that cannot be read', async () => {
    const app = await freshApp();
    const broken = `${path.parse(app.file).name}-manual-2020-01-01T00-00-00-000Z.db`;
    fs.mkdirSync(backupsDir(app.file), { recursive: true });
    fs.writeFileSync(path.join(backupsDir(app.file), broken), 'not a database');
    expect(listBackups(app.file).map((b) => [b.name, b.candidates])).toEqual([[broken, null]]);
  });
});
