import { z } from 'zod';
import { Id, IdInput, optionalText, requiredText, TimeZone } from './common';
import { weekdays } from './intake';
import { noteSubjects, type NoteSubject } from './notes';

export const reminderKinds = ['call', 'email', 'meeting', 'check_in', 'other'] as const;
export type ReminderKind = (typeof reminderKinds)[number];
export const reminderKindLabels: Record<ReminderKind, string> = {
  call: 'Call',
  email: 'Email',
  meeting: 'Meeting',
  check_in: 'Check-in',
  other: 'Other',
};

/** A reminder is about the same kinds of record a note can be. */
const About = z.strictObject({ kind: z.enum(noteSubjects), id: Id });

const Day = z.iso.date({ message: 'Use a date like 2026-11-22' });
const TimeOfDay = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time like 09:30');

/** How a reminder comes back once done: every N days, weekly on chosen days, or monthly on its day. */
export const Repeat = z.discriminatedUnion('every', [
  z.strictObject({
    every: z.literal('days'),
    interval: z.number({ message: 'Enter every how many days' }).int('Use whole days').min(1, 'Use 1 day or more').max(365),
  }),
  z.strictObject({
    every: z.literal('weeks'),
    days: z
      .array(z.enum(weekdays))
      .min(1, 'Choose at least one day of the week')
      .max(7)
      .transform((days) => weekdays.filter((day) => days.includes(day))),
  }),
  z.strictObject({
    every: z.literal('months'),
    /** The day of the month it keeps to (the 31st falls on each month's last day); its due day's when left out. */
    day: z.number().int().min(1).max(31).optional(),
  }),
]);
export type Repeat = z.output<typeof Repeat>;

const reminderFields = {
  title: requiredText(300, 'Say what to do'),
  kind: z.enum(reminderKinds, { message: 'Choose call, email, meeting, check-in or other' }),
  about: About.nullable(),
  dueOn: Day,
  /** Blank means any time that day; the reminder then falls due at 9:00. */
  dueTime: TimeOfDay.nullable(),
  /** The zone the recruiter means the date and time in; this computer's zone when left out. */
  timeZone: TimeZone,
  notes: optionalText(5000),
  repeat: Repeat.nullable(),
};

/**
 * A reminder due in the past is most often a slip (last year, the wrong month): it is saved only
 * when the recruiter confirms they mean it.
 */
const confirmPast = z.boolean().default(false);

export const ReminderCreateInput = z.strictObject({
  ...reminderFields,
  confirmPast,
  kind: reminderFields.kind.default('other'),
  about: reminderFields.about.default(null),
  dueTime: reminderFields.dueTime.default(null),
  timeZone: reminderFields.timeZone.optional(),
  notes: reminderFields.notes.default(null),
  repeat: reminderFields.repeat.default(null),
});
export type ReminderCreateInput = z.input<typeof ReminderCreateInput>;

/** Only the fields given change; the others (a snooze included) stay as they are. */
export const ReminderUpdateInput = z
  .strictObject({ id: Id, confirmPast })
  .extend(z.strictObject(reminderFields).partial().shape);
export type ReminderUpdateInput = z.input<typeof ReminderUpdateInput>;

export const snoozePresets = ['later_today', 'tomorrow_morning', 'next_week'] as const;
export type SnoozePreset = (typeof snoozePresets)[number];
export const snoozePresetLabels: Record<SnoozePreset, string> = {
  later_today: 'Later today',
  tomorrow_morning: 'Tomorrow morning',
  next_week: 'Next week',
};

export const ReminderSnoozeInput = z.strictObject({
  id: Id,
  until: z.union([
    z.enum(snoozePresets),
    z.strictObject({ on: Day, time: TimeOfDay.nullable().default(null) }),
  ]),
});
export type ReminderSnoozeInput = z.input<typeof ReminderSnoozeInput>;

export const ReminderListInput = z.strictObject({ about: About });
export { IdInput as ReminderIdInput };

/** The rules by which Shortlist proposes follow-ups itself. */
export const ruleNames = [
  'chase_feedback',
  'interview_debrief',
  'intake_check_in',
  'offer_follow_up',
  'placement_check_in',
  'submission_target',
  'contact_nudge',
  'chase_payment',
] as const;
export type RuleName = (typeof ruleNames)[number];

export const ruleLabels: Record<RuleName, string> = {
  chase_feedback: 'Chase client feedback',
  interview_debrief: 'Debrief after an interview',
  intake_check_in: 'Client check-in agreed at intake',
  offer_follow_up: 'Follow up an open offer',
  placement_check_in: 'Placement check-ins',
  submission_target: 'Submission target at risk',
  contact_nudge: 'Keep in touch with a contact',
  chase_payment: 'Chase an overdue invoice',
};

export const RuleSettingInput = z.strictObject({
  rule: z.enum(ruleNames),
  enabled: z.boolean(),
  days: z.number({ message: 'Enter a number of days' }).int('Use whole days').min(0, 'Use 0 days or more').max(365).nullable(),
});
export const RulesSaveInput = z.strictObject({ rules: z.array(RuleSettingInput).max(ruleNames.length) });
export type RulesSaveInput = z.input<typeof RulesSaveInput>;

export interface RuleSetting {
  rule: RuleName;
  label: string;
  /** What the rule watches for, in a sentence that names its days. */
  description: string;
  enabled: boolean;
  /** Null for rules with no days to set. */
  days: number | null;
  daysLabel: string | null;
}

export type ReminderState = 'open' | 'snoozed' | 'done' | 'dismissed' | 'resolved';
export const reminderStateLabels: Record<ReminderState, string> = {
  open: 'Open',
  snoozed: 'Snoozed',
  done: 'Done',
  dismissed: 'Dismissed',
  resolved: 'No longer needed',
};

export interface Reminder {
  id: string;
  title: string;
  kind: ReminderKind;
  about: { kind: NoteSubject; id: string; name: string } | null;
  notes: string | null;
  dueOn: string;
  dueTime: string | null;
  timeZone: string;
  /** When it falls due, as an instant: the snooze's end while snoozed. */
  dueAt: string;
  state: ReminderState;
  snoozedUntil: string | null;
  doneAt: string | null;
  repeat: Repeat | null;
  /** The rule that proposed it; null for the recruiter's own. */
  rule: RuleName | null;
  /** For a repeating one: how many occurrences went by undone before this one (they are not kept as a backlog). */
  missed: number;
  createdAt: string;
}

/** The home screen: what is late, what is for today, what is coming this week. */
export interface Today {
  day: string;
  /** Late by more than a week: shown folded, to be cleared in one go. */
  older: Reminder[];
  /** Late by a week or less. */
  overdue: Reminder[];
  today: Reminder[];
  upcoming: Reminder[];
  /** How many each group holds (a group lists its first few hundred). */
  counts: { older: number; overdue: number; today: number; upcoming: number };
  /** Overdue and due today: the number on the sidebar and the dock badge. */
  dueCount: number;
}

export const CalendarExportInput = z
  .strictObject({ reminderId: Id.optional(), interviewId: Id.optional() })
  .refine((input) => !(input.reminderId && input.interviewId), 'Export one reminder or one interview, not both');
export type CalendarExportInput = z.input<typeof CalendarExportInput>;

/** Reminders that fell due since this laptop last looked, each notified once. */
export interface DueAlerts {
  /** The first few, to notify one by one. */
  reminders: Reminder[];
  /** How many fell due in all (a summary when there are many). */
  total: number;
  /** The due count after these, for the dock badge. */
  dueCount: number;
}

/** The recruiter's working week: snooze presets and follow-up dates land on these days and hours. */
export const WorkingTimeInput = z
  .strictObject({
    days: z
      .array(z.enum(weekdays))
      .min(1, 'Choose at least one working day')
      .max(7)
      .transform((days) => weekdays.filter((day) => days.includes(day))),
    startsAt: TimeOfDay,
    endsAt: TimeOfDay,
  })
  .refine((time) => time.startsAt < time.endsAt, { message: 'The working day ends after it starts', path: ['endsAt'] });
export type WorkingTimeInput = z.input<typeof WorkingTimeInput>;
export type WorkingTime = z.output<typeof WorkingTimeInput>;

/** Where each snooze preset would put a reminder now, and why one cannot be chosen. */
export interface SnoozeChoice {
  preset: SnoozePreset;
  /** The instant it would end; null when there is none (too late today). */
  until: string | null;
  /** Why it cannot be chosen (it would bring the reminder forward); null when it can. */
  refused: string | null;
}

/** Puts back the snooze a reminder had before one was chosen (null: it had none): the snooze toast's Undo. */
export const ReminderUnsnoozeInput = z.strictObject({ id: Id, snoozedUntil: z.iso.datetime().nullable() });
export type ReminderUnsnoozeInput = z.input<typeof ReminderUnsnoozeInput>;

/** Follow-ups picked on Today (the old overdue ones, most often), closed or snoozed at once. */
const Picked = z.array(Id).min(1, 'Select at least one follow-up').max(1000, 'Select at most 1,000 follow-ups at once');
export const RemindersCloseManyInput = z.strictObject({ ids: Picked, as: z.enum(['done', 'dismissed']) });
export type RemindersCloseManyInput = z.input<typeof RemindersCloseManyInput>;
export const RemindersSnoozeManyInput = z.strictObject({ ids: Picked, until: ReminderSnoozeInput.shape.until });
export type RemindersSnoozeManyInput = z.input<typeof RemindersSnoozeManyInput>;

/** How each follow-up stood before a change to many, so Undo can put every one back. */
export interface ReminderBefore {
  id: string;
  status: 'open';
  snoozedUntil: string | null;
}
export const RemindersRestoreInput = z.strictObject({
  before: z.array(z.strictObject({ id: Id, status: z.literal('open'), snoozedUntil: z.iso.datetime().nullable() })).max(1000),
});
export type RemindersRestoreInput = z.input<typeof RemindersRestoreInput>;

export interface ManyChanged {
  /** "Closed 12 follow-ups." */
  message: string;
  changed: number;
  /** Picked but left alone: already closed, gone, or (snoozing) due later than the snooze. */
  skipped: number;
  before: ReminderBefore[];
}
