import { z } from 'zod';
import { Id, requiredText } from './common';

/** The kinds of record a note can be written about; later parts of the app add theirs. */
export const noteSubjects = ['client', 'contact', 'job', 'candidate', 'submission'] as const;
export type NoteSubject = (typeof noteSubjects)[number];

/**
 * What a note records. A call, email, meeting or message with a contact or candidate is contact
 * with them: it updates when they were last contacted. A prep note readies a candidate for their
 * next interview (submissions only).
 */
export const noteKinds = ['note', 'call', 'email', 'meeting', 'message', 'prep'] as const;
export type NoteKind = (typeof noteKinds)[number];
export const contactKinds: readonly NoteKind[] = ['call', 'email', 'meeting', 'message'];
export const noteKindLabels: Record<NoteKind, string> = {
  note: 'Note',
  call: 'Call',
  email: 'Email',
  meeting: 'Meeting',
  message: 'Message',
  prep: 'Interview prep',
};

const Subject = z.strictObject({ kind: z.enum(noteSubjects), id: Id });
const Kind = z.enum(noteKinds, { message: 'Choose note, call, email, meeting or message' });
const Body = requiredText(20_000, 'Write something in the note');

export const NoteAddInput = z.strictObject({
  about: Subject,
  body: Body,
  kind: Kind.default('note'),
});
export type NoteAddInput = z.input<typeof NoteAddInput>;

/** An edit keeps what the note said before in its history. */
export const NoteEditInput = z.strictObject({ id: Id, body: Body, kind: Kind.optional() });
export type NoteEditInput = z.input<typeof NoteEditInput>;

export const NoteListInput = z.strictObject({ about: Subject });
export type NoteListInput = z.input<typeof NoteListInput>;

/**
 * A note as it reads now. Its author (the recruiter on the laptop that wrote it) may edit it; every
 * earlier text is kept, so the timeline stays a true record.
 */
export interface Note {
  id: string;
  about: { kind: NoteSubject; id: string; name: string };
  body: string;
  kind: NoteKind;
  createdAt: string;
  /** When it was last edited; null when never. */
  editedAt: string | null;
  /** Whether this laptop's recruiter wrote it, and so may edit it. */
  editable: boolean;
}

/** What a note said before an edit, until when. */
export interface NoteRevision {
  id: string;
  body: string;
  kind: NoteKind;
  /** When the edit that replaced this text was made. */
  replacedAt: string;
}
