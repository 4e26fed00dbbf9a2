import type { ParsedInput } from '../api/contract';
import { ApiError } from '../api/errors';
import type { Note, NoteSubject } from '../api/notes';
import { getClient } from '../clients/clients';
import { getContact } from '../clients/contacts';
import { getJob } from '../jobs/jobs';
import type { Core } from '../db/core';
import { insertRecord, type Entity } from '../db/records';
import { statement } from '../db/statements';

export const noteEntity: Entity = { table: 'notes', fields: ['subject_type', 'subject_id', 'body'] };

/** Who a note can be about, and how to find their name (throws not_found when gone). */
const subjects: Record<NoteSubject, (core: Core, id: string) => { name: string }> = {
  client: getClient,
  contact: getContact,
  job: (core, id) => ({ name: getJob(core, id).title }),
};

interface NoteRow {
  id: string;
  subject_type: NoteSubject;
  subject_id: string;
  body: string;
  created_at: string;
  subject_name: string;
}

const toNote = (row: NoteRow): Note => ({
  id: row.id,
  about: { kind: row.subject_type, id: row.subject_id, name: row.subject_name },
  body: row.body,
  createdAt: row.created_at,
});

const selectNotes = `
  SELECT n.id, n.subject_type, n.subject_id, n.body, n.created_at, coalesce(cl.name, co.name, jo.title) AS subject_name
  FROM notes n
  LEFT JOIN clients cl ON n.subject_type = 'client' AND cl.id = n.subject_id
  LEFT JOIN contacts co ON n.subject_type = 'contact' AND co.id = n.subject_id AND co.deleted_at IS NULL
  LEFT JOIN jobs jo ON n.subject_type = 'job' AND jo.id = n.subject_id`;

export function addNote(core: Core, input: ParsedInput<'notes.add'>): Note {
  const { kind, id } = input.about;
  let subject: { name: string };
  try {
    subject = subjects[kind](core, id);
  } catch {
    throw new ApiError('invalid_input', `This ${kind} does not exist or is in the trash, so it cannot take notes.`, 'about');
  }
  const noteId = insertRecord(core, noteEntity, { subject_type: kind, subject_id: id, body: input.body });
  const createdAt = statement(core.db, 'SELECT created_at FROM notes WHERE id = ?').pluck().get(noteId) as string;
  return { id: noteId, about: { kind, id, name: subject.name }, body: input.body, createdAt };
}

/**
 * Newest first. A client's timeline holds the notes on the client and on each of its live
 * contacts, since a conversation with the hiring manager is part of the client relationship.
 */
export function listNotes(core: Core, input: ParsedInput<'notes.list'>): Note[] {
  const { kind, id } = input.about;
  subjects[kind](core, id);
  const rows =
    kind === 'client'
      ? statement(
          core.db,
          `${selectNotes}
           WHERE n.deleted_at IS NULL AND coalesce(cl.name, co.name) IS NOT NULL AND (
             (n.subject_type = 'client' AND n.subject_id = ?) OR
             (n.subject_type = 'contact' AND co.client_id = ?))
           ORDER BY n.created_at DESC, n.id DESC`,
        ).all(id, id)
      : statement(
          core.db,
          `${selectNotes}
           WHERE n.deleted_at IS NULL AND n.subject_type = ? AND n.subject_id = ?
           ORDER BY n.created_at DESC, n.id DESC`,
        ).all(kind, id);
  return (rows as NoteRow[]).map(toNote);
}
