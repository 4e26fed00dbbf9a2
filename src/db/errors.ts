import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../api/errors';
import type { Core } from './core';
import { damagedError, damagedMessage, isDamaged, newestGoodBackup, stopWriting } from './damage';
import { OpenError, type Fault } from './openError';

/**
 * The fault an error reports, from SQLite's extended result code or Node's errno; undefined for
 * anything else. A file system error names its own file; SQLite's concern `file`.
 */
export function faultOf(error: unknown, file: string): Fault | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return undefined;
  if (code === 'EISDIR' || (/^SQLITE_(CANTOPEN|IOERR)/.test(code) && isFolder(file))) return 'is_folder';
  if (/^SQLITE_(CORRUPT|NOTADB)/.test(code)) return 'damaged';
  if (/^SQLITE_FULL/.test(code) || code === 'ENOSPC' || code === 'EDQUOT') return 'disk_full';
  if (/^SQLITE_READONLY/.test(code) || code === 'EROFS') return 'read_only';
  if (/^SQLITE_(PERM|AUTH)/.test(code) || code === 'EACCES' || code === 'EPERM') return 'no_permission';
  if (/^SQLITE_(BUSY|LOCKED)/.test(code)) return 'locked';
  if (/^SQLITE_CANTOPEN/.test(code) || code === 'ENOENT' || code === 'ENOTDIR') return whyUnopenable(file);
  // SQLite reports a full disk as an I/O error where it maps its shared memory file (-shm).
  if (/^SQLITE_IOERR/.test(code) || code === 'EIO') return diskFull(file) ? 'disk_full' : 'disk_error';
  return undefined;
}

/**
 * What the recruiter reads about a fault with `file`: what happened, what it means for them
 * (`open`: the file is not opened; `write`: the change was not saved; `import`: the rest of a
 * file was not imported), and what to do.
 * `damaged` has its own (damage.ts): it offers a backup.
 */
export function faultMessage(fault: Exclude<Fault, 'damaged'>, file: string, when: 'open' | 'write' | 'import' = 'write'): string {
  const so = { open: 'so Shortlist cannot open it', write: 'so nothing was saved', import: 'so the import could not go on' }[when];
  switch (fault) {
    case 'disk_full':
      return `The disk holding ${file} is full, ${so}. Free some space on it (empty the trash, move large files elsewhere), then try again.`;
    case 'read_only':
      return `${file} cannot be written: the file, its folder or its disk is read-only, ${so}. Make them writable (or move the file to a folder of your own), then try again.`;
    case 'no_permission':
      return `Shortlist is not allowed to open or change ${file}, ${so}. Give your user account permission to read and write the file and its folder, then try again.`;
    case 'locked':
      return `${file} is busy: another program (another Shortlist window, the shortlist command, a backup or sync tool) is writing to it, ${so}. Try again in a moment, or close the other program.`;
    case 'is_folder':
      return `${file} is a folder, not a file. Choose the file itself (the database is shortlist.db), or a new file name.`;
    case 'unreachable':
      return `${file} cannot be reached: the file or its folder is missing (a disconnected drive or network folder?), ${so}. Check that it is there, then try again.`;
    case 'disk_error':
      return `${file} could not be read or written: the disk reported an error, ${so}. Check the disk (a removed drive, a network folder that dropped), then try again.`;
  }
}

/** The error code a contract call answers with for a fault other than damage, so a UI can tell them apart. */
export function faultApiError(fault: Exclude<Fault, 'damaged'>, file: string): ApiError {
  return new ApiError(fault === 'locked' ? 'busy' : 'storage', faultMessage(fault, file));
}

/** The file an error is about: the one a file system error names, else the database. */
export function faultyFile(error: unknown, database: string): string {
  const named = (error as { path?: unknown } | null)?.path;
  return typeof named === 'string' ? named : database;
}

/**
 * The answer to a contract call that failed, for every transport (the dispatcher's catch): a
 * refusal stays as it is, a fault of the file gets its own message, and only a bug is `internal`.
 * A database found damaged stops being written to (damage.ts). The log keeps the detail, with a
 * stack only for a bug.
 */
export function callFailure(core: Core, method: string, error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const file = faultyFile(error, core.file);
  const found = faultOf(error, file);
  // A read connection refused a write: a method marked `read` that writes is a bug, not a read-only file.
  const fault = found === 'read_only' && core.db.readonly ? undefined : found;
  if (fault === 'damaged' || (fault !== undefined && isDamaged(core))) {
    console.error(`[shortlist] ${method} failed, ${core.file} is damaged: ${faultDetail(error)}`);
    stopWriting(core);
    return damagedError(core);
  }
  if (fault !== undefined) {
    console.error(`[shortlist] ${method} failed: ${faultDetail(error)}`);
    return faultApiError(fault, file);
  }
  console.error(`[shortlist] ${method} failed:`, error);
  return new ApiError('internal', 'Something went wrong inside Shortlist; nothing was changed. The details are in the log.');
}

/** Why `file` could not be opened, as an OpenError (the caller logs it); anything but a fault is passed on as it is. */
export function openFailure(error: unknown, file: string, nativeBinding?: string): unknown {
  if (error instanceof OpenError) return error;
  const named = faultyFile(error, file);
  const fault = faultOf(error, named);
  if (fault === undefined) return error;
  const message = fault === 'damaged' ? damagedMessage(file, newestGoodBackup(file, nativeBinding), 'open') : faultMessage(fault, file, 'open');
  return new OpenError(fault, message, { cause: error });
}

/**
 * What to say about an error met while working on `database` outside a call (a command, the CSV
 * import between its chunks): a refusal's own message or a fault's; undefined for a bug, which
 * the caller words itself.
 */
export function explainFailure(error: unknown, database: string, when: 'write' | 'import' = 'write'): string | undefined {
  if (error instanceof OpenError || error instanceof ApiError) return error.message;
  const file = faultyFile(error, database);
  const fault = faultOf(error, file);
  if (fault === 'damaged') return damagedMessage(database, newestGoodBackup(database), 'in_use');
  return fault === undefined ? undefined : faultMessage(fault, file, when);
}

/** One line for the log: the detail an engineer needs, without the stack of an error that is no bug. */
export function faultDetail(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  return `${code ?? 'error'}: ${message ?? String(error)}`;
}

/** Logs what failed: a fault of the file in one line (its stack says nothing), anything else whole. */
export function logFailure(what: string, error: unknown, file: string): void {
  if (faultOf(error, faultyFile(error, file)) !== undefined) console.error(`[shortlist] ${what}: ${faultDetail(error)}`);
  else console.error(`[shortlist] ${what}:`, error);
}

/**
 * SQLite says only that it cannot open a file (and Node's recursive mkdir, that a folder does not
 * exist): asks the file system why. SQLite must write the file and, for its journal, the folder.
 */
function whyUnopenable(file: string): Fault {
  let at = file;
  while (!fs.existsSync(at)) {
    if (path.dirname(at) === at) return 'unreachable';
    at = path.dirname(at);
  }
  if (at !== file && !isFolder(at)) return 'unreachable';
  const toWrite = at === file ? [file, path.dirname(file)] : [at];
  for (const target of toWrite) {
    try {
      fs.accessSync(target, fs.constants.R_OK | fs.constants.W_OK);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'EROFS') return 'read_only';
      if (code === 'EACCES' || code === 'EPERM') return 'no_permission';
    }
  }
  return 'unreachable';
}

/** Whether the disk holding `file` has next to no room left (less than a megabyte). */
function diskFull(file: string): boolean {
  try {
    const disk = fs.statfsSync(path.dirname(file));
    return disk.bavail * disk.bsize < 1024 * 1024;
  } catch {
    return false;
  }
}

function isFolder(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}
