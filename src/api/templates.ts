import { z } from 'zod';
import { Id, requiredText } from './common';
import { noteSubjects } from './notes';

export const templateIds = ['interview_thank_you', 'feedback_chase', 'check_in', 'submission_cover'] as const;
export type TemplateId = (typeof templateIds)[number];

/** The fields a template can name as {{field}}, filled from the record the message is about. */
export const templateFields = {
  candidate: 'Candidate’s full name',
  candidateFirstName: 'Candidate’s first name',
  job: 'Job title',
  client: 'Client company',
  contact: 'Client contact’s full name (hiring manager first, else HR)',
  contactFirstName: 'Client contact’s first name',
  interviewDate: 'Date of the latest interview',
  stage: 'Current stage of the submission',
  signature: 'Your signature (Settings → Your profile)',
  recruiterName: 'Your name (Settings → Your profile)',
  recruiterEmail: 'Your email address (Settings → Your profile)',
  recruiterPhone: 'Your phone number (Settings → Your profile)',
} as const;
export type TemplateField = keyof typeof templateFields;

/** The fields filled from the recruiter's own profile, not from the record: the composer says where to set them. */
export const profileFields: readonly TemplateField[] = ['signature', 'recruiterName', 'recruiterEmail', 'recruiterPhone'];

export interface MessageTemplate {
  id: TemplateId;
  name: string;
  /** Who it goes to: the candidate or the client's contact. */
  to: 'candidate' | 'contact';
  subject: string;
  body: string;
  /** Whether it still reads as Shortlist wrote it. */
  isDefault: boolean;
}

export const TemplateSaveInput = z.strictObject({
  id: z.enum(templateIds),
  subject: requiredText(300, 'Write a subject line'),
  body: requiredText(10_000, 'Write the message'),
});
export type TemplateSaveInput = z.input<typeof TemplateSaveInput>;

export const TemplateResetInput = z.strictObject({ id: z.enum(templateIds) });

export const TemplateRenderInput = z.strictObject({
  id: z.enum(templateIds),
  about: z.strictObject({ kind: z.enum(noteSubjects), id: Id }),
});
export type TemplateRenderInput = z.input<typeof TemplateRenderInput>;

/** A message ready to open in the mail program or copy. */
export interface RenderedMessage {
  to: { name: string; email: string | null } | null;
  subject: string;
  body: string;
  /** Fields the record could not fill, left visible as {{field}} for the recruiter to complete. */
  missing: TemplateField[];
  /** Fields of the recruiter's profile (Settings) not set yet, left visible as {{field}} too. */
  profileMissing: TemplateField[];
}
