import { z } from 'zod';
import type { DuplicateMatch } from './candidates';
import { Id, optionalText } from './common';

/** Unix (/home/…), Windows (C:\…) or network (\\server\…) paths: the shell's file dialogs give these. */
const isAbsolutePath = (value: string) => value.startsWith('/') || /^[A-Za-z]:[\\/]/.test(value) || value.startsWith('\\\\');

/** A file on this computer, named in full: the desktop shell picks it with a dialog, a script passes it. */
export const FilePath = z
  .string({ message: 'Choose a file' })
  .trim()
  .min(1, 'Choose a file')
  .max(4096, 'This path is too long')
  .refine(isAbsolutePath, 'Give the full path of the file, starting from the top of the disk');

export const ExportInput = z.strictObject({
  path: FilePath,
  /** Who is exporting, as colleagues will see it next to the changes. */
  person: optionalText(200).default(null),
});
export type ExportInput = z.input<typeof ExportInput>;

/** The same input previews an import (writing nothing) and applies it. */
export const ImportInput = z.strictObject({ path: FilePath });
export type ImportInput = z.input<typeof ImportInput>;

export const conflictSides = ['local', 'incoming'] as const;
export type ConflictSide = (typeof conflictSides)[number];

export const ConflictResolveInput = z.strictObject({
  id: Id,
  /** Which value stays: the one this laptop had before the import, or the colleague's. */
  keep: z.enum(conflictSides, { message: 'Choose which value to keep' }),
});
export type ConflictResolveInput = z.input<typeof ConflictResolveInput>;

export const CandidateMergeInput = z.strictObject({
  /** The record that stays; everything of the other moves to it. */
  keepId: Id,
  /** The record that goes to the trash. */
  dropId: Id,
});
export type CandidateMergeInput = z.input<typeof CandidateMergeInput>;

export const DuplicateDismissInput = z.strictObject({
  /** Two candidates who look alike but are different people: the likely duplicates leave them out. */
  ids: z
    .tuple([Id, Id], { message: 'Name the two candidates' })
    .refine(([a, b]) => a !== b, 'Choose two different candidates'),
});
export type DuplicateDismissInput = z.input<typeof DuplicateDismissInput>;

/** The tables an export carries, as their rows are counted in summaries. */
export type SyncedTable =
  | 'erasures'
  | 'candidate_merges'
  | 'clients'
  | 'contacts'
  | 'jobs'
  | 'job_status_changes'
  | 'intakes'
  | 'candidates'
  | 'files'
  | 'submissions'
  | 'stage_changes'
  | 'interviews'
  | 'feedback'
  | 'placements'
  | 'notes'
  | 'note_revisions'
  | 'reminders'
  | 'dismissed_duplicates'
  | 'shortlists'
  | 'shortlist_entries'
  | 'tags';

export interface ExportSummary {
  path: string;
  schemaVersion: number;
  exportedAt: string;
  /** Rows per table, trash included. */
  counts: Record<SyncedTable, number>;
  /** Attached files whose bytes travel inside the export. */
  files: number;
  /** Attached files whose copy was missing from files/ and so could not travel. */
  missingFiles: number;
  bytes: number;
}

export interface TableChanges {
  table: SyncedTable;
  added: number;
  updated: number;
  /** Moved to the trash by the colleague. */
  deleted: number;
}

/** One value of a conflict: what it was, which laptop wrote it, and when. */
export interface ConflictValue {
  /** As a person reads it; null when the field was empty. */
  value: string | null;
  /** The laptop's name as its exports gave it ("This computer" for this one). */
  device: string;
  at: string;
}

export interface Conflict {
  id: string;
  table: SyncedTable;
  rowId: string;
  recordName: string;
  /** The column (the first of its group: a salary's amount stands for amount and currency). */
  field: string;
  fieldLabel: string;
  /** 'edit_vs_delete': changed on one laptop while moved to the trash on the other. */
  kind: 'edit' | 'edit_vs_delete';
  /** This laptop's value before the import. */
  local: ConflictValue;
  /** The colleague's value. */
  incoming: ConflictValue;
  /** Which of the two the merge kept (the later one); resolving may choose the other. */
  current: ConflictSide;
  foundAt: string;
}

export interface DuplicateCandidate {
  id: string;
  name: string;
  currentTitle: string | null;
  currentEmployer: string | null;
}

/** Two live candidates who look like one person entered twice. */
export interface LikelyDuplicate {
  candidates: [DuplicateCandidate, DuplicateCandidate];
  matchedOn: DuplicateMatch['matchedOn'];
}

/** A laptop whose clock was far ahead of this one's (more than a day) when it stamped what was merged. */
export interface ClockAhead {
  deviceId: string;
  /** As the recruiter knows it: "Bea on bea-laptop". */
  laptop: string;
  /** How far its newest stamp was ahead of this computer's clock. */
  aheadBy: number;
  stamp: string;
  /** What to tell the recruiter, and what to do about it. */
  message: string;
}

export interface ImportSummary {
  path: string;
  /** Who made the export, and when, as its header says. */
  from: { deviceId: string; deviceName: string; person: string | null; exportedAt: string; schemaVersion: number };
  /** Only the tables where something changed. */
  tables: TableChanges[];
  /** Candidates erased (at their request) on the colleague's laptop, erased here too. */
  erased: number;
  /** Attached files whose copies were restored into files/ from the export. */
  filesRestored: number;
  conflicts: Conflict[];
  likelyDuplicates: LikelyDuplicate[];
  /** False for a preview: nothing was written. */
  applied: boolean;
  /** The copy of the database taken before the import; null for a preview, or an import that brought nothing new. */
  backupPath: string | null;
  /** The exporting laptop (or one whose work it carried) has its clock far ahead; null when none has. */
  clockAhead: ClockAhead | null;
}

export interface ErasureSummary {
  /** The candidate and any records merged with them: one person. */
  candidates: number;
  /** Everything that hung off them: submissions and their history, files, notes, reminders. */
  records: number;
  /** Attached files removed from disk. */
  files: number;
}
