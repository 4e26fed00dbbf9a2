import type { DueAlerts } from '../api/reminders';
import type { Core } from '../db/core';
import { statement } from '../db/statements';
import { proposeFollowUps } from './proposals/run';
import { EFFECTIVE_DUE, selectReminders, toReminder, type ReminderRow } from './reminders';
import { dueCount } from './today';

const SHOWN_ONE_BY_ONE = 3;
/** The notifier proposes follow-ups this often at most; Today does whenever the data changed. */
const PROPOSE_EVERY_MS = 5 * 60_000;

const dueUnalerted = `WHERE r.status = 'open' AND r.deleted_at IS NULL AND ${EFFECTIVE_DUE} <= ?
  AND NOT EXISTS (SELECT 1 FROM reminder_alerts a WHERE a.reminder_id = r.id)`;

/**
 * The reminders whose moment has come and that this laptop has not notified yet, marked as
 * notified in the same transaction: a restart never notifies one twice, and what fell due while
 * the app was closed is notified at the next start.
 */
export function takeDueAlerts(core: Core): DueAlerts {
  proposeFollowUps(core, PROPOSE_EVERY_MS);
  const now = core.clock.now().toISOString();
  const rows = statement(
    core.db,
    `${selectReminders} ${dueUnalerted} ORDER BY ${EFFECTIVE_DUE} DESC, r.id LIMIT ${SHOWN_ONE_BY_ONE}`,
  ).all(now) as ReminderRow[];
  const marked = statement(
    core.db,
    `INSERT INTO reminder_alerts (reminder_id, alerted_at) SELECT r.id, ? FROM reminders r ${dueUnalerted}`,
  ).run(now, now);
  return { reminders: rows.map((row) => toReminder(core, row)), total: marked.changes, dueCount: dueCount(core) };
}
