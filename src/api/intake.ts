import { z } from 'zod';
import { Id, optionalDay, optionalText } from './common';

export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof weekdays)[number];

export const urgencies = ['low', 'normal', 'high', 'critical'] as const;
export type Urgency = (typeof urgencies)[number];

/** A list of short phrases (skills, words), trimmed, blanks dropped, each kept once. */
const phrases = (what: string) =>
  z
    .array(z.string().trim().max(100, `Keep each ${what} under 100 characters`))
    .max(50, `List at most 50 ${what}s`)
    .transform((items) =>
      items.filter((item, i) => item !== '' && items.findIndex((o) => o.toLowerCase() === item.toLowerCase()) === i),
    );

export const InterviewStage = z.strictObject({
  name: z.string({ message: 'Name this interview stage' }).trim().min(1, 'Name this interview stage').max(100),
  interviewerIds: z.array(Id).max(20).default([]),
  /** Interviewers who are not contacts yet, in the client's words ("two senior engineers"). */
  interviewersNote: optionalText(300).default(null),
});
export type InterviewStage = z.output<typeof InterviewStage>;

export const SubmissionTarget = z.strictObject({
  count: z
    .number({ message: 'Enter how many candidates to submit' })
    .int('Use a whole number')
    .min(1, 'Submit at least one candidate')
    .max(100, 'Use 100 or fewer'),
  byDate: optionalDay.default(null),
});

export const MeetingCadence = z.strictObject({
  timesPerWeek: z
    .number({ message: 'Enter how many times a week' })
    .int('Use a whole number')
    .min(1, 'Meet at least once a week')
    .max(7, 'A week has seven days'),
  days: z
    .array(z.enum(weekdays))
    .max(7)
    .default([])
    .transform((days) => weekdays.filter((day) => days.includes(day))),
});

/** Every section of an intake; each may be left empty. */
export const intakeSectionSchemas = {
  mustHave: phrases('skill').default([]),
  niceToHave: phrases('skill').default([]),
  hiringManagerWants: optionalText(10_000).default(null),
  hrWants: optionalText(10_000).default(null),
  idealCandidateWords: phrases('word').default([]),
  submissionTarget: SubmissionTarget.nullable().default(null),
  meetingCadence: MeetingCadence.nullable().default(null),
  interviewStages: z.array(InterviewStage).max(15, 'At most 15 interview stages').default([]),
  compensation: optionalText(10_000).default(null),
  sellingPoints: optionalText(10_000).default(null),
  dealBreakers: optionalText(10_000).default(null),
  urgency: z.enum(urgencies, { message: 'Choose low, normal, high or critical' }).nullable().default(null),
  targetDaysToHire: z
    .number({ message: 'Enter the target in days' })
    .int('Use whole days')
    .min(1, 'Use 1 day or more')
    .max(365, 'Use 365 days or fewer')
    .nullable()
    .default(null),
};
export type IntakeSection = keyof typeof intakeSectionSchemas;
export const intakeSections = Object.keys(intakeSectionSchemas) as IntakeSection[];

/**
 * The sections an intake asks and counts. How urgent the hire is, is the job's priority, asked
 * once with the job: an urgency recorded by an older intake is kept and shown, never asked again.
 */
export const askedSections = intakeSections.filter((section) => section !== 'urgency');

export const IntakeSections = z.strictObject(intakeSectionSchemas);

/** A section counts as agreed when it holds something: not blank, not an empty list. */
export function isSectionFilled(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (Array.isArray(value)) return value.length > 0;
  return typeof value !== 'string' || value.trim() !== '';
}
export type IntakeSections = z.output<typeof IntakeSections>;

/** Saving an intake adds a revision; earlier ones stay readable. */
export const IntakeSaveInput = z.strictObject({
  jobId: Id,
  heldOn: optionalDay.optional(),
  attendeeIds: z.array(Id).max(30).default([]),
  /** Why the requirements changed, when revising. */
  reason: optionalText(2000).default(null),
  ...intakeSectionSchemas,
});
export type IntakeSaveInput = z.input<typeof IntakeSaveInput>;

export const IntakeHistoryInput = z.strictObject({ jobId: Id });

export interface IntakeRevision extends IntakeSections {
  id: string;
  jobId: string;
  /** 1 for the first intake meeting, then one more for each revision. */
  revision: number;
  heldOn: string;
  attendees: { id: string; name: string; role: string }[];
  reason: string | null;
  /** What differs from the revision before (empty for the first). */
  changed: (IntakeSection | 'heldOn' | 'attendees')[];
  createdAt: string;
}

export interface Completeness {
  done: number;
  total: number;
  /** What is still missing, in words for the recruiter ("No interview process"). */
  missing: { section: IntakeSection | 'intake'; label: string }[];
}

export interface JobBrief {
  title: string;
  subtitle: string;
  sections: { heading: string; lines: string[] }[];
  /** The same brief as plain text, to paste into an email. */
  text: string;
}

/** How each section is named to the recruiter, in the intake form, the indicator and the brief. */
export const intakeSectionTitles: Record<IntakeSection, string> = {
  mustHave: 'Must-have skills',
  niceToHave: 'Nice-to-have skills',
  hiringManagerWants: 'What the hiring manager looks for',
  hrWants: 'What HR looks for',
  idealCandidateWords: 'Words for the ideal candidate',
  submissionTarget: 'Submission target',
  meetingCadence: 'Meeting cadence',
  interviewStages: 'Interview process',
  compensation: 'Compensation and benefits',
  sellingPoints: 'Selling points',
  dealBreakers: 'Deal-breakers',
  urgency: 'Urgency',
  targetDaysToHire: 'Target time to hire',
};

export const urgencyLabels: Record<Urgency, string> = { low: 'Low', normal: 'Normal', high: 'High', critical: 'Critical' };
export const weekdayLabels: Record<Weekday, string> = {
  mon: 'Mon',
  tue: 'Tue',
  wed: 'Wed',
  thu: 'Thu',
  fri: 'Fri',
  sat: 'Sat',
  sun: 'Sun',
};
