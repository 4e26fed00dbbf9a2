import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { ParsedInput } from '../api/contract';
import { ApiError } from '../api/errors';
import { snoozePresets, type Reminder, type SnoozeChoice, type SnoozePreset } from '../api/reminders';
import type { Core } from '../db/core';
import { updateRecord } from '../db/records';
import { getReminder, rearmAlert, reminderEntity, reminderRow, type ReminderRow } from './reminders';
import { dayIn, instantOf } from './time';
import { firstWorkingDayOfNextWeek, nextWorkingDay, workingTime } from './workingTime';

type Until = ParsedInput<'reminders.snooze'>['until'];

/**
 * The instant a snooze ends: three hours on, the next working morning, the first working morning
 * of next week, or a chosen day (at the start of the working day when no time is given).
 */
function snoozeEnd(core: Core, until: Until): string {
  const now = core.clock.now();
  const zone = core.timeZone;
  const today = dayIn(now, zone);
  const week = workingTime(core);
  if (typeof until === 'object') return instantOf(until.on, until.time ?? week.startsAt, zone);
  switch (until) {
    case 'later_today': {
      // Three hours on, to the next quarter hour, so "later" is a time a person would pick.
      const quarter = 15 * 60_000;
      const later = new Date(Math.ceil((now.getTime() + 3 * 3_600_000) / quarter) * quarter).toISOString();
      if (dayIn(later, zone) !== today) {
        throw new ApiError('invalid_input', 'It is too late today to snooze until later today: choose tomorrow morning.', 'until');
      }
      return later;
    }
    case 'tomorrow_morning':
      return instantOf(nextWorkingDay(today, week), week.startsAt, zone);
    case 'next_week':
      return instantOf(firstWorkingDayOfNextWeek(today, week), week.startsAt, zone);
  }
}

/** "Tue 1 Dec, 09:00" on the recruiter's clock. */
const spoken = (core: Core, instant: string) => format(new TZDate(instant, core.timeZone), 'EEE d MMM, HH:mm');

/** Why snoozing `row` until `until` is refused: a moment gone, or one before it is due anyway. */
function refusal(core: Core, row: ReminderRow, until: string): string | null {
  if (until <= core.clock.now().toISOString()) return 'Snooze until a moment in the future.';
  // A snooze puts a reminder off: one due later would be brought forward. (An earlier snooze
  // may be shortened: that only undoes part of a putting-off.)
  if (until <= row.due_at) {
    return `This follow-up is already due ${spoken(core, row.due_at)}: snoozing it until ${spoken(core, until)} would bring it forward.`;
  }
  return null;
}

/** Puts an open reminder out of sight until a later moment; it is shown (and notified) again then. */
export function snoozeReminder(core: Core, input: ParsedInput<'reminders.snooze'>): Reminder {
  const row = reminderRow(core, input.id);
  if (row.status !== 'open') throw new ApiError('invalid_input', 'Only an open reminder can be snoozed.', 'id');
  const until = snoozeEnd(core, input.until);
  const refused = refusal(core, row, until);
  if (refused) throw new ApiError('invalid_input', refused, 'until');
  updateRecord(core, reminderEntity, row.id, { snoozed_until: until });
  rearmAlert(core, row.id);
  return getReminder(core, row.id);
}

/** Where each preset would put the reminder now, so the menu can show it and hold back one that would bring it forward. */
export function snoozeChoices(core: Core, id: string): SnoozeChoice[] {
  const row = reminderRow(core, id);
  return snoozePresets.map((preset: SnoozePreset) => {
    try {
      const until = snoozeEnd(core, preset);
      return { preset, until, refused: refusal(core, row, until) };
    } catch (error) {
      return { preset, until: null, refused: error instanceof ApiError ? error.message : String(error) };
    }
  });
}

/** The snooze toast's Undo: the reminder's snooze is what it was before (none, or an earlier one). */
export function unsnoozeReminder(core: Core, input: ParsedInput<'reminders.unsnooze'>): Reminder {
  const row = reminderRow(core, input.id);
  if (row.status !== 'open') throw new ApiError('invalid_input', 'This reminder is already closed.', 'id');
  updateRecord(core, reminderEntity, row.id, { snoozed_until: input.snoozedUntil && new Date(input.snoozedUntil).toISOString() });
  rearmAlert(core, row.id);
  return getReminder(core, row.id);
}
