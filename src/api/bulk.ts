import { z } from 'zod';
import { CandidateListInput } from './candidates';
import { ClientListInput } from './clients';
import { JobListInput } from './jobs';
import { Id, requiredText } from './common';
import { NoteAddInput } from './notes';
import { ReminderCreateInput } from './reminders';
import { TagName, taggables } from './tags';

/** Most records one call can name by id; "everything matching" has no limit and names none. */
export const MAX_PICKED = 100_000;

export const CandidateFilters = CandidateListInput.omit({ cursor: true, limit: true, sort: true });
export type CandidateFilters = z.input<typeof CandidateFilters>;
export const ClientFilters = ClientListInput.omit({ cursor: true, limit: true, sort: true });
export type ClientFilters = z.input<typeof ClientFilters>;
export const JobFilters = JobListInput.omit({ cursor: true, limit: true, sort: true });
export type JobFilters = z.input<typeof JobFilters>;

const except = z.array(Id).max(MAX_PICKED).default([]);

/**
 * What a bulk action applies to: records picked one by one, or every candidate (client, job)
 * matching a list's search and filters except those unticked. The second names no ids, so
 * selecting 100,000 candidates never sends them to the window: the core resolves the filters
 * when the action runs. Contacts, a shortlist and a board column are picked (all of them are shown).
 */
export const Selection = z.union([
  z.strictObject({
    kind: z.enum(taggables),
    ids: z.array(Id).min(1, 'Select at least one record').max(MAX_PICKED, `Select at most ${MAX_PICKED} records at once`),
  }),
  z.strictObject({ kind: z.literal('candidate'), matching: CandidateFilters, except }),
  z.strictObject({ kind: z.literal('client'), matching: ClientFilters, except }),
  z.strictObject({ kind: z.literal('job'), matching: JobFilters, except }),
]);
export type Selection = z.input<typeof Selection>;

const candidatesOnly = (what: string) =>
  Selection.refine((s) => s.kind === 'candidate', { message: `Only candidates can be ${what}`, path: ['kind'] });

export const SelectionInput = z.strictObject({ selection: Selection });

export const BulkTagInput = z.strictObject({
  selection: Selection,
  tags: z.array(TagName).min(1, 'Type at least one tag').max(20),
});

export const BulkShortlistInput = z.strictObject({ selection: Selection, shortlistId: Id });

export const BulkSubmitInput = z.strictObject({ selection: candidatesOnly('submitted to a job'), jobId: Id });

export const BulkNoteInput = z.strictObject({
  selection: Selection,
  body: NoteAddInput.shape.body,
  /** A plain note, or what happened (a call, an email) once notes have kinds for it. */
  kind: NoteAddInput.shape.kind,
});

export const BulkFollowUpInput = z.strictObject({
  selection: Selection,
  title: requiredText(200, 'Say what to follow up'),
  dueOn: ReminderCreateInput.shape.dueOn,
});

/** Candidates and jobs have an owner; clients and contacts do not. */
export const BulkOwnerInput = z.strictObject({
  selection: Selection.refine((s) => s.kind === 'candidate' || s.kind === 'job', {
    message: 'Only candidates and jobs can be given an owner',
    path: ['kind'],
  }),
  owner: z.string().trim().max(200).transform((v) => (v === '' ? null : v)),
});

export const UndoInput = z.strictObject({ token: Id });

/** A record a bulk action left alone, and why, in the recruiter's words. */
export interface Skipped {
  id: string;
  name: string;
  reason: string;
}

/** What a bulk action did, record by record where it did not. */
export interface BulkSummary {
  /** "Tagged 9,800 candidates “java”." */
  message: string;
  done: number;
  /** Every record left alone (up to 500, then `skippedCount` says how many more). */
  skipped: Skipped[];
  skippedCount: number;
  /** Give it to bulk.undo to reverse exactly this action; null when it changed nothing. */
  undo: string | null;
}
