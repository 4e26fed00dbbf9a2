import { z } from 'zod';
import { Id, Money, optionalText, TimeZone } from './common';

/** The road to a placement, in order; moving left along it is going backwards. */
export const openStages = ['shortlisted', 'submitted', 'client_reviewing', 'interviewing', 'offer', 'placed'] as const;
/** Where a submission ends when it does not end in a placement. */
export const closedStages = ['rejected', 'withdrawn', 'lost'] as const;
export const stages = [...openStages, ...closedStages] as const;
export type StageName = (typeof stages)[number];

export const stageLabels: Record<StageName, string> = {
  shortlisted: 'Shortlisted',
  submitted: 'Submitted to client',
  client_reviewing: 'Client reviewing',
  interviewing: 'Interviewing',
  offer: 'Offer',
  placed: 'Placed',
  rejected: 'Rejected by client',
  withdrawn: 'Withdrawn by candidate',
  lost: 'Lost to a competitor',
};

export const isClosed = (stage: StageName): boolean => (closedStages as readonly string[]).includes(stage);

export const SubmissionCreateInput = z.strictObject({
  candidateId: Id,
  jobId: Id,
  stage: z.enum(['shortlisted', 'submitted']).default('shortlisted'),
});
export type SubmissionCreateInput = z.input<typeof SubmissionCreateInput>;

export const PlacementInput = z.strictObject({
  startOn: z.iso.date({ message: 'Use a date like 2026-11-22' }),
  salary: Money,
});

export const SubmissionMoveInput = z.strictObject({
  id: Id,
  stage: z.enum(stages, { message: 'Choose a stage' }),
  /** The interview step from the job's intake, when moving to interviewing. */
  step: optionalText(100).default(null),
  /** Why: needed for a rejection, a withdrawal, and any move backwards or out of a closed outcome. */
  reason: optionalText(2000).default(null),
  /** Needed when moving to placed. */
  placement: PlacementInput.nullable().default(null),
});
export type SubmissionMoveInput = z.input<typeof SubmissionMoveInput>;

export const interviewFormats = ['phone', 'video', 'onsite'] as const;
export type InterviewFormat = (typeof interviewFormats)[number];
export const interviewFormatLabels: Record<InterviewFormat, string> = { phone: 'Phone', video: 'Video call', onsite: 'On site' };

const interviewFields = {
  /** An instant (ISO 8601 with offset or Z), so it means the same moment on every laptop. */
  startsAt: z.iso.datetime({ offset: true, message: 'Use a date and time like 2026-11-24T14:00:00+01:00' }),
  /** The IANA zone the recruiter scheduled it in, to show it as they meant it. */
  timeZone: TimeZone,
  durationMinutes: z.number().int().min(5).max(600).default(60),
  step: optionalText(100).default(null),
  interviewerIds: z.array(Id).max(20).default([]),
  format: z.enum(interviewFormats, { message: 'Choose phone, video call or on site' }).default('video'),
  place: optionalText(500).default(null),
};

export const InterviewScheduleInput = z.strictObject({ submissionId: Id, ...interviewFields });
export type InterviewScheduleInput = z.input<typeof InterviewScheduleInput>;

export const InterviewUpdateInput = z
  .strictObject({ id: Id })
  .extend(z.strictObject(interviewFields).partial().shape)
  .extend({ cancelled: z.boolean().optional() });
export type InterviewUpdateInput = z.input<typeof InterviewUpdateInput>;

export const sentiments = ['positive', 'mixed', 'negative'] as const;
export type Sentiment = (typeof sentiments)[number];

export const FeedbackAddInput = z.strictObject({
  submissionId: Id,
  contactId: Id.nullable().default(null),
  receivedOn: z.iso.date({ message: 'Use a date like 2026-11-22' }).optional(),
  sentiment: z.enum(sentiments, { message: 'Choose positive, mixed or negative' }),
  concerns: z
    .array(z.string().trim().max(300))
    .max(20)
    .default([])
    .transform((items) => items.filter((c) => c !== '')),
  text: optionalText(10_000).default(null),
  /** Logged before the interview it is likely about has happened: saved only when the recruiter confirms. */
  confirmEarly: z.boolean().default(false),
});
export type FeedbackAddInput = z.input<typeof FeedbackAddInput>;


export const ProfileInput = z.strictObject({ id: Id, includeContactDetails: z.boolean().default(false) });

export interface StageChange {
  id: string;
  stage: StageName;
  step: string | null;
  reason: string | null;
  at: string;
  by: string;
}

export interface Interview {
  id: string;
  submissionId: string;
  startsAt: string;
  timeZone: string;
  durationMinutes: number;
  step: string | null;
  interviewers: { id: string; name: string }[];
  format: InterviewFormat;
  place: string | null;
  cancelled: boolean;
}

export interface Feedback {
  id: string;
  submissionId: string;
  contact: { id: string; name: string } | null;
  receivedOn: string;
  sentiment: Sentiment;
  concerns: string[];
  text: string | null;
  createdAt: string;
}

export interface Placement {
  startOn: string;
  salary: Money;
  /** From the job's fee: a share of the salary, or the flat amount. */
  fee: Money | null;
  /** The start date plus the client's guarantee period. */
  guaranteeEndsOn: string | null;
}

export interface Submission {
  id: string;
  candidateId: string;
  candidateName: string;
  jobId: string;
  jobTitle: string;
  clientId: string;
  clientName: string;
  stage: StageName;
  step: string | null;
  stageSince: string;
  placement: Placement | null;
  createdAt: string;
}

export interface PrepNote {
  id: string;
  body: string;
  createdAt: string;
}

export type TimelineEntry =
  | { kind: 'stage'; at: string; change: StageChange }
  | { kind: 'interview'; at: string; interview: Interview }
  | { kind: 'feedback'; at: string; feedback: Feedback }
  | { kind: 'prep'; at: string; note: PrepNote };

export interface SubmissionDetail {
  submission: Submission;
  history: StageChange[];
  interviews: Interview[];
  feedback: Feedback[];
  prepNotes: PrepNote[];
  /** Everything above as one story, newest first. */
  timeline: TimelineEntry[];
  /** The interview steps agreed at intake, offered when moving to interviewing. */
  interviewSteps: string[];
}

export interface BoardCard {
  id: string;
  candidateId: string;
  candidateName: string;
  currentTitle: string | null;
  stage: StageName;
  step: string | null;
  stageSince: string;
  latestFeedback: { sentiment: Sentiment; text: string | null; receivedOn: string } | null;
}

export interface Board {
  jobId: string;
  columns: { stage: StageName; cards: BoardCard[] }[];
  interviewSteps: string[];
}

export interface SubmittalProfile {
  candidateName: string;
  headline: string;
  sections: { heading: string; text: string }[];
  text: string;
}
