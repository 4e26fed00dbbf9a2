import { weekdays, type Weekday } from './intake';

/**
 * The recruiter's working days (Settings → Working days and hours), counted on plain calendar
 * days ("2026-12-05"). Shared by the core (follow-up rules, snooze presets) and the window
 * (an interview's default date), so every date Shortlist proposes lands on the same days.
 */
export interface WorkingWeek {
  days: readonly Weekday[];
}

// Plain days are read and written as UTC midnights: no time zone takes part, so none can shift a day.
const toDate = (day: string) => new Date(`${day}T00:00:00Z`);
const toDay = (date: Date) => date.toISOString().slice(0, 10);

export function addDays(day: string, n: number): string {
  const date = toDate(day);
  date.setUTCDate(date.getUTCDate() + n);
  return toDay(date);
}

export const weekdayOf = (day: string): Weekday => weekdays[(toDate(day).getUTCDay() + 6) % 7]!;

const works = (day: string, week: WorkingWeek) => week.days.includes(weekdayOf(day));

/** The first working day after `day` (a Saturday's is Monday's, in a Monday-to-Friday week). */
export function nextWorkingDay(day: string, week: WorkingWeek): string {
  // A week with no working day is refused by its schema; the guard keeps a bad one from looping.
  if (week.days.length === 0) return addDays(day, 1);
  let next = addDays(day, 1);
  while (!works(next, week)) next = addDays(next, 1);
  return next;
}

/** `day` itself when the recruiter works that day, else their next working day. */
export const firstWorkingDayFrom = (day: string, week: WorkingWeek): string =>
  works(day, week) || week.days.length === 0 ? day : nextWorkingDay(day, week);

/** The first working day of the week after `day`'s. */
export function firstWorkingDayOfNextWeek(day: string, week: WorkingWeek): string {
  let monday = addDays(day, 1);
  while (weekdayOf(monday) !== 'mon') monday = addDays(monday, 1);
  return firstWorkingDayFrom(monday, week);
}

/** `n` working days after `day` ("chase after two working days"); 0 is `day` itself, or the next working day. */
export function plusWorkingDays(day: string, n: number, week: WorkingWeek): string {
  let at = n <= 0 ? firstWorkingDayFrom(day, week) : day;
  for (let i = 0; i < n; i++) at = nextWorkingDay(at, week);
  return at;
}
