import type { Reminder, Today } from '../api/reminders';
import type { Core } from '../db/core';
import { statement } from '../db/statements';
import { proposeFollowUps } from './proposals/run';
import { EFFECTIVE_DUE, selectReminders, toReminder, type ReminderRow } from './reminders';
import { dayIn, instantOf, plusDays } from './time';

/** Each group of Today shows at most this many; its count says how many there are. */
const GROUP_LIMIT = 300;

/** The day a reminder belongs to for the recruiter: a dated-only one keeps its day wherever they are. */
function dueDay(row: ReminderRow, zone: string): string {
  if (row.snoozed_until) return dayIn(row.snoozed_until, zone);
  return row.due_time ? dayIn(row.due_at, zone) : row.due_on;
}

/** The moment the recruiter's tomorrow begins: everything due before it is due now. */
const startOf = (day: string, zone: string) => instantOf(day, '00:00', zone);

/** Open reminders that are late, due today, or due in the coming seven days, each group in due order. */
export function today(core: Core): Today {
  proposeFollowUps(core);
  const zone = core.timeZone;
  const day = dayIn(core.clock.now(), zone);
  // A day's margin on each side: a dated-only reminder set in another zone may sit an hour across midnight.
  const rows = statement(
    core.db,
    `${selectReminders} WHERE r.status = 'open' AND r.deleted_at IS NULL AND ${EFFECTIVE_DUE} < ?
     ORDER BY ${EFFECTIVE_DUE}, r.id`,
  ).all(startOf(plusDays(day, 9), zone)) as ReminderRow[];
  const groups: Record<'overdue' | 'today' | 'upcoming', Reminder[]> = { overdue: [], today: [], upcoming: [] };
  const counts = { overdue: 0, today: 0, upcoming: 0 };
  const lastDay = plusDays(day, 7);
  for (const row of rows) {
    const due = dueDay(row, zone);
    if (due > lastDay) continue;
    const group = due < day ? 'overdue' : due === day ? 'today' : 'upcoming';
    counts[group] += 1;
    if (groups[group].length < GROUP_LIMIT) groups[group].push(toReminder(core, row));
  }
  return { day, ...groups, counts, dueCount: dueCount(core) };
}

/**
 * Open reminders due today or earlier and not snoozed past now: the sidebar's and the dock's
 * number. It counts what is there; the proposals are brought up to date by Today and the notifier.
 */
export function dueCount(core: Core): number {
  const now = core.clock.now();
  const row = statement(
    core.db,
    `SELECT count(*) AS n FROM reminders r WHERE r.status = 'open' AND r.deleted_at IS NULL
     AND ${EFFECTIVE_DUE} < ? AND (r.snoozed_until IS NULL OR r.snoozed_until <= ?)`,
  ).get(startOf(plusDays(dayIn(now, core.timeZone), 1), core.timeZone), now.toISOString()) as { n: number };
  return row.n;
}
