import type { Handlers } from '../server/handler';
import { addNote, editNote, listNotes, noteHistory } from './notes';

export const noteHandlers: Handlers<'notes.list' | 'notes.add' | 'notes.edit' | 'notes.history'> = {
  'notes.list': listNotes,
  'notes.add': addNote,
  'notes.edit': editNote,
  'notes.history': (core, { id }) => noteHistory(core, id),
};
