import type { Candidate, CandidateCreateInput, ConsentBasis, DuplicateCheckInput } from '../../src/api/candidates';
import { DEFAULT_CURRENCY } from '../clients/feeDraft';

/** One line of a list the recruiter types several of (emails, phones, links); the key keeps React's rows apart. */
export interface Row {
  key: number;
  value: string;
}

export type ListName = 'emails' | 'phones' | 'links';

export interface CandidateDraft {
  name: string;
  emails: Row[];
  phones: Row[];
  links: Row[];
  location: string;
  currentTitle: string;
  currentEmployer: string;
  skills: string[];
  source: string;
  salaryAmount: string;
  salaryCurrency: string;
  availability: string;
  workAuthorisation: string;
  owner: string;
  consentBasis: string;
  consentOn: string;
  consentSource: string;
}

let nextKey = 1;
export const newRow = (value = ''): Row => ({ key: nextKey++, value });
/** A list shows at least one box, ready to type in. */
const rows = (values: string[] | undefined) => (values?.length ? values.map((v) => newRow(v)) : [newRow()]);

/** The owner typed last time, so a solo recruiter does not type their own name on every candidate. */
const OWNER_KEY = 'shortlist.candidate.owner';
export const rememberOwner = (owner: string | null | undefined) => {
  if (owner?.trim()) localStorage.setItem(OWNER_KEY, owner.trim());
};

export function candidateDraft(candidate?: Candidate): CandidateDraft {
  return {
    name: candidate?.name ?? '',
    emails: rows(candidate?.emails),
    phones: rows(candidate?.phones),
    links: rows(candidate?.links),
    location: candidate?.location ?? '',
    currentTitle: candidate?.currentTitle ?? '',
    currentEmployer: candidate?.currentEmployer ?? '',
    skills: candidate?.skills ?? [],
    source: candidate?.source ?? '',
    salaryAmount: candidate?.salaryExpectation?.amount.toString() ?? '',
    salaryCurrency: candidate?.salaryExpectation?.currency ?? DEFAULT_CURRENCY,
    availability: candidate?.availability ?? '',
    workAuthorisation: candidate?.workAuthorisation ?? '',
    owner: candidate ? (candidate.owner ?? '') : (localStorage.getItem(OWNER_KEY) ?? ''),
    consentBasis: candidate?.consent?.basis ?? '',
    consentOn: candidate?.consent?.on ?? '',
    consentSource: candidate?.consent?.source ?? '',
  };
}

export const isFilled = (row: Row) => row.value.trim() !== '';

/**
 * The contract drops blank lines before it checks each one, so its messages count filled lines
 * only: "emails.1" is the second filled box, whatever blank boxes lie between.
 */
export function pathOfRow(list: Row[], index: number, name: ListName): string | null {
  if (!isFilled(list[index]!)) return null;
  return `${name}.${list.slice(0, index).filter(isFilled).length}`;
}

const filled = (list: Row[]) => list.filter(isFilled).map((r) => r.value);

/** Every field of the candidate as the contract takes it, for both create and update. */
export function candidateFields(draft: CandidateDraft): Required<Omit<CandidateCreateInput, 'screening' | 'allowDuplicate'>> {
  const consentGiven = [draft.consentBasis, draft.consentOn, draft.consentSource].some((v) => v.trim() !== '');
  return {
    name: draft.name,
    emails: filled(draft.emails),
    phones: filled(draft.phones),
    links: filled(draft.links),
    location: draft.location,
    currentTitle: draft.currentTitle,
    currentEmployer: draft.currentEmployer,
    skills: draft.skills,
    source: draft.source,
    // A blank box is not a number: NaN lets the schema say what is missing, in its own words.
    salaryExpectation:
      draft.salaryAmount.trim() === '' ? null : { amount: Number(draft.salaryAmount), currency: draft.salaryCurrency },
    availability: draft.availability,
    workAuthorisation: draft.workAuthorisation,
    owner: draft.owner,
    consent: consentGiven
      ? { basis: draft.consentBasis as ConsentBasis, on: draft.consentOn, source: draft.consentSource }
      : null,
  };
}

/** Who the draft says this is, as the duplicate check takes it; null while there is nothing to compare. */
export function identityOf(draft: CandidateDraft, exceptId: string | null): DuplicateCheckInput | null {
  const name = draft.name.trim().slice(0, 200);
  const employer = draft.currentEmployer.trim().slice(0, 200);
  const emails = filled(draft.emails).slice(0, 10).map((e) => e.trim().slice(0, 320));
  const phones = filled(draft.phones).slice(0, 10).map((p) => p.trim().slice(0, 40));
  if (emails.length === 0 && phones.length === 0 && !(name && employer)) return null;
  return { name, emails, phones, currentEmployer: employer || null, exceptId };
}
