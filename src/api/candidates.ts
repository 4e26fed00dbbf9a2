import { z } from 'zod';
import { Id, Money, optionalText, PageInput, requiredText, type Stamps } from './common';

export { Money };
import { stages, type StageName } from './submissions';

export const consentBases = ['consent', 'legitimate_interest', 'contract', 'other'] as const;
export type ConsentBasis = (typeof consentBases)[number];
export const consentBasisLabels: Record<ConsentBasis, string> = {
  consent: 'Consent given',
  legitimate_interest: 'Legitimate interest',
  contract: 'Contract',
  other: 'Other',
};

const Email = z.string().trim().toLowerCase().pipe(z.email({ message: 'Use an email address like name@example.com' }));
const Phone = z
  .string()
  .trim()
  .regex(/^\+?[\d\s().\-–]{5,}$/, 'Use a phone number made of digits, spaces and + ( ) -');
const Url = z
  .string()
  .trim()
  .regex(/^https?:\/\/\S+\.\S+$/i, 'Use a full web address starting with https://');

/** Lists where a person typed several values: blanks dropped, each kept once. */
const list = (item: z.ZodType<string, string>, max: number) =>
  z
    .array(z.string())
    .max(max)
    .transform((items) => items.map((i) => i.trim()).filter((i) => i !== ''))
    .pipe(z.array(item))
    .transform((items: string[]) =>
      items.filter((item, i) => items.findIndex((o) => o.toLowerCase() === item.toLowerCase()) === i),
    );


export const Consent = z.strictObject({
  basis: z.enum(consentBases, { message: 'Choose the basis for holding their data' }),
  on: z.iso.date({ message: 'Use a date like 2026-11-22' }),
  source: optionalText(300).default(null),
});
export type Consent = z.output<typeof Consent>;

/** The questions a recruiter asks at screening. */
export const screeningQuestions = ['whyLooking', 'careerProgression', 'certifications', 'commute', 'salary'] as const;
export type ScreeningQuestion = (typeof screeningQuestions)[number];
export const screeningQuestionLabels: Record<ScreeningQuestion, string> = {
  whyLooking: 'Why are they looking?',
  careerProgression: 'Career progression',
  certifications: 'Certifications',
  commute: 'Commute and location',
  salary: 'Salary expectations',
};
const answers = {
  whyLooking: optionalText(10_000),
  careerProgression: optionalText(10_000),
  certifications: optionalText(10_000),
  commute: optionalText(10_000),
  salary: optionalText(10_000),
} satisfies Record<ScreeningQuestion, unknown>;
export const Screening = z.strictObject({
  whyLooking: answers.whyLooking.default(null),
  careerProgression: answers.careerProgression.default(null),
  certifications: answers.certifications.default(null),
  commute: answers.commute.default(null),
  salary: answers.salary.default(null),
});
export type Screening = z.output<typeof Screening>;

const candidateFields = {
  name: requiredText(200, 'Enter the candidate’s name'),
  emails: list(Email, 10),
  phones: list(Phone, 10),
  location: optionalText(200),
  currentTitle: optionalText(200),
  currentEmployer: optionalText(200),
  skills: list(z.string().max(100, 'Keep each skill under 100 characters'), 100),
  source: optionalText(200),
  salaryExpectation: Money.nullable(),
  availability: optionalText(500),
  workAuthorisation: optionalText(500),
  links: list(Url, 10),
  owner: optionalText(200),
  consent: Consent.nullable(),
  screening: Screening,
};

export const CandidateCreateInput = z.strictObject({
  ...candidateFields,
  emails: candidateFields.emails.default([]),
  phones: candidateFields.phones.default([]),
  location: candidateFields.location.default(null),
  currentTitle: candidateFields.currentTitle.default(null),
  currentEmployer: candidateFields.currentEmployer.default(null),
  skills: candidateFields.skills.default([]),
  source: candidateFields.source.default(null),
  salaryExpectation: candidateFields.salaryExpectation.default(null),
  availability: candidateFields.availability.default(null),
  workAuthorisation: candidateFields.workAuthorisation.default(null),
  links: candidateFields.links.default([]),
  owner: candidateFields.owner.default(null),
  consent: candidateFields.consent.default(null),
  screening: candidateFields.screening.default(Screening.parse({})),
  /** Create it even though it looks like someone already on file. */
  allowDuplicate: z.boolean().default(false),
});
export type CandidateCreateInput = z.input<typeof CandidateCreateInput>;

export const CandidateUpdateInput = z
  .strictObject({ id: Id })
  .extend(z.strictObject(candidateFields).partial().shape)
  /** Only the answers sent change. */
  .extend({ screening: z.strictObject(answers).partial().optional() });
export type CandidateUpdateInput = z.input<typeof CandidateUpdateInput>;

/** Filters combine with each other and with the text query (which searches resumes too). */
export const CandidateListInput = z.strictObject({
  query: z.string().trim().max(200).default(''),
  /** Every one of these skills. */
  skills: z.array(z.string().trim().min(1).max(100)).max(10).default([]),
  location: z.string().trim().max(200).default(''),
  /** The stage of the candidate's most recent submission. */
  stage: z.enum(stages).nullable().default(null),
  owner: z.string().trim().max(200).default(''),
  updatedSince: z.iso.date({ message: 'Use a date like 2026-11-22' }).nullable().default(null),
  sort: z.enum(['name', 'updated']).default('updated'),
  ...PageInput,
});
export type CandidateListInput = z.input<typeof CandidateListInput>;

export const DuplicateCheckInput = z.strictObject({
  name: z.string().trim().max(200).default(''),
  emails: z.array(z.string().max(320)).max(10).default([]),
  phones: z.array(z.string().max(40)).max(10).default([]),
  currentEmployer: z.string().trim().max(200).nullable().default(null),
  /** The candidate being edited, who does not count as their own duplicate. */
  exceptId: Id.nullable().default(null),
});
export type DuplicateCheckInput = z.input<typeof DuplicateCheckInput>;

export interface Candidate extends Stamps {
  name: string;
  emails: string[];
  phones: string[];
  location: string | null;
  currentTitle: string | null;
  currentEmployer: string | null;
  skills: string[];
  source: string | null;
  salaryExpectation: Money | null;
  availability: string | null;
  workAuthorisation: string | null;
  links: string[];
  owner: string | null;
  consent: Consent | null;
  screening: Screening;
  /** The day of the latest call, email, meeting or message noted with them; null before any. */
  lastContactedOn: string | null;
}

export interface CandidateSummary {
  id: string;
  name: string;
  currentTitle: string | null;
  currentEmployer: string | null;
  location: string | null;
  skills: string[];
  owner: string | null;
  /** The stage of their latest move on any job; null before their first submission. */
  latestStage: StageName | null;
  /** Their latest edit, note or stage change. */
  lastActivityAt: string;
  tags: string[];
  updatedAt: string;
}

export interface DuplicateMatch {
  id: string;
  name: string;
  currentTitle: string | null;
  currentEmployer: string | null;
  /** What made it look like the same person. */
  matchedOn: ('email' | 'phone' | 'name_and_employer')[];
}

export interface CandidateFile {
  id: string;
  candidateId: string;
  name: string;
  mimeType: string;
  size: number;
  /** Whether text was found in it for search (PDF and Word resumes). */
  hasText: boolean;
  createdAt: string;
}

export interface CandidateSubmission {
  id: string;
  jobId: string;
  jobTitle: string;
  clientId: string;
  clientName: string;
  stage: StageName;
  stageSince: string;
}

export interface CandidateDetail {
  candidate: Candidate;
  files: CandidateFile[];
  submissions: CandidateSubmission[];
}

/** Resumes travel as base64 in the call; 15 MB is more than any real resume. */
export const MAX_FILE_BYTES = 15 * 1024 * 1024;

export const FileAttachInput = z.strictObject({
  candidateId: Id,
  name: z.string().trim().min(1, 'The file needs a name').max(255),
  mimeType: z.string().trim().max(200).default('application/octet-stream'),
  dataBase64: z
    .string()
    .max(Math.ceil((MAX_FILE_BYTES * 4) / 3) + 4, 'Files can be at most 15 MB')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The file’s contents did not arrive intact'),
});
export type FileAttachInput = z.input<typeof FileAttachInput>;

