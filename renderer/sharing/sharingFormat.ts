import type { DuplicateMatch } from '../../src/api/candidates';
import type { RecordRef } from '../../src/api/desktop';
import type { Conflict, SyncedTable, TableChanges } from '../../src/api/sharing';

/** What each table's rows are, as a recruiter calls them: one, many. */
const nouns: Record<SyncedTable, [one: string, many: string]> = {
  candidates: ['candidate', 'candidates'],
  clients: ['client', 'clients'],
  contacts: ['contact', 'contacts'],
  jobs: ['job', 'jobs'],
  job_status_changes: ['job status change', 'job status changes'],
  intakes: ['intake revision', 'intake revisions'],
  files: ['attached file', 'attached files'],
  submissions: ['submission', 'submissions'],
  stage_changes: ['stage move', 'stage moves'],
  interviews: ['interview', 'interviews'],
  feedback: ['piece of client feedback', 'pieces of client feedback'],
  placements: ['placement', 'placements'],
  notes: ['note', 'notes'],
  note_revisions: ['edit of a note', 'edits of notes'],
  reminders: ['follow-up', 'follow-ups'],
  erasures: ['erasure', 'erasures'],
  candidate_merges: ['merge of two candidates', 'merges of two candidates'],
  dismissed_duplicates: ['pair told apart', 'pairs told apart'],
  shortlists: ['shortlist', 'shortlists'],
  shortlist_entries: ['shortlist entry', 'shortlist entries'],
  tags: ['tag on a record', 'tags on records'],
};

/** The order a recruiter cares about: people and work first, bookkeeping last. */
const order: SyncedTable[] = [
  'candidates',
  'clients',
  'contacts',
  'jobs',
  'submissions',
  'interviews',
  'feedback',
  'placements',
  'notes',
  'note_revisions',
  'reminders',
  'shortlists',
  'shortlist_entries',
  'tags',
  'files',
  'intakes',
  'stage_changes',
  'job_status_changes',
  'candidate_merges',
  'dismissed_duplicates',
  'erasures',
];

/** "1 candidate", "12 candidates". */
export function counted(n: number, table: SyncedTable): string {
  const [one, many] = nouns[table];
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}

/** "12 new candidates, 3 changed, 1 moved to the trash": one table's changes, in one line. */
export function describeChanges({ table, added, updated, deleted }: TableChanges): string {
  const parts: string[] = [];
  const named = (n: number) => (parts.length === 0 ? counted(n, table) : n.toLocaleString());
  if (added > 0) parts.push(`${added.toLocaleString()} new ${nouns[table][added === 1 ? 0 : 1]}`);
  if (updated > 0) parts.push(`${named(updated)} changed`);
  if (deleted > 0) parts.push(`${named(deleted)} moved to the trash`);
  return parts.join(', ');
}

export const byRecruiterOrder = (tables: readonly TableChanges[]): TableChanges[] =>
  [...tables].sort((a, b) => order.indexOf(a.table) - order.indexOf(b.table));

/** The page a conflict's record opens on, when it has one. */
export function conflictRecord(conflict: Conflict): RecordRef | null {
  const kinds: Partial<Record<SyncedTable, RecordRef['kind']>> = {
    candidates: 'candidate',
    clients: 'client',
    contacts: 'contact',
    jobs: 'job',
    submissions: 'submission',
  };
  const kind = kinds[conflict.table];
  return kind ? { kind, id: conflict.rowId } : null;
}

const matchWords: Record<DuplicateMatch['matchedOn'][number], string> = {
  email: 'email',
  phone: 'phone number',
  name_and_employer: 'name at the same employer',
};

/** "Same email and phone number". */
export function describeMatch(matchedOn: DuplicateMatch['matchedOn']): string {
  const words = matchedOn.map((m) => matchWords[m]);
  const list = words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1)}` : (words[0] ?? 'details');
  return `Same ${list}`;
}

/** "Senior Engineer at Acme", whichever of the two is known. */
export function roleOf(person: { currentTitle: string | null; currentEmployer: string | null }): string | null {
  const { currentTitle: title, currentEmployer: employer } = person;
  if (title && employer) return `${title} at ${employer}`;
  return title ?? (employer ? `At ${employer}` : null);
}

/** The person behind an export: "Bea on bea-laptop", or the computer alone. */
export function exporterOf(from: { person: string | null; deviceName: string }): string {
  return from.person ? `${from.person} on ${from.deviceName}` : from.deviceName;
}

/** A file name offered for an export: shortlist-bea-2026-11-22.shortlist. */
export function suggestedExportName(person: string, now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  const who = person
    .trim()
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `shortlist-${who ? `${who}-` : ''}${day}.shortlist`;
}

/** The folder a file is in, with the separator the path itself uses (Windows or not). */
export function folderOf(file: string): string {
  const cut = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return cut > 0 ? file.slice(0, cut + 1) : '';
}
