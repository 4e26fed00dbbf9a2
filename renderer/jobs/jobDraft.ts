import type { Job, JobCreateInput, SalaryRange } from '../../src/api/jobs';
import { todayDay } from '../ui/dates';
import { amount, DEFAULT_CURRENCY, feeDraft, feeFromDraft, type FeeDraft } from '../clients/feeDraft';
import type { JobDefaults } from './jobDefaults';

export type JobDraft = FeeDraft & {
  clientId: string;
  title: string;
  status: string;
  openings: string;
  location: string;
  remotePolicy: string;
  employmentType: string;
  'salary.min': string;
  'salary.max': string;
  'salary.currency': string;
  priority: string;
  openedOn: string;
  targetFillOn: string;
  hiringManagerId: string;
  hrContactId: string;
  owner: string;
};

/** What the recruiter typed last time, so a solo recruiter does not type their own name on every job. */
const remembered = {
  get: (key: 'owner' | 'currency') => localStorage.getItem(`shortlist.job.${key}`) ?? '',
  set: (key: 'owner' | 'currency', value: string | null) => {
    if (value) localStorage.setItem(`shortlist.job.${key}`, value);
  },
};

export function rememberJobDefaults(input: { owner?: string | null; salary?: SalaryRange | null }) {
  remembered.set('owner', input.owner?.trim() ?? null);
  remembered.set('currency', input.salary?.currency.toUpperCase() ?? null);
}

/** The currency of the last job saved, for a recruiter who has not set one in Settings. */
export const lastCurrency = () => remembered.get('currency');

export function newJobDraft(clientId: string | null, defaults: JobDefaults): JobDraft {
  return {
    clientId: clientId ?? '',
    title: '',
    status: 'open',
    openings: '1',
    location: '',
    remotePolicy: '',
    employmentType: 'permanent',
    'salary.min': '',
    'salary.max': '',
    'salary.currency': defaults.currency,
    // Left to the client's terms unless the recruiter negotiates this job's fee.
    ...feeDraft(null, 'client'),
    priority: 'normal',
    openedOn: todayDay(),
    targetFillOn: '',
    hiringManagerId: defaults.hiringManagerId,
    hrContactId: defaults.hrContactId,
    owner: defaults.owner || remembered.get('owner'),
  };
}

export function jobDraft(job: Job): JobDraft {
  return {
    clientId: job.clientId,
    title: job.title,
    status: job.status,
    openings: String(job.openings),
    location: job.location ?? '',
    remotePolicy: job.remotePolicy ?? '',
    employmentType: job.employmentType,
    'salary.min': job.salary?.min?.toString() ?? '',
    'salary.max': job.salary?.max?.toString() ?? '',
    'salary.currency': job.salary?.currency ?? (remembered.get('currency') || DEFAULT_CURRENCY),
    ...feeDraft(job.fee),
    priority: job.priority,
    openedOn: job.openedOn,
    targetFillOn: job.targetFillOn ?? '',
    hiringManagerId: job.hiringManagerId ?? '',
    hrContactId: job.hrContactId ?? '',
    owner: job.owner ?? '',
  };
}

const optionalNumber = (text: string) => (text.trim() === '' ? null : Number(text));

/** Two blank ends mean no salary agreed; the currency alone says nothing. */
function salary(draft: JobDraft): SalaryRange | null {
  const min = optionalNumber(draft['salary.min']);
  const max = optionalNumber(draft['salary.max']);
  return min === null && max === null ? null : { min, max, currency: draft['salary.currency'] };
}

/** Every field of the job as the contract takes it; the fee is left out to take the client's terms. */
export function jobFields(draft: JobDraft): JobCreateInput {
  const fee = feeFromDraft(draft);
  return {
    clientId: draft.clientId,
    title: draft.title,
    status: draft.status as Job['status'],
    openings: amount(draft.openings),
    location: draft.location,
    remotePolicy: (draft.remotePolicy || null) as Job['remotePolicy'],
    employmentType: draft.employmentType as Job['employmentType'],
    salary: salary(draft),
    ...(fee === undefined ? {} : { fee }),
    priority: draft.priority as Job['priority'],
    // Left blank, a new job opens today and an edited one keeps its day.
    ...(draft.openedOn.trim() ? { openedOn: draft.openedOn } : {}),
    targetFillOn: draft.targetFillOn,
    hiringManagerId: draft.hiringManagerId || null,
    hrContactId: draft.hrContactId || null,
    owner: draft.owner,
  };
}
