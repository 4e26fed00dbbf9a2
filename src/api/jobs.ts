import { z } from 'zod';
import { FeeTerms, type Contact } from './clients';
import { Currency, Id, MAX_AMOUNT, optionalDay, optionalText, PageInput, requiredText, tooMuch, type Stamps } from './common';
import type { Completeness, IntakeRevision } from './intake';

export const jobStatuses = ['open', 'on_hold', 'filled', 'cancelled'] as const;
export type JobStatus = (typeof jobStatuses)[number];

export const remotePolicies = ['onsite', 'hybrid', 'remote'] as const;
export type RemotePolicy = (typeof remotePolicies)[number];

export const employmentTypes = ['permanent', 'contract', 'contract_to_hire'] as const;
export type EmploymentType = (typeof employmentTypes)[number];

export const jobPriorities = ['low', 'normal', 'high', 'urgent'] as const;
export type JobPriority = (typeof jobPriorities)[number];

const amount = (what: string) =>
  z.number({ message: `Enter the ${what} as a number` }).min(0, `The ${what} cannot be negative`).max(MAX_AMOUNT, tooMuch(what)).nullable();

export const SalaryRange = z
  .strictObject({
    min: amount('lowest salary'),
    max: amount('highest salary'),
    currency: Currency,
  })
  .refine((s) => s.min === null || s.max === null || s.min <= s.max, {
    message: 'The highest salary must not be below the lowest',
    path: ['max'],
  })
  .refine((s) => s.min !== null || s.max !== null, { message: 'Enter at least one end of the range', path: ['min'] });
export type SalaryRange = z.infer<typeof SalaryRange>;

const jobFields = {
  title: requiredText(200, 'Enter the job title'),
  status: z.enum(jobStatuses, { message: 'Choose open, on hold, filled or cancelled' }),
  openings: z.number({ message: 'Enter how many people the client will hire' }).int('Use a whole number').min(1, 'At least one opening').max(999),
  location: optionalText(200),
  remotePolicy: z.enum(remotePolicies, { message: 'Choose on-site, hybrid or remote' }).nullable(),
  employmentType: z.enum(employmentTypes, { message: 'Choose permanent, contract or contract-to-hire' }),
  salary: SalaryRange.nullable(),
  fee: FeeTerms.nullable(),
  priority: z.enum(jobPriorities, { message: 'Choose low, normal, high or urgent' }),
  openedOn: z.iso.date({ message: 'Use a date like 2026-11-22' }),
  targetFillOn: optionalDay,
  hiringManagerId: Id.nullable(),
  hrContactId: Id.nullable(),
  owner: optionalText(200),
};

/** Left out, the fee comes from the client's terms and the opened date is today. */
export const JobCreateInput = z.strictObject({
  clientId: Id,
  ...jobFields,
  status: jobFields.status.default('open'),
  openings: jobFields.openings.default(1),
  location: jobFields.location.default(null),
  remotePolicy: jobFields.remotePolicy.default(null),
  employmentType: jobFields.employmentType.default('permanent'),
  salary: jobFields.salary.default(null),
  fee: jobFields.fee.optional(),
  priority: jobFields.priority.default('normal'),
  openedOn: jobFields.openedOn.optional(),
  targetFillOn: jobFields.targetFillOn.default(null),
  hiringManagerId: jobFields.hiringManagerId.default(null),
  hrContactId: jobFields.hrContactId.default(null),
  owner: jobFields.owner.default(null),
});
export type JobCreateInput = z.input<typeof JobCreateInput>;

export const JobUpdateInput = z.strictObject({ id: Id }).extend(z.strictObject(jobFields).partial().shape);
export type JobUpdateInput = z.input<typeof JobUpdateInput>;

/** Target date, opened, last edit, priority (urgent first), client name, pipeline (most in play first), last activity. */
export const jobSorts = ['target', 'opened', 'updated', 'priority', 'client', 'pipeline', 'activity'] as const;
export const JobListInput = z.strictObject({
  clientId: Id.nullable().default(null),
  status: z.enum(jobStatuses).nullable().default(null),
  priority: z.enum(jobPriorities).nullable().default(null),
  sort: z.enum(jobSorts).default('target'),
  /** Only jobs carrying this tag ('' for any). */
  tag: z.string().trim().max(60).default(''),
  ...PageInput,
});
export type JobListInput = z.input<typeof JobListInput>;

export interface Job extends Stamps {
  clientId: string;
  clientName: string;
  title: string;
  status: JobStatus;
  openings: number;
  location: string | null;
  remotePolicy: RemotePolicy | null;
  employmentType: EmploymentType;
  salary: SalaryRange | null;
  fee: FeeTerms | null;
  priority: JobPriority;
  openedOn: string;
  targetFillOn: string | null;
  hiringManagerId: string | null;
  hrContactId: string | null;
  owner: string | null;
}

export interface JobSummary {
  id: string;
  clientId: string;
  clientName: string;
  title: string;
  status: JobStatus;
  priority: JobPriority;
  openings: number;
  location: string | null;
  openedOn: string;
  targetFillOn: string | null;
  /** Live submissions still in play, interviewing now, and placed. */
  pipeline: { active: number; interviewing: number; placed: number };
  owner: string | null;
  tags: string[];
}

export interface JobStatusChange {
  status: JobStatus;
  changedAt: string;
}

export interface JobDetail {
  job: Job;
  statusHistory: JobStatusChange[];
  hiringManager: Contact | null;
  hrContact: Contact | null;
  intake: IntakeRevision | null;
  completeness: Completeness;
}

/** How each value is said to a person, shared by the UI and the documents the core writes. */
export const jobStatusLabels: Record<JobStatus, string> = {
  open: 'Open',
  on_hold: 'On hold',
  filled: 'Filled',
  cancelled: 'Cancelled',
};
export const remotePolicyLabels: Record<RemotePolicy, string> = { onsite: 'On-site', hybrid: 'Hybrid', remote: 'Remote' };
export const employmentTypeLabels: Record<EmploymentType, string> = {
  permanent: 'Permanent',
  contract: 'Contract',
  contract_to_hire: 'Contract-to-hire',
};
export const jobPriorityLabels: Record<JobPriority, string> = { low: 'Low', normal: 'Normal', high: 'High', urgent: 'Urgent' };
