import path from 'node:path';
import type { ExportSource } from './exportFile';
import type { Change, Row } from './rowMerge';
import { syncedTables } from './tables';

/** A laptop as it named itself (in an export's header or devices table, or on the agency server). */
export interface KnownDevice {
  id: string;
  name: string;
  person: string | null;
  seen_at: string;
}

/** One version of a row as one laptop had it: its columns and its fields' change log. */
export interface IncomingRow {
  row: Row;
  changes: Change[];
}

/**
 * Where merged rows come from: a colleague's export file, or what other laptops appended to the
 * agency's server since the last pull. The merge (src/sharing/merge.ts) reads only through this,
 * so a file import and a live sync find the same conflicts and the same likely duplicates.
 */
export interface MergeSource {
  /** How a message names it: the export's file name, or "the agency server". */
  name: string;
  /**
   * A synced table's rows, a page at a time, in id order. The agency server may hold a row as
   * several laptops pushed it: each version is merged in turn (the merge is a join, so in any order).
   */
  pages(table: string, columns: readonly string[]): Iterable<IncomingRow[]>;
  /** The latest clock stamp anywhere in it, so this laptop's clock moves past what it learns. */
  latestStamp(): string;
  /** The laptops it speaks for, as they named themselves. */
  devices(): KnownDevice[];
  /** Whether it carries an attached file's bytes; and the bytes. */
  carries(sha256: string): boolean;
  blob(sha256: string): Buffer | undefined;
  /** Every file it carries, when they are few (a pull's): the merge then looks only at those. */
  blobsCarried?: () => readonly string[];
}

/** Rows read from an export at a time: memory stays flat however big the export. */
const PAGE = 2000;

/** An opened, checked export file as a merge source. */
export function exportRows(source: ExportSource): MergeSource {
  const { db, header } = source;
  const carried = db.prepare('SELECT 1 FROM file_blobs WHERE sha256 = ?');
  const bytes = db.prepare('SELECT bytes FROM file_blobs WHERE sha256 = ?').pluck();
  return {
    name: path.basename(source.file),
    *pages(table, columns) {
      const page = db.prepare(`SELECT ${columns.join(', ')} FROM ${table} WHERE id > ? ORDER BY id LIMIT ${PAGE}`);
      const pageChanges = db.prepare('SELECT row_id, field, hlc, value, device_id FROM changes WHERE entity = ? AND row_id BETWEEN ? AND ?');
      for (let after = ''; ; ) {
        const rows = page.all(after) as Row[];
        if (rows.length === 0) return;
        const first = String(rows[0]!.id);
        after = String(rows.at(-1)!.id);
        const changesByRow = new Map<string, Change[]>();
        for (const { row_id, ...change } of pageChanges.all(table, first, after) as (Change & { row_id: string })[]) {
          const list = changesByRow.get(row_id) ?? [];
          list.push(change);
          changesByRow.set(row_id, list);
        }
        yield rows.map((row) => ({ row, changes: changesByRow.get(String(row.id)) ?? [] }));
      }
    },
    latestStamp() {
      return [...syncedTables.map(({ entity }) => `SELECT max(created_hlc) FROM ${entity.table}`), 'SELECT max(hlc) FROM changes']
        .map((sql) => db.prepare(sql).pluck().get() as string | null)
        .reduce<string>((max, stamp) => (stamp !== null && stamp > max ? stamp : max), '');
    },
    devices() {
      const exporter = { id: header.deviceId, name: header.deviceName, person: header.person, seen_at: header.exportedAt };
      return [exporter, ...(db.prepare('SELECT id, name, person, seen_at FROM devices').all() as KnownDevice[])];
    },
    carries: (sha256) => carried.get(sha256) !== undefined,
    blob: (sha256) => bytes.get(sha256) as Buffer | undefined,
  };
}
