import { fileEntity } from '../candidates/files';
import type { Core } from '../db/core';
import { derivedStamp, parse } from '../db/hlc';
import type { Entity } from '../db/records';
import { statement } from '../db/statements';
import { noteEntity, noteRevisionEntity } from '../notes/notes';
import { reminderEntity } from '../reminders/reminders';
import { submissionEntity } from '../submissions/submissions';

/** What belongs to a candidate and moves with a merge: where each table names its candidate (a field of its own, in no group). */
const belongings: { entity: Entity; column: string; where: string }[] = [
  { entity: submissionEntity, column: 'candidate_id', where: 'candidate_id = ?' },
  { entity: fileEntity, column: 'candidate_id', where: 'candidate_id = ?' },
  { entity: noteEntity, column: 'subject_id', where: "subject_type = 'candidate' AND subject_id = ?" },
  { entity: noteRevisionEntity, column: 'subject_id', where: "subject_type = 'candidate' AND subject_id = ?" },
  { entity: reminderEntity, column: 'subject_id', where: "subject_type = 'candidate' AND subject_id = ?" },
];

/** A field's stamp on this laptop: its latest change, or the row's creation. */
const fieldStampSql = (table: string) => `SELECT coalesce(
  (SELECT max(hlc) FROM changes WHERE entity = '${table}' AND row_id = $id AND field = $field),
  (SELECT created_hlc FROM ${table} WHERE id = $id))`;
/** A row's latest stamp: the write its updated_at and updated_by are of. */
const rowStampSql = (table: string) => `SELECT max(
  coalesce((SELECT max(hlc) FROM changes WHERE entity = '${table}' AND row_id = $id), ''),
  (SELECT created_hlc FROM ${table} WHERE id = $id))`;

const stampOf = (core: Core, sql: string, params: Record<string, string>) => String(statement(core.db, sql).pluck().get(params) ?? '');

/**
 * Moves everything of one candidate (in the trash too) to the one it was merged into, by the
 * merge recorded for it (candidate_merges, whose id is `fromId`). Every laptop that moves a row
 * writes the same change: its stamp is derived (src/db/hlc.ts) from the merge's and the stamp of
 * the value it replaces, so a colleague's move of the same row merges in as already known, and
 * one laptop's round never sends up a second version of it. The derived stamp sorts right after
 * the value it replaces, so the move wins over that value, and before anything written after it:
 * an edit made since (before or after the merge) on a laptop that had not heard of the merge
 * still wins over the move. The row's updated_at and updated_by follow the move only when it is
 * the row's latest write, as a merge keeps them (rowMerge.ts), so two laptops end with the same row.
 */
export function moveBelongings(core: Core, fromId: string, toId: string): number {
  const mergeStamp = stampOf(core, fieldStampSql('candidate_merges'), { id: fromId, field: 'kept_id' });
  const mergedBy = parse(mergeStamp).deviceId;
  // A pull marks what it writes as the other laptops' own (src/sync/outbox.ts); a move is this laptop's to send.
  const pulling = statement(core.db, 'SELECT 1 FROM sync_pulling').get() !== undefined;
  let moved = 0;
  for (const { entity, column, where } of belongings) {
    const { table } = entity;
    for (const id of statement(core.db, `SELECT id AS belonging FROM ${table} WHERE ${where}`).pluck().all(fromId) as string[]) {
      const replaced = stampOf(core, fieldStampSql(table), { id, field: column });
      // Right after the value it replaces, not after the merge: an edit made between the two on a
      // laptop the mover has not heard from (the row pointed elsewhere on purpose) still wins.
      const stamp = derivedStamp(replaced, mergeStamp);
      if (stamp > stampOf(core, rowStampSql(table), { id })) {
        statement(core.db, `UPDATE ${table} SET ${column} = ?, updated_at = ?, updated_by = ? WHERE id = ?`).run(
          toId,
          new Date(parse(stamp).millis).toISOString(),
          mergedBy,
          id,
        );
      } else {
        statement(core.db, `UPDATE ${table} SET ${column} = ? WHERE id = ?`).run(toId, id);
      }
      statement(core.db, 'INSERT OR IGNORE INTO changes (entity, row_id, field, hlc, value, device_id) VALUES (?, ?, ?, ?, ?, ?)').run(
        table,
        id,
        column,
        stamp,
        JSON.stringify(toId),
        mergedBy,
      );
      if (pulling) statement(core.db, 'INSERT OR IGNORE INTO sync_outbox (entity, row_id) VALUES (?, ?)').run(table, id);
      moved += 1;
    }
  }
  return moved;
}
