import { z } from 'zod';
import { Id } from './common';

/** An intake's record is its job's (one entry per job); feedback is what a client said of a submission. */
export const searchKinds = ['candidate', 'client', 'contact', 'job', 'note', 'file', 'intake', 'feedback'] as const;
export type SearchKind = (typeof searchKinds)[number];

export const SearchInput = z.strictObject({
  query: z.string().max(200, 'Keep the search under 200 characters'),
  kinds: z.array(z.enum(searchKinds)).max(searchKinds.length).nullable().default(null),
  limit: z.number().int().min(1).max(50).default(20),
});
export type SearchInput = z.input<typeof SearchInput>;

/** Marks around the matched words in `title` and `snippet`: private-use characters, never HTML. */
export const MATCH_START = '\uE000';
export const MATCH_END = '\uE001';

/** Where a result leads: a contact opens its client, a note its subject, a resume its candidate. */
export interface SearchTarget {
  kind: 'candidate' | 'client' | 'job' | 'submission';
  id: string;
}

export interface SearchResult {
  kind: SearchKind;
  id: string;
  title: string;
  /** What the record is, in a few words ("Staff Engineer at Initech", "Note on Acme"). */
  context: string | null;
  snippet: string;
  open: SearchTarget;
}

/** What the quick switcher lists when it opens empty: the records this laptop opened last. */
export const recentKinds = ['candidate', 'client', 'contact', 'job'] as const;
export const RecentOpenInput = z.strictObject({
  kind: z.enum(recentKinds, { message: 'Only candidates, clients, contacts and jobs are kept as recent' }),
  id: Id,
});
export type RecentOpenInput = z.input<typeof RecentOpenInput>;
