import type { Candidate } from '../api/candidates';
import type { ParsedInput } from '../api/contract';
import { ApiError } from '../api/errors';
import { candidateEntity, getCandidate } from '../candidates/candidates';
import type { Core } from '../db/core';
import { insertRecord, setDeleted, updateRecord, type SqlValue } from '../db/records';
import { statement } from '../db/statements';
import { refreshCandidateKeys } from './candidateKeys';
import { moveBelongings } from './candidateMergeMoves';
import { candidateMergeEntity, unitsOf } from './tables';

const listColumns = ['emails', 'phones', 'skills', 'links'];

/**
 * What the kept record lacks and the dropped one knows: every email, phone, skill and link, and
 * any value (a whole group: salary with currency, consent with its date) the kept one has empty.
 */
function completion(kept: Record<string, SqlValue>, dropped: Record<string, SqlValue>): Record<string, SqlValue> {
  const patch: Record<string, SqlValue> = {};
  for (const column of listColumns) {
    const items = JSON.parse(String(kept[column])) as string[];
    const known = new Set(items.map((item) => item.toLowerCase()));
    const added = (JSON.parse(String(dropped[column])) as string[]).filter((item) => !known.has(item.toLowerCase()));
    if (added.length > 0) patch[column] = JSON.stringify([...items, ...added]);
  }
  for (const unit of unitsOf(candidateEntity)) {
    if (unit.includes('name') || unit.includes('deleted_at') || listColumns.includes(unit[0]!)) continue;
    if (unit.every((field) => kept[field] === null) && unit.some((field) => dropped[field] !== null)) {
      for (const field of unit) patch[field] = dropped[field] ?? null;
    }
  }
  return patch;
}

/**
 * `candidates.merge`: one person entered twice (often by two recruiters, met again after an
 * import). Everything of the dropped record moves to the kept one, the kept one learns what only
 * the dropped one knew, and the dropped one goes to the trash. The merge is itself recorded and
 * exported, so what a colleague adds to the dropped record before hearing of it moves over too.
 */
export function mergeCandidates(core: Core, { keepId, dropId }: ParsedInput<'candidates.merge'>): Candidate {
  if (keepId === dropId) throw new ApiError('invalid_input', 'Choose two different candidates to merge.', 'dropId');
  const live = (id: string, field: string) => {
    try {
      return getCandidate(core, id);
    } catch {
      throw new ApiError('not_found', 'Both candidates must exist and be out of the trash to be merged.', field);
    }
  };
  live(keepId, 'keepId');
  live(dropId, 'dropId');
  const row = (id: string) => statement(core.db, 'SELECT * FROM candidates WHERE id = ?').get(id) as Record<string, SqlValue>;
  // The merge is recorded first: what moves is stamped after it, as every laptop that hears of it moves the same rows.
  const earlier = statement(core.db, 'SELECT 1 FROM candidate_merges WHERE id = ?').get(dropId);
  if (earlier) updateRecord(core, candidateMergeEntity, dropId, { kept_id: keepId });
  else insertRecord(core, candidateMergeEntity, { kept_id: keepId }, dropId);
  moveBelongings(core, dropId, keepId);
  updateRecord(core, candidateEntity, keepId, completion(row(keepId), row(dropId)));
  refreshCandidateKeys(core, keepId);
  setDeleted(core, candidateEntity, dropId, true);
  return getCandidate(core, keepId);
}

/**
 * The merges that still stand, as a subquery with columns id (the dropped candidate) and kept_id:
 * a dropped candidate brought back from the trash (or no longer here at all) is no longer merged.
 * Whatever follows merges (moving belongings, erasing one person) uses this one rule.
 */
export const standingMergesSql = `SELECT m.id, m.kept_id FROM candidate_merges m
  JOIN candidates c ON c.id = m.id WHERE c.deleted_at IS NOT NULL`;

/**
 * After an import: what colleagues added to a merged-away candidate (before they heard of the
 * merge) moves to the one it was merged into, along chains of merges that end at a candidate
 * still here. It moves a step (a merge) at a time, the farthest from the chain's end first, so a
 * laptop that heard of a chain's merges one by one wrote the very changes (each stamped by its
 * merge: moveBelongings) one that heard of them at once writes. A dropped candidate brought back
 * from the trash is no longer merged.
 */
export function followMerges(core: Core): number {
  const merges = new Map(
    (statement(core.db, `SELECT id, kept_id FROM (${standingMergesSql})`).all() as { id: string; kept_id: string }[]).map((m) => [
      m.id,
      m.kept_id,
    ]),
  );
  const stepsToEnd = new Map<string, number>();
  for (const dropped of merges.keys()) {
    let kept = merges.get(dropped)!;
    const seen = new Set([dropped]);
    while (merges.has(kept) && !seen.has(kept)) {
      seen.add(kept);
      kept = merges.get(kept)!;
    }
    if (!seen.has(kept) && statement(core.db, 'SELECT 1 FROM candidates WHERE id = ?').get(kept)) stepsToEnd.set(dropped, seen.size);
  }
  let moved = 0;
  for (const [dropped] of [...stepsToEnd].sort((a, b) => b[1] - a[1])) moved += moveBelongings(core, dropped, merges.get(dropped)!);
  return moved;
}
