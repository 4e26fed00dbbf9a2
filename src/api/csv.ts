import { z } from 'zod';
import { CandidateListInput } from './candidates';
import { ClientListInput } from './clients';
import { Id } from './common';
import { FilePath } from './sharing';

export const csvKinds = ['candidates', 'contacts', 'clients', 'jobs'] as const;
export type CsvKind = (typeof csvKinds)[number];
export const isCsvKind = (value: unknown): value is CsvKind => csvKinds.includes(value as CsvKind);

export const csvEncodings = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export type CsvEncoding = (typeof csvEncodings)[number];

export const csvDelimiters = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof csvDelimiters)[number];

/** How a delimiter is named in a sentence: "comma-separated", "a value with a comma in it". */
export const csvDelimiterNames: Record<CsvDelimiter, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

/**
 * A cell a spreadsheet would run as a formula (= + - @, or a tab or CR that hides one) is
 * prefixed with a single quote, which makes the spreadsheet show it as text. A value that already
 * starts with quotes before such a character gets one more, so the import can always take one off.
 * Every CSV file Shortlist writes (the core's exports, the window's import report) goes through this.
 */
export function guardFormula(value: string): string {
  return /^'*[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Takes off the quote that `guardFormula` (or another tool following the same advice) added. */
export function unguardFormula(cell: string): string {
  return cell.startsWith("'") && /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/**
 * One line of a comma-separated file (without its line end): each cell guarded from formula
 * injection, and quoted when it holds a quote, a comma, or a semicolon, tab or line break, so no
 * reader could take them for the delimiter or the end of the row.
 */
export function csvRecord(cells: readonly string[]): string {
  return cells
    .map((value) => {
      const cell = guardFormula(value);
      return /[",;\t\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
    })
    .join(',');
}

/**
 * What a column of a CSV file can be imported as. Most are the field of the same name in the
 * create form; `firstName` and `lastName` make the name together, a contact's `client` is the
 * name of their company, and dotted names are parts of a group (consent, screening answers).
 */
export const csvFields = {
  candidates: [
    'name',
    'firstName',
    'lastName',
    'emails',
    'phones',
    'location',
    'currentTitle',
    'currentEmployer',
    'skills',
    'source',
    'salaryExpectation',
    'salaryExpectation.currency',
    'availability',
    'workAuthorisation',
    'links',
    'owner',
    'consent.basis',
    'consent.on',
    'consent.source',
    'screening.whyLooking',
    'screening.careerProgression',
    'screening.certifications',
    'screening.commute',
    'screening.salary',
  ],
  contacts: ['client', 'name', 'firstName', 'lastName', 'role', 'jobTitle', 'email', 'phone', 'caresAbout', 'lastContactedOn'],
  clients: ['name', 'industry', 'website', 'location', 'country', 'status', 'fee', 'guaranteeDays', 'relationship'],
  jobs: [
    'title',
    'client',
    'status',
    'location',
    'remotePolicy',
    'employmentType',
    'salary',
    'salary.min',
    'salary.max',
    'salary.currency',
    'openings',
    'priority',
    'openedOn',
    'targetFillOn',
    'owner',
  ],
} as const;
export type CsvField<K extends CsvKind = CsvKind> = (typeof csvFields)[K][number];

/** How each field is named in the mapping and in the header row of an export. */
export const csvFieldLabels: Record<CsvField, string> = {
  name: 'Name',
  firstName: 'First name',
  lastName: 'Last name',
  emails: 'Emails',
  phones: 'Phones',
  location: 'Location',
  country: 'Country',
  currentTitle: 'Current title',
  currentEmployer: 'Current employer',
  skills: 'Skills',
  source: 'Source',
  salaryExpectation: 'Salary expectation',
  'salaryExpectation.currency': 'Salary currency',
  availability: 'Availability',
  workAuthorisation: 'Work authorisation',
  links: 'Links',
  owner: 'Owner',
  'consent.basis': 'Consent basis',
  'consent.on': 'Consent date',
  'consent.source': 'Consent source',
  'screening.whyLooking': 'Screening: why looking',
  'screening.careerProgression': 'Screening: career progression',
  'screening.certifications': 'Screening: certifications',
  'screening.commute': 'Screening: commute and location',
  'screening.salary': 'Screening: salary',
  client: 'Company',
  role: 'Role',
  jobTitle: 'Job title',
  email: 'Email',
  phone: 'Phone',
  caresAbout: 'Cares about',
  lastContactedOn: 'Last contacted on',
  industry: 'Industry',
  website: 'Website',
  status: 'Status',
  fee: 'Fee',
  guaranteeDays: 'Guarantee days',
  relationship: 'Relationship',
  title: 'Title',
  remotePolicy: 'Remote',
  employmentType: 'Employment type',
  salary: 'Salary range',
  'salary.min': 'Lowest salary',
  'salary.max': 'Highest salary',
  'salary.currency': 'Salary range currency',
  openings: 'Openings',
  priority: 'Priority',
  openedOn: 'Opened on',
  targetFillOn: 'Target fill date',
};

/**
 * Fields several columns may be mapped to: their values are gathered (Email, Email 2…) or, for a
 * location, joined (City, State, Country). Every other field takes one column.
 */
export const csvMultiColumnFields: readonly CsvField[] = ['emails', 'phones', 'skills', 'links', 'location'];

/** The kinds a CSV list can be exported as; jobs are imported only. */
export type CsvExportKind = Exclude<CsvKind, 'jobs'>;
export const isCsvExportKind = (value: unknown): value is CsvExportKind => isCsvKind(value) && value !== 'jobs';

/**
 * Where a column goes when it is not a field: kept on each record as a dated note ("From
 * people.csv, Mobile: …"), or as the record's tags. Null in a mapping leaves a column out, and
 * only the recruiter chooses that: the import never drops a column of its own accord.
 */
export const csvKeeps = ['note', 'tags'] as const;
export type CsvKeep = (typeof csvKeeps)[number];
export type CsvTarget<K extends CsvKind = CsvKind> = CsvField<K> | CsvKeep;
export const isCsvKeep = (target: unknown): target is CsvKeep => csvKeeps.includes(target as CsvKeep);

export const csvKeepLabels: Record<CsvKeep, string> = { note: 'Keep as a note', tags: 'Tags' };

/** How a column's destination is said: a field's label, a note or tags, or left out. */
export function csvTargetLabel(target: CsvTarget | null): string {
  if (target === null) return 'Left out';
  return isCsvKeep(target) ? csvKeepLabels[target] : csvFieldLabels[target];
}

/** Each group needs at least one mapped column before an import can start. */
export const csvRequiredFields: { [K in CsvKind]: readonly (readonly CsvField<K>[])[] } = {
  candidates: [['name', 'firstName', 'lastName']],
  contacts: [['client'], ['name', 'firstName', 'lastName']],
  clients: [['name']],
  jobs: [['title'], ['client']],
};

/** The largest CSV file read, whole, into memory: 50 MB holds about 300,000 candidates. */
export const MAX_CSV_BYTES = 50 * 1024 * 1024;

const CsvData = z
  .string()
  .min(1, 'The file is empty')
  .max(Math.ceil((MAX_CSV_BYTES * 4) / 3) + 4, 'CSV files can be at most 50 MB')
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The file’s contents did not arrive intact');

/**
 * One column's field, note or tags, or null to leave the column out; as many entries as the
 * file has columns. Null for the whole mapping: the one remembered for these headers, else the suggested one.
 */
const mappingOf = <const F extends readonly [string, ...string[]]>(fields: F) =>
  z.array(z.enum([...fields, ...csvKeeps]).nullable()).max(1000).nullable().default(null);

const file = {
  /** The file's contents: what the browser preview sends, as it cannot see paths. */
  dataBase64: CsvData.optional(),
  /** Or where the file is: the desktop app's open dialog gives a path, and the core reads it. */
  path: FilePath.optional(),
  /** Null: found from the bytes (a byte-order mark, valid UTF-8, else Windows-1252). */
  encoding: z.enum(csvEncodings).nullable().default(null),
  /** Null: the one of , ; and tab that splits the first lines most consistently. */
  delimiter: z.enum(csvDelimiters).nullable().default(null),
  /** The file's name, for the notes that keep its extra columns ("From people.csv, …"); a path names itself. */
  fileName: z.string().trim().min(1).max(255).optional(),
};

const oneFile: [(input: { dataBase64?: string; path?: string }) => boolean, { message: string; path: string[] }] = [
  (input) => (input.dataBase64 === undefined) !== (input.path === undefined),
  { message: 'Send the file’s contents or its path', path: ['path'] },
];

/** A CSV file, how to read it, and which column is what (null: the suggested mapping). */
export const CsvFileInput = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('candidates'), ...file, mapping: mappingOf(csvFields.candidates) }).refine(...oneFile),
  z
    .strictObject({
      kind: z.literal('contacts'),
      ...file,
      mapping: mappingOf(csvFields.contacts),
      /** A company not yet on file becomes a new client (a prospect); otherwise its contacts are rejected. */
      createMissingClients: z.boolean().default(true),
    })
    .refine(...oneFile),
  z.strictObject({ kind: z.literal('clients'), ...file, mapping: mappingOf(csvFields.clients) }).refine(...oneFile),
  z
    .strictObject({
      kind: z.literal('jobs'),
      ...file,
      mapping: mappingOf(csvFields.jobs),
      /** A job's client not yet on file becomes a new client (a prospect); otherwise its jobs are rejected. */
      createMissingClients: z.boolean().default(true),
    })
    .refine(...oneFile),
]);
export type CsvFileInput = z.input<typeof CsvFileInput>;

/**
 * What the import would do with a row; `newClient` is a contact's company (or a job's client) that
 * will be added as a client; `noted`, values the row holds that no field could take (a country
 * Shortlist cannot tell), as the record's note will keep them: "Country (not a country Shortlist knows): Atlantis".
 */
export type CsvRowOutcome =
  | { status: 'new'; newClient: string | null; noted?: string[] }
  | { status: 'rejected'; reason: string }
  | { status: 'duplicate'; reason: string; existing: { id: string; name: string } };

export interface CsvPreview {
  /** A vCard file (.vcf) is read as a table: a column per property, a row per card. */
  format: 'csv' | 'vcard';
  encoding: CsvEncoding;
  /**
   * How the encoding was found: a byte-order mark, the bytes themselves (valid UTF-8, or the
   * zero bytes of UTF-16), the recruiter's choice, or `fallback`: the bytes are not UTF-8, so
   * they are read as Windows-1252, which the recruiter should confirm by looking at the sample.
   */
  encodingSource: 'bom' | 'content' | 'chosen' | 'fallback';
  delimiter: CsvDelimiter;
  headers: string[];
  /** The mapping sent, or the one last used for a file with these headers, or the one suggested from them. */
  mapping: (CsvTarget | null)[];
  mappingSource: 'chosen' | 'remembered' | 'suggested';
  /** Why the import cannot start with this mapping yet; empty when it can. */
  mappingProblems: string[];
  /** The first rows, with what the import would do with each (duplicates within the file are not seen yet). */
  sample: { line: number; cells: string[]; outcome: CsvRowOutcome }[];
  /** Exact for a short file, else estimated from the size of the first rows. */
  estimatedRows: number;
}

export interface CsvImportStarted {
  jobId: string;
}

/** Rejected rows and duplicates are sent in slices, from where the caller has got to. */
export const CsvProgressInput = z.strictObject({
  jobId: Id,
  rejectedFrom: z.number().int().min(0).default(0),
  duplicatesFrom: z.number().int().min(0).default(0),
});
export type CsvProgressInput = z.input<typeof CsvProgressInput>;

export const CsvJobInput = z.strictObject({ jobId: Id });
export type CsvJobInput = z.input<typeof CsvJobInput>;

export interface CsvRejectedRow {
  /** The physical line of the file the row starts on, counting from 1 (lines before the header row included). */
  line: number;
  reason: string;
}

export interface CsvDuplicateRow extends CsvRejectedRow {
  existing: { id: string; name: string };
}

export interface CsvImportProgress {
  jobId: string;
  kind: CsvKind;
  state: 'running' | 'done' | 'cancelled' | 'failed';
  /** Why it failed, and what was imported before it did. */
  error: string | null;
  /** How much of the file has been read, from 0 to 1: what a progress bar shows. */
  fractionRead: number;
  /** Rows read so far: always accepted + rejectedCount + duplicateCount. */
  rowsRead: number;
  accepted: number;
  rejectedCount: number;
  duplicateCount: number;
  /** At most 1000, from `rejectedFrom`. */
  rejected: CsvRejectedRow[];
  /** At most 1000, from `duplicatesFrom`. */
  duplicates: CsvDuplicateRow[];
  /** Companies of imported contacts that were added as new clients. */
  clientsCreated: number;
  /** Every column of the file and where its values went. */
  columns: CsvColumnReport[];
  /** Records that got a note keeping the values of columns that are not fields. */
  notesAdded: number;
  /** Tags from a tags column that no record carried before: made by the import. */
  tagsCreated: string[];
}

export interface CsvColumnReport {
  /** Its header, or "column 3" when the header is blank. */
  name: string;
  goesTo: CsvTarget | null;
}

const noPaging = { cursor: true, limit: true } as const;

/** A list as CSV, with the filters of its list method. */
export const CsvExportInput = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('candidates'), filters: CandidateListInput.omit(noPaging).prefault({}) }),
  z.strictObject({ kind: z.literal('clients'), filters: ClientListInput.omit(noPaging).prefault({}) }),
  z.strictObject({
    kind: z.literal('contacts'),
    /** One client's contacts, or (null) everyone's. */
    filters: z.strictObject({ clientId: Id.nullable().default(null) }).prefault({}),
  }),
]);
export type CsvExportInput = z.input<typeof CsvExportInput>;
