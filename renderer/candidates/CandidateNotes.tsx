import type { Candidate } from '../../src/api/candidates';
import { NoteAddInput } from '../../src/api/notes';
import { change, useData } from '../api/data';
import { NotesTimeline } from '../clients/NotesTimeline';
import { Button } from '../ui/Button';
import { Field } from '../ui/Field';
import { useForm } from '../ui/useForm';

/** The candidate's timeline: calls, what they said, how they came across. Append-only, newest first. */
export function CandidateNotes({ candidate }: { candidate: Candidate }) {
  const about = { kind: 'candidate' as const, id: candidate.id };
  const { data: notes, error } = useData('notes.list', { about });
  const form = useForm({
    id: 'candidate-note',
    initial: { body: '' },
    schema: NoteAddInput,
    toInput: (draft: { body: string }) => ({ about, body: draft.body }),
    save: async (input) => {
      await change('notes.add', input);
      form.reset();
    },
  });
  const body = form.control('body');

  return (
    <section className="card notes" aria-labelledby="candidate-notes-heading">
      <h2 className="card-title" id="candidate-notes-heading">
        Notes {notes && <span className="count">{notes.length}</span>}
      </h2>
      <form className="note-composer" noValidate onSubmit={form.onSubmit}>
        <Field label="New note" controlId={body.id} error={form.errorFor('body')} className="note-field">
          <textarea
            className="input textarea"
            rows={3}
            placeholder={`A call with ${candidate.name}, how they came across, what they asked…`}
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
