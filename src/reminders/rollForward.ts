import type { Repeat } from '../api/reminders';
import type { Core } from '../db/core';
import { updateRecord } from '../db/records';
import { statement } from '../db/statements';
import { nextOccurrence, reminderEntity } from './reminders';
import { instantOf } from './time';

/**
 * A repeating follow-up that was missed shows its latest occurrence, with the ones it skipped
 * counted, instead of a weekly check-in "33 days late" and a backlog behind it. It rolls only once
 * a newer occurrence has come (yesterday's stays late until today's arrives), never while it is
 * snoozed, and every laptop rolls it to the same day and count, so a merge finds one value.
 */
export function rollForwardMissed(core: Core, today: string): number {
  const now = core.clock.now().toISOString();
  const rows = statement(
    core.db,
    `SELECT id, due_on, due_time, time_zone, repeat, missed FROM reminders r
     WHERE r.status = 'open' AND r.deleted_at IS NULL AND coalesce(r.snoozed_until, r.due_at) < ? AND r.repeat IS NOT NULL
       AND (r.snoozed_until IS NULL OR r.snoozed_until <= ?)`,
  ).all(instantOf(today, '00:00', core.timeZone), now) as {
    id: string;
    due_on: string;
    due_time: string | null;
    time_zone: string;
    repeat: string;
    missed: number;
  }[];
  let rolled = 0;
  for (const row of rows) {
    const repeat = JSON.parse(row.repeat) as Repeat;
    let day = row.due_on;
    let skipped = 0;
    for (let next = nextOccurrence(day, repeat); next <= today; next = nextOccurrence(next, repeat)) {
      day = next;
      skipped += 1;
    }
    if (skipped === 0) continue;
    updateRecord(core, reminderEntity, row.id, {
      due_on: day,
      due_at: instantOf(day, row.due_time, row.time_zone),
      missed: row.missed + skipped,
      snoozed_until: null,
    });
    rolled += 1;
  }
  return rolled;
}
