import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBackups, takeBackup } from '../../src/backups/backups';
import { backupsDir } from '../../src/backups/paths';
import { freshApp } from './helpers';

/** Overwrites a backup's bytes with zeros, keeping its size and time: opened, it is no database. */
function spoil(file: string): void {
  const { size, atime, mtime } = fs.statSync(file);
  fs.writeFileSync(file, Buffer.alloc(size));
  fs.utimesSync(file, atime, mtime);
}

describe('how many candidates each backup holds', () => {
  it('is recorded as the backup is taken and read back later without opening the backup', async () => {
    const app = await freshApp();
    app.call('candidates.create', { name: 'Ada Lovelace' });
    app.call('candidates.create', { name: 'Grace Hopper' });
    const taken = takeBackup(app.file, 'manual', app.clock);
    expect(taken.candidates).toBe(2);
    // Were it opened again (a new launch, another thread), it would now have no count.
    spoil(path.join(backupsDir(app.file), taken.name));
    expect(listBackups(app.file).map((b) => [b.name, b.candidates])).toEqual([[taken.name, 2]]);
  });

  it('of a copy put in the folder by hand is counted the first time it is listed, then recorded', async () => {
    const app = await freshApp();
    app.call('candidates.create', { name: 'Ada Lovelace' });
    const taken = takeBackup(app.file, 'manual', app.clock);
    const byHand = `${path.parse(app.file).name}-manual-2020-01-01T00-00-00-000Z.db`;
    fs.copyFileSync(path.join(backupsDir(app.file), taken.name), path.join(backupsDir(app.file), byHand));
    expect(listBackups(app.file).find((b) => b.name === byHand)?.candidates).toBe(1);
    spoil(path.join(backupsDir(app.file), byHand));
    expect(listBackups(app.file).find((b) => b.name === byHand)?.candidates).toBe(1);
  });

  it('is counted again when the file was replaced, and forgotten when the backup is gone', async () => {
    const app = await freshApp();
    app.call('candidates.create', { name: 'Ada Lovelace' });
    const first = takeBackup(app.file, 'manual', app.clock);
    app.clock.advance(60_000);
    app.call('candidates.create', { name: 'Grace Hopper' });
    const second = takeBackup(app.file, 'manual', app.clock);
    // The first replaced by the second's file (another size): its count is taken afresh.
    fs.copyFileSync(path.join(backupsDir(app.file), second.name), path.join(backupsDir(app.file), first.name));
    fs.utimesSync(path.join(backupsDir(app.file), first.name), new Date(), new Date(Date.now() + 5_000));
    expect(listBackups(app.file).find((b) => b.name === first.name)?.candidates).toBe(2);
    fs.rmSync(path.join(backupsDir(app.file), first.name));
    expect(listBackups(app.file).map((b) => b.name)).toEqual([second.name]);
    const record = JSON.parse(fs.readFileSync(path.join(backupsDir(app.file), `${path.parse(app.file).name}.candidates.json`), 'utf8')) as object;
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
