import crypto from 'node:crypto';
import type { OutgoingVersion } from '../api/sync';
import type { Core } from '../db/core';
import type { SqlValue } from '../db/records';
import { statement } from '../db/statements';
import type { Change } from '../sharing/rowMerge';
import { rowsOf } from '../sharing/erase';
import { columnsOf, entityOf, syncedTables, type Owner } from '../sharing/tables';

/**
 * The rows this laptop has to push: every row of a synced table written here since it last went
 * up, whole, with its change log (what an export carries of it). Triggers queue them; a pull sets
 * sync_pulling while it merges, so the rows it writes for other laptops are not sent back, unless
 * this laptop wrote them itself (moving what was added to a merged candidate, an erasure).
 */
const triggerName = (table: string, event: 'insert' | 'update') => `sync_outbox_${table}_${event}`;

function createTriggers(core: Core, table: string): void {
  const queue = `INSERT OR IGNORE INTO sync_outbox (entity, row_id) VALUES ('${table}', NEW.id)`;
  const when = `NOT EXISTS (SELECT 1 FROM sync_pulling) OR NEW.updated_by = (SELECT value FROM settings WHERE key = 'device_id')`;
  for (const event of ['insert', 'update'] as const) {
    core.db.exec(
      `CREATE TRIGGER IF NOT EXISTS ${triggerName(table, event)} AFTER ${event.toUpperCase()} ON ${table} WHEN ${when} BEGIN ${queue}; END`,
    );
  }
}

/**
 * Makes sure every synced table queues its rows, everything written before included (a table
 * synced tables gained since is caught up the same way). Done when the recruiter sets up sync,
 * so the changes waiting are counted from then, and again at every round.
 */
export function watchTables(core: Core): void {
  const watched = new Set(
    statement(core.db, "SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'sync_outbox_%'").pluck().all() as string[],
  );
  for (const { entity } of syncedTables) {
    if (watched.has(triggerName(entity.table, 'insert'))) continue;
    createTriggers(core, entity.table);
    core.db.exec(`INSERT OR IGNORE INTO sync_outbox (entity, row_id) SELECT '${entity.table}', id FROM ${entity.table}`);
  }
}

/**
 * Starts a round with the server `hubId`: a server this laptop has not synced with before (a new
 * one, or the agency moved) gets everything, and its pulls start from the beginning.
 */
export function joinHub(core: Core, hubId: string): void {
  watchTables(core);
  const { hub_id } = statement(core.db, 'SELECT hub_id FROM sync_state').get() as { hub_id: string | null };
  if (hub_id === hubId) return;
  if (hub_id !== null) {
    for (const { entity } of syncedTables) {
      core.db.exec(`INSERT OR IGNORE INTO sync_outbox (entity, row_id) SELECT '${entity.table}', id FROM ${entity.table}`);
    }
  }
  statement(core.db, 'UPDATE sync_state SET hub_id = ?, pulled_through = 0, synced_at = NULL').run(hubId);
}

export const waitingCount = (core: Core) => statement(core.db, 'SELECT count(*) FROM sync_outbox').pluck().get() as number;

/**
 * The next rows to push, each as this laptop has it now. Rows erased since they were queued are
 * dropped from the queue: nothing of them goes up.
 */
export function outgoing(core: Core, limit: number): { versions: OutgoingVersion[]; waiting: number } {
  // Parents before children, as the merge inserts them on the other side (and the hub numbers them).
  const queued: { entity: string; row_id: string }[] = [];
  for (const { entity } of syncedTables) {
    if (queued.length >= limit) break;
    const rows = statement(core.db, 'SELECT entity, row_id FROM sync_outbox WHERE entity = ? LIMIT ?').all(entity.table, limit - queued.length);
    queued.push(...(rows as typeof queued));
  }
  const versions: OutgoingVersion[] = [];
  for (const { entity, row_id } of queued) {
    const version = versionOf(core, entity, row_id);
    if (version) versions.push(version);
    else statement(core.db, 'DELETE FROM sync_outbox WHERE entity = ? AND row_id = ?').run(entity, row_id);
  }
  return { versions, waiting: waitingCount(core) };
}

/** A row as it goes up, or null when it is no longer here (erased, or not a synced table any more). */
export function versionOf(core: Core, table: string, id: string): OutgoingVersion | null {
  const spec = syncedTables.find((t) => t.entity.table === table);
  if (!spec) return null;
  const row = statement(core.db, `SELECT ${columnsOf(entityOf(table)).join(', ')} FROM ${table} WHERE id = ?`).get(id) as
    | Record<string, SqlValue>
    | undefined;
  if (!row) return null;
  const changes = statement(
    core.db,
    'SELECT field, hlc, value, device_id FROM changes WHERE entity = ? AND row_id = ? ORDER BY field, hlc',
  ).all(table, id) as Change[];
  const digest = digestOf(row, changes);
  return {
    entity: table,
    rowId: id,
    digest,
    row,
    changes,
    candidateId: ownerOf(core, spec.owner, row),
    sha256: table === 'files' ? String(row.sha256) : null,
  };
}

/** The candidate whose personal data a row is, by its table's owner rule (see tables.ts). */
function ownerOf(core: Core, owner: Owner | undefined, row: Record<string, SqlValue>): string | null {
  if (!owner) return null;
  const candidateOfSubmission = (id: SqlValue) =>
    (statement(core.db, 'SELECT candidate_id FROM submissions WHERE id = ?').pluck().get(id) as string | undefined) ?? null;
  if (owner === 'subject') {
    if (row.subject_type === 'candidate') return String(row.subject_id);
    return row.subject_type === 'submission' ? candidateOfSubmission(row.subject_id ?? null) : null;
  }
  const value = row[owner.column] ?? null;
  return owner.parent === 'candidates' ? (value === null ? null : String(value)) : candidateOfSubmission(value);
}

/**
 * After a pull is merged: a queued row that is now exactly as another laptop pushed it (both moved
 * a colleague's row to the candidate it was merged into: the same derived change) is on the
 * server already, and goes off the queue, so a round sends up only what the server lacks.
 */
export function unqueuePulled(core: Core, pulled: readonly { entity: string; row: Record<string, SqlValue>; changes: readonly Change[] }[]): void {
  // A laptop's first pull (hundreds of thousands of rows) usually has nothing queued to compare.
  if (statement(core.db, 'SELECT 1 FROM sync_outbox LIMIT 1').get() === undefined) return;
  const queued = statement(core.db, 'SELECT 1 FROM sync_outbox WHERE entity = ? AND row_id = ?');
  for (const { entity, row, changes } of pulled) {
    const id = String(row.id);
    if (!syncedTables.some((t) => t.entity.table === entity) || queued.get(entity, id) === undefined) continue;
    const here = versionOf(core, entity, id);
    if (here === null) continue;
    // As versionOf reads it: the columns in their order, the change log by field and stamp.
    const columns = Object.fromEntries(columnsOf(entityOf(entity)).map((column) => [column, row[column] ?? null]));
    const log = changes
      .map(({ field, hlc, value, device_id }) => ({ field, hlc, value, device_id }))
      .sort((a, b) => (a.field !== b.field ? (a.field < b.field ? -1 : 1) : a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0));
    if (digestOf(columns, log) === here.digest) statement(core.db, 'DELETE FROM sync_outbox WHERE entity = ? AND row_id = ?').run(entity, id);
  }
}

/**
 * After a pull brought erasures: what was moved from an erased candidate to the one it had been
 * merged into (a submission and its stage changes) is sent up again. The server forgets by the
 * candidate each version was of when it was pushed, and a stage change sent before the move is
 * of the erased one there, though it is the kept one's here: without this, laptops that erased the
 * submission before hearing of the merge get it back without its history. Sent again, it is of the
 * kept candidate; a version the server still has changes nothing.
 */
export function resendMovedFromErased(core: Core, erasedIds: readonly string[]): void {
  if (erasedIds.length === 0) return;
  const keptOf = statement(core.db, 'SELECT kept_id FROM candidate_merges WHERE id = ?').pluck();
  const kept = new Set<string>();
  for (const erased of erasedIds) {
    const seen = new Set([erased]);
    for (let id = keptOf.get(erased) as string | undefined; id !== undefined && !seen.has(id); id = keptOf.get(id) as string | undefined) {
      seen.add(id);
      kept.add(id);
    }
  }
  if (kept.size === 0) return;
  const queue = statement(core.db, 'INSERT OR IGNORE INTO sync_outbox (entity, row_id) VALUES (?, ?)');
  for (const { table, ids } of rowsOf(core, kept).byTable) for (const id of ids) queue.run(table, id);
}

const digestOf = (row: Record<string, SqlValue>, changes: readonly Change[]) =>
  crypto.createHash('sha256').update(JSON.stringify([row, changes])).digest('hex');

/**
 * Takes off the queue the rows the hub now holds, unless they changed again while they went up:
 * those go up at the next push.
 */
export function markSent(core: Core, sent: readonly { entity: string; rowId: string; digest: string }[]): number {
  const remove = statement(core.db, 'DELETE FROM sync_outbox WHERE entity = ? AND row_id = ?');
  for (const { entity, rowId, digest } of sent) {
    const now = versionOf(core, entity, rowId);
    if (!now || now.digest === digest) remove.run(entity, rowId);
  }
  return waitingCount(core);
}
