import type { ParsedInput } from '../api/contract';
import { ApiError } from '../api/errors';
import type { Note, NoteKind, NoteRevision, NoteSubject } from '../api/notes';
import type { Core } from '../db/core';
import { insertRecord, updateRecord, type Entity } from '../db/records';
import { statement } from '../db/statements';
import { noteContact } from './contacted';
import { assertSubject, subjectName, subjectNameSql } from './subjects';

export const noteEntity: Entity = { table: 'notes', fields: ['subject_type', 'subject_id', 'body', 'kind'] };

/** What a note said before each edit (migration 9): append-only, carried with the note's subject. */
export const noteRevisionEntity: Entity = {
  table: 'note_revisions',
  fields: ['note_id', 'subject_type', 'subject_id', 'body', 'kind'],
};

interface NoteRow {
  id: string;
  subject_type: NoteSubject;
  subject_id: string;
  body: string;
  kind: NoteKind;
  created_at: string;
  created_by: string;
  edited_at: string | null;
  subject_name: string | null;
}

const toNote = (core: Core, row: NoteRow): Note => ({
  id: row.id,
  about: { kind: row.subject_type, id: row.subject_id, name: row.subject_name ?? '' },
  body: row.body,
  kind: row.kind,
  createdAt: row.created_at,
  editedAt: row.edited_at,
  editable: row.created_by === core.deviceId,
});

const selectNotes = `
  SELECT n.id, n.subject_type, n.subject_id, n.body, n.kind, n.created_at, n.created_by,
    (SELECT max(created_at) FROM note_revisions WHERE note_id = n.id AND deleted_at IS NULL) AS edited_at,
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

function checkKind(kind: NoteKind, subject: NoteSubject) {
  if (kind === 'prep' && subject !== 'submission') {
    throw new ApiError('invalid_input', 'Prep notes belong to a submission: they ready the candidate for an interview.', 'kind');
  }
}

function noteRow(core: Core, id: string): NoteRow {
  const row = statement(core.db, `${selectNotes} WHERE n.id = ? AND n.deleted_at IS NULL`).get(id) as NoteRow | undefined;
  if (!row) throw new ApiError('not_found', 'This note no longer exists.', 'id');
  return row;
}

export function addNote(core: Core, input: ParsedInput<'notes.add'>): Note {
  const { kind, id } = input.about;
  checkKind(input.kind, kind);
  assertSubject(core, input.about, 'notes');
  const noteId = insertRecord(core, noteEntity, { subject_type: kind, subject_id: id, body: input.body, kind: input.kind });
  const note = toNote(core, noteRow(core, noteId));
  noteContact(core, input.about, input.kind, note.createdAt);
  return note;
}

/**
 * Its author rewrites a note (or says what it was: a call, not a note). The text it had is kept
 * as a revision, so nothing written is ever lost; the note reads as edited.
 */
export function editNote(core: Core, input: ParsedInput<'notes.edit'>): Note {
  const row = noteRow(core, input.id);
  if (row.created_by !== core.deviceId) {
    throw new ApiError('invalid_input', 'Only the recruiter who wrote this note can edit it. Add a note of your own instead.', 'id');
  }
  const kind = input.kind ?? row.kind;
  checkKind(kind, row.subject_type);
  if (input.body === row.body && kind === row.kind) return toNote(core, row);
  insertRecord(core, noteRevisionEntity, {
    note_id: row.id,
    subject_type: row.subject_type,
    subject_id: row.subject_id,
    body: row.body,
    kind: row.kind,
  });
  updateRecord(core, noteEntity, row.id, { body: input.body, kind });
  // Said to be a call now: it was contact with them on the day it was written.
  noteContact(core, { kind: row.subject_type, id: row.subject_id }, kind, row.created_at);
  return toNote(core, noteRow(core, row.id));
}

/** What a note said before each edit, the latest first. */
export function noteHistory(core: Core, id: string): NoteRevision[] {
  noteRow(core, id);
  return statement(
    core.db,
    `SELECT id, body, kind, created_at AS replacedAt FROM note_revisions
     WHERE note_id = ? AND deleted_at IS NULL ORDER BY created_hlc DESC`,
  ).all(id) as NoteRevision[];
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
  return (rows as NoteRow[]).map((row) => toNote(core, row));
}
