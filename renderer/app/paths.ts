import type { CsvKind } from '../../src/api/csv';
import type { RecordRef } from '../../src/api/desktop';

/** Every screen's address, in one place, so links and redirects cannot drift apart. */
export const paths = {
  today: '/today',
  clients: '/clients',
  client: (id: string) => `/clients/${id}`,
  /** A contact has no page of its own: this address opens its client's. */
  contact: (id: string) => `/contacts/${id}`,
  jobs: '/jobs',
  job: (id: string) => `/jobs/${id}`,
  jobIntake: (id: string) => `/jobs/${id}/intake`,
  jobBrief: (id: string) => `/jobs/${id}/brief`,
  jobPipeline: (id: string) => `/jobs/${id}/pipeline`,
  candidates: '/candidates',
  candidate: (id: string) => `/candidates/${id}`,
  shortlist: (id: string) => `/shortlists/${id}`,
  submission: (id: string) => `/submissions/${id}`,
  submissionProfile: (id: string) => `/submissions/${id}/profile`,
  /** Import from CSV, with what is imported (candidates, contacts, clients) chosen to begin with. */
  csvImport: (kind: CsvKind = 'candidates') => `/import/csv/${kind}`,
  /** Export for a colleague, import a colleague's export, and what imports leave to review. */
  sharing: '/sharing',
  sharingConflicts: '/sharing/conflicts',
  sharingDuplicates: '/sharing/duplicates',
  placements: '/placements',
  reports: '/reports',
  trash: '/trash',
  settings: '/settings',
} as const;

/** Where a record opens: a follow-up's, a clicked notification's, a search result's. */
export function recordPath(record: RecordRef): string {
  switch (record.kind) {
    case 'client':
      return paths.client(record.id);
    case 'contact':
      return paths.contact(record.id);
    case 'job':
      return paths.job(record.id);
    case 'candidate':
      return paths.candidate(record.id);
    case 'submission':
      return paths.submission(record.id);
  }
}
