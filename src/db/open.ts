import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import { systemClock, type Clock } from './clock';
import { coreOver, type Core } from './core';
import { damagedMessage, isDamaged, newestGoodBackup } from './damage';
import { removeOrphanCopies } from '../candidates/orphanCopies';
import { settleSearchBuffer } from '../search/searchIndex';
import { faultDetail, logFailure, openFailure } from './errors';
import { OpenError } from './openError';
import { Hlc } from './hlc';
import { getSetting, setSetting } from './settings';
import { latestVersion, migrationsAfter } from './migrations';

/** 'SHLT': marks a SQLite file as Shortlist's, so a stranger's database is never migrated. */
export const APPLICATION_ID = 0x53484c54;
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export interface OpenOptions {
  clock?: Clock;
  /** Path to a better-sqlite3 build for another runtime (the Electron app's). */
  nativeBinding?: string;
  /** Where the backup before a migration goes; defaults to `backups/` beside the file. */
  backupDir?: string;
  /** How new rows get their ids: UUIDv7 unless a reproducible data set needs seeded ones. */
  newId?: () => string;
  /** The recruiter's time zone; this computer's unless a test or script names one. */
  timeZone?: string;
  /**
   * After an unclean close, leave the integrity check to the caller (`checkIntegrity`), so the
   * window appears at once and the check runs as a task. A file that needs migrating is still
   * checked first: a damaged file is never migrated.
   */
  deferIntegrityCheck?: boolean;
}

/**
 * Opens (or creates) a Shortlist database, ready for the services. A file that is not SQLite, not
 * Shortlist's, damaged or from a newer Shortlist is refused with an OpenError and left untouched:
 * nothing is written to it until every check has passed.
 */
export async function openDatabase(file: string, options: OpenOptions = {}): Promise<Core> {
  try {
    return openChecked(file, options);
  } catch (error) {
    // A full disk, a read-only folder, a file locked by another program: said in words, naming the file.
    throw openFailure(error, file, options.nativeBinding);
  }
}

function openChecked(file: string, options: OpenOptions): Core {
  const clock = options.clock ?? systemClock;
  const existed = hasContent(file);
  /** Closed uncleanly, and checked whole now: what was stopped may have left copies in files/. */
  let sweepCopies = false;
  if (existed) {
    // Judge the file through a read-only connection: closing a read-write one would checkpoint a
    // leftover WAL into a file we are about to refuse.
    const probe = new Database(file, { nativeBinding: options.nativeBinding, readonly: true, fileMustExist: true });
    try {
      // The integrity check reads the whole file (a second at 100k candidates): it runs when the
      // file was not closed cleanly (a crash, a copy taken while open, a file from elsewhere).
      const version = inspect(probe, file, { existed: true, integrity: 'skip' });
      const deferred = options.deferIntegrityCheck && version === latestVersion;
      if (!wasClosedCleanly(probe) && !deferred) {
        inspect(probe, file, { existed: true, integrity: 'quick', nativeBinding: options.nativeBinding });
        sweepCopies = true;
      }
    } finally {
      probe.close();
    }
  } else {
    // First run: the app's data folder may not exist yet.
    fs.mkdirSync(path.dirname(file), { recursive: true });
  }
  const db = new Database(file, { nativeBinding: options.nativeBinding, timeout: 5000 });
  try {
    const version = inspect(db, file, { existed: false, integrity: 'skip' });
    db.pragma('journal_mode = WAL');
    // A long write (a 100k CSV import) leaves a log of 200 MB and more: cut to 64 MB when the log next starts afresh, not kept until the app closes.
    db.pragma('journal_size_limit = 67108864');
    // WAL's default (NORMAL) may lose the last commits on power loss; a recruiter's notes may not.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    keepTemporariesInMemory(db);
    if (version < latestVersion) {
      if (version > 0) backupDatabase(file, `v${version}-before-migration`, clock, options);
      migrate(db, version);
    }
    const deviceId = ensureDeviceId(db);
    setSetting(db, 'closed_cleanly', '0');
    const core = coreOver(db, {
      file,
      clock,
      hlc: new Hlc(clock, deviceId, null, () => getSetting(db, 'clock')),
      deviceId,
      schemaVersion: latestVersion,
      timeZone: options.timeZone,
      newId: options.newId,
      nativeBinding: options.nativeBinding,
    });
    if (sweepCopies) sweepOrphanCopies(core);
    // An import killed halfway kept its wide search buffer in the file.
    settleSearchBuffer(core);
    return core;
  } catch (error) {
    db.close();
    throw error;
  }
}

export interface Inspection {
  /** Whether the file had content before it was opened (a new file has no header yet). */
  existed: boolean;
  integrity: 'skip' | 'quick' | 'full';
  /** The better-sqlite3 build to read backups with, when a damaged file's message offers one. */
  nativeBinding?: string;
}

/** Reads what kind of file this is without writing to it, and returns its schema version. */
export function inspect(db: Database.Database, file: string, { existed, integrity, nativeBinding }: Inspection): number {
  const name = path.basename(file);
  const damaged = (detail: string) => new OpenError('damaged', damagedMessage(file, newestGoodBackup(file, nativeBinding), 'open', detail));
  if (existed && fs.statSync(file).size === 0) throw emptyFile(file);
  if (existed && !readHeader(file).equals(SQLITE_HEADER)) {
    throw new OpenError('not_a_database', `${name} is not a Shortlist database: it is not a SQLite file.`);
  }
  try {
    const appId = db.pragma('application_id', { simple: true }) as number;
    const version = db.pragma('user_version', { simple: true }) as number;
    if (appId !== 0 && appId !== APPLICATION_ID) {
      throw new OpenError('not_shortlist', `${name} is a SQLite database of another program, not Shortlist's.`);
    }
    if (version > latestVersion) {
      throw new OpenError(
        'newer_version',
        `${name}: this file was made by a newer Shortlist (schema version ${version}; this one knows up to ${latestVersion}). Update Shortlist to open it.`,
      );
    }
    if (existed && integrity !== 'skip') {
      const problems = db.pragma(integrity === 'full' ? 'integrity_check(20)' : 'quick_check(20)', { simple: false }) as {
        [column: string]: string;
      }[];
      const messages = problems.map((row) => Object.values(row)[0]).filter((m) => m !== 'ok');
      if (messages.length > 0) {
        throw damaged(messages.join('; '));
      }
    }
    const tables = db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table'").pluck().get() as number;
    if ((version === 0 && tables > 0) || (version > 0 && appId !== APPLICATION_ID)) {
      throw new OpenError('not_shortlist', `${name} is a SQLite database of another program, not Shortlist's.`);
    }
    return version;
  } catch (error) {
    if (error instanceof OpenError) throw error;
    if (error instanceof Database.SqliteError && /^SQLITE_(NOTADB|CORRUPT)/.test(error.code)) {
      throw damaged(error.message);
    }
    throw error;
  }
}

/**
 * Temporary storage in memory, for the writer and the readers alike. An insert into a table with
 * a trigger (every searchable record: the trigger queues it for the search index) keeps a
 * statement journal of each page it changes, so the row can be undone alone if the trigger fails;
 * kept in a temporary file, that journal cost about 40 µs a row, a third of the CPU of importing
 * 100,000 candidates and a quarter of a first sync's merges; in memory almost nothing. Sorts too
 * large for an index stay in memory as well; nothing keeps temporary tables.
 */
export function keepTemporariesInMemory(db: Database.Database): void {
  db.pragma('temp_store = MEMORY');
}

/** Whether the file was closed cleanly last time; otherwise its integrity is checked before it is trusted. */
export function closedCleanly(file: string, nativeBinding?: string): boolean {
  let db: Database.Database | undefined;
  try {
    if (!hasContent(file)) return true;
    db = new Database(file, { nativeBinding, readonly: true, fileMustExist: true });
    return wasClosedCleanly(db);
  } catch (error) {
    // Asked before the open: a folder or a file it may not read is said as the open would say it.
    throw openFailure(error, file, nativeBinding);
  } finally {
    db?.close();
  }
}

/** The quick check of a database already open, as after an unclean close: throws OpenError('damaged'). */
export function checkIntegrity(core: Core): void {
  inspect(core.db, core.file, { existed: true, integrity: 'quick', nativeBinding: core.nativeBinding });
  sweepOrphanCopies(core);
}

/**
 * After an unclean close, once the file is known whole (copies are deleted by what its rows say):
 * the copies a stopped import or attachment left in files/. Never a reason not to open.
 */
function sweepOrphanCopies(core: Core): void {
  try {
    removeOrphanCopies(core);
  } catch (error) {
    logFailure('files/ could not be cleared of copies nothing names', error, core.file);
  }
}

function wasClosedCleanly(db: Database.Database): boolean {
  try {
    return db.prepare("SELECT value FROM settings WHERE key = 'closed_cleanly'").pluck().get() === '1';
  } catch {
    return false;
  }
}

/** Closes the database and marks it closed cleanly, so the next open can skip the integrity check. */
export function closeDatabase(core: Core): void {
  if (!core.db.open) return;
  try {
    // A damaged file is never marked clean: the next open checks it whole, and refuses it.
    if (!isDamaged(core)) setSetting(core.db, 'closed_cleanly', '1');
  } catch (error) {
    // A full disk or a read-only file can refuse even this: close all the same, to be checked next time.
    console.error(`[shortlist] ${core.file} could not be marked as closed cleanly: ${faultDetail(error)}`);
  }
  core.db.close();
}

/**
 * Whether the file is there to be checked (false: a new database is made there). An empty file is
 * not a database: opening it would make one in it, in a file that may be anything (a CV saved
 * half-way, a mistyped name), so it is refused like any file that is not Shortlist's. Shortlist's
 * own first run never leaves one: its first write (the journal mode) fills the first page.
 */
function hasContent(file: string): boolean {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (stat?.isFile() && stat.size === 0) throw emptyFile(file);
  return stat !== undefined;
}

const emptyFile = (file: string) =>
  new OpenError(
    'not_a_database',
    `${path.basename(file)} is empty: it is not a Shortlist database. Choose another file, or delete this empty one (${file}) to start a new database there.`,
  );

function readHeader(file: string): Buffer {
  const header = Buffer.alloc(SQLITE_HEADER.length);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, header, 0, header.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  return header;
}

/**
 * Copies a database into backups/ beside it (or `backupDir`) before something rewrites it: a
 * migration, an import. VACUUM INTO, through a read-only connection of its own, makes a consistent
 * copy in one synchronous statement, so it also runs inside a call's transaction (where neither
 * the call's own connection may VACUUM nor the async online backup API may be awaited).
 * With `keep`, only the newest `keep` backups for the same reason stay, told apart by their names
 * (backups for another reason, such as migrations, are left alone). Backups are whole copies:
 * a candidate erased since is still in the older ones, and leaves them only as they are pruned.
 */
export function backupDatabase(
  file: string,
  reason: string,
  clock: Clock,
  {
    backupDir = path.join(path.dirname(file), 'backups'),
    nativeBinding,
    keep,
    byCopy = false,
  }: Pick<OpenOptions, 'backupDir' | 'nativeBinding'> & {
    keep?: number;
    /**
     * Copy the file and its write-ahead log as they stand, then fold the log into the copy:
     * a few times cheaper than VACUUM INTO, which rebuilds every table and index. Only for a
     * caller that holds the write lock and has written nothing yet (an import's call, whose
     * transaction began IMMEDIATE): nothing can then change either file, so the copy opens as
     * the last committed state, as after a crash.
     */
    byCopy?: boolean;
  } = {},
): string {
  fs.mkdirSync(backupDir, { recursive: true });
  const stamp = clock.now().toISOString().replace(/[:.]/g, '-');
  const name = `${path.parse(file).name}-${reason}-${stamp}`;
  // VACUUM INTO never overwrites, and two backups can fall in the same millisecond.
  let target = path.join(backupDir, `${name}.db`);
  for (let n = 2; fs.existsSync(target); n++) target = path.join(backupDir, `${name}-${n}.db`);
  // Written under another name and renamed once whole: a copy cut short (the disk filled up, the
  // app killed) is no backup and must never be offered for a restore.
  removeAbandonedCopies(backupDir);
  const partial = `${target}${PARTIAL}`;
  try {
    if (byCopy) copyWithLog(file, partial, nativeBinding);
    else vacuumInto(file, partial, nativeBinding);
    fs.renameSync(partial, target);
  } catch (error) {
    for (const part of [partial, `${partial}-wal`, `${partial}-shm`]) fs.rmSync(part, { force: true });
    throw error;
  }
  if (keep !== undefined) pruneBackups(backupDir, `${path.parse(file).name}-${reason}-`, keep);
  return target;
}

const PARTIAL = '.partial';

/** Copies left half-made by a process killed while backing up; an hour old, so none still being written. */
function removeAbandonedCopies(backupDir: string): void {
  const hourAgo = Date.now() - 3_600_000;
  for (const name of fs.readdirSync(backupDir)) {
    const at = path.join(backupDir, name);
    if (name.includes(`.db${PARTIAL}`) && fs.statSync(at).mtimeMs < hourAgo) fs.rmSync(at, { force: true });
  }
}

function vacuumInto(file: string, target: string, nativeBinding: string | undefined): void {
  const source = new Database(file, { nativeBinding, readonly: true, fileMustExist: true });
  try {
    source.prepare('VACUUM INTO ?').run(target);
  } finally {
    source.close();
  }
}

/** The file and its log copied, then opened once to fold the log in: one file, as VACUUM INTO leaves. */
function copyWithLog(file: string, target: string, nativeBinding: string | undefined): void {
  fs.copyFileSync(file, target, fs.constants.COPYFILE_EXCL);
  if (fs.existsSync(`${file}-wal`)) fs.copyFileSync(`${file}-wal`, `${target}-wal`, fs.constants.COPYFILE_EXCL);
  const copy = new Database(target, { nativeBinding, fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/** Removes all but the newest `keep` backups named `${prefix}<ISO stamp>[-n].db`, newest by name. */
function pruneBackups(backupDir: string, prefix: string, keep: number): void {
  const pattern = /^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)(?:-(\d+))?\.db$/;
  const backups = fs
    .readdirSync(backupDir)
    .filter((name) => name.startsWith(prefix))
    .map((name) => ({ name, match: pattern.exec(name.slice(prefix.length)) }))
    .filter((b): b is { name: string; match: RegExpExecArray } => b.match !== null)
    .map(({ name, match }) => ({ name, stamp: match[1]!, n: Number(match[2] ?? 1) }))
    .sort((a, b) => (a.stamp === b.stamp ? b.n - a.n : a.stamp < b.stamp ? 1 : -1));
  for (const { name } of backups.slice(keep)) fs.rmSync(path.join(backupDir, name), { force: true });
}

/** All pending migrations in one transaction: a failure leaves the file at its old version. */
function migrate(db: Database.Database, from: number): void {
  db.transaction(() => {
    for (const migration of migrationsAfter(from)) {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }
    db.pragma(`application_id = ${APPLICATION_ID}`);
  }).immediate();
}

/** This database's device id, made on first open. */
function ensureDeviceId(db: Database.Database): string {
  const existing = db.prepare("SELECT value FROM settings WHERE key = 'device_id'").pluck().get() as string | undefined;
  if (existing) return existing;
  const id = uuidv7();
  setSetting(db, 'device_id', id);
  return id;
}
