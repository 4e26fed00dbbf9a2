import { NoteAddInput, type NoteAddInput as NoteAdd } from '../../src/api/notes';
import { change, useData } from '../api/data';
import { NotesTimeline } from '../clients/NotesTimeline';
import { Button } from '../ui/Button';
import { Field } from '../ui/Field';
import { useForm } from '../ui/useForm';

interface SubjectNotesProps {
  about: { kind: 'job' | 'candidate'; id: string };
  /** What a note here is usually about, in the recruiter's words. */
  placeholder: string;
}

/** A record's own notes: a box to add one, and the timeline, newest first. Append-only. */
export function SubjectNotes({ about, placeholder }: SubjectNotesProps) {
  const { data: notes, error } = useData('notes.list', { about });
  const form = useForm({
    id: `${about.kind}-note`,
    initial: { body: '' },
    schema: NoteAddInput,
    toInput: (draft: { body: string }): NoteAdd => ({ about, body: draft.body }),
    save: async (input) => {
      await change('notes.add', input);
      form.reset();
    },
  });
  const body = form.control('body');
  const headingId = `${about.kind}-notes-heading`;

  return (
    <section className="card notes" aria-labelledby={headingId}>
      <h2 className="card-title" id={headingId}>
        Notes {notes && <span className="count">{notes.length}</span>}
      </h2>
      <form className="note-composer" noValidate onSubmit={form.onSubmit}>
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
          <span className="hint">Ctrl+Enter to add · notes can’t be edited later</span>
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
      {error ? (
        <p className="page-error" role="alert">
          {error.message}
        </p>
      ) : (
        notes && <NotesTimeline notes={notes} contacts={[]} showSubject={false} />
      )}
    </section>
  );
}
