import { z } from 'zod';
import { Id, requiredText } from './common';

/** The kinds of record a note can be written about; later parts of the app add theirs. */
export const noteSubjects = ['client', 'contact', 'job', 'candidate', 'submission'] as const;
export type NoteSubject = (typeof noteSubjects)[number];

const Subject = z.strictObject({ kind: z.enum(noteSubjects), id: Id });

export const NoteAddInput = z.strictObject({
  about: Subject,
  body: requiredText(20_000, 'Write something in the note'),
  /** A prep note readies the candidate for their next interview (submissions only). */
  kind: z.enum(['note', 'prep']).default('note'),
});
export type NoteAddInput = z.input<typeof NoteAddInput>;

export const NoteListInput = z.strictObject({ about: Subject });
export type NoteListInput = z.input<typeof NoteListInput>;

/** Notes are append-only: written once, never edited, so the timeline is a true record. */
export interface Note {
  id: string;
  about: { kind: NoteSubject; id: string; name: string };
  body: string;
  kind: 'note' | 'prep';
  createdAt: string;
}
