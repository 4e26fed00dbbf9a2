import type { ParsedInput } from '../api/contract';
import { ApiError } from '../api/errors';
import type { Note, NoteSubject } from '../api/notes';
import { getCandidate } from '../candidates/candidates';
import { getClient } from '../clients/clients';
import { getContact } from '../clients/contacts';
import type { Core } from '../db/core';
import { insertRecord, type Entity } from '../db/records';
import { statement } from '../db/statements';
import { getJob } from '../jobs/jobs';
import { getSubmission } from '../submissions/submissions';

export const noteEntity: Entity = { table: 'notes', fields: ['subject_type', 'subject_id', 'body', 'kind'] };

/** Who a note can be about, and what they are called (throws not_found when gone). */
const subjects: Record<NoteSubject, (core: Core, id: string) => string> = {
  client: (core, id) => getClient(core, id).name,
  contact: (core, id) => getContact(core, id).name,
  job: (core, id) => getJob(core, id).title,
  candidate: (core, id) => getCandidate(core, id).name,
  submission: (core, id) => {
    const submission = getSubmission(core, id);
    return `${submission.candidateName} for ${submission.jobTitle}`;
  },
};

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
    CASE n.subject_type
      WHEN 'client' THEN (SELECT name FROM clients WHERE id = n.subject_id)
      WHEN 'contact' THEN (SELECT name FROM contacts WHERE id = n.subject_id)
      WHEN 'job' THEN (SELECT title FROM jobs WHERE id = n.subject_id)
      WHEN 'candidate' THEN (SELECT name FROM candidates WHERE id = n.subject_id)
      WHEN 'submission' THEN (SELECT c.name || ' for ' || j.title FROM submissions s
        JOIN candidates c ON c.id = s.candidate_id JOIN jobs j ON j.id = s.job_id WHERE s.id = n.subject_id)
    END AS subject_name
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
  try {
    subjects[kind](core, id);
  } catch {
    throw new ApiError('invalid_input', `This ${kind} does not exist or is in the trash, so it cannot take notes.`, 'about');
  }
  const noteId = insertRecord(core, noteEntity, { subject_type: kind, subject_id: id, body: input.body, kind: input.kind });
  return toNote(statement(core.db, `${selectNotes} WHERE n.id = ?`).get(noteId) as NoteRow);
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
      ? statement(core.db, notesQueries.clientTimeline).all(id, id)
      : statement(core.db, notesQueries.aboutOne).all(kind, id);
  return (rows as NoteRow[]).map(toNote);
}
