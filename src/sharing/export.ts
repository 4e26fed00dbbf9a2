import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { ParsedInput } from '../api/contract';
import { ApiError } from '../api/errors';
import type { ExportSummary, SyncedTable } from '../api/sharing';
import { filesDir } from '../candidates/files';
import type { Core } from '../db/core';
import { faultApiError, faultOf } from '../db/errors';
import { blobsSql, EXPORT_APPLICATION_ID, EXPORT_FORMAT, EXPORTED_SCHEMA_VERSION, exportedTables, headerSql } from './exportFile';
import { writeStamps } from './sinceLastImport';
import { syncedTables } from './tables';

/**
 * `sharing.exportTo`: writes what colleagues need to merge this laptop's work into one new
 * .shortlist file. The dispatcher runs every call in a transaction, where this connection can
 * neither VACUUM INTO nor ATTACH, and the online backup API is async; so a second connection, on
 * the new file, attaches the database and copies the synced tables in one read transaction. That
 * is as consistent as a backup (WAL lets it read beside our open transaction) and holds only what
 * travels: no settings, search index, lookup keys or conflict list, and none of the erased
 * records' leftovers in free pages that a whole-file copy would carry along.
 */
export function exportTo(core: Core, input: ParsedInput<'sharing.exportTo'>): ExportSummary {
  const target = path.resolve(input.path);
  const folder = path.dirname(target);
  if (!fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
    throw new ApiError('invalid_input', `The folder ${folder} does not exist.`, 'path');
  }
  if (fs.statSync(target, { throwIfNoEntry: false })?.isDirectory()) {
    throw new ApiError('invalid_input', `${target} is a folder: choose a file name for the export.`, 'path');
  }
  if (target === path.resolve(core.file)) {
    throw new ApiError('invalid_input', 'Choose another file: this one is your database itself.', 'path');
  }
  if (path.extname(target).toLowerCase() !== '.shortlist') {
    throw new ApiError('invalid_input', `Name the export with the .shortlist extension, e.g. ${path.parse(target).name}.shortlist.`, 'path');
  }
  // Only an earlier export is ever replaced: never the database (whatever its name's case on
  // this disk), its -wal or -shm, a backup, or any other file that happens to be there.
  if (fs.existsSync(target) && !isShortlistExport(target)) {
    throw new ApiError(
      'invalid_input',
      `${path.basename(target)} already exists and is not a Shortlist export: choose another name, so it is not replaced.`,
      'path',
    );
  }
  // Written beside and renamed when whole, so a failed export never leaves a half file under the chosen name.
  const partial = `${target}.partial`;
  fs.rmSync(partial, { force: true });
  const exportedAt = core.clock.now().toISOString();
  let out: Database.Database;
  try {
    out = new Database(partial, { nativeBinding: core.nativeBinding });
  } catch (error) {
    throw placeFault(error, target);
  }
  let written: Omit<ExportSummary, 'path' | 'bytes'>;
  try {
    // A new file, made again if the machine fails: no journal, no waiting for the disk.
    out.pragma('journal_mode = OFF');
    out.pragma('synchronous = OFF');
    out.pragma(`application_id = ${EXPORT_APPLICATION_ID}`);
    out.pragma(`user_version = ${EXPORTED_SCHEMA_VERSION}`);
    out.prepare('ATTACH DATABASE ? AS local').run(core.file);
    written = out.transaction(() => copyInto(core, out, { person: input.person ?? userName(), exportedAt }))();
    out.exec('DETACH DATABASE local');
    out.close();
  } catch (error) {
    out.close();
    fs.rmSync(partial, { force: true });
    throw placeFault(error, target);
  }
  fs.renameSync(partial, target);
  return { path: target, ...written, bytes: fs.statSync(target).size };
}

function copyInto(
  core: Core,
  out: Database.Database,
  { person, exportedAt }: { person: string | null; exportedAt: string },
): Omit<ExportSummary, 'path' | 'bytes'> {
  const schemaOf = out.prepare("SELECT sql FROM local.sqlite_schema WHERE type = 'table' AND name = ?").pluck();
  for (const table of exportedTables) {
    out.exec(schemaOf.get(table) as string);
    out.exec(`INSERT INTO main.${table} SELECT * FROM local.${table}`);
  }
  // This laptop's own name travels too, so colleagues' conflicts can say who changed what.
  out
    .prepare('INSERT OR REPLACE INTO main.devices (id, name, person, seen_at) VALUES (?, ?, ?, ?)')
    .run(core.deviceId, os.hostname(), person, exportedAt);

  writeStamps(out);
  out.exec(blobsSql);
  const addBlob = out.prepare('INSERT OR IGNORE INTO main.file_blobs (sha256, bytes) VALUES (?, ?)');
  let files = 0;
  let missingFiles = 0;
  for (const { sha256, stored_as } of out.prepare('SELECT DISTINCT sha256, stored_as FROM main.files').all() as {
    sha256: string;
    stored_as: string;
  }[]) {
    const copy = path.join(filesDir(core), stored_as);
    if (!fs.existsSync(copy)) {
      missingFiles += 1;
      continue;
    }
    files += addBlob.run(sha256, fs.readFileSync(copy)).changes;
  }

  const counts = Object.fromEntries(
    syncedTables.map(({ entity }) => [entity.table, out.prepare(`SELECT count(*) FROM main.${entity.table}`).pluck().get() as number]),
  ) as Record<SyncedTable, number>;
  out.exec(headerSql);
  out
    .prepare(
      `INSERT INTO main.shortlist_export (app, format, schema_version, device_id, device_name, person, exported_at, counts)
       VALUES ('Shortlist', ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(EXPORT_FORMAT, EXPORTED_SCHEMA_VERSION, core.deviceId, os.hostname(), person, exportedAt, JSON.stringify(counts));
  return { schemaVersion: EXPORTED_SCHEMA_VERSION, exportedAt, counts, files, missingFiles };
}

/**
 * Whether a file is a Shortlist export, from its header alone (read, never opened as a database,
 * which could write beside it): a SQLite file whose application id is the export's.
 */
function isShortlistExport(file: string): boolean {
  const header = Buffer.alloc(100);
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    if (fs.readSync(fd, header, 0, 100, 0) < 100) return false;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
  return header.toString('latin1', 0, 16) === 'SQLite format 3\0' && header.readUInt32BE(68) === EXPORT_APPLICATION_ID;
}

/** Who is logged in to this computer: the person exporting, unless they named themselves. */
function userName(): string | null {
  try {
    return os.userInfo().username;
  } catch {
    return null;
  }
}

/**
 * A full, read-only or unreachable place where the export goes is said of that place (a USB stick,
 * a shared folder), not of the database; damage or a lock met reading the database is the
 * database's, and the dispatcher says so.
 */
function placeFault(error: unknown, target: string): unknown {
  const fault = faultOf(error, target);
  return fault === undefined || fault === 'damaged' || fault === 'locked' ? error : faultApiError(fault, target);
}
