import type Database from 'better-sqlite3';
import type { Core } from '../db/core';
import { getSetting, setSetting } from '../db/settings';
import type { ExportSource } from './exportFile';
import { syncedTables } from './tables';

/**
 * What an import from one laptop can leave unread: what that laptop's previous export already
 * brought. Remembered per exporting laptop, as the newest clock stamp of each author (the laptop
 * that wrote it: a stamp ends with its device id) the export held, and a fingerprint of each
 * table (rows and change-log entries, counted and their stamps' seconds added up).
 *
 * Why per author: a laptop's own stamps only grow, and an export holds everything its laptop knew,
 * so what a laptop knows of one author is all that author wrote up to some stamp. A row of the
 * next export whose every stamp is at or below what the last one held of its author was in the
 * last one as it is now, and merged then: merging it again changes nothing. A row the exporter
 * learned since from a third laptop, however old its stamps, is past what it held of that author.
 *
 * Why the fingerprint: that reasoning fails if the exporter learned an author's writes out of
 * order (a pull cut off between batches) or lost some (an erasure). The part of the new export
 * at or below the stamps remembered must then differ from the last export as a whole; a table
 * whose fingerprint differs is merged whole, which is only slower.
 */

/** A table's fingerprint: rows, their stamps' seconds summed; change-log entries, the same. */
type Fingerprint = [rows: number, rowSeconds: number, changes: number, changeSeconds: number];

interface Remembered {
  /** Per author (device id), the newest stamp of theirs the export held. */
  known: Record<string, string>;
  tables: Record<string, Fingerprint>;
}

/** What to read of an export: per table, the ids of the rows to merge, or null for all of them. */
export interface ImportPlan {
  exporter: string;
  rowsToMerge: Map<string, Set<string> | null>;
  /** The newest stamp anywhere in the export. */
  latest: string;
  /** Whether the export brings nothing the last one from that laptop did not. */
  nothingNew: boolean;
  remember: Remembered;
}

const settingKey = (deviceId: string) => `imported_from:${deviceId}`;

/** A stamp's author: the device id after "<ISO time>-<counter>-" (src/db/hlc.ts). */
const author = (column: string) => `substr(${column}, 31)`;
const seconds = (column: string) => `unixepoch(substr(${column}, 1, 19))`;
/** The newest stamp remembered of a stamp's author, from a JSON object bound as `$known` (see withKnown). */
const knownOf = (column: string) => `coalesce((SELECT stamp FROM known WHERE known.author = ${author(column)}), '')`;
const withKnown = 'WITH known (author, stamp) AS MATERIALIZED (SELECT key, value FROM json_each($known))';

interface Group {
  key: string;
  author: string;
  n: number;
  secs: number;
  latest: string;
}

/**
 * Reads the export's stamps (the stamp columns only, never a row into JavaScript) and decides
 * which rows can be left unread. `erased`: candidates erased here, whose submissions in the export
 * must still be read (the merge leaves out what hangs off them by them).
 */
export function planImport(core: Core, source: ExportSource, erased: ReadonlySet<string>): ImportPlan {
  const { db, header } = source;
  const before = readRemembered(core, header.deviceId);
  const known = JSON.stringify(before?.known ?? {});
  const remember: Remembered = { known: {}, tables: {} };
  const note = (group: Group) => {
    if (group.latest > (remember.known[group.author] ?? '')) remember.known[group.author] = group.latest;
  };

  const changeGroups = db
    .prepare(
      `SELECT entity AS key, ${author('hlc')} AS author, count(*) AS n, sum(${seconds('hlc')}) AS secs, max(hlc) AS latest
       FROM changes GROUP BY 1, 2`,
    )
    .all() as Group[];
  changeGroups.forEach(note);

  const rowsToMerge = new Map<string, Set<string> | null>();
  for (const { entity } of syncedTables) {
    const { table } = entity;
    const rowGroups = db
      .prepare(
        `SELECT '' AS key, ${author('created_hlc')} AS author, count(*) AS n, sum(${seconds('created_hlc')}) AS secs, max(created_hlc) AS latest
         FROM ${table} GROUP BY 2`,
      )
      .all() as Group[];
    rowGroups.forEach(note);
    const changes = changeGroups.filter((g) => g.key === table);
    remember.tables[table] = fingerprint(rowGroups, changes);
    const last = before?.tables[table];
    if (!before || !last) {
      rowsToMerge.set(table, null);
      continue;
    }
    const isNew = (g: Group) => g.latest > (before.known[g.author] ?? '');
    const newRows = rowGroups.some(isNew);
    const newChanges = changes.some(isNew);
    // At or below the stamps remembered: the last export, exactly, or this table is read whole.
    const old = fingerprint(
      newRows ? oldPart(db, table, 'created_hlc', known) : rowGroups,
      newChanges ? oldPart(db, 'changes', 'hlc', known, table) : changes,
    );
    if (old.some((value, i) => value !== last[i])) {
      rowsToMerge.set(table, null);
      continue;
    }
    const ids = new Set<string>();
    if (newRows) for (const id of newIds(db, `${withKnown} SELECT id FROM ${table} WHERE created_hlc > ${knownOf('created_hlc')}`, known)) ids.add(id);
    if (newChanges) {
      const sql = `${withKnown} SELECT DISTINCT row_id FROM changes WHERE entity = $table AND hlc > ${knownOf('hlc')}`;
      for (const id of newIds(db, sql, known, table)) ids.add(id);
    }
    if (table === 'submissions' && erased.size > 0) {
      const sql = 'SELECT id FROM submissions WHERE candidate_id IN (SELECT value FROM json_each($erased))';
      for (const id of db.prepare(sql).pluck().all({ erased: JSON.stringify([...erased]) }) as string[]) ids.add(id);
    }
    rowsToMerge.set(table, ids);
  }
  const latest = Object.values(remember.known).reduce((max, stamp) => (stamp > max ? stamp : max), '');
  const nothingNew = [...rowsToMerge.values()].every((ids) => ids !== null && ids.size === 0);
  return { exporter: header.deviceId, rowsToMerge, latest, nothingNew, remember };
}

/** After the merge, in its transaction: the next export from that laptop is read from here. */
export function rememberImport(core: Core, plan: ImportPlan): void {
  setSetting(core.db, settingKey(plan.exporter), JSON.stringify(plan.remember));
}

function readRemembered(core: Core, deviceId: string): Remembered | undefined {
  const value = getSetting(core.db, settingKey(deviceId));
  return value ? (JSON.parse(value) as Remembered) : undefined;
}

function fingerprint(rows: readonly Omit<Group, 'key'>[], changes: readonly Omit<Group, 'key'>[]): Fingerprint {
  const sum = (groups: readonly Omit<Group, 'key'>[], field: 'n' | 'secs') => groups.reduce((total, g) => total + (g[field] ?? 0), 0);
  return [sum(rows, 'n'), sum(rows, 'secs'), sum(changes, 'n'), sum(changes, 'secs')];
}

/** A table's (or its change log's) stamps at or below those remembered, as one group. */
function oldPart(db: Database.Database, table: string, column: string, known: string, entity?: string): Omit<Group, 'key'>[] {
  const where = `${column} <= ${knownOf(column)}${entity ? ' AND entity = $table' : ''}`;
  const sql = `${withKnown} SELECT '' AS author, count(*) AS n, coalesce(sum(${seconds(column)}), 0) AS secs, '' AS latest FROM ${table} WHERE ${where}`;
  return [db.prepare(sql).get(entity ? { known, table: entity } : { known }) as Group];
}

function newIds(db: Database.Database, sql: string, known: string, table?: string): string[] {
  return db.prepare(sql).pluck().all(table ? { known, table } : { known }) as string[];
}
