import { contactKinds, type NoteKind, type NoteSubject } from '../api/notes';
import { candidateEntity } from '../candidates/candidates';
import { contactEntity } from '../clients/contacts';
import type { Core } from '../db/core';
import { updateRecord, type Entity } from '../db/records';
import { statement } from '../db/statements';
import { dayIn } from '../reminders/time';

/** The records that keep a "last contacted" day: the people a recruiter calls, writes to and meets. */
const people: Partial<Record<NoteSubject, Entity>> = { contact: contactEntity, candidate: candidateEntity };

/**
 * A call, email, meeting or message noted with a contact or candidate is contact with them: their
 * last-contacted day moves on to the note's day (never back: an old call noted late does not undo
 * a later one). The keep-in-touch rule reads that day.
 */
export function noteContact(core: Core, about: { kind: NoteSubject; id: string }, kind: NoteKind, at: string): void {
  const entity = people[about.kind];
  if (!entity || !contactKinds.includes(kind)) return;
  const day = dayIn(at, core.timeZone);
  const row = statement(core.db, `SELECT last_contacted_on FROM ${entity.table} WHERE id = ?`).get(about.id) as
    | { last_contacted_on: string | null }
    | undefined;
  if (row && (row.last_contacted_on === null || row.last_contacted_on < day)) {
    updateRecord(core, entity, about.id, { last_contacted_on: day });
  }
}
