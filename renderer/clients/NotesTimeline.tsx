import { BriefcaseBusiness, Building2, NotebookPen, Send, UserRound, UserSquare } from 'lucide-react';
import type { Contact } from '../../src/api/clients';
import type { Note } from '../../src/api/notes';
import { EmptyState } from '../ui/EmptyState';
import { NoteItem } from '../notes/NoteItem';
import { roles } from './contactRoles';

interface NotesTimelineProps {
  notes: Note[];
  contacts: Contact[];
  /** Off where every note is about the same thing (a job's page): the subject would only repeat. */
  showSubject?: boolean;
}

const subjectIcons = {
  client: Building2,
  contact: UserRound,
  job: BriefcaseBusiness,
  candidate: UserSquare,
  submission: Send,
} as const satisfies Record<Note['about']['kind'], unknown>;

export function NotesTimeline({ notes, contacts, showSubject = true }: NotesTimelineProps) {
  if (notes.length === 0) {
    return (
      <EmptyState icon={NotebookPen} title="No notes yet" compact>
        <p>Record calls, emails, meetings and what you learn. A call or email with someone counts as contact with them.</p>
      </EmptyState>
    );
  }
  return (
    <ol className="timeline" aria-label="Notes, newest first">
      {notes.map((note) => {
        const contact = note.about.kind === 'contact' ? contacts.find((c) => c.id === note.about.id) : undefined;
        const Icon = subjectIcons[note.about.kind];
        return (
          <NoteItem
            key={note.id}
            note={note}
            subject={
              showSubject && (
                <span className={`note-subject note-subject--${note.about.kind}`}>
                  <Icon size={12} aria-hidden />
                  <span className="truncate">
                    <span className="sr-only">About </span>
                    {note.about.name}
                    {contact && <span className="note-subject-role"> · {roles[contact.role].label}</span>}
                  </span>
                </span>
              )
            }
          />
        );
      })}
    </ol>
  );
}
