import { z } from 'zod';
import { Id, optionalText, requiredText } from './common';

export const shortlistKinds = ['candidate', 'contact'] as const;
export type ShortlistKind = (typeof shortlistKinds)[number];

export const ShortlistCreateInput = z.strictObject({
  name: requiredText(120, 'Name the shortlist'),
  kind: z.enum(shortlistKinds).default('candidate'),
});

export const ShortlistRenameInput = z.strictObject({ id: Id, name: ShortlistCreateInput.shape.name });

export const ShortlistListInput = z.strictObject({ kind: z.enum(shortlistKinds).nullable().default(null) });

/** Puts an entry between two others (either may be null: the top or the bottom). */
export const ShortlistMoveInput = z.strictObject({
  entryId: Id,
  after: Id.nullable().default(null),
  before: Id.nullable().default(null),
});

export const ShortlistEntryNoteInput = z.strictObject({ entryId: Id, note: optionalText(2000) });

export const ShortlistEntryInput = z.strictObject({ entryId: Id });

export const ShortlistSubmitInput = z.strictObject({ id: Id, jobId: Id });

/** The shortlists a candidate or contact is on. */
export const ShortlistsOfInput = z.strictObject({ kind: z.enum(shortlistKinds), id: Id });

export interface ShortlistSummary {
  id: string;
  name: string;
  kind: ShortlistKind;
  /** People on it now. */
  count: number;
  updatedAt: string;
}

export interface ShortlistEntry {
  id: string;
  personId: string;
  name: string;
  /** Their title and employer (a candidate) or their role at the client (a contact). */
  context: string | null;
  note: string | null;
  addedAt: string;
  /** Who added them: this computer or a colleague's, by the name their export gave. */
  addedBy: string;
}

export interface Shortlist extends ShortlistSummary {
  entries: ShortlistEntry[];
}
