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
  /** The table, or "changes:<table>" for its change-log entries. */
  source: string;
  author: string;
  n: number;
  secs: number;
  latest: string;
}

/** Stamps counted per table (or change log of one) and author: what an export says of itself. */
export const stampsSql = `CREATE TABLE export_stamps (
  source TEXT NOT NULL,
  author TEXT NOT NULL,
  n INTEGER NOT NULL,
  secs INTEGER NOT NULL,
  latest TEXT NOT NULL,
  PRIMARY KEY (source, author)
) STRICT, WITHOUT ROWID`;

/** The groups of a table's stamps (`schema`.table), or of the change log's per table. */
function groupsSql(schema: string, table: string): string {
  return table === 'changes'
    ? `SELECT 'changes:' || entity AS source, ${author('hlc')} AS author, count(*) AS n, coalesce(sum(${seconds('hlc')}), 0) AS secs, max(hlc) AS latest
       FROM ${schema}.changes GROUP BY entity, 2`
    : `SELECT '${table}' AS source, ${author('created_hlc')} AS author, count(*) AS n, coalesce(sum(${seconds('created_hlc')}), 0) AS secs, max(created_hlc) AS latest
       FROM ${schema}.${table} GROUP BY 2`;
}

/**
 * Writes an export's own account of its stamps (src/sharing/export.ts), so that an import from a
 * laptop already imported learns what is new without reading every table.
 */
export function writeStamps(out: Database.Database): void {
  out.exec(stampsSql);
  for (const table of [...syncedTables.map((t) => t.entity.table), 'changes']) {
    out.exec(`INSERT INTO main.export_stamps (source, author, n, secs, latest) ${groupsSql('main', table)}`);
  }
}

/** The export's account of its stamps, or (an export made before it had one) its tables read for it. */
function stampGroups(db: Database.Database): Group[] {
  const hasAccount = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'export_stamps'").get() !== undefined;
  if (hasAccount) return db.prepare('SELECT source, author, n, secs, latest FROM export_stamps').all() as Group[];
  return [...syncedTables.map((t) => t.entity.table), 'changes'].flatMap((table) => db.prepare(groupsSql('main', table)).all() as Group[]);
}

/**
 * Decides which rows of the export can be left unread, from its account of its stamps; only a
 * table with stamps newer than those remembered is read, for its new rows. `erased`: candidates
 * erased here, whose submissions in the export must still be read (the merge leaves out what
 * hangs off them by them).
 */
export function planImport(core: Core, source: ExportSource, erased: ReadonlySet<string>): ImportPlan {
  const { db, header } = source;
  const before = readRemembered(core, header.deviceId);
  const known = JSON.stringify(before?.known ?? {});
  const groups = stampGroups(db);
  const remember: Remembered = { known: {}, tables: {} };
  for (const group of groups) {
    if (group.latest > (remember.known[group.author] ?? '')) remember.known[group.author] = group.latest;
  }

  const rowsToMerge = new Map<string, Set<string> | null>();
  for (const { entity } of syncedTables) {
    const { table } = entity;
    const rowGroups = groups.filter((g) => g.source === table);
    const changeGroups = groups.filter((g) => g.source === `changes:${table}`);
    const whole = fingerprint(rowGroups, changeGroups);
    remember.tables[table] = whole;
    const last = before?.tables[table];
    if (!before || !last) {
      rowsToMerge.set(table, null);
      continue;
    }
    const isNew = (g: Group) => g.latest > (before.known[g.author] ?? '');
    const newRows = rowGroups.some(isNew) ? newStamps(db, `SELECT id, ${seconds('created_hlc')} AS secs FROM ${table} WHERE created_hlc > ${knownOf('created_hlc')}`, known) : [];
    const newChanges = changeGroups.some(isNew)
      ? newStamps(db, `SELECT row_id AS id, ${seconds('hlc')} AS secs FROM changes WHERE entity = $table AND hlc > ${knownOf('hlc')}`, known, table)
      : [];
    // At or below the stamps remembered (all of it, less what is newer): the last export, exactly, or this table is read whole.
    const old: Fingerprint = [
      whole[0] - newRows.length,
      whole[1] - sumSeconds(newRows),
      whole[2] - newChanges.length,
      whole[3] - sumSeconds(newChanges),
    ];
    if (old.some((value, i) => value !== last[i])) {
      rowsToMerge.set(table, null);
      continue;
    }
    const ids = new Set([...newRows, ...newChanges].map((stamp) => stamp.id));
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

function fingerprint(rows: readonly Group[], changes: readonly Group[]): Fingerprint {
  const sum = (groups: readonly Group[], field: 'n' | 'secs') => groups.reduce((total, g) => total + g[field], 0);
  return [sum(rows, 'n'), sum(rows, 'secs'), sum(changes, 'n'), sum(changes, 'secs')];
}

const sumSeconds = (stamps: readonly { secs: number | null }[]) => stamps.reduce((total, s) => total + (s.secs ?? 0), 0);

/** Rows (or change-log entries) stamped after what was remembered of their author. */
function newStamps(db: Database.Database, sql: string, known: string, table?: string): { id: string; secs: number | null }[] {
  return db.prepare(`${withKnown} ${sql}`).all(table ? { known, table } : { known }) as { id: string; secs: number | null }[];
}
