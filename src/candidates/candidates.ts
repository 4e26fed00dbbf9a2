import type { Candidate, ConsentBasis, Screening } from '../api/candidates';
import type { ParsedInput } from '../api/contract';
import { ApiError } from '../api/errors';
import type { Core } from '../db/core';
import { nameKey } from '../db/names';
import { insertRow, setDeleted, updateRecord, type Entity, type SqlValue } from '../db/records';
import { statement } from '../db/statements';
import { findDuplicates, identityKeys, insertCandidateKeys, lookupKeys, storeCandidateKeys, type IdentityKey } from './duplicates';

/** Screening answers live in columns of their own, named after the question. */
const screeningColumns = {
  whyLooking: 'screen_why_looking',
  careerProgression: 'screen_career_progression',
  certifications: 'screen_certifications',
  commute: 'screen_commute',
  salary: 'screen_salary',
} as const satisfies Record<keyof Screening, keyof CandidateRow>;

export const candidateEntity: Entity = {
  table: 'candidates',
  fields: [
    'name',
    'name_key',
    'emails',
    'phones',
    'location',
    'current_title',
    'current_employer',
    'skills',
    'source',
    'salary_amount',
    'salary_currency',
    'availability',
    'work_authorisation',
    'links',
    'owner',
    'consent_basis',
    'consent_on',
    'consent_source',
    ...Object.values(screeningColumns),
    // Set by a call, email, meeting or message noted with them (src/notes/contacted.ts).
    'last_contacted_on',
  ],
  groups: [
    ['name', 'name_key'],
    ['salary_amount', 'salary_currency'],
    ['consent_basis', 'consent_on', 'consent_source'],
  ],
};

interface CandidateRow {
  id: string;
  name: string;
  emails: string;
  phones: string;
  location: string | null;
  current_title: string | null;
  current_employer: string | null;
  skills: string;
  source: string | null;
  salary_amount: number | null;
  salary_currency: string | null;
  availability: string | null;
  work_authorisation: string | null;
  links: string;
  owner: string | null;
  consent_basis: ConsentBasis | null;
  consent_on: string | null;
  consent_source: string | null;
  screen_why_looking: string | null;
  screen_career_progression: string | null;
  screen_certifications: string | null;
  screen_commute: string | null;
  screen_salary: string | null;
  last_contacted_on: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

const list = (json: string) => JSON.parse(json) as string[];

function toCandidate(row: CandidateRow): Candidate {
  return {
    id: row.id,
    name: row.name,
    emails: list(row.emails),
    phones: list(row.phones),
    location: row.location,
    currentTitle: row.current_title,
    currentEmployer: row.current_employer,
    skills: list(row.skills),
    source: row.source,
    salaryExpectation:
      row.salary_amount === null || row.salary_currency === null
        ? null
        : { amount: row.salary_amount, currency: row.salary_currency },
    availability: row.availability,
    workAuthorisation: row.work_authorisation,
    links: list(row.links),
    owner: row.owner,
    consent:
      row.consent_basis === null || row.consent_on === null
        ? null
        : { basis: row.consent_basis, on: row.consent_on, source: row.consent_source },
    screening: {
      whyLooking: row.screen_why_looking,
      careerProgression: row.screen_career_progression,
      certifications: row.screen_certifications,
      commute: row.screen_commute,
      salary: row.screen_salary,
    },
    lastContactedOn: row.last_contacted_on,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

type CandidateFields = Partial<Omit<ParsedInput<'candidates.create'>, 'allowDuplicate' | 'screening'>> & {
  screening?: Partial<Screening>;
};

function toColumns(fields: CandidateFields): Record<string, SqlValue> {
  const columns: Record<string, SqlValue> = {};
  const set = (column: string, value: SqlValue | undefined) => {
    if (value !== undefined) columns[column] = value;
  };
  if (fields.name !== undefined) Object.assign(columns, { name: fields.name, name_key: nameKey(fields.name) });
  for (const [field, column] of [
    ['emails', 'emails'],
    ['phones', 'phones'],
    ['skills', 'skills'],
    ['links', 'links'],
  ] as const) {
    if (fields[field] !== undefined) columns[column] = JSON.stringify(fields[field]);
  }
  set('location', fields.location);
  set('current_title', fields.currentTitle);
  set('current_employer', fields.currentEmployer);
  set('source', fields.source);
  set('availability', fields.availability);
  set('work_authorisation', fields.workAuthorisation);
  set('owner', fields.owner);
  if (fields.salaryExpectation !== undefined) {
    set('salary_amount', fields.salaryExpectation?.amount ?? null);
    set('salary_currency', fields.salaryExpectation?.currency ?? null);
  }
  if (fields.consent !== undefined) {
    set('consent_basis', fields.consent?.basis ?? null);
    set('consent_on', fields.consent?.on ?? null);
    set('consent_source', fields.consent?.source ?? null);
  }
  for (const [question, answer] of Object.entries(fields.screening ?? {})) {
    set(screeningColumns[question as keyof Screening], answer);
  }
  return columns;
}

function findRow(core: Core, id: string): CandidateRow | undefined {
  return statement(core.db, 'SELECT * FROM candidates WHERE id = ?').get(id) as CandidateRow | undefined;
}

export function getCandidate(core: Core, id: string): Candidate {
  return liveCandidate(findRow(core, id));
}

function liveCandidate(row: CandidateRow | undefined): Candidate {
  if (!row || row.deleted_at !== null) throw new ApiError('not_found', 'This candidate does not exist or is in the trash.');
  return toCandidate(row);
}

/** Candidates read per statement by candidatesById. */
const BY_ID_PAGE = 500;

/**
 * Candidates by id, in the order given, as getCandidate reads each: for reading thousands (an
 * export), a page of them a statement, each row as an array of values. better-sqlite3 makes a
 * row's object at about twice the cost of its array (a candidate has 31 columns): an export of
 * 100,000 candidates spent 1.8 s of its 3 s reading them one by one.
 */
export function* candidatesById(core: Core, ids: Iterable<string>): Generator<Candidate> {
  const read = statement(core.db, 'SELECT * FROM candidates WHERE id IN (SELECT value FROM json_each(?))').raw();
  const columns = read.columns().map(({ name }) => name);
  const rowOf = (values: SqlValue[]) => {
    const row: Record<string, SqlValue> = {};
    for (let i = 0; i < columns.length; i++) row[columns[i]!] = values[i] as SqlValue;
    return row as unknown as CandidateRow;
  };
  let page: string[] = [];
  const readPage = () => {
    const rows = new Map((read.all(JSON.stringify(page)) as SqlValue[][]).map((values) => {
      const row = rowOf(values);
      return [row.id, row];
    }));
    const candidates = page.map((id) => liveCandidate(rows.get(id)));
    page = [];
    return candidates;
  };
  for (const id of ids) {
    page.push(id);
    if (page.length === BY_ID_PAGE) yield* readPage();
  }
  if (page.length > 0) yield* readPage();
}

/** A new candidate, unless they look like someone already on file and the recruiter has not confirmed. */
export function createCandidate(core: Core, input: ParsedInput<'candidates.create'>): Candidate {
  const { allowDuplicate, ...fields } = input;
  if (!allowDuplicate) {
    const [match] = findDuplicates(core, fields, null);
    if (match) {
      throw new ApiError(
        'duplicate',
        `${match.name} is already on file with the same ${describeMatch(match.matchedOn)}. Open them instead, or confirm this is someone else.`,
        match.matchedOn[0] === 'name_and_employer' ? 'name' : `${match.matchedOn[0]}s`,
      );
    }
  }
  return getCandidate(core, addCandidate(core, fields));
}

/** Writes a new candidate, already checked, and their lookup keys; returns the id, without reading the row back. */
export function addCandidate(core: Core, fields: Omit<ParsedInput<'candidates.create'>, 'allowDuplicate'>): string {
  return writeNewCandidate(core, newCandidate(fields));
}

/**
 * A new candidate as it is written: their row's columns and their lookup keys, worked out from
 * the fields alone, never the database. A CSV import works them out on its reading thread, beside
 * the writing: about a tenth of the writer's time at 100,000 rows. Plain data, cloned between threads.
 */
export interface NewCandidate {
  /** Their row's values, in the order of candidateEntity.fields: an array crosses threads cheaper than an object. */
  row: SqlValue[];
  /** Who they are: what the duplicate check looks up. */
  identityKeys: IdentityKey[];
  /** Who they are, then what skills they have. */
  lookupKeys: string[];
}

export function newCandidate(fields: Omit<ParsedInput<'candidates.create'>, 'allowDuplicate'>): NewCandidate {
  const identity = identityKeys(fields);
  const columns = toColumns(fields);
  return {
    row: candidateEntity.fields.map((field) => columns[field] ?? null),
    identityKeys: identity,
    lookupKeys: lookupKeys(identity, fields.skills),
  };
}

export function writeNewCandidate(core: Core, candidate: NewCandidate): string {
  const id = insertRow(core, candidateEntity, candidate.row);
  insertCandidateKeys(core, id, candidate.lookupKeys);
  return id;
}

function describeMatch(on: ('email' | 'phone' | 'name_and_employer')[]): string {
  const words = { email: 'email', phone: 'phone number', name_and_employer: 'name and employer' };
  return on.map((o) => words[o]).join(' and ');
}

export function updateCandidate(core: Core, input: ParsedInput<'candidates.update'>): Candidate {
  const { id, ...fields } = input;
  getCandidate(core, id);
  updateRecord(core, candidateEntity, id, toColumns(fields));
  const updated = getCandidate(core, id);
  storeCandidateKeys(core, id, updated);
  return updated;
}

export function deleteCandidate(core: Core, id: string): void {
  getCandidate(core, id);
  setDeleted(core, candidateEntity, id, true);
}

export function restoreCandidate(core: Core, id: string): void {
  const row = findRow(core, id);
  if (!row || row.deleted_at === null) throw new ApiError('not_found', 'This candidate is not in the trash.');
  setDeleted(core, candidateEntity, id, false);
}
