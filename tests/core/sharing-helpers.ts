import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ImportSummary } from '../../src/api/sharing';
import { columnsOf, syncedTables } from '../../src/sharing/tables';
import { tempDir, type TestApp } from './helpers';

let exports = 0;

/** Exports a recruiter's database into a new file in a temp folder; returns its path. */
export function exportOf(app: TestApp, dir = tempDir()): string {
  const file = path.join(dir, `export-${++exports}.shortlist`);
  app.call('sharing.exportTo', { path: file, person: 'Tester' });
  return file;
}

/** `to` imports what `from` has now. */
export function sync(from: TestApp, to: TestApp): ImportSummary {
  return to.call('sharing.import', { path: exportOf(from) });
}

/**
 * Everything that travels between laptops, in a comparable form: every synced table's rows and
 * the change log, by id. Two laptops that have merged each other's work must agree on all of it.
 */
export function syncedData(app: TestApp): Record<string, unknown[]> {
  const data: Record<string, unknown[]> = {};
  for (const { entity } of syncedTables) {
    data[entity.table] = app.core.db.prepare(`SELECT ${columnsOf(entity).join(', ')} FROM ${entity.table} ORDER BY id`).all();
  }
  data.changes = app.core.db.prepare('SELECT * FROM changes ORDER BY entity, row_id, field, hlc').all();
  return data;
}

/** The database file's bytes as a hash, after folding the WAL in, to prove nothing was written. */
export function databaseHash(app: TestApp): string {
  app.core.db.pragma('wal_checkpoint(TRUNCATE)');
  return crypto.createHash('sha256').update(fs.readFileSync(app.file)).digest('hex');
}

export const count = (app: TestApp, sql: string, ...params: unknown[]) =>
  app.core.db.prepare(sql).pluck().get(...params) as number;
