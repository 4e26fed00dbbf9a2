import { CalendarClock, MessageSquarePlus, Pencil, Trash2 } from 'lucide-react';
import { useId } from 'react';
import type { Contact } from '../../src/api/clients';
import { asApiError } from '../api/data';
import { confirmTrash } from '../trash/confirmTrash';
import { moveToTrash } from '../trash/trashActions';
import { IconButton } from '../ui/Button';
import { formatDay } from '../ui/dates';
import { Initials } from '../ui/Initials';
import { showToast } from '../ui/toasts';
import { openContactEditor, setNoteAbout } from './clientPageStore';
import { RoleBadge } from './contactRoles';
import { focusNoteBox } from './NoteComposer';
import { ContactReach } from './ContactReach';

export function ContactCard({ contact }: { contact: Contact }) {
  const nameId = useId();

  function writeNote() {
    setNoteAbout(contact.id);
    focusNoteBox();
  }

  async function remove() {
    if (!(await confirmTrash({ kind: 'contact', id: contact.id, name: contact.name }))) return;
    try {
      await moveToTrash({ kind: 'contact', id: contact.id, name: contact.name });
    } catch (error) {
      showToast({ message: asApiError(error).message, tone: 'error' });
    }
  }

  return (
    <li className="contact" aria-labelledby={nameId}>
      <Initials name={contact.name} />
      <div className="contact-body">
        <div className="contact-heading">
          <h4 className="contact-name" id={nameId}>
            {contact.name}
          </h4>
          <RoleBadge role={contact.role} />
        </div>
        {contact.jobTitle && <p className="contact-title">{contact.jobTitle}</p>}
        <p className="contact-reach">
          <ContactReach contact={contact} />
          <span className="muted">
            <CalendarClock size={13} aria-hidden className="inline-icon" />
            {contact.lastContactedOn ? `Last contacted ${formatDay(contact.lastContactedOn)}` : 'Not contacted yet'}
          </span>
        </p>
        {contact.caresAbout && (
          <p className="contact-cares">
            <span className="contact-cares-label">Cares about</span> {contact.caresAbout}
          </p>
        )}
      </div>
      <div className="contact-actions">
        <IconButton icon={MessageSquarePlus} label={`Add a note about ${contact.name}`} onClick={writeNote} />
        <IconButton icon={Pencil} label={`Edit ${contact.name}`} onClick={() => openContactEditor({ mode: 'edit', contact })} />
        <IconButton icon={Trash2} label={`Delete ${contact.name}`} tone="danger" onClick={remove} />
      </div>
    </li>
  );
}
