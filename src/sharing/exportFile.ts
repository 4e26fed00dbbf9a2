import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ApiError } from '../api/errors';
import type { SyncedTable } from '../api/sharing';
import { storedName } from '../candidates/files';
import { latestVersion, migrations } from '../db/migrations';
import { APPLICATION_ID } from '../db/open';
import { readExportHeader } from './exportHeader';
import { syncedTables } from './tables';

/**
 * A `.shortlist` export is a SQLite file: the synced tables as the exporting database has them
 * (same CREATE statements), its change log, the names of the laptops it has seen, the bytes of
 * the attached files, and a one-row header. Its own application id ('SHLX') keeps it from being
 * mistaken for a database, and a database from being mistaken for an export.
 */
export const EXPORT_APPLICATION_ID = 0x53484c58;
/** Bumped if the export's own layout (header, blobs) changes; the schema version covers the tables. */
export const EXPORT_FORMAT = 1;
/**
 * The schema version an export says it has: that of the last migration that changed what an export
 * carries (Migration.changesExports). Later ones changed only what stays on this laptop (search and
 * report tables, indexes, triggers), so a colleague whose Shortlist is older than ours but not
 * older than this reads our exports whole, instead of being told to update for nothing.
 * tests/core/export-schema.test.ts checks that every other migration leaves the exported tables as
 * they were.
 */
export const EXPORTED_SCHEMA_VERSION = migrations.filter((m) => m.changesExports).at(-1)!.version;

export const headerSql = `CREATE TABLE shortlist_export (
  app TEXT NOT NULL,
  format INTEGER NOT NULL,
  schema_version INTEGER NOT NULL,
  device_id TEXT NOT NULL,
  device_name TEXT NOT NULL,
  person TEXT,
  exported_at TEXT NOT NULL,
  counts TEXT NOT NULL
) STRICT`;

/** The database's tables an export copies: the synced ones, their change log, and the laptops' names. */
export const exportedTables: readonly string[] = [...syncedTables.map((t) => t.entity.table), 'changes', 'devices'];

/** Attached files, once per content: files rows name them by sha256. */
export const blobsSql = 'CREATE TABLE file_blobs (sha256 TEXT PRIMARY KEY, bytes BLOB NOT NULL) STRICT, WITHOUT ROWID';

export interface ExportHeader {
  schemaVersion: number;
  deviceId: string;
  deviceName: string;
  person: string | null;
  exportedAt: string;
  counts: Record<SyncedTable, number>;
}

/** An export opened for reading, checked to be one. */
export interface ExportSource {
  db: Database.Database;
  file: string;
  header: ExportHeader;
}

/** A sha256 as files rows carry it. */
const SHA256 = /^[0-9a-f]{64}$/;

/**
 * Opens a colleague's export read-only (nothing is ever written to it) and checks it is a
 * Shortlist export this version can read, whole. Refuses anything else with a message that says
 * what the file is instead. `whole: false` leaves the integrity check of its tables to the caller
 * (checkTables), for an import that reads only what changed since the last one from that laptop.
 */
export function openExport(file: string, nativeBinding?: string, { whole = true } = {}): ExportSource {
  const name = path.basename(file);
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat) throw refused(`There is no file at ${file}.`);
  if (!stat.isFile()) throw refused(`${file} is a folder, not a Shortlist export.`);
  if (stat.size === 0) throw refused(`${name} is empty: it is not a Shortlist export.`);
  const db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding });
  try {
    return { db, file, header: inspectExport(db, name, whole) };
  } catch (error) {
    db.close();
    if (error instanceof Database.SqliteError && /^SQLITE_(NOTADB|CORRUPT)/.test(error.code)) {
      throw refused(
        error.code === 'SQLITE_NOTADB'
          ? `${name} is not a Shortlist export: it is not a SQLite file (or it is too damaged to tell).`
          : `${name} is damaged and cannot be imported: ${error.message}`,
      );
    }
    throw error;
  }
}

function inspectExport(db: Database.Database, name: string, whole: boolean): ExportHeader {
  const appId = db.pragma('application_id', { simple: true }) as number;
  const version = db.pragma('user_version', { simple: true }) as number;
  if (appId === APPLICATION_ID) {
    throw refused(`${name} is a Shortlist database, not an export. Export it first (shortlist export), then import that file.`);
  }
  if (appId !== EXPORT_APPLICATION_ID) throw refused(`${name} is not a Shortlist export: it is a SQLite database of another program.`);
  if (version > latestVersion) {
    throw refused(
      `${name} was exported by a newer Shortlist (schema version ${version}; this one knows up to ${latestVersion}). Update Shortlist to import it.`,
    );
  }
  if (whole) checkIntegrity(db, name);

  const tables = new Set(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[]);
  const header = tables.has('shortlist_export')
    ? (db.prepare('SELECT * FROM shortlist_export').get() as Record<string, string | number | null> | undefined)
    : undefined;
  if (!header || header.app !== 'Shortlist' || header.format !== EXPORT_FORMAT || header.schema_version !== version) {
    throw refused(`${name} is damaged and cannot be imported: its header is missing or does not match its contents.`);
  }
  const missing = [...exportedTables, 'file_blobs'].filter((table) => !tables.has(table));
  if (missing.length > 0) throw refused(`${name} is damaged and cannot be imported: it lacks ${missing.join(', ')}.`);
  if (whole) checkFileNames(db, name, null);
  const read = readExportHeader(header, version);
  if ('problem' in read) throw refused(`${name} is damaged and cannot be imported: ${read.problem}.`);
  return read;
}

/**
 * A copy is named exactly as attaching the file names it (its sha256 and its name's extension):
 * any other name could reach outside files/, or open "Jane CV.pdf" as a program. Of the files
 * rows `ids` only, when an import reads only those.
 */
function checkFileNames(db: Database.Database, name: string, ids: ReadonlySet<string> | null): void {
  const files = (
    ids
      ? db.prepare('SELECT sha256, name, stored_as FROM files WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify([...ids]))
      : db.prepare('SELECT sha256, name, stored_as FROM files').all()
  ) as { sha256: string; name: string; stored_as: string }[];
  const strange = files.find((f) => !SHA256.test(f.sha256) || f.stored_as !== storedName(f.sha256, f.name));
  if (strange) throw refused(`${name} is damaged and cannot be imported: an attached file is named ${JSON.stringify(strange.stored_as)}.`);
}

function checkIntegrity(db: Database.Database, name: string, table?: string): void {
  const problems = (db.pragma(table ? `integrity_check(${JSON.stringify(table)})` : 'integrity_check(20)') as { integrity_check: string }[])
    .map((row) => row.integrity_check)
    .filter((message) => message !== 'ok');
  if (problems.length > 0) throw refused(`${name} is damaged and cannot be imported: ${problems.slice(0, 20).join('; ')}`);
}

/**
 * Checks the integrity of the tables an import reads whole (and the change log with them), or
 * of the whole file when it reads every table whole. A table read for a few rows is checked as
 * SQLite reads its pages: damage there fails the import, which then changes nothing.
 */
export function checkTables(source: ExportSource, rowsToMerge: ReadonlyMap<string, ReadonlySet<string> | null>): void {
  const name = path.basename(source.file);
  const readWhole = [...rowsToMerge].filter(([, ids]) => ids === null).map(([table]) => table);
  try {
    checkFileNames(source.db, name, rowsToMerge.get('files') ?? null);
    if (readWhole.length === syncedTables.length) checkIntegrity(source.db, name);
    else for (const table of readWhole.length > 0 ? [...readWhole, 'changes'] : []) checkIntegrity(source.db, name, table);
  } catch (error) {
    if (error instanceof Database.SqliteError && /^SQLITE_(NOTADB|CORRUPT)/.test(error.code)) {
      throw refused(`${name} is damaged and cannot be imported: ${error.message}`);
    }
    throw error;
  }
}

const refused = (message: string) => new ApiError('invalid_input', message, 'path');
