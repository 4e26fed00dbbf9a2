import { CandidateCreateInput, consentBases, consentBasisLabels, type DuplicateMatch } from '../../api/candidates';
import { newCandidate, writeNewCandidate, type NewCandidate } from '../../candidates/candidates';
import { duplicatesByKeys } from '../../candidates/duplicates';
import type { Core } from '../../db/core';
import type { RowKind, RowVerdict } from './check';
import type { MappedRow } from './mapping';
import { cellProblem, isRejected, validate, type Rejected } from './reasons';
import { choice, day, invalid, parseMoney, withScheme } from './values';

/**
 * A candidate row: the create form's rules, then the duplicate check the form makes (email, phone,
 * name at employer). What the row is written as is worked out as it is read, beside the writing.
 */
export const candidateRows: RowKind<NewCandidate> = { read: readCandidate, settle: settleCandidate };

function readCandidate(row: MappedRow): NewCandidate | Rejected {
  const checked = checkCandidate(row);
  return isRejected(checked) ? checked : newCandidate(checked);
}

function checkCandidate(row: MappedRow) {
  const problems: string[] = [];
  const salary = parseMoney(row.text('salaryExpectation'));
  if (salary === invalid) problems.push(cellProblem(row, 'salaryExpectation', 'Use an amount like 85000 EUR'));
  const input = {
    name: row.personName(),
    emails: row.list('emails'),
    phones: row.list('phones'),
    location: row.joined('location'),
    currentTitle: row.text('currentTitle'),
    currentEmployer: row.text('currentEmployer'),
    skills: row.list('skills'),
    source: row.text('source'),
    salaryExpectation:
      salary === null || salary === invalid
        ? null
        : { amount: salary.amount, currency: salary.currency ?? row.text('salaryExpectation.currency') },
    availability: row.text('availability'),
    workAuthorisation: row.text('workAuthorisation'),
    links: row.list('links').map(withScheme),
    owner: row.text('owner'),
    consent: consent(row),
    screening: {
      whyLooking: row.text('screening.whyLooking'),
      careerProgression: row.text('screening.careerProgression'),
      certifications: row.text('screening.certifications'),
      commute: row.text('screening.commute'),
      salary: row.text('screening.salary'),
    },
  };
  return validate(CandidateCreateInput, input, row, problems);
}

function settleCandidate(core: Core, candidate: NewCandidate): RowVerdict {
  const [match] = duplicatesByKeys(core, candidate.identityKeys, null);
  if (match) {
    return {
      status: 'duplicate',
      reason: `Already on file as ${match.name} (same ${sameWhat(match)})`,
      existing: { id: match.id, name: match.name },
    };
  }
  // The duplicate check above is the one the form makes; it is not made twice.
  return { status: 'new', newClient: null, write: () => ({ kind: 'candidate', id: writeNewCandidate(core, candidate) }) };
}

function consent(row: MappedRow) {
  const [basis, on, source] = [row.text('consent.basis'), row.text('consent.on'), row.text('consent.source')];
  if (`${basis}${on}${source}`.trim() === '') return null;
  return { basis: choice(basis, consentBases, consentBasisLabels), on: day(on), source };
}

function sameWhat(match: DuplicateMatch): string {
  const words = { email: 'email', phone: 'phone number', name_and_employer: 'name and employer' };
  return match.matchedOn.map((on) => words[on]).join(' and ');
}
