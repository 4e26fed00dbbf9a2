import type { Job } from '../../src/api/jobs';
import { NoteAddInput } from '../../src/api/notes';
import { change, useData } from '../api/data';
import { NotesTimeline } from '../clients/NotesTimeline';
import { Button } from '../ui/Button';
import { Field } from '../ui/Field';
import { useForm } from '../ui/useForm';

/** The job's own notes: calls with the hiring manager, feedback on the search, anything worth keeping. */
export function JobNotes({ job }: { job: Job }) {
  const about = { kind: 'job' as const, id: job.id };
  const { data: notes, error } = useData('notes.list', { about });
  const form = useForm({
    id: 'job-note',
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
    <section className="card notes" aria-labelledby="job-notes-heading">
      <h2 className="card-title" id="job-notes-heading">
        Notes {notes && <span className="count">{notes.length}</span>}
      </h2>
      <form className="note-composer" noValidate onSubmit={form.onSubmit}>
        <Field label="New note" controlId={body.id} error={form.errorFor('body')} className="note-field">
          <textarea
            className="input textarea"
            rows={3}
            placeholder="A call with the hiring manager, feedback on the search, a change of plan…"
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
