import type { Weekday } from '../../src/api/intake';
import type { Reminder, ReminderCreateInput, ReminderKind, Repeat } from '../../src/api/reminders';
import { firstWorkingDayFrom, type WorkingWeek } from '../../src/api/workingDays';
import { localTimeZone } from '../submissions/submission/interviewTime';
import { todayDay } from '../ui/dates';
import type { LinkedRecord } from './followUpStore';

/** The form's text, keyed by the contract's paths so the core's word on a field lands under it. */
export type ReminderDraft = {
  title: string;
  kind: string;
  dueOn: string;
  dueTime: string;
  notes: string;
  /** '' for a one-off, else how it repeats. */
  'repeat.every': string;
  'repeat.interval': string;
  /** The chosen weekdays, comma-separated. */
  'repeat.days': string;
};

/**
 * An edited reminder's fields, or a new one's: a call due today, or on the recruiter's next working
 * day if they do not work today (today when their week could not be read).
 */
export function reminderDraft(reminder: Reminder | null, week: WorkingWeek | null): ReminderDraft {
  const repeat = reminder?.repeat;
  return {
    title: reminder?.title ?? '',
    kind: reminder?.kind ?? 'call',
    dueOn: reminder?.dueOn ?? (week ? firstWorkingDayFrom(todayDay(), week) : todayDay()),
    dueTime: reminder?.dueTime ?? '',
    notes: reminder?.notes ?? '',
    'repeat.every': repeat?.every ?? '',
    'repeat.interval': repeat?.every === 'days' ? String(repeat.interval) : '7',
    'repeat.days': repeat?.every === 'weeks' ? repeat.days.join(',') : '',
  };
}

export const chosenDays = (draft: ReminderDraft) => draft['repeat.days'].split(',').filter(Boolean) as Weekday[];

function repeatOf(draft: ReminderDraft): Repeat | null {
  switch (draft['repeat.every']) {
    case 'days':
      return { every: 'days', interval: draft['repeat.interval'].trim() === '' ? NaN : Number(draft['repeat.interval']) };
    case 'weeks':
      return { every: 'weeks', days: chosenDays(draft) };
    case 'months':
      return { every: 'months' };
    default:
      return null;
  }
}

/**
 * What the form asks the core for. A new reminder's day and time are meant on this computer's
 * clock; an edited one keeps the zone it was set in, so editing its notes from another time zone
 * does not move it.
 */
export function reminderInput(draft: ReminderDraft, about: LinkedRecord | null, timeZone = localTimeZone()): ReminderCreateInput {
  return {
    title: draft.title,
    kind: draft.kind as ReminderKind,
    about: about && { kind: about.kind, id: about.id },
    dueOn: draft.dueOn,
    dueTime: draft.dueTime || null,
    timeZone,
    notes: draft.notes,
    repeat: repeatOf(draft),
  };
}
