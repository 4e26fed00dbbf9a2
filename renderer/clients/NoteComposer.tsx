import type { Client, Contact } from '../../src/api/clients';
import { NoteForm } from '../notes/NoteForm';
import { setNoteAbout, useClientPage } from './clientPageStore';
import { roles } from './contactRoles';

/** The note form's id is "note", so its body control is "note-body". */
const BODY_ID = 'note-body';

export function focusNoteBox() {
  document.getElementById(BODY_ID)?.focus();
}

interface NoteComposerProps {
  client: Client;
  contacts: Contact[];
}

/** Notes are append-only, so this box only ever adds: the timeline stays a true record. */
export function NoteComposer({ client, contacts }: NoteComposerProps) {
  const noteAbout = useClientPage((s) => s.noteAbout);
  // A contact deleted meanwhile takes its place in the box back to the client.
  const aboutContact = contacts.find((c) => c.id === noteAbout);
  const about = aboutContact ? { kind: 'contact' as const, id: aboutContact.id } : { kind: 'client' as const, id: client.id };

  return (
    <NoteForm
      id="note"
      about={about}
      placeholder={`What happened with ${aboutContact?.name ?? client.name}? A call, a meeting, what you learned…`}
    >
      <div className="note-about-row">
        <label htmlFor="note-about" className="note-about-label">
          About
        </label>
        <select
          id="note-about"
          className="input select note-about-select"
          value={aboutContact?.id ?? ''}
          onChange={(e) => setNoteAbout(e.target.value || null)}
        >
          <option value="">{client.name}</option>
          {contacts.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name} · {roles[c.role].label}
            </option>
          ))}
        </select>
      </div>
    </NoteForm>
  );
}
