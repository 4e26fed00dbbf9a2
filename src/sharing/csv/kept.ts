import type { NoteSubject } from '../../api/notes';
import type { Core } from '../../db/core';
import { insertRecord } from '../../db/records';
import { noteEntity } from '../../notes/notes';
import type { MappedRow } from './mapping';

/** The record a row became, which a note can be about. */
export interface MadeRecord {
  kind: NoteSubject;
  id: string;
}

/**
 * Keeps what a row holds in columns that are not fields (a mobile number beside the phone, a
 * pipeline stage, a column no tool of ours knows) as one note on the record it became, a line
 * per column: "From people.csv, Stage: Interviewing". The note is dated like any other, so the
 * recruiter sees when it came in. Returns whether there was anything to keep.
 */
export function keepColumns(core: Core, fileName: string, row: MappedRow, made: MadeRecord): boolean {
  const kept = row.keptValues();
  if (kept.length === 0) return false;
  const body = kept.map(({ column, text }) => `From ${fileName}, ${column}: ${text}`).join('\n');
  insertRecord(core, noteEntity, { subject_type: made.kind, subject_id: made.id, body, kind: 'note' });
  return true;
}
