import type { ParsedInput } from '../api/contract';
import type { WorkingTime } from '../api/reminders';
import type { Core } from '../db/core';
import { getSetting, setSetting } from '../db/settings';

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

// The arithmetic of working days is the contract's, so the window proposes the same days as the core.
export { firstWorkingDayFrom, firstWorkingDayOfNextWeek, nextWorkingDay, plusWorkingDays } from '../api/workingDays';
