import '../styles/notes.css';
import { History, Pencil } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { NoteEditInput, noteKindLabels, type Note, type NoteKind } from '../../src/api/notes';
import { change, useData } from '../api/data';
import { Button, SaveButton } from '../ui/Button';
import { formatFull, formatMoment } from '../ui/dates';
import { Field } from '../ui/Field';
import { showToast } from '../ui/toasts';
import { useForm } from '../ui/useForm';
import { noteKindIcons, NoteKindPicker } from './noteKinds';

interface NoteItemProps {
  note: Note;
  /** Who or what it is about, when the timeline mixes subjects. */
  subject?: ReactNode;
}

/** One note in a timeline: what it records, when, its text; its author may edit it, and anyone may read what it said before. */
export function NoteItem({ note, subject }: NoteItemProps) {
  const [editing, setEditing] = useState(false);
  const [showHistory, setShowHistory] = useState(false);
  const Icon = noteKindIcons[note.kind];
  return (
    <li className="timeline-item">
      <div className="timeline-meta">
        <span className={`note-kind note-kind--${note.kind}`}>
          <Icon size={12} aria-hidden />
          {noteKindLabels[note.kind]}
        </span>
        {subject}
        <time dateTime={note.createdAt} title={formatFull(note.createdAt)} className="timeline-time">
          {formatMoment(note.createdAt)}
        </time>
        {note.editedAt && (
          <button type="button" className="note-edited" aria-expanded={showHistory} onClick={() => setShowHistory((v) => !v)} title={`Edited ${formatFull(note.editedAt)}`}>
            <History size={12} aria-hidden />
            Edited
          </button>
        )}
        {note.editable && !editing && (
          <button type="button" className="note-edit" onClick={() => setEditing(true)} aria-label={`Edit the note from ${formatMoment(note.createdAt)}`}>
            <Pencil size={12} aria-hidden />
            Edit
          </button>
        )}
      </div>
      {editing ? <NoteEditor note={note} onDone={() => setEditing(false)} /> : <p className="timeline-body prose">{note.body}</p>}
      {showHistory && <NoteHistory id={note.id} />}
    </li>
  );
}

/** Rewrites a note in place; the text it had is kept in its history. */
function NoteEditor({ note, onDone }: { note: Note; onDone: () => void }) {
  const form = useForm({
    id: `note-${note.id}`,
    initial: { body: note.body, kind: note.kind as string },
    schema: NoteEditInput,
    toInput: (draft: { body: string; kind: string }) => ({ id: note.id, body: draft.body, kind: draft.kind as NoteKind }),
    save: async (input) => {
      await change('notes.edit', input);
      onDone();
      showToast({ message: 'Note saved. What it said before is kept in its history.' });
    },
  });
  const body = form.control('body');
  return (
    <form className="note-editor" noValidate onSubmit={form.onSubmit}>
      {note.kind !== 'prep' && <NoteKindPicker name={`note-${note.id}-kind`} value={form.draft.kind as NoteKind} onChange={(kind) => form.set('kind', kind)} />}
      <Field label="Note" controlId={body.id} error={form.errorFor('body')}>
        {/* Focused at once: the recruiter just asked to edit this text. */}
        <textarea className="input textarea" rows={3} autoFocus {...body} />
      </Field>
      <div className="note-editor-footer">
        {form.formError && (
          <p className="form-error" role="alert">
            {form.formError}
          </p>
        )}
        <Button onClick={onDone}>Cancel</Button>
        <SaveButton saving={form.saving}>Save note</SaveButton>
      </div>
    </form>
  );
}

/** What the note said before each edit, the latest first. */
function NoteHistory({ id }: { id: string }) {
  const { data: revisions, error } = useData('notes.history', { id });
  if (error) return <p className="form-error">{error.message}</p>;
  if (!revisions) return null;
  return (
    <ol className="note-history" aria-label="Earlier versions, latest first">
      {revisions.map((revision) => (
        <li key={revision.id}>
          <span className="hint">
            {noteKindLabels[revision.kind]} · until {formatMoment(revision.replacedAt)}
          </span>
          <p className="prose">{revision.body}</p>
        </li>
      ))}
    </ol>
  );
}
