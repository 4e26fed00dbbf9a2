import { ApiError } from '../api/errors';
import type { NoteSubject } from '../api/notes';
import { getCandidate } from '../candidates/candidates';
import { getClient } from '../clients/clients';
import { getContact } from '../clients/contacts';
import type { Core } from '../db/core';
import { getJob } from '../jobs/jobs';
import { getSubmission } from '../submissions/submissions';

/** The records that notes and reminders can be about, and what each is called (throws not_found when gone). */
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

export const subjectName = (core: Core, kind: NoteSubject, id: string): string => subjects[kind](core, id);

/** Refuses a subject that does not exist or is in the trash, naming `what` is being attached. */
export function assertSubject(core: Core, about: { kind: NoteSubject; id: string }, what: string): void {
  try {
    subjects[about.kind](core, about.id);
  } catch {
    throw new ApiError('invalid_input', `This ${about.kind} does not exist or is in the trash, so it cannot take ${what}.`, 'about');
  }
}

/** SQL naming the subject of a row whose `subject_type` and `subject_id` columns are on `alias`. */
export const subjectNameSql = (alias: string) => `CASE ${alias}.subject_type
  WHEN 'client' THEN (SELECT name FROM clients WHERE id = ${alias}.subject_id)
  WHEN 'contact' THEN (SELECT name FROM contacts WHERE id = ${alias}.subject_id)
  WHEN 'job' THEN (SELECT title FROM jobs WHERE id = ${alias}.subject_id)
  WHEN 'candidate' THEN (SELECT name FROM candidates WHERE id = ${alias}.subject_id)
  WHEN 'submission' THEN (SELECT c.name || ' for ' || j.title FROM submissions s
    JOIN candidates c ON c.id = s.candidate_id JOIN jobs j ON j.id = s.job_id WHERE s.id = ${alias}.subject_id)
END`;
