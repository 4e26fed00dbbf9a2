import { createEvents, type EventAttributes } from 'ics';
import type { ParsedInput } from '../api/contract';
import { ApiError } from '../api/errors';
import { interviewName } from '../api/interviewName';
import { interviewFormatLabels, type InterviewFormat } from '../api/submissions';
import type { TextFile } from '../api/common';
import type { Repeat } from '../api/reminders';
import type { Core } from '../db/core';
import { statement } from '../db/statements';
import { EFFECTIVE_DUE, selectReminders, toReminder, type ReminderRow } from './reminders';
import { dayIn, instantOf } from './time';

const UPCOMING_LIMIT = 2000;

const byDay: Record<string, string> = { mon: 'MO', tue: 'TU', wed: 'WE', thu: 'TH', fri: 'FR', sat: 'SA', sun: 'SU' };

function recurrence(repeat: Repeat | null): string | undefined {
  if (!repeat) return undefined;
  if (repeat.every === 'days') return `FREQ=DAILY;INTERVAL=${repeat.interval}`;
  if (repeat.every === 'weeks') return `FREQ=WEEKLY;BYDAY=${repeat.days.map((day) => byDay[day]).join(',')}`;
  return 'FREQ=MONTHLY';
}

const dateArray = (day: string) => day.split('-').map(Number) as [number, number, number];

/** A reminder with a time is a half-hour slot; one without is an all-day event on its day. */
function reminderEvent(core: Core, row: ReminderRow): EventAttributes {
  const reminder = toReminder(core, row);
  const common = {
    uid: `${reminder.id}@shortlist`,
    title: reminder.title,
    description: [reminder.about && `About: ${reminder.about.name}`, reminder.notes].filter(Boolean).join('\n') || undefined,
    recurrenceRule: recurrence(reminder.repeat),
  };
  if (reminder.dueTime || reminder.snoozedUntil) {
    return { ...common, start: Date.parse(reminder.dueAt), startInputType: 'utc', startOutputType: 'utc', duration: { minutes: 30 } };
  }
  return { ...common, start: dateArray(reminder.dueOn), duration: { days: 1 } };
}

interface InterviewRow {
  id: string;
  starts_at: string;
  duration_minutes: number;
  step: string | null;
  format: InterviewFormat;
  place: string | null;
  candidate: string;
  job: string;
  client: string;
}

const selectInterviews = `SELECT i.id, i.starts_at, i.duration_minutes, i.step, i.format, i.place,
    c.name AS candidate, j.title AS job, cl.name AS client
  FROM interviews i JOIN submissions s ON s.id = i.submission_id
  JOIN candidates c ON c.id = s.candidate_id JOIN jobs j ON j.id = s.job_id JOIN clients cl ON cl.id = j.client_id
  WHERE i.deleted_at IS NULL AND i.cancelled = 0`;

function interviewEvent(row: InterviewRow): EventAttributes {
  return {
    uid: `${row.id}@shortlist`,
    title: `${interviewName(row.step, { capital: true })}: ${row.candidate} with ${row.client}`,
    description: `${row.job}. ${interviewFormatLabels[row.format]}.`,
    location: row.place ?? undefined,
    start: Date.parse(row.starts_at),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: row.duration_minutes },
  };
}

/** One reminder, one interview, or (with neither named) every upcoming interview and open reminder, as an .ics file. */
export function exportCalendar(core: Core, input: ParsedInput<'calendar.export'>): TextFile {
  let events: EventAttributes[];
  let fileName = 'shortlist-upcoming.ics';
  if (input.reminderId) {
    const row = statement(core.db, `${selectReminders} WHERE r.id = ? AND r.deleted_at IS NULL`).get(input.reminderId) as ReminderRow | undefined;
    if (!row) throw new ApiError('not_found', 'This reminder no longer exists.', 'reminderId');
    events = [reminderEvent(core, row)];
    fileName = 'shortlist-reminder.ics';
  } else if (input.interviewId) {
    const row = statement(core.db, `${selectInterviews} AND i.id = ?`).get(input.interviewId) as InterviewRow | undefined;
    if (!row) throw new ApiError('not_found', 'This interview no longer exists or was cancelled.', 'interviewId');
    events = [interviewEvent(row)];
    fileName = 'shortlist-interview.ics';
  } else {
    const now = core.clock.now().toISOString();
    const startOfToday = instantOf(dayIn(now, core.timeZone), '00:00', core.timeZone);
    const interviews = statement(core.db, `${selectInterviews} AND i.starts_at >= ? ORDER BY i.starts_at LIMIT ${UPCOMING_LIMIT}`).all(now) as InterviewRow[];
    const reminders = statement(
      core.db,
      `${selectReminders} WHERE r.status = 'open' AND r.deleted_at IS NULL AND ${EFFECTIVE_DUE} >= ?
       ORDER BY ${EFFECTIVE_DUE} LIMIT ${UPCOMING_LIMIT}`,
    ).all(startOfToday) as ReminderRow[];
    events = [...interviews.map(interviewEvent), ...reminders.map((row) => reminderEvent(core, row))];
  }
  if (events.length === 0) throw new ApiError('invalid_input', 'Nothing is coming up to put in a calendar.');
  const { error, value } = createEvents(events, { productId: 'Shortlist', calName: 'Shortlist' });
  if (error || !value) throw error ?? new Error('The calendar file could not be made');
  return { fileName, mimeType: 'text/calendar', text: value };
}
