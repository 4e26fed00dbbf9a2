import type { ParsedInput } from '../api/contract';
import { ApiError } from '../api/errors';
import type { Note, NoteSubject } from '../api/notes';
import type { Core } from '../db/core';
import { insertRecord, type Entity } from '../db/records';
import { statement } from '../db/statements';
import { assertSubject, subjectName, subjectNameSql } from './subjects';

export const noteEntity: Entity = { table: 'notes', fields: ['subject_type', 'subject_id', 'body', 'kind'] };

interface NoteRow {
  id: string;
  subject_type: NoteSubject;
  subject_id: string;
  body: string;
  kind: Note['kind'];
  created_at: string;
  subject_name: string | null;
}

const toNote = (row: NoteRow): Note => ({
  id: row.id,
  about: { kind: row.subject_type, id: row.subject_id, name: row.subject_name ?? '' },
  body: row.body,
  kind: row.kind,
  createdAt: row.created_at,
});

const selectNotes = `
  SELECT n.id, n.subject_type, n.subject_id, n.body, n.kind, n.created_at,
    ${subjectNameSql('n')} AS subject_name
  FROM notes n`;

export const notesQueries = {
  clientTimeline: `${selectNotes}
    WHERE n.deleted_at IS NULL AND (
      (n.subject_type = 'client' AND n.subject_id = ?) OR
      (n.subject_type = 'contact' AND n.subject_id IN (SELECT id FROM contacts WHERE client_id = ? AND deleted_at IS NULL)))
    ORDER BY n.created_hlc DESC`,
  aboutOne: `${selectNotes}
    WHERE n.deleted_at IS NULL AND n.subject_type = ? AND n.subject_id = ?
    ORDER BY n.created_hlc DESC`,
};

export function addNote(core: Core, input: ParsedInput<'notes.add'>): Note {
  const { kind, id } = input.about;
  if (input.kind === 'prep' && kind !== 'submission') {
    throw new ApiError('invalid_input', 'Prep notes belong to a submission: they ready the candidate for an interview.', 'kind');
  }
  assertSubject(core, input.about, 'notes');
  const noteId = insertRecord(core, noteEntity, { subject_type: kind, subject_id: id, body: input.body, kind: input.kind });
  return toNote(statement(core.db, `${selectNotes} WHERE n.id = ?`).get(noteId) as NoteRow);
}

/**
 * Newest first. A client's timeline holds the notes on the client and on each of its live
 * contacts, since a conversation with the hiring manager is part of the client relationship.
 */
export function listNotes(core: Core, input: ParsedInput<'notes.list'>): Note[] {
  const { kind, id } = input.about;
  subjectName(core, kind, id);
  const rows =
    kind === 'client'
      ? statement(core.db, notesQueries.clientTimeline).all(id, id)
      : statement(core.db, notesQueries.aboutOne).all(kind, id);
  return (rows as NoteRow[]).map(toNote);
}
