import { Building2, NotebookPen, UserRound } from 'lucide-react';
import type { Contact } from '../../src/api/clients';
import type { Note } from '../../src/api/notes';
import { EmptyState } from '../ui/EmptyState';
import { formatFull, formatMoment } from '../ui/dates';
import { roles } from './contactRoles';

interface NotesTimelineProps {
  notes: Note[];
  contacts: Contact[];
}

export function NotesTimeline({ notes, contacts }: NotesTimelineProps) {
  if (notes.length === 0) {
    return (
      <EmptyState icon={NotebookPen} title="No notes yet" compact>
        <p>Record calls, meetings and what you learn. The newest note comes first.</p>
      </EmptyState>
    );
  }
  return (
    <ol className="timeline" aria-label="Notes, newest first">
      {notes.map((note) => {
        const contact = note.about.kind === 'contact' ? contacts.find((c) => c.id === note.about.id) : undefined;
        const Icon = note.about.kind === 'contact' ? UserRound : Building2;
        return (
          <li key={note.id} className="timeline-item">
            <div className="timeline-meta">
              <span className={`note-subject note-subject--${note.about.kind}`}>
                <Icon size={12} aria-hidden />
                <span className="truncate">
                  <span className="sr-only">About </span>
                  {note.about.name}
                  {contact && <span className="note-subject-role"> · {roles[contact.role].label}</span>}
                </span>
              </span>
              <time dateTime={note.createdAt} title={formatFull(note.createdAt)} className="timeline-time">
                {formatMoment(note.createdAt)}
              </time>
            </div>
            <p className="timeline-body prose">{note.body}</p>
          </li>
        );
      })}
    </ol>
  );
}
