import type { Core } from './core';
import { setSetting } from './settings';
import { statement } from './statements';

export type SqlValue = string | number | null;

/** A synced table and the columns a person edits (stamps are handled here, not listed). */
export interface Entity {
  table: string;
  fields: readonly string[];
  /**
   * Columns that make one value together (a salary's min, max and currency; a name and its
   * comparison key). They are always written and logged together, so a merge that takes the
   * later value per field can never pair one side's minimum with the other side's maximum.
   */
  groups?: readonly (readonly string[])[];
}

/**
 * Every write to a synced table goes through these three functions. They keep the stamps (when,
 * which device) on the row and give every field a clock stamp, which is what lets a colleague's
 * export be merged field by field: a new row's fields carry the row's created_hlc, and every later
 * change of a field is appended to the change log with its own stamp (the merge reads them in
 * src/sharing/rowMerge.ts). A record that two laptops could each make on their own (a proposed
 * reminder) is given an id derived from what it is, so a merge finds one row, not two.
 */
export function insertRecord(core: Core, entity: Entity, values: Record<string, SqlValue>, id = core.newId()): string {
  return insertRow(core, entity, entity.fields.map((f) => values[f] ?? null), id);
}

/** The same, its fields' values given in the order of `entity.fields`. */
export function insertRow(core: Core, entity: Entity, row: readonly SqlValue[], id = core.newId()): string {
  const hlc = nextStamp(core);
  const now = core.clock.now().toISOString();
  statement(core.db, insertSql(entity)).run(id, ...row, hlc, now, core.deviceId, now, core.deviceId);
  return id;
}

const insertSqls = new WeakMap<Entity, string>();

/** An entity's INSERT, written once: the same string each time is also found at once among the prepared statements. */
function insertSql(entity: Entity): string {
  let sql = insertSqls.get(entity);
  if (sql === undefined) {
    const params = entity.fields.map(() => '?').join(', ');
    sql = `INSERT INTO ${entity.table} (id, ${entity.fields.join(', ')}, created_hlc, created_at, created_by, updated_at, updated_by)
     VALUES (?, ${params}, ?, ?, ?, ?, ?)`;
    insertSqls.set(entity, sql);
  }
  return sql;
}

/** Writes the fields of `patch` that differ from the row (with their groups); returns whether anything changed. */
export function updateRecord(core: Core, entity: Entity, id: string, patch: Record<string, SqlValue>): boolean {
  const current = statement(core.db, `SELECT * FROM ${entity.table} WHERE id = ?`).get(id) as
    | Record<string, SqlValue>
    | undefined;
  if (!current) throw new Error(`${entity.table} ${id} does not exist`);
  const changed = Object.fromEntries(
    Object.entries(patch).filter(([field, value]) => entity.fields.includes(field) && current[field] !== value),
  );
  for (const group of entity.groups ?? []) {
    if (!group.some((field) => field in changed)) continue;
    for (const field of group) changed[field] = field in patch ? (patch[field] ?? null) : (current[field] ?? null);
  }
  if (Object.keys(changed).length === 0) return false;
  writeFields(core, entity, id, changed);
  return true;
}

/** Moves a record to the trash (or back). The row stays, so it can be restored and merged. */
export function setDeleted(core: Core, entity: Entity, id: string, deleted: boolean): void {
  writeFields(core, entity, id, { deleted_at: deleted ? core.clock.now().toISOString() : null });
}

function writeFields(core: Core, entity: Entity, id: string, values: Record<string, SqlValue>): void {
  const fields = Object.keys(values);
  const now = core.clock.now().toISOString();
  statement(
    core.db,
    `UPDATE ${entity.table} SET ${fields.map((f) => `${f} = ?`).join(', ')}, updated_at = ?, updated_by = ?
     WHERE id = ?`,
  ).run(...fields.map((f) => values[f] ?? null), now, core.deviceId, id);
  logChanges(core, entity, id, nextStamp(core), values);
}

/** The next clock stamp, remembered in the database so the clock resumes past it after a restart. */
function nextStamp(core: Core): string {
  const batch = storedOnce.get(core);
  if (batch) return (batch.last = core.hlc.next(batch.last === null));
  const hlc = core.hlc.next();
  setSetting(core.db, 'clock', hlc);
  return hlc;
}

/** Cores inside `stampsStoredOnce`, with the last stamp made there (null until the first). */
const storedOnce = new WeakMap<Core, { last: string | null }>();

/**
 * Runs `work`, which writes many records inside one write transaction (a chunk of a CSV import),
 * reading the stored clock stamp for the first of them and storing the last once at the end,
 * instead of a read and a write of the setting per record: no other program can write while this
 * transaction holds the lock, so the clock in memory is the truth until it commits. If `work`
 * throws, nothing is stored: the caller's transaction is rolled back, its stamps with it.
 */
export function stampsStoredOnce<T>(core: Core, work: () => T): T {
  if (!core.db.inTransaction) throw new Error('stampsStoredOnce needs a write transaction around it');
  if (storedOnce.has(core)) return work();
  const batch = { last: null as string | null };
  storedOnce.set(core, batch);
  let result: T;
  try {
    result = work();
  } finally {
    storedOnce.delete(core);
  }
  if (batch.last !== null) setSetting(core.db, 'clock', batch.last);
  return result;
}

function logChanges(core: Core, entity: Entity, id: string, hlc: string, values: Record<string, SqlValue>): void {
  const insert = statement(
    core.db,
    'INSERT INTO changes (entity, row_id, field, hlc, value, device_id) VALUES (?, ?, ?, ?, ?, ?)',
  );
  for (const [field, value] of Object.entries(values)) {
    insert.run(entity.table, id, field, hlc, JSON.stringify(value), core.deviceId);
  }
}
