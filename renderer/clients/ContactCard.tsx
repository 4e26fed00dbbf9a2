import { CalendarClock, MessageSquarePlus, Pencil, Tag, Trash2, X } from 'lucide-react';
import { useId, useState } from 'react';
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
import { TagDialog } from '../lists/TagDialog';
import { saveTags } from '../lists/TagsCard';
import { useRowSelection } from '../lists/useRowSelection';

/** A contact at the client: a checkbox to select them with others, their tags, and what can be done with them. */
export function ContactCard({ contact, tags }: { contact: Contact; tags: readonly string[] }) {
  const nameId = useId();
  const { selected, checkbox } = useRowSelection(contact.id, contact.name);
  const [tagging, setTagging] = useState(false);

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
    <li className={selected ? 'contact is-selected' : 'contact'} aria-labelledby={nameId}>
      <input {...checkbox} />
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
        {tags.length > 0 && (
          <ul className="contact-tags" aria-label={`Tags on ${contact.name}`}>
            {tags.map((tag) => (
              <li key={tag} className="tag tag--small">
                {tag}
                <button
                  type="button"
                  className="tag-remove"
                  aria-label={`Take “${tag}” off ${contact.name}`}
                  onClick={() => saveTags('contact', contact.id, tags.filter((t) => t !== tag))}
                >
                  <X size={12} aria-hidden />
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="contact-actions">
        <IconButton icon={Tag} label={`Tag ${contact.name}`} onClick={() => setTagging(true)} />
        <IconButton icon={MessageSquarePlus} label={`Add a note about ${contact.name}`} onClick={writeNote} />
        <IconButton icon={Pencil} label={`Edit ${contact.name}`} onClick={() => openContactEditor({ mode: 'edit', contact })} />
        <IconButton icon={Trash2} label={`Delete ${contact.name}`} tone="danger" onClick={remove} />
      </div>
      {tagging && <TagDialog selection={{ kind: 'contact', ids: [contact.id] }} count={contact.name} onClose={() => setTagging(false)} />}
    </li>
  );
}
