import type { ParsedInput } from '../api/contract';
import type { WorkingTime } from '../api/reminders';
import type { Core } from '../db/core';
import { getSetting, setSetting } from '../db/settings';
import { plusDays, weekdayOf } from './time';

/** Monday to Friday, nine to half past five, until the recruiter says otherwise in Settings. */
const standardWeek: WorkingTime = { days: ['mon', 'tue', 'wed', 'thu', 'fri'], startsAt: '09:00', endsAt: '17:30' };

/** This laptop's recruiter's working week (a setting of the laptop, not a shared record). */
export function workingTime(core: Core): WorkingTime {
  const saved = getSetting(core.db, 'working_time');
  return saved ? (JSON.parse(saved) as WorkingTime) : standardWeek;
}

export function saveWorkingTime(core: Core, input: ParsedInput<'workingTime.save'>): WorkingTime {
  setSetting(core.db, 'working_time', JSON.stringify(input));
  return workingTime(core);
}

/** The first working day after `day` (a Saturday's is Monday's, in a Monday-to-Friday week). */
export function nextWorkingDay(day: string, week: WorkingTime): string {
  let next = plusDays(day, 1);
  while (!week.days.includes(weekdayOf(next))) next = plusDays(next, 1);
  return next;
}

/** The first working day of the week after `day`'s. */
export function firstWorkingDayOfNextWeek(day: string, week: WorkingTime): string {
  let monday = plusDays(day, 1);
  while (weekdayOf(monday) !== 'mon') monday = plusDays(monday, 1);
  return week.days.includes('mon') ? monday : nextWorkingDay(monday, week);
}

/** `day` itself when the recruiter works that day, else their next working day. */
export const firstWorkingDayFrom = (day: string, week: WorkingTime): string =>
  week.days.includes(weekdayOf(day)) ? day : nextWorkingDay(day, week);
