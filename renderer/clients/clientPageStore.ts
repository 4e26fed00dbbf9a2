import { create } from 'zustand';
import type { Contact, ContactRole } from '../../src/api/clients';

export type ContactEditor = { mode: 'new'; role: ContactRole } | { mode: 'edit'; contact: Contact };

interface ClientPageState {
  editingClient: boolean;
  contactEditor: ContactEditor | null;
  /** Who the next note is about: a contact's id, or null for the client itself. */
  noteAbout: string | null;
}

const closed: ClientPageState = { editingClient: false, contactEditor: null, noteAbout: null };

export const useClientPage = create<ClientPageState>(() => closed);

/** Each client page starts clean: no dialog left open, the note box about the client. */
export const resetClientPage = () => useClientPage.setState(closed);
export const setEditingClient = (editingClient: boolean) => useClientPage.setState({ editingClient });
export const openContactEditor = (contactEditor: ContactEditor) => useClientPage.setState({ contactEditor });
export const closeContactEditor = () => useClientPage.setState({ contactEditor: null });
export const setNoteAbout = (noteAbout: string | null) => useClientPage.setState({ noteAbout });
