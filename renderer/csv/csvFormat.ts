import {
  csvDelimiterNames,
  csvDelimiters,
  type CsvDelimiter,
  type CsvEncoding,
  type CsvImportProgress,
  type CsvKind,
  type CsvPreview,
} from '../../src/api/csv';
import { paths } from '../app/paths';

/** "1 candidate", "1,204 candidates". */
export function counted(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}

export const kindLabels: Record<CsvKind, { title: string; one: string; many: string }> = {
  candidates: { title: 'Candidates', one: 'candidate', many: 'candidates' },
  contacts: { title: 'Contacts', one: 'contact', many: 'contacts' },
  clients: { title: 'Clients', one: 'client', many: 'clients' },
  jobs: { title: 'Jobs', one: 'job', many: 'jobs' },
};

/** What each row must have, said before the recruiter picks a file. */
export const kindNeeds: Record<CsvKind, string> = {
  candidates: 'One row per candidate, with at least a name (or first and last name). Emails, phones and skills may fill several columns.',
  contacts: 'One row per contact, with their company and their name. A company not on file yet can become a new client.',
  clients: 'One row per client company, with at least its name.',
  jobs: 'One row per job, with its title and its client. A client not on file yet can become a new client.',
};

export const encodingLabels: Record<CsvEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1252': 'Windows-1252 (Western European)',
};

/** How the encoding was found, said after its name; `fallback` has a warning of its own. */
export const encodingSources: Record<CsvPreview['encodingSource'], string> = {
  bom: 'marked at the start of the file',
  content: 'found from the file’s contents',
  chosen: 'as you chose',
  fallback: 'a guess: the file is not UTF-8',
};

/** The contract's name for each delimiter, with the character itself when it is one you can see: "Comma ( , )", "Tab". */
export const delimiterLabels = Object.fromEntries(
  csvDelimiters.map((delimiter) => {
    const name = csvDelimiterNames[delimiter];
    const label = `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
    return [delimiter, delimiter === '\t' ? label : `${label} ( ${delimiter} )`];
  }),
) as Record<CsvDelimiter, string>;

/** Where a record the import met opens: a duplicate's existing record. */
export function recordPathOf(kind: CsvKind, id: string): string {
  const of = { candidates: paths.candidate, contacts: paths.contact, clients: paths.client, jobs: paths.job };
  return of[kind](id);
}

/** Where the imported records are listed; contacts are on their clients' pages. */
export function listPathOf(kind: CsvKind): string {
  return kind === 'candidates' ? paths.candidates : kind === 'jobs' ? paths.jobs : paths.clients;
}

/** One line on how an import ended, for a recruiter who is on another page by then. */
export function finishedMessage(progress: CsvImportProgress): string {
  if (progress.state === 'failed') return progress.error ?? 'The CSV import stopped.';
  const { many, one } = kindLabels[progress.kind];
  const added = `${counted(progress.accepted, one, many)} added`;
  const skipped = progress.duplicateCount + progress.rejectedCount;
  const rest = skipped > 0 ? `, ${counted(skipped, 'row')} not imported` : '';
  return progress.state === 'cancelled' ? `CSV import cancelled: ${added}${rest}.` : `CSV import finished: ${added}${rest}.`;
}
