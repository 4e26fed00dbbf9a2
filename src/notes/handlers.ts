import type { Handlers } from '../server/handler';
import { addNote, listNotes } from './notes';

export const noteHandlers: Handlers<'notes.list' | 'notes.add'> = {
  'notes.list': listNotes,
  'notes.add': addNote,
};
