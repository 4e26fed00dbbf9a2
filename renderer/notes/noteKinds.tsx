import { CalendarCheck, Mail, MessageCircle, NotebookPen, Phone, UsersRound, type LucideIcon } from 'lucide-react';
import { noteKindLabels, type NoteKind } from '../../src/api/notes';

export const noteKindIcons: Record<NoteKind, LucideIcon> = {
  note: NotebookPen,
  call: Phone,
  email: Mail,
  meeting: UsersRound,
  message: MessageCircle,
  prep: CalendarCheck,
};

/** The kinds a recruiter picks when writing: prep notes are written from a submission's page. */
export const pickableKinds = ['note', 'call', 'email', 'meeting', 'message'] as const satisfies readonly NoteKind[];

/** Note, Call, Email, Meeting, Message: what the note records, as radios so arrow keys move between them. */
export function NoteKindPicker({ name, value, onChange }: { name: string; value: NoteKind; onChange: (kind: NoteKind) => void }) {
  return (
    <fieldset className="note-kinds">
      <legend className="sr-only">What it records</legend>
      <div className="segmented">
        {pickableKinds.map((kind) => {
          const Icon = noteKindIcons[kind];
          return (
            <label key={kind} className="segment">
              <input type="radio" name={name} value={kind} checked={value === kind} onChange={() => onChange(kind)} />
              <span className="segment-with-icon">
                <Icon size={13} aria-hidden />
                {noteKindLabels[kind]}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
