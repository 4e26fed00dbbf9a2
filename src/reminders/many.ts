import type { ParsedInput } from '../api/contract';
import { ApiError } from '../api/errors';
import type { ManyChanged, ReminderBefore } from '../api/reminders';
import type { Core } from '../db/core';
import { updateRecord } from '../db/records';
import { statement } from '../db/statements';
import { completeReminder, dismissReminder, rearmAlert, reminderEntity, reopenReminder } from './reminders';
import { snoozeReminder } from './snooze';

const plural = (n: number) => `${n.toLocaleString('en')} follow-up${n === 1 ? '' : 's'}`;

/** The picked follow-ups still open, as they stand, in the order picked. */
function openOnes(core: Core, ids: string[]): ReminderBefore[] {
  const read = statement(core.db, "SELECT id, snoozed_until FROM reminders WHERE id = ? AND status = 'open' AND deleted_at IS NULL");
  return ids.flatMap((id) => {
    const row = read.get(id) as { id: string; snoozed_until: string | null } | undefined;
    return row ? [{ id: row.id, status: 'open' as const, snoozedUntil: row.snoozed_until }] : [];
  });
}

/** Marks many done (a repeating one moves on to its next occurrence) or dismisses them, in one change. */
export function closeMany(core: Core, input: ParsedInput<'reminders.closeMany'>): ManyChanged {
  const before = openOnes(core, [...new Set(input.ids)]);
  for (const { id } of before) {
    if (input.as === 'done') completeReminder(core, id);
    else dismissReminder(core, id);
  }
  return {
    message: `${input.as === 'done' ? 'Marked' : 'Dismissed'} ${plural(before.length)}${input.as === 'done' ? ' done' : ''}.`,
    changed: before.length,
    skipped: input.ids.length - before.length,
    before,
  };
}

/** Snoozes many until one moment; one already due later than that is left as it is (a snooze never brings one forward). */
export function snoozeMany(core: Core, input: ParsedInput<'reminders.snoozeMany'>): ManyChanged {
  const open = openOnes(core, [...new Set(input.ids)]);
  const before: ReminderBefore[] = [];
  for (const one of open) {
    try {
      snoozeReminder(core, { id: one.id, until: input.until });
      before.push(one);
    } catch (error) {
      // Too late today applies to all alike: say so rather than skip them all.
      if (error instanceof ApiError && error.message.includes('too late today')) throw error;
      if (!(error instanceof ApiError)) throw error;
    }
  }
  return { message: `Snoozed ${plural(before.length)}.`, changed: before.length, skipped: input.ids.length - before.length, before };
}

/** Undo of a change to many: each follow-up open again, with the snooze it had. */
export function restoreMany(core: Core, input: ParsedInput<'reminders.restoreMany'>): ManyChanged {
  for (const { id, snoozedUntil } of input.before) {
    const row = statement(core.db, 'SELECT status FROM reminders WHERE id = ? AND deleted_at IS NULL').get(id) as { status: string } | undefined;
    if (!row) continue;
    if (row.status !== 'open') reopenReminder(core, id);
    updateRecord(core, reminderEntity, id, { snoozed_until: snoozedUntil && new Date(snoozedUntil).toISOString() });
    rearmAlert(core, id);
  }
  return { message: `Put back ${plural(input.before.length)}.`, changed: input.before.length, skipped: 0, before: [] };
}
