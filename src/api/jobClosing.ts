import { z } from 'zod';
import { Id, optionalText } from './common';
import type { StageName } from './submissions';

/**
 * What happens to a candidate still on a job that is being closed: told it is filled (a
 * follow-up to tell them, and their submission closes), rejected with a reason, or kept for
 * another job (their submission stays as it is, with a follow-up to find them one).
 */
export const afterClosing = ['notify', 'reject', 'keep'] as const;
export type AfterClosing = (typeof afterClosing)[number];
export const afterClosingLabels: Record<AfterClosing, string> = {
  notify: 'Tell them it is filled',
  reject: 'Reject with a reason',
  keep: 'Keep for another job',
};

/** A job whose openings are all placed, and who else is still on it. */
export interface ClosingPlan {
  jobId: string;
  jobTitle: string;
  clientName: string;
  openings: number;
  placed: number;
  /** Every opening is placed and the job is still open or on hold: Shortlist proposes closing it. */
  proposeClosing: boolean;
  /** Live submissions of other candidates (not placed, not closed). */
  others: { submissionId: string; candidateId: string; candidateName: string; stage: StageName; upcomingInterviews: number }[];
}

export const JobCloseInput = z.strictObject({
  id: Id,
  /** What becomes of each candidate still on the job; one not named is kept. */
  others: z
    .array(z.strictObject({ submissionId: Id, action: z.enum(afterClosing, { message: 'Choose tell, reject or keep' }) }))
    .max(500)
    .default([]),
  /** The reason recorded on each rejection. */
  reason: optionalText(2000).default(null),
});
export type JobCloseInput = z.input<typeof JobCloseInput>;

export interface JobClosed {
  rejected: number;
  notified: number;
  kept: number;
  interviewsCancelled: number;
}
