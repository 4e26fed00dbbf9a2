import path from 'node:path';
import type { ExportSource } from './exportFile';
import type { Change, Row } from './rowMerge';
import type { ImportPlan } from './sinceLastImport';

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

/**
 * An opened, checked export file as a merge source: of each table, the rows the plan names
 * (what changed since the last import from that laptop, src/sharing/sinceLastImport.ts), or all.
 */
export function exportRows(source: ExportSource, plan: ImportPlan): MergeSource {
  const { db, header } = source;
  const carried = db.prepare('SELECT 1 FROM file_blobs WHERE sha256 = ?');
  const bytes = db.prepare('SELECT bytes FROM file_blobs WHERE sha256 = ?').pluck();
  return {
    name: path.basename(source.file),
    *pages(table, wanted) {
      const only = plan.rowsToMerge.get(table);
      // An export from an older Shortlist lacks the columns added since: its rows come without
      // them, as rows never given that field (whose stamp is their creation, so ours stands).
      const present = new Set((db.pragma(`table_info(${table})`) as { name: string }[]).map((column) => column.name));
      const columns = wanted.filter((column) => present.has(column));
      const pageChanges = db.prepare('SELECT row_id, field, hlc, value, device_id FROM changes WHERE entity = ? AND row_id BETWEEN ? AND ?');
      const someChanges = db.prepare('SELECT row_id, field, hlc, value, device_id FROM changes WHERE entity = ? AND row_id IN (SELECT value FROM json_each(?))');
      const withChanges = (rows: Row[]) => {
        const first = String(rows[0]!.id);
        const last = String(rows.at(-1)!.id);
        // A page of the whole table is a range of ids; a few rows are looked up one by one.
        const changes = only ? someChanges.all(table, JSON.stringify(rows.map((r) => r.id))) : pageChanges.all(table, first, last);
        const changesByRow = new Map<string, Change[]>();
        for (const { row_id, ...change } of changes as (Change & { row_id: string })[]) {
          const list = changesByRow.get(row_id) ?? [];
          list.push(change);
          changesByRow.set(row_id, list);
        }
        return rows.map((row) => ({ row, changes: changesByRow.get(String(row.id)) ?? [] }));
      };
      if (only) {
        const byIds = db.prepare(`SELECT ${columns.join(', ')} FROM ${table} WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id`);
        const ids = [...only].sort();
        for (let start = 0; start < ids.length; start += PAGE) {
          const rows = byIds.all(JSON.stringify(ids.slice(start, start + PAGE))) as Row[];
          if (rows.length > 0) yield withChanges(rows);
        }
        return;
      }
      const page = db.prepare(`SELECT ${columns.join(', ')} FROM ${table} WHERE id > ? ORDER BY id LIMIT ${PAGE}`);
      for (let after = ''; ; ) {
        const rows = page.all(after) as Row[];
        if (rows.length === 0) return;
        after = String(rows.at(-1)!.id);
        yield withChanges(rows);
      }
    },
    latestStamp: () => plan.latest,
    devices() {
      const exporter = { id: header.deviceId, name: header.deviceName, person: header.person, seen_at: header.exportedAt };
      return [exporter, ...(db.prepare('SELECT id, name, person, seen_at FROM devices').all() as KnownDevice[])];
    },
    carries: (sha256) => carried.get(sha256) !== undefined,
    blob: (sha256) => bytes.get(sha256) as Buffer | undefined,
  };
}
