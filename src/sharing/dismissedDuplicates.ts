import type { ParsedInput } from '../api/contract';
import { ApiError } from '../api/errors';
import type { Core } from '../db/core';
import { insertRecord, setDeleted } from '../db/records';
import { statement } from '../db/statements';
import { derivedId } from '../reminders/reminders';
import { dismissedDuplicateEntity } from './tables';

/** The pair in the order the table keeps it, and its id: the same on every laptop, whichever way round it was told. */
function pairOf(a: string, b: string): { id: string; first: string; second: string } {
  const [first, second] = a < b ? [a, b] : [b, a];
  return { id: derivedId(`dismissed-duplicate:${first}:${second}`), first, second };
}

/**
 * SQL true when the candidates `first` and `second` (columns or parameters, first < second) were
 * told apart: the likely duplicates leave such a pair out.
 */
export const dismissedSql = (first: string, second: string) =>
  `EXISTS (SELECT 1 FROM dismissed_duplicates d WHERE d.first_id = ${first} AND d.second_id = ${second} AND d.deleted_at IS NULL)`;

export function isDismissed(core: Core, a: string, b: string): boolean {
  const { first, second } = pairOf(a, b);
  return statement(core.db, `SELECT ${dismissedSql('?', '?')}`).pluck().get(first, second) === 1;
}

/**
 * `duplicates.dismiss`: "not the same person". Recorded, and exported, so colleagues are not asked
 * about the pair again either. A pair told apart before and brought back is told apart again.
 */
export function dismissDuplicate(core: Core, { ids: [a, b] }: ParsedInput<'duplicates.dismiss'>): void {
  for (const [id, field] of [
    [a, 'ids.0'],
    [b, 'ids.1'],
  ] as const) {
    if (!statement(core.db, 'SELECT 1 FROM candidates WHERE id = ?').get(id)) {
      throw new ApiError('not_found', 'Both candidates must exist to be told apart.', field);
    }
  }
  const { id, first, second } = pairOf(a, b);
  const earlier = statement(core.db, 'SELECT deleted_at FROM dismissed_duplicates WHERE id = ?').get(id) as
    | { deleted_at: string | null }
    | undefined;
  if (!earlier) insertRecord(core, dismissedDuplicateEntity, { first_id: first, second_id: second }, id);
  else if (earlier.deleted_at !== null) setDeleted(core, dismissedDuplicateEntity, id, false);
}
