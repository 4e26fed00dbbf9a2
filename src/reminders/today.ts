import type { Today } from '../api/reminders';
import type { Core } from '../db/core';
import { statement } from '../db/statements';
import { proposeFollowUps } from './proposals/run';
import { EFFECTIVE_DUE, selectReminders, toReminder, type ReminderRow } from './reminders';
import { dayIn, instantOf, plusDays } from './time';

/** Each group of Today shows at most this many; its count says how many there are. */
const GROUP_LIMIT = 300;
/** Late by more than this many days: a group of its own, folded, to be cleared in one go. */
const OLD_AFTER_DAYS = 7;
/** The folded group lists its first few; clearing them brings the next. */
const OLDER_LIMIT = 100;

type Group = 'older' | 'overdue' | 'today' | 'upcoming';
const LIMITS: Record<Group, number> = { older: OLDER_LIMIT, overdue: GROUP_LIMIT, today: GROUP_LIMIT, upcoming: GROUP_LIMIT };

interface DueRow {
  id: string;
  due_on: string;
  due_time: string | null;
  due_at: string;
  snoozed_until: string | null;
}

/** The day a reminder belongs to for the recruiter: a dated-only one keeps its day wherever they are. */
function dueDay(row: DueRow, zone: string): string {
  if (row.snoozed_until) return dayIn(row.snoozed_until, zone);
  return row.due_time ? dayIn(row.due_at, zone) : row.due_on;
}

/** The moment the recruiter's tomorrow begins: everything due before it is due now. */
const startOf = (day: string, zone: string) => instantOf(day, '00:00', zone);

/**
 * Open reminders that are late (a week or less, and older), due today, or due in the coming seven
 * days, each group in due order. Only what is shown is read whole: at agency scale the late ones
 * run to thousands, and naming what each is about is most of the work.
 */
export function today(core: Core): Today {
  proposeFollowUps(core);
  const zone = core.timeZone;
  const day = dayIn(core.clock.now(), zone);
  // A day's margin on each side: a dated-only reminder set in another zone may sit an hour across midnight.
  const due = statement(
    core.db,
    `SELECT r.id, r.due_on, r.due_time, r.due_at, r.snoozed_until FROM reminders r
     WHERE r.status = 'open' AND r.deleted_at IS NULL AND ${EFFECTIVE_DUE} < ? ORDER BY ${EFFECTIVE_DUE}, r.id`,
  ).all(startOf(plusDays(day, 9), zone)) as DueRow[];
  const oldBefore = plusDays(day, -OLD_AFTER_DAYS);
  const lastDay = plusDays(day, 7);
  const picked: Record<Group, string[]> = { older: [], overdue: [], today: [], upcoming: [] };
  const counts: Record<Group, number> = { older: 0, overdue: 0, today: 0, upcoming: 0 };
  for (const row of due) {
    const when = dueDay(row, zone);
    if (when > lastDay) continue;
    const group: Group = when < oldBefore ? 'older' : when < day ? 'overdue' : when === day ? 'today' : 'upcoming';
    counts[group] += 1;
    if (picked[group].length < LIMITS[group]) picked[group].push(row.id);
  }
  const rows = new Map(
    (statement(core.db, `${selectReminders} WHERE r.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(Object.values(picked).flat())) as ReminderRow[]).map(
      (row) => [row.id, row],
    ),
  );
  const whole = (ids: string[]) => ids.map((id) => toReminder(core, rows.get(id)!));
  return {
    day,
    older: whole(picked.older),
    overdue: whole(picked.overdue),
    today: whole(picked.today),
    upcoming: whole(picked.upcoming),
    counts,
    dueCount: dueCount(core),
  };
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
