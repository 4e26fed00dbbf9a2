import { v5 as uuidv5 } from 'uuid';
import type { ParsedInput } from '../api/contract';
import { ApiError } from '../api/errors';
import type { NoteSubject } from '../api/notes';
import type { Reminder, ReminderKind, ReminderState, Repeat, RuleName } from '../api/reminders';
import type { Core } from '../db/core';
import { insertRecord, updateRecord, type Entity, type SqlValue } from '../db/records';
import { statement } from '../db/statements';
import { assertSubject, subjectNameSql } from '../notes/subjects';
import { dayIn, instantOf, nextMonthOn, plusDays, weekdayOf } from './time';

export const reminderEntity: Entity = {
  table: 'reminders',
  fields: [
    'title', 'kind', 'subject_type', 'subject_id', 'notes', 'due_on', 'due_time', 'time_zone', 'due_at',
    'status', 'snoozed_until', 'done_at', 'repeat', 'rule', 'rule_key', 'missed',
  ],
  // A due date is one value with its time and zone (and the repeats missed before it); a
  // completion is its status with its time.
  groups: [['due_on', 'due_time', 'time_zone', 'due_at', 'missed'], ['status', 'done_at']],
};

/** Ids derived from content (see insertRecord) live in Shortlist's own UUIDv5 namespace. */
const NAMESPACE = 'f0e5c0de-5b1a-4c3e-9d5a-5b0b7c1e2a11';
export const derivedId = (name: string) => uuidv5(name, NAMESPACE);

export interface ReminderRow {
  id: string;
  title: string;
  kind: ReminderKind;
  subject_type: NoteSubject | null;
  subject_id: string | null;
  subject_name: string | null;
  notes: string | null;
  due_on: string;
  due_time: string | null;
  time_zone: string;
  due_at: string;
  status: 'open' | 'done' | 'dismissed' | 'resolved';
  snoozed_until: string | null;
  done_at: string | null;
  repeat: string | null;
  rule: RuleName | null;
  rule_key: string | null;
  missed: number;
  created_at: string;
}

export const selectReminders = `SELECT r.*, ${subjectNameSql('r')} AS subject_name FROM reminders r`;

/** When an open reminder next asks for attention: the end of its snooze, else its due time. */
export const EFFECTIVE_DUE = 'coalesce(r.snoozed_until, r.due_at)';

function stateOf(core: Core, row: ReminderRow): ReminderState {
  if (row.status !== 'open') return row.status;
  return row.snoozed_until && row.snoozed_until > core.clock.now().toISOString() ? 'snoozed' : 'open';
}

export function toReminder(core: Core, row: ReminderRow): Reminder {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    about:
      row.subject_type && row.subject_id
        ? { kind: row.subject_type, id: row.subject_id, name: row.subject_name ?? '' }
        : null,
    notes: row.notes,
    dueOn: row.due_on,
    dueTime: row.due_time,
    timeZone: row.time_zone,
    dueAt: row.snoozed_until ?? row.due_at,
    state: stateOf(core, row),
    snoozedUntil: row.snoozed_until,
    doneAt: row.done_at,
    repeat: row.repeat ? (JSON.parse(row.repeat) as Repeat) : null,
    rule: row.rule,
    missed: row.missed,
    createdAt: row.created_at,
  };
}

export function reminderRow(core: Core, id: string): ReminderRow {
  const row = statement(core.db, `${selectReminders} WHERE r.id = ? AND r.deleted_at IS NULL`).get(id) as
    | ReminderRow
    | undefined;
  if (!row) throw new ApiError('not_found', 'This reminder no longer exists.', 'id');
  return row;
}

export const getReminder = (core: Core, id: string): Reminder => toReminder(core, reminderRow(core, id));

/** What a reminder is, in the columns it is stored in. */
export interface ReminderValues {
  title: string;
  kind: ReminderKind;
  about: { kind: NoteSubject; id: string } | null;
  notes: string | null;
  dueOn: string;
  dueTime: string | null;
  timeZone: string;
  repeat: Repeat | null;
  rule?: RuleName;
  ruleKey?: string;
}

const dueColumns = (dueOn: string, dueTime: string | null, zone: string) => ({
  due_on: dueOn,
  due_time: dueTime,
  time_zone: zone,
  due_at: instantOf(dueOn, dueTime, zone),
});

/** A monthly repeat keeps to the day of the month it started on, however short the months between. */
function storedRepeat(repeat: Repeat | null, dueOn: string): string | null {
  if (!repeat) return null;
  return JSON.stringify(repeat.every === 'months' ? { every: 'months', day: repeat.day ?? Number(dueOn.slice(8)) } : repeat);
}

/** Writes a new open reminder; `id` is given when the reminder is derived from something (a rule, a series). */
export function insertReminder(core: Core, values: ReminderValues, id?: string): string {
  const columns: Record<string, SqlValue> = {
    title: values.title,
    kind: values.kind,
    subject_type: values.about?.kind ?? null,
    subject_id: values.about?.id ?? null,
    notes: values.notes,
    ...dueColumns(values.dueOn, values.dueTime, values.timeZone),
    status: 'open',
    repeat: storedRepeat(values.repeat, values.dueOn),
    rule: values.rule ?? null,
    rule_key: values.ruleKey ?? null,
    missed: 0,
  };
  return insertRecord(core, reminderEntity, columns, id);
}

/**
 * Refuses a due moment already gone unless the recruiter confirmed it: a day before today, or a
 * time earlier today. The refusal names `confirmPast`, for the form to ask and send it again.
 */
function checkNotPast(core: Core, dueOn: string, dueTime: string | null, zone: string, confirmed: boolean): void {
  if (confirmed) return;
  const past = dueTime ? instantOf(dueOn, dueTime, zone) < core.clock.now().toISOString() : dueOn < dayIn(core.clock.now(), zone);
  if (past) {
    throw new ApiError('invalid_input', 'This reminder would be due in the past. Save it anyway, or choose a later date.', 'confirmPast');
  }
}

export function createReminder(core: Core, input: ParsedInput<'reminders.create'>): Reminder {
  if (input.about) assertSubject(core, input.about, 'reminders');
  const timeZone = input.timeZone ?? core.timeZone;
  checkNotPast(core, input.dueOn, input.dueTime, timeZone, input.confirmPast);
  const id = insertReminder(core, { ...input, timeZone });
  return getReminder(core, id);
}

export function updateReminder(core: Core, input: ParsedInput<'reminders.update'>): Reminder {
  const row = reminderRow(core, input.id);
  if (input.about) assertSubject(core, input.about, 'reminders');
  const patch: Record<string, SqlValue> = {};
  if (input.title !== undefined) patch.title = input.title;
  if (input.kind !== undefined) patch.kind = input.kind;
  if (input.notes !== undefined) patch.notes = input.notes;
  if (input.about !== undefined) {
    patch.subject_type = input.about?.kind ?? null;
    patch.subject_id = input.about?.id ?? null;
  }
  if (input.repeat !== undefined) patch.repeat = storedRepeat(input.repeat, input.dueOn ?? row.due_on);
  const dueOn = input.dueOn ?? row.due_on;
  const dueTime = input.dueTime === undefined ? row.due_time : input.dueTime;
  const zone = input.timeZone ?? row.time_zone;
  if (dueOn !== row.due_on || dueTime !== row.due_time || zone !== row.time_zone) {
    checkNotPast(core, dueOn, dueTime, zone, input.confirmPast);
    Object.assign(patch, dueColumns(dueOn, dueTime, zone));
    // A new due date replaces any snooze; the same one given again (a form saving every field) does not.
    patch.snoozed_until = null;
    rearmAlert(core, row.id);
  }
  updateRecord(core, reminderEntity, row.id, patch);
  return getReminder(core, row.id);
}

/** The day a repeating reminder comes back after `day`. */
export function nextOccurrence(day: string, repeat: Repeat): string {
  switch (repeat.every) {
    case 'days':
      return plusDays(day, repeat.interval);
    case 'months':
      return nextMonthOn(day, repeat.day ?? Number(day.slice(8)));
    case 'weeks': {
      let next = plusDays(day, 1);
      while (!repeat.days.includes(weekdayOf(next))) next = plusDays(next, 1);
      return next;
    }
  }
}

/**
 * Marks a reminder done. A repeating one schedules its next occurrence (the first on or after
 * today, so a week away does not leave a pile of missed ones); its id comes from the one done,
 * so two laptops completing the same occurrence make one next reminder, not two. (A call, email,
 * meeting or check-in done with a contact counts as reaching them: see the contact nudge rule.)
 */
export function completeReminder(core: Core, id: string): { done: Reminder; next: Reminder | null } {
  const row = reminderRow(core, id);
  if (row.status !== 'open') throw new ApiError('invalid_input', 'This reminder is already closed.', 'id');
  updateRecord(core, reminderEntity, id, { status: 'done', done_at: core.clock.now().toISOString() });
  const today = dayIn(core.clock.now(), core.timeZone);
  return { done: getReminder(core, id), next: row.repeat ? scheduleNext(core, row, today) : null };
}

/** The id of the occurrence a repeating reminder's completion makes. */
const nextIdOf = (id: string) => derivedId(`next:${id}`);

/**
 * The next occurrence of a repeating reminder, on or after today. Completed once, undone and
 * completed again, it is the same occurrence made open again, not a second one.
 */
function scheduleNext(core: Core, row: ReminderRow, today: string): Reminder {
  const repeat = JSON.parse(row.repeat!) as Repeat;
  let day = nextOccurrence(row.due_on, repeat);
  while (day < today) day = nextOccurrence(day, repeat);
  const nextId = nextIdOf(row.id);
  if (statement(core.db, 'SELECT 1 FROM reminders WHERE id = ?').get(nextId)) {
    updateRecord(core, reminderEntity, nextId, {
      ...dueColumns(day, row.due_time, row.time_zone),
      missed: 0,
      status: 'open',
      done_at: null,
      snoozed_until: null,
    });
    rearmAlert(core, nextId);
  } else {
    insertReminder(
      core,
      {
        title: row.title,
        kind: row.kind,
        about: row.subject_type && row.subject_id ? { kind: row.subject_type, id: row.subject_id } : null,
        notes: row.notes,
        dueOn: day,
        dueTime: row.due_time,
        timeZone: row.time_zone,
        repeat,
        rule: row.rule ?? undefined,
        ruleKey: row.rule_key ?? undefined,
      },
      nextId,
    );
  }
  return getReminder(core, nextId);
}

export function dismissReminder(core: Core, id: string): Reminder {
  const row = reminderRow(core, id);
  if (row.status !== 'open') throw new ApiError('invalid_input', 'This reminder is already closed.', 'id');
  updateRecord(core, reminderEntity, id, { status: 'dismissed', done_at: null });
  return getReminder(core, id);
}

/**
 * Undoes a completion or dismissal (a misclick): the reminder is open again, due as before, and
 * the occurrence its completion scheduled steps aside, so the series is not there twice.
 */
export function reopenReminder(core: Core, id: string): Reminder {
  reminderRow(core, id);
  updateRecord(core, reminderEntity, id, { status: 'open', done_at: null });
  const next = statement(core.db, "SELECT id FROM reminders WHERE id = ? AND status = 'open'").get(nextIdOf(id)) as { id: string } | undefined;
  if (next) updateRecord(core, reminderEntity, next.id, { status: 'dismissed' });
  return getReminder(core, id);
}

/** This laptop notifies the reminder again when its (new) moment comes. */
export function rearmAlert(core: Core, id: string): void {
  statement(core.db, 'DELETE FROM reminder_alerts WHERE reminder_id = ?').run(id);
}

/**
 * A record's reminders: open ones by due date, then the closed ones, latest first. A candidate's
 * include those about their submissions: chasing a client about them is following up on them too.
 */
export function remindersAbout(core: Core, input: ParsedInput<'reminders.list'>): Reminder[] {
  assertSubject(core, input.about, 'reminders');
  const order = `ORDER BY r.status != 'open', CASE WHEN r.status = 'open' THEN ${EFFECTIVE_DUE} END, r.updated_at DESC LIMIT 200`;
  const rows =
    input.about.kind === 'candidate'
      ? statement(
          core.db,
          `${selectReminders} WHERE r.deleted_at IS NULL AND (
             (r.subject_type = 'candidate' AND r.subject_id = ?) OR
             (r.subject_type = 'submission' AND r.subject_id IN (SELECT id FROM submissions WHERE candidate_id = ? AND deleted_at IS NULL)))
           ${order}`,
        ).all(input.about.id, input.about.id)
      : statement(core.db, `${selectReminders} WHERE r.subject_type = ? AND r.subject_id = ? AND r.deleted_at IS NULL ${order}`).all(
          input.about.kind,
          input.about.id,
        );
  return (rows as ReminderRow[]).map((row) => toReminder(core, row));
}
