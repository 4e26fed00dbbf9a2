import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OpenError } from '../../src/db/openError';
import { closeDatabase, openDatabase } from '../../src/db/open';
import { failure, freshApp, shortlist, tempDir } from './helpers';
import { exportOf } from './sharing-helpers';

/**
 * A full or read-only disk needs a disk of its own: a small tmpfs, which only root may mount. Elsewhere
 * these tests are skipped, and say why.
 */
const mounted: string[] = [];

function mountDisk(size: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shortlist-disk-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]);
  mounted.push(dir);
  return dir;
}

function whyNoDisk(): string | null {
  if (process.getuid?.() !== 0) return 'not running as root, so no small disk (tmpfs) can be mounted to fill up';
  try {
    mountDisk('1m');
    return null;
  } catch (error) {
    return `mounting a small disk (tmpfs) failed: ${(error as Error).message.split('\n')[0]}`;
  } finally {
    unmountAll();
  }
}

function unmountAll(): void {
  for (const dir of mounted.splice(0)) {
    execFileSync('umount', ['-l', dir]);
    fs.rmdirSync(dir);
  }
}
afterEach(unmountAll);

/** Fills the disk holding `dir`, all but `spare` bytes. */
function fillDisk(dir: string, spare = 0): void {
  const reserve = path.join(dir, 'reserve');
  if (spare > 0) fs.writeFileSync(reserve, Buffer.alloc(spare));
  const fd = fs.openSync(path.join(dir, 'filler'), 'w');
  try {
    for (const size of [64 * 1024, 512]) {
      try {
        for (;;) fs.writeSync(fd, Buffer.alloc(size, 1));
      } catch (error) {
        if ((error as { code?: string }).code !== 'ENOSPC') throw error;
      }
    }
  } finally {
    fs.closeSync(fd);
  }
  fs.rmSync(reserve, { force: true });
}

const freeDisk = (dir: string) => fs.rmSync(path.join(dir, 'filler'));

/** Each CLI run starts Node and compiles the core: seconds each on a busy machine. */
const slow = { timeout: 90_000 };

const noDisk = whyNoDisk();
if (noDisk) console.log(`Skipping the full and read-only disk tests: ${noDisk}.`);

describe.skipIf(noDisk !== null)('a full disk', slow, () => {
  it('a write says the disk is full, naming the file and what to do, and writes nothing; once space is freed it works', async () => {
    const disk = mountDisk('4m');
    const app = await freshApp(path.join(disk, 'shortlist.db'));
    const ada = app.call('candidates.create', { name: 'Ada Lovelace' });
    fillDisk(disk);
    let saved = 0;
    let refused;
    for (let i = 0; i < 500 && !refused; i++) {
      try {
        app.call('notes.add', { about: { kind: 'candidate', id: ada.id }, body: `Call ${i}: ${'notes '.repeat(1500)}` });
        saved++;
      } catch (error) {
        refused = error;
      }
    }
    expect(refused).toMatchObject({
      code: 'storage',
      message: `The disk holding ${app.file} is full, so nothing was saved. Free some space on it (empty the trash, move large files elsewhere), then try again.`,
    });
    freeDisk(disk);
    expect(app.core.db.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(saved);
    app.call('notes.add', { about: { kind: 'candidate', id: ada.id }, body: 'After the clean-up' });
    expect(app.core.db.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(saved + 1);
    closeDatabase(app.core);
  });

  it('closing on a full disk does not fail: the file is checked when next opened', async () => {
    const disk = mountDisk('4m');
    const app = await freshApp(path.join(disk, 'shortlist.db'));
    app.call('clients.create', { name: 'Acme' });
    fillDisk(disk);
    expect(() => closeDatabase(app.core)).not.toThrow();
    freeDisk(disk);
    const core = await openDatabase(app.file);
    expect(core.db.prepare('SELECT name FROM clients').pluck().all()).toEqual(['Acme']);
    closeDatabase(core);
  });

  it('an import stopped by a full disk leaves no empty backup behind, and says the disk is full', async () => {
    const colleague = await freshApp();
    colleague.call('candidates.create', { name: 'Grace Hopper' });
    const good = exportOf(colleague);
    const disk = mountDisk('8m');
    const app = await freshApp(path.join(disk, 'shortlist.db'));
    for (let i = 0; i < 20; i++) app.call('candidates.create', { name: `Candidate ${i}`, allowDuplicate: true });
    fillDisk(disk);
    expect(failure(() => app.call('sharing.import', { path: good }))).toMatchObject({
      code: 'storage',
      message: expect.stringMatching(/^The disk holding .+ is full, so nothing was saved\. Free some space on it/) as unknown,
    });
    const backups = path.join(disk, 'backups');
    expect(fs.existsSync(backups) ? fs.readdirSync(backups) : []).toEqual([]);
    closeDatabase(app.core);
  });

  it('an export to a full disk (a USB stick) names that place, not the database, and leaves no half file', async () => {
    const app = await freshApp();
    for (let i = 0; i < 50; i++) app.call('candidates.create', { name: `Candidate ${i}`, allowDuplicate: true });
    const stick = mountDisk('1m');
    fillDisk(stick);
    const target = path.join(stick, 'for-sam.shortlist');
    expect(failure(() => app.call('sharing.exportTo', { path: target }))).toMatchObject({
      code: 'storage',
      message: `The disk holding ${target} is full, so nothing was saved. Free some space on it (empty the trash, move large files elsewhere), then try again.`,
    });
    expect(fs.readdirSync(stick)).toEqual(['filler']);
  });

  it('import-csv stopped by a full disk says where it stopped, why, and that the rows before it were kept', async () => {
    // Room for a chunk or two of the command's (up to 5,000 rows each), not for all 20,000 rows.
    const disk = mountDisk('64m');
    const app = await freshApp(path.join(disk, 'shortlist.db'));
    closeDatabase(app.core);
    const csv = path.join(tempDir(), 'people.csv');
    const rows = Array.from({ length: 20_000 }, (_, i) => `Candidate ${i},Engineer ${i},Employer ${i},person${i}@example.com`);
    fs.writeFileSync(csv, ['Name,Title,Company,Email', ...rows].join('\n'));
    fillDisk(disk, 16_000_000);

    const run = shortlist('import-csv', '--db', app.file, '--kind', 'candidates', csv);
    expect(run.code).toBe(1);
    const stopped =
      /^shortlist: The import stopped at line (\d+)\. The disk holding (.+) is full, so the import could not go on\. Free some space on it \(empty the trash, move large files elsewhere\), then try again\. The (\d+) rows before line \1 are kept \((\d+) accepted, 0 rejected, 0 already on file\); the rest of the file was not imported\. Once that is fixed, import the file again: the rows already imported are then reported as already on file, not added twice\.$/m.exec(
        run.stderr,
      );
    expect(stopped, run.stderr).not.toBeNull();
    const [, line, file, kept, accepted] = stopped!;
    expect(file).toBe(app.file);
    expect(Number(kept)).toBeGreaterThan(0);
    expect(Number(line)).toBe(Number(kept) + 2);
    expect(run.stderr).not.toMatch(/^\s+at /m);

    freeDisk(disk);
    const core = await openDatabase(app.file);
    expect(core.db.prepare('SELECT count(*) FROM candidates').pluck().get()).toBe(Number(accepted));
    closeDatabase(core);
  });
});

describe.skipIf(noDisk !== null)('a read-only disk or a file Shortlist may not touch', slow, () => {
  it('a database on a read-only disk is refused with what to do, and left alone', async () => {
    const disk = mountDisk('4m');
    const app = await freshApp(path.join(disk, 'shortlist.db'));
    app.call('clients.create', { name: 'Acme' });
    closeDatabase(app.core);
    execFileSync('mount', ['-o', 'remount,ro', disk]);
    const message = `${app.file} cannot be written: the file, its folder or its disk is read-only, so Shortlist cannot open it. Make them writable (or move the file to a folder of your own), then try again.`;
    await expect(openDatabase(app.file)).rejects.toThrow(new OpenError('read_only', message));
    await expect(openDatabase(app.file)).rejects.toMatchObject({ reason: 'read_only' });
    const run = shortlist('export', '--db', app.file, '--out', path.join(tempDir(), 'out.shortlist'));
    expect(run).toMatchObject({ code: 1, stderr: `shortlist: ${message}\n` });
  });

  it('a file another user owns is refused with what to do, in the CLI run as someone else', () => {
    const dir = tempDir();
    fs.chmodSync(dir, 0o755);
    const file = path.join(dir, 'shortlist.db');
    fs.writeFileSync(file, 'SQLite format 3\0');
    fs.chmodSync(file, 0o600);
    const bin = path.resolve(import.meta.dirname, '../../bin/shortlist.js');
    // nobody: neither the file's owner nor in its group.
    const run = spawnSync(process.execPath, [bin, 'check', '--db', file], { encoding: 'utf8', uid: 65534, gid: 65534 });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `shortlist: Shortlist is not allowed to open or change ${file}, so Shortlist cannot open it. Give your user account permission to read and write the file and its folder, then try again.\n`,
    );
  });
});
