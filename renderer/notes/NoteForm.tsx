import type { ReactNode } from 'react';
import { NoteAddInput, type NoteAddInput as NoteAdd, type NoteKind } from '../../src/api/notes';
import { change } from '../api/data';
import { Button } from '../ui/Button';
import { Field } from '../ui/Field';
import { useForm } from '../ui/useForm';
import { NoteKindPicker } from './noteKinds';

interface NoteFormProps {
  /** The form's id: its text box is `${id}-body`. */
  id: string;
  about: NoteAdd['about'];
  placeholder: string;
  /** Anything to choose before writing, such as who the note is about. */
  children?: ReactNode;
}

/**
 * Adds a note, saying what it records: a call, an email, a meeting or a message with a contact or
 * candidate counts as contact with them. Notes can be edited later; every earlier text is kept.
 */
export function NoteForm({ id, about, placeholder, children }: NoteFormProps) {
  const form = useForm({
    id,
    initial: { body: '', kind: 'note' },
    schema: NoteAddInput,
    toInput: (draft: { body: string; kind: string }): NoteAdd => ({ about, body: draft.body, kind: draft.kind as NoteKind }),
    save: async (input) => {
      await change('notes.add', input);
      form.reset();
    },
  });
  const body = form.control('body');

  return (
    <form className="note-composer" noValidate onSubmit={form.onSubmit}>
      {children}
      <NoteKindPicker name={`${id}-kind`} value={form.draft.kind as NoteKind} onChange={(kind) => form.set('kind', kind)} />
      <Field label="New note" controlId={body.id} error={form.errorFor('body')} className="note-field">
        <textarea
          className="input textarea"
          rows={3}
          placeholder={placeholder}
          {...body}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) {
              e.preventDefault();
              e.currentTarget.form?.requestSubmit();
            }
          }}
        />
      </Field>
      <div className="note-composer-footer">
        <span className="hint">Ctrl+Enter to add</span>
        {form.formError && (
          <p className="form-error" role="alert">
            {form.formError}
          </p>
        )}
        <Button type="submit" variant="primary" disabled={form.saving}>
          {form.saving ? 'Adding…' : 'Add note'}
        </Button>
      </div>
    </form>
  );
}
